"""The merge rule: which events report the same happening.

Pure Python over :class:`Member` features, so it can be tested without a store;
:mod:`.clusters` feeds it from the store and writes what it decides. An event
joins a cluster when, against the cluster's current state (docs/analysis.md):

1. same source country, same CAMEO root, and both factual (asserted, reported,
   negated) or both not (intent, hypothetical, demanded);
2. compatible codes: equal, one a prefix of the other (138 and 1385), or one
   the root's unspecified code (190 goes with any 19x);
3. compatible targets: the same country where both are known. A missing
   target never blocks a merge (the coder often misses one), it only ranks
   lower: "fired at Bryansk" (no target, located in Russia) goes with "struck
   Russia" before "launched missiles" (no target, no place) does;
4. compatible locations: countries equal where both are known, and at most
   ``max_km`` apart where both have coordinates;
5. compatible dates: both precise (an interval of at most ``precise_days``)
   and overlapping within ``tolerance_days``, or both vague (wider or
   open-ended) with the very same interval. An event with no date at all, in an
   undated article, never merges.

Of several compatible clusters the best is taken: a known target that matches,
then a target agreeing with the other side's location, then both unknown, then
one unknown; then the longest date overlap; then the cluster with most events;
then the oldest. A cluster's id is the id of the
event that founded it, so the same events in the same order give the same
clusters. GDELT rows are clusters of their own: GDELT has already merged them.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .model import FACTUAL

FAR = 1_000_000_000
"""Sort key for an unknown width or start: after every known one."""


@dataclass(frozen=True)
class MergeRule:
    tolerance_days: int = 0
    """Precise intervals that miss each other by at most this many days still overlap (0: they must share a day;
    the slack of publication-dated events already allows for late reporting)."""
    precise_days: int = 7
    """An interval of at most this many days (inclusive) is precise; anything wider is vague."""
    publication_slack_days: int = 2
    """An event dated only by its article's publication date may have happened up to this many days before."""
    max_km: float = 300.0
    """Events whose coordinates are further apart do not merge."""


RULE = MergeRule()


@dataclass
class Member:
    """One event as merging sees it."""

    event_id: str
    article_id: str
    outlet: str
    published: date | None
    source_country: str | None
    target_country: str | None
    code: str
    root: str
    modality: str
    date_start: date | None
    date_end: date | None
    date_from: str
    location_country: str | None = None
    lat: float | None = None
    lon: float | None = None
    gdelt: bool = False
    name: str = ""
    goldstein: float = 0.0
    quad_class: int = 1
    location_text: str | None = None
    ingested_at: datetime | None = None
    sources: int = 1
    articles: int = 1
    # Set by date(): how the event is dated and the interval merging compares.
    tier: int = 2
    match_start: date | None = None
    match_end: date | None = None
    seq: int = 0

    @property
    def factual(self) -> bool:
        return self.modality in FACTUAL

    @property
    def key(self) -> tuple[str | None, str, bool]:
        return (self.source_country, self.root, self.factual)

    def date(self, rule: MergeRule = RULE) -> Member:
        """Set tier and match interval: 0 from a time expression (or GDELT), 1 from the
        publication date (widened back by the slack), 2 undated (the publication window)."""
        slack = timedelta(days=rule.publication_slack_days)
        if self.date_from == "publication_date" and (self.date_start or self.published):
            start = self.date_start or self.published
            self.tier, self.match_start, self.match_end = 1, start - slack, self.date_end or start
        elif self.date_start or self.date_end:
            self.tier, self.match_start, self.match_end = 0, self.date_start, self.date_end
        elif self.published:
            self.tier, self.match_start, self.match_end = 2, self.published - slack, self.published
        else:
            self.tier, self.match_start, self.match_end = 2, None, None
        return self

    @property
    def best_key(self) -> tuple[int, int, int, str]:
        """Lower is better dated: tier, then the narrowest interval, then the earliest, then the id."""
        width = (self.date_end - self.date_start).days if self.date_start and self.date_end else FAR
        start = self.date_start.toordinal() if self.date_start else FAR
        return (self.tier, width, start, self.event_id)


def is_precise(start: date | None, end: date | None, rule: MergeRule = RULE) -> bool:
    return start is not None and end is not None and (end - start).days + 1 <= rule.precise_days


def specificity(code: str, root: str) -> tuple[int, int]:
    """195 is more specific than 190 ("not specified below"), which is more specific than 19."""
    return (len(code), 0 if code in (root, root + "0") else 1)


def codes_compatible(a: str, b: str, root: str) -> bool:
    unspecified = (root, root + "0")
    return a.startswith(b) or b.startswith(a) or a in unspecified or b in unspecified


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


