"""Ingest inputs, optionally run the pipeline, and store the result batch by batch.

Shared by ``warpath ingest`` and ``warpath code``. Each batch is written in one
transaction, so an interruption loses at most the batch in flight.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from .document import Article, Document
from .errors import message
from .ingest import IngestOptions, Problem, read_inputs
from .pipeline import Pipeline
from .store import Store


@dataclass
class RunSummary:
    read: int = 0
    new: int = 0
    failed: int = 0
    warnings: int = 0

    @property
    def already_stored(self) -> int:
        return self.read - self.new


def run(
    paths: Iterable[str],
    options: IngestOptions,
    *,
    store: Store | None,
    pipeline: Pipeline | None = None,
    on_problem: Callable[[Problem], None] = lambda p: None,
    on_document: Callable[[Document], None] = lambda d: None,
    advance: Callable[[int], None] = lambda n: None,
    batch_size: int = 64,
    today: date | None = None,
) -> RunSummary:
    """Read ``paths``, code them with ``pipeline`` (if given), store them in ``store`` (if given)."""
    summary = RunSummary()
    today = today or date.today()
    batch: list[Article] = []

    def report(problem: Problem) -> None:
        if problem.error:
            summary.failed += 1
        else:
            summary.warnings += 1
        on_problem(problem)

    def flush() -> None:
        if not batch:
            return
        if pipeline is not None:
            docs = list(pipeline.pipe(batch, keep_parse=False))
            new = store.save_documents(docs) if store else 0
        else:
            docs = [Document(a) for a in batch]
            new = store.add_articles(batch) if store else 0
        summary.new += new
        summary.read += len(batch)
        for doc in docs:
            on_document(doc)
        advance(len(batch))
        batch.clear()

    for item in read_inputs(paths, options):
        if isinstance(item, Problem):
            report(item)
            continue
        if item.date is None:
            report(Problem(item.origin, message("W102", origin=item.origin), error=False))
        elif item.date > today:
            report(Problem(item.origin, message("W103", origin=item.origin, value=item.date), error=False))
        batch.append(item)
        if len(batch) >= batch_size:
            flush()
    flush()
    return summary
