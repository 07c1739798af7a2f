"""Code batches of articles in several local worker processes (``warpath code --processes N``).

Each worker builds the pipeline once, from a :class:`~warpath.pipeline.PipelineSpec`,
when it starts; batches go out in input order and come back in input order, at
most a few per worker in flight, so memory stays flat on long corpora. The parent
process stays the only one that writes the database.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult, Pool

from .document import Article, Document
from .pipeline import Pipeline, PipelineSpec

_pipeline: Pipeline | None = None
"""The worker process's own pipeline, built once by :func:`_start`."""


def _start(spec: PipelineSpec) -> None:
    global _pipeline
    _pipeline = spec.load()


def _code(batch: list[Article]) -> list[Document]:
    assert _pipeline is not None, "worker started without a pipeline"
    return list(_pipeline.pipe(batch, keep_parse=False))


def _problems() -> list[str]:
    assert _pipeline is not None, "worker started without a pipeline"
    return list(_pipeline.problems)


class ProcessPoolCoder:
    """``processes`` workers, each with its own pipeline; use as a context manager.

    Workers are started with the 'spawn' method: a fresh interpreter that loads
    the model itself, never a fork of a parent holding database handles or threads.
    """

    def __init__(self, spec: PipelineSpec, processes: int, ahead: int = 2) -> None:
        if processes < 1:
            raise ValueError("processes must be at least 1")
        self.spec = spec
        self.processes = processes
        self.ahead = ahead
        self._pool: Pool | None = None
        self.problems: list[str] = []
        """Messages about dictionary files that could not be loaded whole (from one worker)."""

    def __enter__(self) -> ProcessPoolCoder:
        context = multiprocessing.get_context("spawn")
        self._pool = context.Pool(self.processes, initializer=_start, initargs=(self.spec,))
        self.problems = self._pool.apply(_problems)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            if exc[0] is None:
                self._pool.close()
            else:
                self._pool.terminate()
            self._pool.join()
            self._pool = None

    def code(self, batches: Iterable[list[Article]]) -> Iterator[tuple[list[Article], list[Document]]]:
        """Each batch with its coded documents, in input order."""
        if self._pool is None:
            raise RuntimeError("use ProcessPoolCoder as a context manager")
        pending: deque[tuple[list[Article], AsyncResult[list[Document]]]] = deque()
        for batch in batches:
            pending.append((batch, self._pool.apply_async(_code, (batch,))))
            if len(pending) >= self.processes * self.ahead:
                done, result = pending.popleft()
                yield done, result.get()
        while pending:
            done, result = pending.popleft()
            yield done, result.get()
