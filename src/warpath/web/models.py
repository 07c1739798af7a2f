"""Pydantic models of the REST API: what goes in and out at the boundary, and nowhere else.

Events, actors and time expressions have the shape of ``warpath code --format
json`` (docs/output.md); clusters, timelines and alerts the fields of
:mod:`warpath.analysis.model`.
"""

from __future__ import annotations

from datetime import date as Date

from pydantic import BaseModel, ConfigDict, Field


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True, populate_by_name=True)


class ErrorDetail(_Out):
    code: str = Field(description="Numbered message code, e.g. E076; searchable in src/warpath/errors.py")
    message: str


class ErrorBody(_Out):
    error: ErrorDetail


class ActorRefOut(_Out):
    text: str | None
    code: str | None
    start: int | None = None
    end: int | None = None


class CameoOut(_Out):
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int


class PloverOut(_Out):
    event: str | None
    mode: str | None


class EventDateOut(_Out):
    interval: list[Date] | None
    from_: str = Field(alias="from", description="time_expression, context, publication_date or none")
    text: str | None


class LocationOut(_Out):
    text: str | None
    country: str | None
    lat: float | None = None
    lon: float | None = None


class EvidenceOut(_Out):
    sentence: int
    start: int
    end: int
    text: str


class EventOut(_Out):
    id: str
    source: ActorRefOut | None
    target: ActorRefOut | None
    cameo: CameoOut
    plover: PloverOut
    date: EventDateOut
    location: LocationOut
    modality: str
    attribution: ActorRefOut | None
    evidence: EvidenceOut
    confidence: float
    predicate: str
    article_id: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: Date | None = None


class ActorOut(_Out):
    text: str
    start: int
    end: int
    code: str | None
    kind: str
    name: str | None
    role_dates: list[Date | None] | None
    sentence: int | None


class TimeOut(_Out):
    text: str
    start: int
    end: int
    type: str
    value: str
    interval: list[Date] | None
    granularity: str | None
    sentence: int | None


class ArticleSummary(_Out):
    id: str
    external_id: str | None
    date: Date | None
    title: str | None
    source: str | None
    url: str | None
    origin: str
    words: int
    events: int


class DocumentOut(_Out):
    """An article with everything the pipeline found in it; offsets index ``text``."""

    id: str
    article_id: str
    date: Date | None
    title: str | None
    source: str | None
    url: str | None
    origin: str
    text: str
    sentences: int
    words: int
    actors: list[ActorOut]
    times: list[TimeOut]
    events: list[EventOut]
    warnings: list[str]
    stored: bool | None = Field(None, description="POST /api/code: whether the article was stored")


class CodeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The article text")
    date: Date | None = Field(None, description="Publication date, YYYY-MM-DD: relative dates are read against it")
    title: str | None = Field(None, max_length=1000)
    source: str | None = Field(None, max_length=200, description="The outlet")
    url: str | None = Field(None, max_length=2000)


class ReportOut(_Out):
    event_id: str
    outlet: str
    published: Date | None
    modality: str
    code: str
    evidence: str
    title: str | None
    url: str | None


class ClusterOut(_Out):
    id: str
    source: str | None
    target: str | None
    code: str
    name: str
    goldstein: float
    quad_class: int
    date_start: Date | None
    date_end: Date | None
    day: Date | None
    location: str | None
    events: int
    articles: int
    outlets: int
    happened_outlets: int
    modalities: dict[str, int]
    weight: float
    first_report: Date | None
    gdelt: bool
    reports: list[ReportOut]


class TimelineRowOut(_Out):
    period: Date
    clusters: int
    quad: list[int] = Field(description="Clusters by quad class 1-4")
    weighted: float
    goldstein_sum: float
    goldstein_mean: float | None
    conflict_mass: float
    index: float = Field(description="Escalation index, 0-10")


class TimelineOut(_Out):
    dyad: str
    by: str
    start: Date
    end: Date
    rows: list[TimelineRowOut]


class DriverOut(_Out):
    cluster_id: str
    code: str
    name: str
    day: Date | None
    outlets: list[str]
    evidence: str
    contribution: float


class AlertOut(_Out):
    kind: str
    dyad: str
    source: str
    target: str
    period: Date
    by: str
    index: float
    baseline: float
    spread: float
    z: float | None
    explanation: str
    drivers: list[DriverOut]


class DyadOut(_Out):
    name: str
    source: str
    target: str
    clusters: int
    weighted: float
    conflict: int


class EdgeOut(_Out):
    source: str
    target: str
    events: int
    weighted: float
    goldstein_mean: float


class NetworkOut(_Out):
    start: Date
    end: Date
    nodes: dict[str, float]
    edges: list[EdgeOut]


class Paged(_Out):
    total: int = Field(description="Items matching the filters")
    limit: int
    offset: int


class EventPage(Paged):
    total_exact: bool = Field(description="False when total is a lower bound: filtered counts stop at 10,000")
    items: list[EventOut]


class ArticlePage(Paged):
    items: list[ArticleSummary]


class ClusterPage(Paged):
    items: list[ClusterOut]


class StatusOut(_Out):
    database: str
    schema_version: int
    articles: int
    events: int
    clusters: int
    first_day: Date | None
    last_day: Date | None
    writable: bool = Field(description="Whether POST /api/code?store=true can store (token rules aside)")
    token_required: bool
