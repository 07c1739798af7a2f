"""The analysis layer's typed objects: dyads, clusters, timeline rows, alerts.

Everything here is plain data read back from the store; the rules that make it
live in :mod:`.merge` (clusters), :mod:`.timeline` and :mod:`.index` (series,
escalation index and alerts). ``docs/analysis.md`` explains them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from ..errors import WarpathError

HAPPENED = ("asserted", "reported")
FACTUAL = frozenset({"asserted", "reported", "negated"})
"""Modalities that say whether something took place; the others (intent, hypothetical,
demanded) speak of what may or should happen, and merge only among themselves."""
MODALITY_RANK = {"asserted": 0, "reported": 1, "negated": 2, "intent": 3, "hypothetical": 4, "demanded": 5}
"""An outlet that gives a cluster several modalities counts once, under its strongest."""
PERIODS = ("day", "week", "month")

_CODE = re.compile(r"^[A-Z0-9]{3}(?:[A-Z0-9]{3}){0,4}$")


@lru_cache(maxsize=1)
def _igo_codes() -> tuple[str, ...]:
    """IGO/NGO codes of the shipped dictionary, longest first (IGOUNOHRI before IGOUNO)."""
    text = resources.files("warpath").joinpath("data/actors/igos.tsv").read_text(encoding="utf-8")
    codes = {line.split("\t", 1)[0] for line in text.splitlines() if line and not line.startswith(("#", "code\t"))}
    return tuple(sorted(codes, key=lambda c: (-len(c), c)))


def actor_country(code: str | None) -> str | None:
    """The country part of an actor code: RUSGOV -> RUS, IGOWSTNATGOV -> IGOWSTNAT.

    Countries are the first three letters; ``---`` (no known country) is None.
    International organisations keep their
    whole organisation code: the longest known IGO/NGO code that starts the actor
    code (IGOUNOGOV -> IGOUNO), else its first nine letters.
    """
    if not code or code.startswith("---"):
        return None  # CAMEO's "---": an actor of no known country
    code = code.upper()
    if code.startswith(("IGO", "NGO", "MNC")):
        for igo in _igo_codes():
            if code.startswith(igo) and len(igo) > 3:
                return igo
        return code[:9]
    return code[:3]


@dataclass(frozen=True)
class Dyad:
    """A directed pair of actor countries; ``target`` None for the source's every event."""

    source: str
    target: str | None = None
    both_ways: bool = False

    @classmethod
    def parse(cls, text: str, both_ways: bool = False) -> Dyad:
        parts = text.strip().upper().split("-")
        if len(parts) != 2 or not all(_CODE.match(p) for p in parts):
            raise WarpathError("E062", value=text)
        return cls(actor_country(parts[0]) or parts[0], actor_country(parts[1]) or parts[1], both_ways)

    @classmethod
    def actor(cls, text: str) -> Dyad:
        code = text.strip().upper()
        if not _CODE.match(code):
            raise WarpathError("E065", value=text)
        return cls(code)

    def __str__(self) -> str:
        if self.target is None:
            return f"{self.source} (all targets)"
        return f"{self.source}{'~' if self.both_ways else '-'}{self.target}"


@dataclass(frozen=True)
class Report:
    """One outlet's report in a cluster: the event, its article and its evidence."""

    event_id: str
    outlet: str
    published: date | None
    modality: str
    code: str
    evidence: str
    title: str | None = None
    url: str | None = None


@dataclass
class Cluster:
    """Events from one or more articles that report the same happening."""

    id: str
    source: str | None
    target: str | None
    code: str
    name: str
    goldstein: float
    quad_class: int
    date_start: date | None
    date_end: date | None
    day: date | None
    location: str | None
    location_country: str | None
    events: int
    articles: int
    outlets: int
    happened_outlets: int
    modalities: dict[str, int]
    """Outlets by the strongest modality each gives it: {"asserted": 6, "reported": 3}."""
    weight: float
    first_report: date | None
    gdelt: bool = False
    reports: list[Report] = field(default_factory=list)

    @property
    def dyad(self) -> str:
        return f"{self.source or '?'}-{self.target or '?'}"

    @property
    def outlet_names(self) -> list[str]:
        return sorted({r.outlet for r in self.reports})


@dataclass(frozen=True)
class TimelineRow:
    """One period of a dyad's (or actor's) series; counts are clusters that happened."""

    period: date
    clusters: int
    quad: tuple[int, int, int, int]
    """Clusters by quad class: verbal cooperation, material cooperation, verbal conflict, material conflict."""
    weighted: float
    """Clusters weighted by corroboration: each 1 + log2(outlets that assert or report it)."""
    goldstein_sum: float
    goldstein_mean: float | None
    conflict_mass: float
    index: float

    @property
    def empty(self) -> bool:
        return self.clusters == 0


@dataclass(frozen=True)
class Driver:
    """A cluster that drove an alert, with its evidence."""

    cluster_id: str
    code: str
    name: str
    day: date | None
    outlets: list[str]
    evidence: str
    contribution: float


@dataclass
class Alert:
    """An escalation alert for one dyad and period, with the events behind it."""

    kind: str  # "jump" or a milestone name ("first use of force", ...)
    source: str
    target: str
    period: date
    by: str
    index: float
    baseline: float
    spread: float
    z: float | None
    explanation: str
    drivers: list[Driver] = field(default_factory=list)

    @property
    def dyad(self) -> str:
        return f"{self.source}-{self.target}"


def period_start(d: date, by: str) -> date:
    """The first day of the day, ISO week (Monday) or month that holds ``d``."""
    if by == "week":
        return d - timedelta(days=d.weekday())
    if by == "month":
        return d.replace(day=1)
    return d


def next_period(d: date, by: str) -> date:
    if by == "week":
        return d + timedelta(days=7)
    if by == "month":
        return (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return d + timedelta(days=1)


def periods(start: date, end: date, by: str) -> list[date]:
    """Every period from the one holding ``start`` to the one holding ``end``."""
    out, d = [], period_start(start, by)
    while d <= end:
        out.append(d)
        d = next_period(d, by)
    return out
