"""The dashboard's pages, rendered on the server from Jinja templates (autoescape on).

Overview -> dyad -> a period's events -> an event -> its article, where the
evidence is highlighted: every step is a plain link, charts add clicks on top.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated, Any
from urllib.parse import parse_qs

import jinja2
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from ..analysis import Alert, Dyad, Timeline, alerts, list_clusters, timeline
from ..analysis.model import next_period, period_start
from ..codebook import QUAD_CLASSES, Codebook
from ..document import MODALITIES
from ..errors import message
from . import activity, charts, queries
from .api import page_of_events
from .db import Database
from .highlight import document_spans, highlight
from .params import DB, FILTER, PAGING, PERIOD, By, _date, parse_dyad
from .security import check_token

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
SPAN = {"day": 30, "week": 26, "month": 24}
"""Periods the overview shows, ending at the last day with events."""


def templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.PackageLoader("warpath.web", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(QUAD_CLASSES=QUAD_CLASSES, MODALITIES=MODALITIES, dyad_url=charts.dyad_url)
    env.filters["num"] = lambda v, d=0: f"{v:,.{d}f}" if v is not None else ""
    return Jinja2Templates(env=env)


TEMPLATES = templates()


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    db: Database = request.app.state.db
    return TEMPLATES.TemplateResponse(request, template, {"notes": db.notes, **context}, status_code=status)


def cameo_roots() -> list[tuple[str, str]]:
    return [(c.code, c.name) for c in Codebook.load().roots()]


@dataclass
class Overview:
    start: date
    end: date
    dyads: list[activity.DyadActivity]
    timelines: list[Timeline]
    alerts: list[Alert]


def _overview(store: Any, by: str) -> Overview | None:
    span = activity.data_span(store)
    if span is None:
        return None
    end = span[1]
    start = period_start(end, by)
    for _ in range(SPAN[by] - 1):
        start = period_start(start - timedelta(days=1), by)
    dyads = activity.top_dyads(store, start, end, 12)
    lines = [timeline(store, Dyad(d.source, d.target), by, start, end) for d in dyads[:6]]
    found = alerts(store, by, start, end)
    return Overview(start, end, dyads, lines, list(reversed(found))[:10])


def warm(db: Database) -> threading.Thread:
    """Compute the overview in a background thread, so the first visitor does not wait for it."""
    thread = threading.Thread(target=lambda: db.cached(("overview", "day"), lambda store: _overview(store, "day")),
                              name="warpath-warm-overview", daemon=True)
    thread.start()
    return thread


@router.get("/")
def overview(request: Request, db: DB, by: By = "day") -> HTMLResponse:
    data = db.cached(("overview", by), lambda store: _overview(store, by))
    figure = charts.index_figure(data.timelines) if data else None
    return render(request, "overview.html", data=data, by=by, figure=figure)


@router.get("/dyads/{dyad}")
def dyad_page(request: Request, dyad: str, db: DB, period_range: PERIOD, by: By = "day",
              period: Annotated[str | None, Query(max_length=10)] = None) -> HTMLResponse:
    pair = parse_dyad(dyad)
    name = dyad.upper()
    chosen = _date("period", period)
    t = db.cached(("timeline", pair, by, period_range.start, period_range.end),
                  lambda store: timeline(store, pair, by, period_range.start, period_range.end))
    with db.read() as store:
        found = []
        if chosen:
            chosen = period_start(chosen, by)
            found = list_clusters(store, pair, chosen, next_period(chosen, by) - timedelta(days=1),
                                  happened_only=False, limit=200)
    dyad_alerts = db.cached(("alerts", by, t.start, t.end, pair),
                            lambda store: alerts(store, by, t.start, t.end, pair))
    last = next_period(chosen, by) - timedelta(days=1) if chosen else None
    return render(request, "dyad.html", name=name, dyad=pair, t=t, by=by, chosen=chosen, last=last, clusters=found,
                  alerts=list(reversed(dyad_alerts)), index_fig=charts.single_index_figure(t, name),
                  quad_fig=charts.quad_figure(t, name), busy=[r for r in t.rows if not r.empty])


@router.get("/events")
def events_page(request: Request, db: DB, paging: PAGING,
                flt: FILTER) -> HTMLResponse:
    page = page_of_events(db, flt, paging)
    outlets = db.cached(("outlets",), activity.outlets)
    return render(request, "events.html", page=page, flt=flt, outlets=outlets, roots=cameo_roots())


@router.get("/events/{event_id}")
def event_page(request: Request, event_id: str, db: DB) -> HTMLResponse:
    with db.read() as store:
        row = queries.get_event(store, event_id)
        reports = activity.cluster_reports(store, event_id) if row else []
    if row is None:
        return _not_found(request, "event", event_id)
    return render(request, "event.html", e=row, reports=reports)


@router.get("/articles")
def articles_page(request: Request, db: DB, paging: PAGING,
                  period: PERIOD,
                  q: Annotated[str | None, Query(max_length=200)] = None,
                  outlet: Annotated[str | None, Query(max_length=200)] = None) -> HTMLResponse:
    with db.read() as store:
        page = queries.list_articles(store, q or None, outlet or None, period.start, period.end, paging.limit,
                                     paging.offset)
    return render(request, "articles.html", page=page, q=q or "", outlet=outlet or "", period=period)


@router.get("/articles/{article_id}")
def article_page(request: Request, article_id: str, db: DB,
                 event: Annotated[str | None, Query(max_length=64)] = None) -> HTMLResponse:
    with db.read() as store:
        doc = queries.load_document(store, article_id)
    if doc is None:
        return _not_found(request, "article", article_id)
    return render(request, "article.html", doc=doc, selected=event,
                  marked=highlight(doc.text, document_spans(doc, event)))


@router.get("/code")
def code_form(request: Request) -> HTMLResponse:
    return render(request, "code.html", form={}, doc=None, marked=None, stored=False,
                  token_required=bool(request.app.state.token), limit=request.app.state.coder.max_chars)


@router.post("/code")
async def code_submit(request: Request) -> HTMLResponse:
    body = (await request.body()).decode("utf-8", errors="replace")
    form = {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}
    published = _date("date", form.get("date"))
    store = form.get("store") == "on"
    if store:
        check_token(request.app.state.token, request.headers.get("authorization"), form.get("token"))
    coder = request.app.state.coder
    doc = await run_in_threadpool(coder.code, form.get("text", ""), published, form.get("title"),
                                  form.get("source"), None)
    if store:
        await run_in_threadpool(coder.store, request.app.state.db, doc)
    form.pop("token", None)
    return render(request, "code.html", form=form, doc=doc, marked=highlight(doc.text, document_spans(doc)),
                  selected=None, stored=store, token_required=bool(request.app.state.token),
                  limit=coder.max_chars)


@router.get("/network")
def network_page(request: Request, db: DB, period: PERIOD,
                 nodes: Annotated[int, Query(ge=2, le=80)] = 30) -> HTMLResponse:
    with db.read() as store:
        span = activity.data_span(store)
        net = None
        if span:
            end = period.end or span[1]
            start = period.start or end - timedelta(days=29)
            net = activity.network(store, start, end, nodes)
    layout = charts.network_layout(net) if net else ([], [])
    return render(request, "network.html", net=net, nodes=layout[0], edges=layout[1], max_nodes=nodes)


def _not_found(request: Request, what: str, key: str) -> HTMLResponse:
    return render(request, "error.html", status=404, code="E076", message=message("E076", what=what, key=key))
