"""The web app's reads of events and articles: filtered pages, one event, an article with its layers.

Every filter value is a bound parameter; the SQL text is fixed, only clauses
chosen from this module's own strings are joined. Dyads and timelines, the
escalation index and alerts come from :mod:`warpath.analysis`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, Generic, TypeVar
from urllib.parse import urlencode

from ..analysis import Dyad, actor_country
from ..document import (Actor, ActorRef, Article, Document, Event, EventDate, Evidence, Location, Sentence,
                        TimeExpression)
from ..store import Store

T = TypeVar("T")
ACTOR_CODE = re.compile(r"^[A-Z0-9-]{3,15}$")


COUNT_CAP = 10_000
"""Filtered event counts stop here (``Page.exact`` False): counting further scans every event."""


@dataclass
class Page(Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int
    exact: bool = True
    """False when ``total`` is a lower bound (:data:`COUNT_CAP`)."""


@dataclass
class EventRow:
    """One stored event with its article's outlet, title and date."""

    id: str
    article_id: str
    idx: int
    date_start: date | None
    date_end: date | None
    date_from: str
    date_text: str | None
    source_text: str | None
    source_code: str | None
    target_text: str | None
    target_code: str | None
    cameo_code: str
    cameo_root: str
    cameo_name: str
    goldstein: float
    quad_class: int
    plover_event: str | None
    plover_mode: str | None
    modality: str
    attribution_text: str | None
    attribution_code: str | None
    location_text: str | None
    location_country: str | None
    sentence: int
    evidence_start: int
    evidence_end: int
    evidence_text: str
    confidence: float
    predicate: str | None
    outlet: str | None = None
    title: str | None = None
    published: date | None = None

    @property
    def dyad(self) -> str | None:
        s, t = actor_country(self.source_code), actor_country(self.target_code)
        return f"{s}-{t}" if s and t else None


EVENT_COLUMNS = [f.name for f in fields(EventRow)][:-3]


@dataclass(frozen=True)
class EventFilter:
    """The events table's filters; every value goes into the SQL as a bound parameter."""

    actor: str | None = None
    dyad: Dyad | None = None
    root: str | None = None
    quad: int | None = None
    modality: str | None = None
    start: date | None = None
    end: date | None = None
    outlet: str | None = None
    q: str | None = None
    article: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor:
            clauses.append("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))")
            params += [self.actor, self.actor]
        if self.dyad:
            clauses.append("starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)")
            params += [self.dyad.source, self.dyad.target]
        for column, value in (("cameo_root", self.root), ("quad_class", self.quad), ("modality", self.modality),
                              ("article_id", self.article)):
            if value is not None and value != "":
                clauses.append(f"e.{column} = ?")
                params.append(value)
        if self.start:
            clauses.append("e.date_end >= ?")
            params.append(self.start)
        if self.end:
            clauses.append("e.date_start <= ?")
            params.append(self.end)
        if self.outlet:
            clauses.append("e.article_id IN (SELECT id FROM articles WHERE source = ?)")
            params.append(self.outlet)
        if self.q:
            clauses.append("contains(lower(e.evidence_text), ?)")
            params.append(self.q.lower())
        return " AND ".join(clauses) or "TRUE", params

    def query(self, **changes: Any) -> str:
        """This filter (with ``changes``) as a URL query string, for links."""
        values = {"actor": self.actor, "dyad": f"{self.dyad.source}-{self.dyad.target}" if self.dyad else None,
                  "root": self.root, "quad": self.quad, "modality": self.modality, "start": self.start,
                  "end": self.end, "outlet": self.outlet, "q": self.q, "article": self.article, **changes}
        return urlencode({k: str(v) for k, v in values.items() if v is not None and v != ""})


def count_events(store: Store, flt: EventFilter, cap: int = COUNT_CAP) -> tuple[int, bool]:
    """How many events match (exact without filters), up to ``cap``; and whether that is exact."""
    where, params = flt.where()
    if where == "TRUE":
        return store.query("SELECT count(*) FROM events")[0][0], True
    n = store.query(f"SELECT count(*) FROM (SELECT 1 FROM events e WHERE {where} LIMIT ?)", [*params, cap + 1])[0][0]
    return min(n, cap), n <= cap


ArticleMeta = tuple[str | None, str | None, date | None]
"""An article's outlet, title and publication date, as an event row shows them."""


def article_meta(store: Store, article_ids: list[str]) -> dict[str, ArticleMeta]:
    """Outlet, title and date of each article in ``article_ids`` (one scan of the articles' ids)."""
    if not article_ids:
        return {}
    marks = ", ".join("?" * len(article_ids))  # an IN list of parameters: twice as fast as = ANY(list) here
    return {r[0]: r[1:] for r in store.query(
        f"SELECT id, source, title, date FROM articles WHERE id IN ({marks})", article_ids)}


