"""Coded documents on stdout: a table to read, JSON Lines or CSV to process."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .document import Document, Event

CSV_COLUMNS = (
    "doc_id", "article_id", "event_id", "published", "outlet", "source_text", "source_code", "target_text",
    "target_code", "cameo_code", "cameo_root", "cameo_name", "goldstein", "quad_class", "plover_event",
    "plover_mode", "date_start", "date_end", "date_from", "date_text", "location_text", "location_country",
    "lat", "lon", "modality", "attribution_text", "attribution_code", "sentence", "evidence_start",
    "evidence_end", "evidence_text", "confidence",
)
MODALITY_STYLE = {"asserted": "bold", "reported": "", "intent": "cyan", "hypothetical": "magenta",
                  "negated": "red", "demanded": "yellow"}


def event_row(doc: Document, e: Event) -> dict[str, object]:
    a = doc.article
    return {
        "doc_id": a.doc_id, "article_id": a.id, "event_id": e.id,
        "published": a.date.isoformat() if a.date else "", "outlet": a.source or "",
        "source_text": e.source.text if e.source else "", "source_code": e.source.code if e.source else "",
        "target_text": e.target.text if e.target else "", "target_code": e.target.code if e.target else "",
        "cameo_code": e.code, "cameo_root": e.root, "cameo_name": e.name, "goldstein": e.goldstein,
        "quad_class": e.quad_class, "plover_event": e.plover_event or "", "plover_mode": e.plover_mode or "",
        "date_start": e.date.interval[0].isoformat() if e.date.interval else "",
        "date_end": e.date.interval[1].isoformat() if e.date.interval else "",
        "date_from": e.date.origin, "date_text": e.date.text or "",
        "location_text": e.location.text or "", "location_country": e.location.country or "",
        "lat": "" if e.location.lat is None else e.location.lat, "lon": "" if e.location.lon is None else e.location.lon,
        "modality": e.modality, "attribution_text": e.attribution.text if e.attribution else "",
        "attribution_code": (e.attribution.code or "") if e.attribution else "",
        "sentence": e.evidence.sentence, "evidence_start": e.evidence.start, "evidence_end": e.evidence.end,
        "evidence_text": e.evidence.text, "confidence": round(e.confidence, 3),
    }


@contextmanager
def render_documents(fmt: str, stream: TextIO) -> Iterator[Callable[[Document], None]]:
    """Yield ``emit(doc)``; json and csv stream as documents come, the table prints at the end."""
    if fmt == "json":
        def emit(doc: Document) -> None:
            stream.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")

        yield emit
    elif fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()

        def emit(doc: Document) -> None:
            for e in doc.events:
                writer.writerow(event_row(doc, e))

        yield emit
    else:
        docs: list[Document] = []
        yield docs.append
        print_events_table(docs, stream)


def print_events_table(docs: list[Document], stream: TextIO) -> None:
    """One row per event: when, who, what, to whom, how the text presents it, and its words."""
    console = Console(file=stream, highlight=False,
                      width=None if getattr(stream, "isatty", lambda: False)() else 160)
    n_events = sum(len(d.events) for d in docs)
    table = Table(header_style="bold", title=f"{n_events} events in {len(docs)} articles", show_lines=False)
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("outlet", no_wrap=True, max_width=14, overflow="ellipsis")
    table.add_column("source", no_wrap=True, min_width=6, max_width=14)
    table.add_column("target", no_wrap=True, min_width=6, max_width=14)
    table.add_column("cameo", no_wrap=True, min_width=5)
    table.add_column("event", no_wrap=True, max_width=26, overflow="ellipsis")
    table.add_column("modality", no_wrap=True, min_width=12)
    # the other columns take at most about 125 characters with borders; the evidence gets the rest
    table.add_column("evidence", no_wrap=True, overflow="ellipsis", max_width=max(20, console.width - 125))
    for doc in docs:
        for e in doc.events:
            when = e.date.interval
            day = "" if when is None else when[0].isoformat() if when[0] == when[1] else \
                f"{when[0].isoformat()}…{when[1].isoformat()[5:]}"
            table.add_row(  # article text is untrusted: no rich markup from it
                day, escape(doc.article.source or ""), escape(e.source.code or "?") if e.source else "-",
                escape(e.target.code or "?") if e.target else "-", e.code, escape(e.name),
                f"[{MODALITY_STYLE[e.modality]}]{e.modality}[/]" if MODALITY_STYLE[e.modality] else e.modality,
                escape(_shorten(e.evidence.text, 110)),
            )
    console.print(table)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
