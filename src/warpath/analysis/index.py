"""The escalation index and the alerts it raises (docs/analysis.md).

For a dyad and period, over the clusters that happened (an outlet asserts or
reports them), each weighted by corroboration w = 1 + log2(outlets)::

    conflict mass K = sum of w * (-Goldstein / 10) over conflict clusters (quad class 3 or 4)
    volume        V = sum of w over all clusters
    index         I = 10 * K / (V + prior)

I is the Goldstein-weighted conflict share of the dyad's events, 0 to 10: ten
outlets repeating one strike weigh log2(10)+1 = 4.3, not 10; a busy news day
that brings more of every kind of event leaves the share where it was; and
cooperation only adds to V, so it can lower I but never raise it. The prior
(one neutral event) keeps a lone minor report from reading as a crisis.

Alerts: a **jump** when I is at least ``min_index`` and at least ``z`` spreads
above the mean of the ``window`` periods before (empty periods count as 0, the
spread is at least ``spread_floor``); a **milestone** the first period in which
a dyad does something it had not done before in the data (first use of force,
first threat of unconventional weapons...), provided the dyad has events in an
earlier period: a dyad's very first events are where the data starts, not news.
Each alert names the clusters that drove it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

import pyarrow as pa

from ..store import Store
from .clusters import dyad_filter, source_filter
from .model import Alert, Driver, Dyad, next_period, period_start


@dataclass(frozen=True)
class IndexRule:
    prior: float = 1.0
    """Volume of neutral events every period starts with."""
    window: int | None = None
    """Baseline periods before the one tested: None for the default of its resolution (WINDOWS)."""
    z: float = 3.0
    """A jump is at least this many spreads above the baseline mean..."""
    min_index: float = 5.5
    """... and at least this high: a lone uncorroborated strike scores 5.0, the same strike from two outlets
    6.7, two uncorroborated strikes 6.7, a threat of force from two outlets 4.7."""
    spread_floor: float = 1.0
    """Smallest spread a baseline is taken to have, so a flat zero baseline needs a rise of z * floor."""

    def periods(self, by: str) -> int:
        return self.window or WINDOWS[by]


INDEX = IndexRule()
WINDOWS = {"day": 14, "week": 8, "month": 6}
_UNIT = {"day": "DAY", "week": "WEEK", "month": "MONTH"}


def escalation_index(conflict_mass: float, weighted: float, prior: float = INDEX.prior) -> float:
    return 10.0 * conflict_mass / (weighted + prior) if weighted or conflict_mass else 0.0


@dataclass(frozen=True)
class Milestone:
    name: str
    prefixes: tuple[str, ...]
    what: str


MILESTONES = (
    Milestone("first use of force", ("18", "19", "20"), "CAMEO 18-20: assault, fight, mass violence"),
    Milestone("first threat of unconventional weapons", ("1385",), "CAMEO 1385: threaten attack with WMD"),
    Milestone("first unconventional mass violence", ("20",), "CAMEO 20: mass violence, WMD use"),
)

_SERIES = """
CREATE OR REPLACE TEMP TABLE _series AS
WITH s AS (
    SELECT source_country, target_country, date_trunc(?, day)::DATE AS period, sum(weight) AS weighted,
           coalesce(sum(weight * greatest(0, -goldstein) / 10) FILTER (WHERE quad_class >= 3), 0) AS conflict
    FROM event_clusters
    WHERE happened_outlets > 0 AND source_country IS NOT NULL AND target_country IS NOT NULL
      AND day >= ? AND day < ? AND {where}
    GROUP BY ALL),
i AS (SELECT *, 10 * conflict / (weighted + ?) AS idx FROM s),
w AS (SELECT *, coalesce(sum(idx) OVER win, 0) / ? AS mean, coalesce(sum(idx * idx) OVER win, 0) / ? AS sq
      FROM i WINDOW win AS (PARTITION BY source_country, target_country ORDER BY period
                            RANGE BETWEEN INTERVAL (?) {unit} PRECEDING AND INTERVAL 1 {unit} PRECEDING))
SELECT source_country, target_country, period, idx, mean, sqrt(greatest(sq - mean * mean, 0)) AS sd FROM w
"""

_JUMPS = """
SELECT source_country, target_country, period, idx, mean, sd FROM _series
WHERE period >= ? AND idx >= ? AND (idx - mean) / greatest(sd, ?) >= ?
ORDER BY period, source_country, target_country
"""

_FIRSTS = """
WITH firsts AS (
    SELECT source_country, target_country, m.name, min(day) AS first_day
    FROM event_clusters c JOIN _milestones m
      ON m.prefix IN (c.cameo_code[1:2], c.cameo_code[1:3], c.cameo_code[1:4])
    WHERE happened_outlets > 0 AND source_country IS NOT NULL AND target_country IS NOT NULL
      AND day IS NOT NULL AND {where}
    GROUP BY ALL),
history AS (
    SELECT source_country, target_country, min(day) AS since FROM event_clusters
    WHERE happened_outlets > 0 AND day IS NOT NULL AND {where}
    GROUP BY ALL)
SELECT f.source_country, f.target_country, f.name, f.first_day, h.since,
       coalesce(s.idx, 0), coalesce(s.mean, 0), coalesce(s.sd, 0)
FROM firsts f JOIN history h USING (source_country, target_country)
LEFT JOIN _series s ON s.source_country = f.source_country AND s.target_country = f.target_country
                   AND s.period = date_trunc(?, f.first_day)::DATE