def list_events(store: Store, flt: EventFilter, limit: int = 50, offset: int = 0,
                count: tuple[int, bool] | None = None,
                articles: Callable[[Store, list[str]], dict[str, ArticleMeta]] = article_meta) -> Page[EventRow]:
    """A page of events, newest first (stable: date, then storage order), and how many match.

    ``count``: the (total, exact) of :func:`count_events` if known already; ``articles``: how to
    look up the page's articles (the web app remembers them)."""
    where, params = flt.where()
    total, exact = count or count_events(store, flt)
    # The page's row ids first, by sorting keys only, then those rows' columns: DuckDB reads each
    # page row alone. Sorting whole rows costs twice as much, and ten times as much under a filter
    # by outlet, where the plan changes. Looking rows up by id instead scans every event's id.
    order = "ORDER BY e.date_start DESC NULLS LAST, e.rowid"
    cols = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    rows = store.query(f"SELECT {cols} FROM events e WHERE e.rowid IN (SELECT e.rowid FROM events e WHERE {where} "
                       f"{order} LIMIT ? OFFSET ?) {order}", [*params, limit, offset])
    meta = articles(store, list({r[1] for r in rows}))
    items = [EventRow(*r, *meta.get(r[1], (None, None, None))) for r in rows]
    return Page(items, total if exact else max(total, offset + len(items)), limit, offset, exact)


def get_event(store: Store, event_id: str) -> EventRow | None:
    cols = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    rows = store.query(f"SELECT {cols}, a.source, a.title, a.date FROM events e JOIN articles a ON a.id = e.article_id "
                       "WHERE e.id = ?", [event_id])
    return EventRow(*rows[0]) if rows else None


@dataclass
class ArticleRow:
    id: str
    external_id: str | None
    date: date | None
    title: str | None
    source: str | None
    url: str | None
    origin: str
    words: int
    events: int = 0


def list_articles(store: Store, q: str | None = None, outlet: str | None = None, start: date | None = None,
                  end: date | None = None, limit: int = 50, offset: int = 0) -> Page[ArticleRow]:
    """A page of articles, newest first, with their event counts."""
    clauses, params = ["TRUE"], []
    for clause, value in (("a.source = ?", outlet), ("a.date >= ?", start), ("a.date <= ?", end),
                          ("contains(lower(coalesce(a.title, '') || ' ' || a.text), ?)", q.lower() if q else None)):
        if value:
            clauses.append(clause)
            params.append(value)
    where = " AND ".join(clauses)
    total = store.query(f"SELECT count(*) FROM articles a WHERE {where}", params)[0][0]
    rows = store.query(
        "SELECT id, external_id, date, title, source, url, origin, words FROM articles a "
        f"WHERE {where} ORDER BY date DESC NULLS LAST, id LIMIT ? OFFSET ?", [*params, limit, offset])
    counts = dict(store.query("SELECT article_id, count(*) FROM events WHERE article_id IN (SELECT unnest(?)) "
                              "GROUP BY article_id", [[r[0] for r in rows]])) if rows else {}
    return Page([ArticleRow(*r, counts.get(r[0], 0)) for r in rows], total, limit, offset)


def load_document(store: Store, article_id: str) -> Document | None:
    """A stored article with its sentences, time expressions, actors and events, as the pipeline gave them."""
    found = store.query("SELECT id, external_id, date, title, source, url, origin, text FROM articles WHERE id = ?",
                        [article_id])
    if not found:
        return None
    aid, external, published, title, source, url, origin, text = found[0]
    doc = Document(Article(text=text, date=published, title=title, source=source, url=url, origin=origin,
                           external_id=external, id=aid))
    doc.sentences = [Sentence(i, s, e, text[s:e]) for i, s, e in store.query(
        'SELECT idx, start, "end" FROM sentences WHERE article_id = ? ORDER BY idx', [aid])]
    doc.times = [TimeExpression(t, s, e, typ, value, (i0, i1) if i0 and i1 else None, gran, sent)
                 for s, e, t, typ, value, i0, i1, gran, sent in store.query(
                     'SELECT start, "end", text, type, value, interval_start, interval_end, granularity, sentence '
                     "FROM times WHERE article_id = ? ORDER BY idx", [aid])]
    doc.actors = [Actor(t, s, e, code, kind or "unknown", name, (r0, r1) if r0 or r1 else None, sent)
                  for s, e, t, code, kind, name, r0, r1, sent in store.query(
                      'SELECT start, "end", text, code, kind, name, role_start, role_end, sentence '
                      "FROM actors WHERE article_id = ? ORDER BY idx", [aid])]
    cols = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    doc.events = [to_event(EventRow(*r)) for r in store.query(
        f"SELECT {cols} FROM events e WHERE e.article_id = ? ORDER BY e.idx", [aid])]
    return doc


def _ref(text: str | None, code: str | None) -> ActorRef | None:
    return ActorRef(text, code) if text is not None or code is not None else None


def to_event(r: EventRow) -> Event:
    """The stored event as the pipeline's :class:`~warpath.document.Event`."""
    return Event(
        id=r.id, source=_ref(r.source_text, r.source_code), target=_ref(r.target_text, r.target_code),
        code=r.cameo_code, root=r.cameo_root, name=r.cameo_name, goldstein=r.goldstein, quad_class=r.quad_class,
        plover_event=r.plover_event, plover_mode=r.plover_mode,
        date=EventDate((r.date_start, r.date_end) if r.date_start and r.date_end else None, r.date_from, r.date_text),
        location=Location(r.location_text, r.location_country), modality=r.modality,
        attribution=_ref(r.attribution_text, r.attribution_code),
        evidence=Evidence(r.sentence, r.evidence_start, r.evidence_end, r.evidence_text),
        confidence=r.confidence, predicate=r.predicate or "")