@dataclass
class ClusterState:
    """What merging needs to know of a cluster; the store keeps the rest."""

    id: str
    key: tuple[str | None, str, bool]
    target: str | None
    code: str
    best: tuple[int, int, int, str]
    match_start: date | None
    match_end: date | None
    location_country: str | None
    lat: float | None
    lon: float | None
    first_seq: int
    gdelt: bool = False
    size: int = 0
    """Events in it: of several equally good clusters, the most reported wins."""

    @classmethod
    def found(cls, m: Member) -> ClusterState:
        return cls(m.event_id, m.key, m.target_country, m.code, m.best_key, m.match_start, m.match_end,
                   m.location_country, m.lat, m.lon, m.seq, m.gdelt, 1)

    def add(self, m: Member) -> None:
        """Take in a member: the same updates the store's aggregation makes (clusters.REFRESH)."""
        self.size += 1
        if self.target is None and m.target_country:
            self.target = m.target_country
        if specificity(m.code, m.key[1]) > specificity(self.code, self.key[1]):
            self.code = m.code
        if m.best_key < self.best:
            self.best, self.match_start, self.match_end = m.best_key, m.match_start, m.match_end
        if self.location_country is None and m.location_country:
            self.location_country = m.location_country
        if self.lat is None and m.lat is not None:
            self.lat, self.lon = m.lat, m.lon


def match(m: Member, c: ClusterState, rule: MergeRule = RULE) -> tuple[int, int, int, int] | None:
    """How well ``m`` fits ``c`` (lower is better), or None if it does not."""
    if m.gdelt or c.gdelt or m.key != c.key or not codes_compatible(m.code, c.code, m.root):
        return None
    if m.location_country and c.location_country and m.location_country != c.location_country:
        return None
    if None not in (m.lat, m.lon, c.lat, c.lon) and distance_km(m.lat, m.lon, c.lat, c.lon) > rule.max_km:
        return None
    if m.target_country and c.target:
        if m.target_country != c.target:
            return None
        target_rank = 0
    elif not m.target_country and not c.target:
        target_rank = 2
    else:  # one side has no target: it ranks better if it happened in the other's target country
        place, target = (m.location_country, c.target) if m.target_country is None else (c.location_country,
                                                                                         m.target_country)
        target_rank = 1 if place == target else 3
    if is_precise(m.match_start, m.match_end, rule) and is_precise(c.match_start, c.match_end, rule):
        tol = rule.tolerance_days
        if c.match_start > m.match_end + timedelta(days=tol) or m.match_start > c.match_end + timedelta(days=tol):
            return None
        overlap = (min(m.match_end, c.match_end) - max(m.match_start, c.match_start)).days + 1
    elif is_precise(m.match_start, m.match_end, rule) or is_precise(c.match_start, c.match_end, rule):
        return None
    elif (m.match_start, m.match_end) != (c.match_start, c.match_end) or m.match_start is m.match_end is None:
        return None
    else:
        overlap = 0
    return (target_rank, -overlap, -c.size, c.first_seq)


class Merger:
    """Assigns members, in order, to clusters: existing ones it was given, or new ones."""

    def __init__(self, rule: MergeRule = RULE, next_seq: int = 1) -> None:
        self.rule = rule
        self.next_seq = next_seq
        self.states: dict[str, ClusterState] = {}
        self.touched: set[str] = set()
        self._by_day: dict[tuple, list[str]] = defaultdict(list)
        self._by_span: dict[tuple, list[str]] = defaultdict(list)

    def load(self, c: ClusterState) -> None:
        """Make an existing cluster a candidate."""
        if c.id not in self.states:
            self.states[c.id] = c
            self._index(c)

    def assign(self, m: Member) -> str:
        """The id of the cluster ``m`` joins (or founds)."""
        m.seq, self.next_seq = self.next_seq, self.next_seq + 1
        best: tuple[tuple[int, int, int, int], ClusterState] | None = None
        for c in self._candidates(m):
            score = match(m, c, self.rule)
            if score is not None and (best is None or score < best[0]):
                best = (score, c)
        if best is None:
            c = ClusterState.found(m)
            self.states[c.id] = c
        else:
            c = best[1]
            c.add(m)
        self._index(c)
        self.touched.add(c.id)
        return c.id

    def _index(self, c: ClusterState) -> None:
        if c.gdelt:
            return
        if is_precise(c.match_start, c.match_end, self.rule):
            for d in _days(c.match_start, c.match_end):
                if c.id not in self._by_day[(c.key, d)]:
                    self._by_day[(c.key, d)].append(c.id)
        elif c.id not in self._by_span[(c.key, c.match_start, c.match_end)]:
            self._by_span[(c.key, c.match_start, c.match_end)].append(c.id)

    def _candidates(self, m: Member) -> Iterator[ClusterState]:
        if m.gdelt:
            return
        seen: set[str] = set()
        if is_precise(m.match_start, m.match_end, self.rule):
            tol = timedelta(days=self.rule.tolerance_days)
            ids = (i for d in _days(m.match_start - tol, m.match_end + tol) for i in self._by_day.get((m.key, d), ()))
        else:
            ids = iter(self._by_span.get((m.key, m.match_start, m.match_end), ()))
        for i in ids:
            if i not in seen:
                seen.add(i)
                yield self.states[i]


def _days(start: date, end: date) -> Iterator[date]:
    for n in range((end - start).days + 1):
        yield start + timedelta(days=n)
