"""Query parameters shared by the API and the pages, checked before any query runs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from fastapi import Depends, Query, Request

from ..analysis import Dyad
from ..errors import WarpathError
from .db import Database
from .queries import EventFilter
from .security import ApiError

Modality = Literal["asserted", "reported", "intent", "hypothetical", "negated", "demanded"]
By = Literal["day", "week", "month"]
CODE = r"^[A-Za-z0-9]{3,15}$"


# The dependencies are coroutines, though they never wait: FastAPI runs a plain function's dependency in
# its thread pool, one hand-over (and one wait for the GIL) per dependency per request.


async def database(request: Request) -> Database:
    return request.app.state.db


def parse_dyad(text: str, both_ways: bool = False) -> Dyad:
    """``UKR-RUS`` as a dyad, ``RUS`` as one actor's events towards anyone; 422 otherwise."""
    try:
        return Dyad.parse(text, both_ways) if "-" in text else Dyad.actor(text)
    except WarpathError as exc:
        raise ApiError(422, exc.code, value=text) from None


def check_range(start: date | None, end: date | None) -> None:
    if start and end and start > end:
        raise ApiError(422, "E077", name="start", reason=f"{start} is after end {end}; swap them.")


def empty_to_none(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


async def event_filter(
    actor: Annotated[str | None, Query(max_length=15, description="Actor code or its start: RUS, USAGOV")] = None,
    dyad: Annotated[str | None, Query(max_length=40, description="SOURCE-TARGET actor countries: UKR-RUS")] = None,
    root: Annotated[str | None, Query(pattern=r"^(\d{2})?$", description="CAMEO root, 01-20")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="Quad class 1-4")] = None,
    modality: Annotated[Modality | Literal[""] | None, Query()] = None,
    start: Annotated[str | None, Query(max_length=10, description="Events dated on or after, YYYY-MM-DD")] = None,
    end: Annotated[str | None, Query(max_length=10, description="Events dated on or before, YYYY-MM-DD")] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the evidence")] = None,
    article: Annotated[str | None, Query(max_length=64, description="Article id")] = None,
) -> EventFilter:
    actor, dyad, outlet, q, article = map(empty_to_none, (actor, dyad, outlet, q, article))
    if actor is not None and not actor.isalnum():
        raise ApiError(422, "E065", value=actor)
    first, last = _date("start", start), _date("end", end)
    check_range(first, last)
    return EventFilter(actor=actor.upper() if actor else None, dyad=parse_dyad(dyad) if dyad else None,
                       root=root or None, quad=quad, modality=modality or None, start=first, end=last,
                       outlet=outlet, q=q, article=article)


def _date(name: str, value: str | None) -> date | None:
    """Dates from forms may come empty: '' is no date."""
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ApiError(422, "E077", name=name, reason=f"{value!r} is not a date; write it as YYYY-MM-DD.") from None


@dataclass(frozen=True)
class Period:
    """``start`` and ``end`` query parameters, YYYY-MM-DD, either may be empty."""

    start: date | None = None
    end: date | None = None


async def period(start: Annotated[str | None, Query(max_length=10, description="First day, YYYY-MM-DD")] = None,
                 end: Annotated[str | None, Query(max_length=10, description="Last day, YYYY-MM-DD")] = None
                 ) -> Period:
    first, last = _date("start", start), _date("end", end)
    check_range(first, last)
    return Period(first, last)


@dataclass(frozen=True)
class Paging:
    limit: int = 50
    offset: int = 0


async def paging(limit: Annotated[int, Query(ge=1, le=500, description="Items per page")] = 50,
                 offset: Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip")] = 0) -> Paging:
    return Paging(limit, offset)


DB = Annotated[Database, Depends(database)]
PAGING = Annotated[Paging, Depends(paging)]
PERIOD = Annotated[Period, Depends(period)]
FILTER = Annotated[EventFilter, Depends(event_filter)]
