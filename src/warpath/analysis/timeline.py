"""Dyad and actor timelines: daily, weekly or monthly series over event clusters.

Each period counts the clusters that happened (some outlet asserts or reports
them) on the day timelines place them: one count per cluster however many
outlets carried it, by quad class, and sums weighted by corroboration (each
cluster 1 + log2 of the outlets that assert or report it). The escalation
index of each period is :func:`.index.escalation_index` of those sums.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..store import Store
from .clusters import dyad_filter, source_filter
from .index import INDEX, IndexRule, escalation_index
from .model import PERIODS, Dyad, TimelineRow, period_start, periods

DEFAULT_SPAN = {"day": 30, "week": 26, "month": 24}
"""Periods shown when --from is not given: ending at the dyad's last event."""

SERIES = """
SELECT date_trunc(?, day)::DATE AS period, count(*) AS clusters,
       count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
       count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
       sum(weight), sum(weight * goldstein),
       coalesce(sum(weight * greatest(0, -goldstein) / 10) FILTER (WHERE quad_class >= 3), 0)
FROM event_clusters
WHERE happened_outlets > 0 AND day BETWEEN ? AND ? AND {where}
GROUP BY period ORDER BY period
"""


@dataclass
class Timeline:
    dyad: Dyad
    by: str
    start: date
    end: date
    rows: list[TimelineRow]

    @property
    def peak(self) -> TimelineRow | None:
        return max(self.rows, key=lambda r: (r.index, r.period), default=None)


def data_range(store: Store, dyad: Dyad, gdelt: bool | None = None) -> tuple[date, date] | None:
    clause, params = dyad_filter(dyad)
    row = store.query(f"SELECT min(day), max(day) FROM event_clusters WHERE happened_outlets > 0 AND {clause} "
                      f"AND {source_filter(gdelt)}", params)[0]
    return None if row[0] is None else (row[0], row[1])


def timeline(store: Store, dyad: Dyad, by: str = "day", start: date | None = None, end: date | None = None,
             gdelt: bool | None = None, rule: IndexRule = INDEX) -> Timeline:
    """The series of ``dyad`` from ``start`` to ``end``, every period present (empty ones zero)."""
    if by not in PERIODS:
        raise ValueError(by)
    if end is None or start is None:
        known = data_range(store, dyad, gdelt)
        last = end or (known[1] if known else date.today())
        end = last
        if start is None:
            first = period_start(last, by)
            for _ in range(DEFAULT_SPAN[by] - 1):
                first = period_start(first - timedelta(days=1), by)
            start = first
    clause, params = dyad_filter(dyad)
    sql = SERIES.format(where=f"{clause} AND {source_filter(gdelt)}")
    found = {}
    for period, n, q1, q2, q3, q4, weighted, gsum, conflict in store.query(
            sql, [by, period_start(start, by), end, *params]):
        found[period] = TimelineRow(period, n, (q1, q2, q3, q4), weighted, gsum, gsum / weighted if weighted else None,
                                    conflict, escalation_index(conflict, weighted, rule.prior))
    rows = [found.get(p) or TimelineRow(p, 0, (0, 0, 0, 0), 0.0, 0.0, None, 0.0, 0.0) for p in periods(start, end, by)]
    return Timeline(dyad, by, period_start(start, by), end, rows)


SPARKS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float], top: float | None = None) -> str:
    """▁▂▅█ for a series; zero is a blank, anything above zero at least ▁."""
    top = top if top is not None else max(values, default=0.0)
    if top <= 0:
        return " " * len(values)
    return "".join(" " if v <= 0 else SPARKS[min(len(SPARKS) - 1, int(v / top * (len(SPARKS) - 1) + 0.5))]
                   for v in values)
