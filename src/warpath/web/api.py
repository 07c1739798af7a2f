"""The REST API under /api/: articles, events, clusters, timelines, alerts, dyads, network, coding.

Lists are paginated with ``limit`` and ``offset`` and say how many items match
(``total``). Errors are ``{"error": {"code", "message"}}`` with a numbered code.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from ..analysis import alerts as find_alerts
from ..analysis import Dyad, Timeline, list_clusters, timeline
from ..analysis.clusters import dyad_filter
from ..document import Document
from . import activity, queries
from .db import Database
from .models import (AlertOut, ArticlePage, ClusterOut, ClusterPage, CodeRequest, DocumentOut, DyadOut, ErrorBody,
                     EventOut, EventPage, NetworkOut, StatusOut, TimelineOut)
from .params import DB, FILTER, PAGING, PERIOD, By, Paging, Period, parse_dyad
from .queries import EventFilter, EventRow
from .security import ApiError, check_token

ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorBody} for code in (404, 413, 422)}
router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)



def event_out(row: EventRow) -> EventOut:
    return EventOut.model_validate({**queries.to_event(row).to_dict(), "article_id": row.article_id,
                                    "outlet": row.outlet, "title": row.title, "published": row.published})


def document_out(doc: Document, stored: bool | None = None) -> DocumentOut:
    data = doc.to_dict()
    for event in data["events"]:
        event["article_id"] = doc.article.id
    return DocumentOut.model_validate({**data, "text": doc.text, "stored": stored})


@router.get("/status", response_model=StatusOut, summary="What the database holds")
def status(request: Request, db: DB) -> StatusOut:
    with db.read() as store:
        articles, events, clusters = store.query(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
            "(SELECT count(*) FROM event_clusters)")[0]
        span = activity.data_span(store)
        version = store.schema_version
    return StatusOut(database=db.path, schema_version=version, articles=articles, events=events, clusters=clusters,
                     first_day=span[0] if span else None, last_day=span[1] if span else None, writable=True,
                     token_required=bool(request.app.state.token))


@router.get("/articles", response_model=ArticlePage, summary="Articles, newest first")
def articles(db: DB, paging: PAGING, period: PERIOD,
             q: Annotated[str | None, Query(max_length=200, description="Words in the title or text")] = None,
             outlet: Annotated[str | None, Query(max_length=200)] = None) -> Any:
    with db.read() as store:
        page = queries.list_articles(store, q or None, outlet or None, period.start, period.end, paging.limit,
                                     paging.offset)
    return {"total": page.total, "limit": page.limit, "offset": page.offset, "items": page.items}


@router.get("/articles/{article_id}", response_model=DocumentOut, summary="One article with its actors, times, events")
def article(article_id: str, db: DB) -> DocumentOut:
    with db.read() as store:
        doc = queries.load_document(store, article_id)
    if doc is None:
        raise ApiError(404, "E076", what="article", key=article_id)
    return document_out(doc)


@router.get("/events", response_model=EventPage, summary="Events, newest first, filtered")
async def events(db: DB, paging: PAGING, flt: FILTER) -> Any:
    key = ("events json", flt, paging.limit, paging.offset)
    body = db.peek(key, large=True) or await run_in_threadpool(
        db.remembered, key, lambda: event_page_json(page_of_events(db, flt, paging)), True)
    return Response(body, media_type="application/json")


def event_page_json(page: queries.Page[EventRow]) -> str:
    """``page`` serialised as FastAPI would (by alias), once: returned as a dict, FastAPI would validate
    every item again against the route's ``response_model``, which still documents the shape."""
    return EventPage(total=page.total, total_exact=page.exact, limit=page.limit, offset=page.offset,
                     items=[event_out(r) for r in page.items]).model_dump_json(by_alias=True)


def page_of_events(db: Database, flt: EventFilter, paging: Paging) -> queries.Page[EventRow]:
    """A page of events; pages and the count of each filter are remembered until the next write."""
    count = db.cached(("count", flt), lambda store: queries.count_events(store, flt))
    return db.cached(("events", flt, paging.limit, paging.offset), lambda store: queries.list_events(
        store, flt, paging.limit, paging.offset, count, articles=db.article_meta), large=True)


@router.get("/events/{event_id}", response_model=EventOut, summary="One event")
def event(event_id: str, db: DB) -> EventOut:
    with db.read() as store:
        row = queries.get_event(store, event_id)
    if row is None:
        raise ApiError(404, "E076", what="event", key=event_id)
    return event_out(row)


