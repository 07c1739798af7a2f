"""Coded documents on stdout: a table to read, JSON Lines or CSV to process."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.table import Table

from .document import Document

CSV_COLUMNS = ("id", "date", "source", "title", "sentences", "words", "actors", "times", "events", "origin")


def summary_row(doc: Document) -> dict[str, object]:
    a = doc.article
    return {
        "id": a.doc_id,
        "date": a.date.isoformat() if a.date else "",
        "source": a.source or "",
        "title": a.title or "",
        "sentences": len(doc.sentences),
        "words": doc.words,
        "actors": len(doc.actors),
        "times": len(doc.times),
        "events": len(doc.events),
        "origin": a.origin,
    }


@contextmanager
def render_documents(fmt: str, stream: TextIO) -> Iterator[Callable[[Document], None]]:
    """Yield ``emit(doc)``; json and csv stream line by line, the table prints at the end."""
    if fmt == "json":
        def emit(doc: Document) -> None:
            stream.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")

        yield emit
    elif fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        yield lambda doc: writer.writerow(summary_row(doc))
    else:
        rows: list[dict[str, object]] = []
        yield lambda doc: rows.append(summary_row(doc))
        console = Console(file=stream, highlight=False,
                          width=None if getattr(stream, "isatty", lambda: False)() else 132)
        table = Table(header_style="bold", title=f"{len(rows)} articles coded")
        table.add_column("date", no_wrap=True, min_width=10)
        table.add_column("source", no_wrap=True, max_width=16, overflow="ellipsis")
        # rich only shrinks wrapping columns; fit the title to what the fixed columns leave
        table.add_column("title", no_wrap=True, overflow="ellipsis", max_width=max(12, console.width - 85))
        for column in ("sents", "words", "actors", "times", "events"):
            table.add_column(column, justify="right", no_wrap=True, min_width=len(column))
        for row in rows:
            table.add_row(*(str(row[c]) for c in ("date", "source", "title", "sentences", "words",
                                                   "actors", "times", "events")))
        console.print(table)
