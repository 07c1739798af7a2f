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
        table = Table(show_lines=False, header_style="bold")
        for column, justify in (("date", "left"), ("source", "left"), ("title", "left"), ("sentences", "right"),
                                ("words", "right"), ("actors", "right"), ("times", "right"), ("events", "right")):
            table.add_column(column, justify=justify, overflow="fold" if column == "title" else "ellipsis",
                             max_width=48 if column == "title" else None)
        for row in rows:
            table.add_row(*(str(row[c]) for c in ("date", "source", "title", "sentences", "words",
                                                   "actors", "times", "events")))
        Console(file=stream, highlight=False).print(table)
