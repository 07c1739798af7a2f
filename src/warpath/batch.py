"""Ingest inputs, optionally run the pipeline, and store the result batch by batch.

Shared by ``warpath ingest`` and ``warpath code``. Each batch is written in one
transaction, so an interruption loses at most the batch in flight.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from .document import Article, Document
from .errors import message
from .ingest import IngestOptions, Problem, read_inputs
from .parallel import ProcessPoolCoder
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
    pool: ProcessPoolCoder | None = None,
    on_problem: Callable[[Problem], None] = lambda p: None,
    on_document: Callable[[Document], None] = lambda d: None,
    advance: Callable[[int], None] = lambda n: None,
    batch_size: int = 64,
    today: date | None = None,
) -> RunSummary:
    """Read ``paths``, code them with ``pipeline`` or in the worker processes of
    ``pool`` (if either is given), store them in ``store`` (if given).

    Documents reach ``on_document`` and the store in input order either way; only
    this process writes the store.
    """
    summary = RunSummary()
    today = today or date.today()

    def report(problem: Problem) -> None:
        if problem.error:
            summary.failed += 1
        else:
            summary.warnings += 1
        on_problem(problem)

    def batches() -> Iterator[list[Article]]:
        batch: list[Article] = []
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
                yield batch
                batch = []
        if batch:
            yield batch

    coded: Iterable[tuple[list[Article], list[Document] | None]]
    if pool is not None:
        coded = pool.code(batches())
    elif pipeline is not None:
        coded = ((b, list(pipeline.pipe(b, keep_parse=False))) for b in batches())
    else:
        coded = ((b, None) for b in batches())
    for articles, docs in coded:
        if docs is None:
            docs = [Document(a) for a in articles]
            new = store.add_articles(articles) if store else 0
        else:
            new = store.save_documents(docs) if store else 0
        summary.new += new
        summary.read += len(articles)
        for doc in docs:
            on_document(doc)
        advance(len(articles))
    return summary
