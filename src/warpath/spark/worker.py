"""What runs inside a Spark executor's Python worker: one pipeline per process, rows out.

PySpark reuses a Python worker for task after task (``spark.python.worker.reuse``),
so the pipeline is built on the first task a process runs, kept in
:data:`_pipeline`, and every later task of that process reuses it. It is built
by :meth:`PipelineSpec.load`, the same assembly as ``warpath code``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from itertools import islice
from typing import Any

from .. import __version__
from ..document import Article, Document
from ..errors import message
from ..ingest import Problem
from ..pipeline import Pipeline, PipelineSpec
from ..store.rows import LAYERS, article_rows, layer_rows
from .schema import Layout

_pipeline: Pipeline | None = None
_built_from: PipelineSpec | None = None
builds = 0
"""How many times this process built a pipeline (1 when reuse works); tests read it."""

_CODE = re.compile(r"\[([EW]\d{3})\]")


def pipeline_for(spec: PipelineSpec) -> Pipeline:
    """This process's pipeline for ``spec``, built on first use."""
    global _pipeline, _built_from, builds
    if _pipeline is None or _built_from != spec:
        _pipeline, _built_from = _resolve(spec).load(), spec
        builds += 1
    return _pipeline


def _resolve(spec: PipelineSpec) -> PipelineSpec:
    """Dictionary files were shipped with ``SparkContext.addFile``: use the executor's copies."""
    if not (spec.actor_files or spec.agent_files or spec.verb_files):
        return spec
    from pyspark import SparkFiles

    def local(paths: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(SparkFiles.get(p) for p in paths)

    return PipelineSpec(spec.model, spec.batch_size, local(spec.actor_files), local(spec.agent_files),
                        local(spec.verb_files))


def code_partition(items: Iterable[tuple[Any, Article | Problem]], spec: PipelineSpec, layout: Layout,
                   coded_at: datetime) -> Iterator[tuple[Any, ...]]:
    """One output row per record of a partition sorted by (article id, origin).

    An article read twice (same id) is coded once. A batch the pipeline fails on
    is coded again article by article; an article that still fails becomes a
    reject (E058) rather than failing the task, which Spark would only retry.
    """
    nlp = pipeline_for(spec)
    rejects: list[Problem] = []

    def articles() -> Iterator[Article]:
        last = None
        for _, item in items:
            if isinstance(item, Problem):
                rejects.append(item)
            elif item.id != last:
                last = item.id
                yield item

    stream = articles()
    while batch := list(islice(stream, nlp.batch_size)):
        for doc in _code(nlp, batch, rejects):
            yield coded_row(doc, layout, coded_at)
        while rejects:
            yield reject_row(rejects.pop(), layout)
    while rejects:
        yield reject_row(rejects.pop(), layout)


def _code(nlp: Pipeline, batch: list[Article], rejects: list[Problem]) -> list[Document]:
    try:
        return list(nlp.pipe(batch, keep_parse=False))
    except Exception:  # noqa: BLE001 - one bad article must not fail the batch; find it below
        docs = []
        for article in batch:
            try:
                docs += list(nlp.pipe([article], keep_parse=False))
            except Exception as exc:  # noqa: BLE001 - reported as a reject with its reason
                reason = f"{type(exc).__name__}: {exc}"
                rejects.append(Problem(article.origin, message("E058", origin=article.origin, reason=reason)))
        return docs


def coded_row(doc: Document, layout: Layout, coded_at: datetime) -> tuple[Any, ...]:
    """(article, sentences, times, actors, events, reject=None), each row in its table's column order."""
    article = article_rows([doc], now=coded_at)[0]
    article.update(coded_at=coded_at, coder_version=__version__)
    layers = [[_ordered(r, layout.columns[t]) for r in layer_rows(t, [doc])] for t in LAYERS]
    return (_ordered(article, layout.columns["articles"]), *layers, None)


def reject_row(problem: Problem, layout: Layout) -> tuple[Any, ...]:
    found = _CODE.match(problem.message)
    reject = {"origin": problem.origin, "code": found.group(1) if found else None, "message": problem.message}
    return (None, *([] for _ in LAYERS), _ordered(reject, layout.columns["rejects"]))


def _ordered(row: dict[str, Any], columns: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(row.get(c) for c in columns)
