"""Table rows from coded documents: the one place a :class:`Document` becomes store rows.

The local :class:`~warpath.store.Store` and the Spark job (``warpath spark-code``)
both build their rows here, so a table holds the same rows whichever wrote it.
Each row is a dict keyed by the table's column names (``schema/*.sql``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from ..document import Document, Event

LAYERS = ("sentences", "times", "actors", "events")
"""Tables holding what the pipeline adds to an article, keyed by (article_id, idx)."""


def article_rows(docs: Sequence[Document], now: datetime) -> list[dict[str, Any]]:
    """One ``articles`` row per document, ingested at ``now`` (not yet marked coded)."""
    return [
        {
            "id": d.article.id,
            "external_id": d.article.external_id,
            "date": d.article.date,
            "title": d.article.title,
            "source": d.article.source,
            "url": d.article.url,
            "origin": d.article.origin,
            "text": d.article.text,
            "words": d.words,
            "ingested_at": now,
        }
        for d in docs
    ]


def layer_rows(table: str, docs: Iterable[Document]) -> list[dict[str, Any]]:
    """The rows of layer ``table`` (one of :data:`LAYERS`) for ``docs``."""
    rows: list[dict[str, Any]] = []
    for d in docs:
        aid = d.article.id
        if table == "sentences":
            rows += [{"article_id": aid, "idx": s.index, "start": s.start, "end": s.end} for s in d.sentences]
        elif table == "times":
            for i, t in enumerate(d.times):
                rows.append({
                    "article_id": aid, "idx": i, "sentence": t.sentence, "start": t.start, "end": t.end,
                    "text": t.text, "type": t.type, "value": t.value,
                    "interval_start": t.interval[0] if t.interval else None,
                    "interval_end": t.interval[1] if t.interval else None,
                    "granularity": t.granularity,
                })
        elif table == "actors":
            for i, a in enumerate(d.actors):
                rows.append({
                    "article_id": aid, "idx": i, "sentence": a.sentence, "start": a.start, "end": a.end,
                    "text": a.text, "code": a.code, "kind": a.kind, "name": a.name,
                    "role_start": a.role_dates[0] if a.role_dates else None,
                    "role_end": a.role_dates[1] if a.role_dates else None,
                })
        elif table == "events":
            rows += [event_row(aid, i, e) for i, e in enumerate(d.events)]
        else:
            raise ValueError(f"not a layer table: {table!r}")
    return rows


def event_row(article_id: str, idx: int, e: Event) -> dict[str, Any]:
    """The ``events`` row of event ``e``, the ``idx``-th of its article."""
    return {
        "id": e.id, "article_id": article_id, "idx": idx,
        "source_text": e.source.text if e.source else None, "source_code": e.source.code if e.source else None,
        "target_text": e.target.text if e.target else None, "target_code": e.target.code if e.target else None,
        "cameo_code": e.code, "cameo_root": e.root, "cameo_name": e.name, "goldstein": e.goldstein,
        "quad_class": e.quad_class, "plover_event": e.plover_event, "plover_mode": e.plover_mode,
        "date_start": e.date.interval[0] if e.date.interval else None,
        "date_end": e.date.interval[1] if e.date.interval else None,
        "date_from": e.date.origin, "date_text": e.date.text,
        "location_text": e.location.text, "location_country": e.location.country,
        "lat": e.location.lat, "lon": e.location.lon, "modality": e.modality,
        "attribution_text": e.attribution.text if e.attribution else None,
        "attribution_code": e.attribution.code if e.attribution else None,
        "sentence": e.evidence.sentence, "evidence_start": e.evidence.start, "evidence_end": e.evidence.end,
        "evidence_text": e.evidence.text, "confidence": e.confidence, "predicate": e.predicate,
    }