@router.get("/clusters", response_model=ClusterPage, summary="Merged events (one per happening), newest first")
def clusters(db: DB, paging: PAGING, period: PERIOD,
             dyad: Annotated[str | None, Query(max_length=40, description="SOURCE-TARGET or one actor")] = None,
             min_outlets: Annotated[int, Query(ge=1, le=10_000)] = 1,
             all: Annotated[bool, Query(description="Also those no outlet asserts or reports")] = False) -> Any:
    pair = parse_dyad(dyad) if dyad else None
    where, params = ["outlets >= ?"], [min_outlets]
    if not all:
        where.append("happened_outlets > 0")
    if pair:
        clause, values = dyad_filter(pair)
        where.append(clause)
        params += values
    for clause, value in (("day >= ?", period.start), ("day <= ?", period.end)):
        if value:
            where.append(clause)
            params.append(value)
    with db.read() as store:
        total = store.query(f"SELECT count(*) FROM event_clusters WHERE {' AND '.join(where)}", params)[0][0]
        found = list_clusters(store, pair, period.start, period.end, min_outlets, not all,
                              paging.offset + paging.limit)[paging.offset:]
    return {"total": total, "limit": paging.limit, "offset": paging.offset,
            "items": [ClusterOut.model_validate(c) for c in found]}


@router.get("/timelines/{dyad}", response_model=TimelineOut, summary="A dyad's or actor's series and escalation index")
async def timelines(dyad: str, db: DB, period: PERIOD, by: By = "day",
                    both_ways: Annotated[bool, Query(description="Count SOURCE-TARGET and TARGET-SOURCE")] = False
                    ) -> Any:
    pair = parse_dyad(dyad, both_ways)
    # Kept serialised (until the next write, like every cached result): a year by day is 365 rows to validate.
    key = ("timeline json", pair, by, period.start, period.end)
    body = db.peek(key) or await run_in_threadpool(db.cached, key, lambda store: _timeline_json(
        pair, timeline(store, pair, by, period.start, period.end)))
    return Response(body, media_type="application/json")


def _timeline_json(pair: Dyad, t: Timeline) -> bytes:
    out = TimelineOut.model_validate({"dyad": str(pair), "by": t.by, "start": t.start, "end": t.end, "rows": t.rows})
    return out.model_dump_json(by_alias=True).encode()


@router.get("/alerts", response_model=list[AlertOut], summary="Escalation alerts, newest first, with their events")
def alerts(db: DB, period: PERIOD, by: By = "day",
           dyad: Annotated[str | None, Query(max_length=40)] = None,
           limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Any:
    pair = parse_dyad(dyad) if dyad else None
    key = ("alerts", by, period.start, period.end, pair)
    found = db.cached(key, lambda store: find_alerts(store, by, period.start, period.end, pair))
    return [AlertOut.model_validate(a) for a in reversed(found[-limit:])]


@router.get("/dyads", response_model=list[DyadOut], summary="The most active dyads of a period")
def dyads(db: DB, period: PERIOD, limit: Annotated[int, Query(ge=1, le=200)] = 20) -> Any:
    with db.read() as store:
        start, end = _default_period(store, period, 30)
        found = activity.top_dyads(store, start, end, limit) if start and end else []
    return [DyadOut.model_validate(d) for d in found]


@router.get("/network", response_model=NetworkOut, summary="Actors and the events between them in a period")
def network(db: DB, period: PERIOD,
            max_nodes: Annotated[int, Query(ge=2, le=200)] = 30) -> Any:
    with db.read() as store:
        start, end = _default_period(store, period, 30)
        if not (start and end):
            raise ApiError(404, "E076", what="period with events", key="any")
        net = activity.network(store, start, end, max_nodes)
    return {"start": net.start, "end": net.end, "nodes": net.nodes,
            "edges": [{"source": s, "target": t, "events": n, "weighted": w, "goldstein_mean": g}
                      for s, t, n, w, g in net.edges]}


@router.post("/code", response_model=DocumentOut, summary="Code an article; store it with store=true",
             responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 409: {"model": ErrorBody}})
def code(body: CodeRequest, request: Request, db: DB,
         store: Annotated[bool, Query(description="Also store the article (needs the token if the server has one)")]
         = False,
         authorization: Annotated[str | None, Header()] = None) -> DocumentOut:
    if store:
        check_token(request.app.state.token, authorization)
    doc = request.app.state.coder.code(body.text, body.date, body.title, body.source, body.url)
    if store:
        request.app.state.coder.store(db, doc)
    return document_out(doc, stored=store)


def _default_period(store: Any, period: Period, days: int) -> tuple[Any, Any]:
    """The period asked for, else the ``days`` up to the last day with events."""
    if period.start and period.end:
        return period.start, period.end
    span = activity.data_span(store)
    if span is None:
        return None, None
    end = period.end or span[1]
    return period.start or end - timedelta(days=days - 1), end