WHERE f.first_day >= ? AND f.first_day < ? AND date_trunc(?, h.since) < date_trunc(?, f.first_day)
ORDER BY f.first_day, f.source_country, f.target_country, f.name
"""

_DRIVERS = """
WITH ranked AS (
    SELECT a.alert, c.cluster_id, c.cameo_code, c.cameo_name, c.day, c.best_event_id,
           c.weight * greatest(0, -c.goldstein) / 10 AS contribution,
           row_number() OVER (PARTITION BY a.alert
                              ORDER BY c.weight * greatest(0, -c.goldstein) / 10 DESC, c.day, c.cluster_id) AS rank
    FROM _alerts a JOIN event_clusters c ON c.source_country = a.source AND c.target_country = a.target
    WHERE c.day >= a.start AND c.day < a.stop AND c.happened_outlets > 0 AND {where}
      AND CASE WHEN a.jump THEN c.quad_class >= 3
               ELSE list_has_any(a.prefixes, [c.cameo_code[1:2], c.cameo_code[1:3], c.cameo_code[1:4]]) END),
top AS (SELECT * FROM ranked WHERE rank <= ?),
sources AS (
    SELECT cluster_id, list_sort(list_distinct(list(outlet))) AS outlets FROM cluster_members
    WHERE modality IN ('asserted', 'reported') AND cluster_id IN (SELECT cluster_id FROM top)
    GROUP BY cluster_id)
SELECT t.alert, t.cluster_id, t.cameo_code, t.cameo_name, t.day, t.contribution, e.evidence_text, s.outlets
FROM top t JOIN events e ON e.id = t.best_event_id LEFT JOIN sources s USING (cluster_id)
ORDER BY t.alert, t.rank
"""


def _where(dyad: Dyad | None, gdelt: bool | None) -> tuple[str, list[str]]:
    """Fixed SQL text selecting a dyad (or all) and a data source, with its bound parameters."""
    clause, params = dyad_filter(dyad) if dyad else ("TRUE", [])
    return f"{clause} AND {source_filter(gdelt)}", params


def _baseline_start(first: date, by: str, n: int) -> date:
    days = {"day": 1, "week": 7, "month": 31}[by] * (n + 1)
    return first - timedelta(days=days) if first > date.min + timedelta(days=days) else date.min


def alerts(store: Store, by: str = "day", start: date | None = None, end: date | None = None,
           dyad: Dyad | None = None, gdelt: bool | None = None, rule: IndexRule = INDEX,
           drivers: int = 5) -> list[Alert]:
    """Alerts of periods from ``start`` to ``end`` (default: all the data), oldest first.

    The index series of every dyad (or of ``dyad``) goes to a temporary table once;
    jumps and milestones are read from it, and the events behind every alert come
    from one more query.
    """
    first = period_start(start, by) if start else date.min
    stop = next_period(period_start(end, by), by) if end else date.max
    n = rule.periods(by)
    where, params = _where(dyad, gdelt)
    store.con.execute(_SERIES.format(where=where, unit=_UNIT[by]),
                      [by, _baseline_start(first, by, n), stop, *params, rule.prior, n, n, n])
    found: list[Alert] = []
    for source, target, period, idx, mean, sd in store.query(
            _JUMPS, [first, rule.min_index, rule.spread_floor, rule.z]):
        z = (idx - mean) / max(sd, rule.spread_floor)
        text = (f"escalation index {idx:.1f} against a {n}-{by} baseline of {mean:.1f} (spread {sd:.1f}): "
                f"z = {z:.1f} (alert at z >= {rule.z:g} and index >= {rule.min_index:g})")
        found.append(Alert("jump", source, target, period, by, idx, mean, sd, z, text))
    milestones = {m.name: m for m in MILESTONES}
    _milestones = pa.table({"name": [m.name for m in MILESTONES for _ in m.prefixes],  # noqa: F841
                            "prefix": [p for m in MILESTONES for p in m.prefixes]})
    firsts = store.con.execute(_FIRSTS.format(where=where),  # _milestones: read by DuckDB's replacement scan
                               [*params, *params, by, first, stop, by, by]).fetchall()
    for source, target, name, first_day, since, idx, mean, sd in firsts:
        text = (f"{name} by {source} against {target}: its events go back to {since}, none of them "
                f"{milestones[name].what}; escalation index {idx:.1f}")
        found.append(Alert(name, source, target, period_start(first_day, by), by, idx, mean, sd, None, text))
    store.con.execute("DROP TABLE IF EXISTS _series")
    found.sort(key=lambda a: (a.period, a.source, a.target, a.kind != "jump", a.kind))
    _attach_drivers(store, found, gdelt, drivers)
    return found


def _attach_drivers(store: Store, found: list[Alert], gdelt: bool | None, limit: int) -> None:
    """The ``limit`` clusters that weigh most in each alert, with their evidence and outlets."""
    if not found:
        return
    milestones = {m.name: m for m in MILESTONES}
    _alerts = pa.table({  # noqa: F841 - read by DuckDB's replacement scan
        "alert": list(range(len(found))), "source": [a.source for a in found], "target": [a.target for a in found],
        "start": [a.period for a in found], "stop": [next_period(a.period, a.by) for a in found],
        "jump": [a.kind == "jump" for a in found],
        "prefixes": [list(milestones[a.kind].prefixes) if a.kind in milestones else [] for a in found],
    })
    rows = store.con.execute(_DRIVERS.format(where=source_filter(gdelt)), [limit]).fetchall()
    for alert, cid, code, name, day, contribution, evidence, outlets in rows:
        found[alert].drivers.append(Driver(cid, code, name, day, list(outlets or []), evidence, contribution))


def spread(values: list[float]) -> tuple[float, float]:
    """Mean and population spread of a baseline, the way the alert query computes them."""
    if not values:
        return 0.0, 0.0
    mean = sum(values) / len(values)
    return mean, math.sqrt(max(sum(v * v for v in values) / len(values) - mean * mean, 0.0))
