"""The web app's reads for the overview and the network: dyads, the span of the data, who reported what.

Every value is a bound parameter. Timelines, the escalation index and alerts
come from :mod:`warpath.analysis`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..store import Store


@dataclass
class DyadActivity:
    source: str
    target: str
    clusters: int
    weighted: float
    conflict: int

    @property
    def name(self) -> str:
        return f"{self.source}-{self.target}"


@dataclass
class Network:
    start: date
    end: date
    nodes: dict[str, float] = field(default_factory=dict)
    """Actor country -> weighted events it is part of."""
    edges: list[tuple[str, str, int, float, float]] = field(default_factory=list)
    """(source, target, events, weighted, mean Goldstein weighted by corroboration)."""


def data_span(store: Store) -> tuple[date, date] | None:
    """First and last day of the merged events that happened."""
    row = store.query("SELECT min(day), max(day) FROM event_clusters WHERE happened_outlets > 0")[0]
    return None if row[0] is None else (row[0], row[1])


_DYADS = """
SELECT source_country, target_country, count(*) AS n, sum(weight) AS w, count(*) FILTER (WHERE quad_class >= 3)
FROM event_clusters
WHERE happened_outlets > 0 AND source_country IS NOT NULL AND target_country IS NOT NULL
  AND source_country <> target_country AND source_country <> '---' AND target_country <> '---'
  AND day BETWEEN ? AND ?
GROUP BY ALL ORDER BY w DESC, n DESC, source_country, target_country LIMIT ?
"""


def top_dyads(store: Store, start: date, end: date, limit: int = 10) -> list[DyadActivity]:
    """The dyads (two different actor countries) with the most corroborated events in ``[start, end]``."""
    return [DyadActivity(*r) for r in store.query(_DYADS, [start, end, limit])]


def network(store: Store, start: date, end: date, max_nodes: int = 30) -> Network:
    """Actor countries and the merged events between them in ``[start, end]``, the busiest ``max_nodes``."""
    rows = store.query(
        "SELECT source_country, target_country, count(*), sum(weight), sum(weight * goldstein) / sum(weight) "
        "FROM event_clusters WHERE happened_outlets > 0 AND source_country IS NOT NULL AND target_country IS NOT NULL "
        "AND source_country <> target_country AND source_country <> '---' AND target_country <> '---' "
        "AND day BETWEEN ? AND ? GROUP BY ALL", [start, end])
    volume: dict[str, float] = {}
    for s, t, _, w, _ in rows:
        volume[s] = volume.get(s, 0.0) + w
        volume[t] = volume.get(t, 0.0) + w
    keep = dict(sorted(volume.items(), key=lambda kv: (-kv[1], kv[0]))[:max_nodes])
    edges = sorted((r for r in rows if r[0] in keep and r[1] in keep), key=lambda r: (-r[3], r[0], r[1]))
    return Network(start, end, keep, [(s, t, n, w, g) for s, t, n, w, g in edges])


def outlets(store: Store, limit: int = 500) -> list[str]:
    return [r[0] for r in store.query("SELECT source FROM articles WHERE source IS NOT NULL GROUP BY source "
                                      "ORDER BY count(*) DESC, source LIMIT ?", [limit])]


@dataclass
class ClusterReport:
    """One member of an event's cluster: another report of the same happening."""

    cluster_id: str
    event_id: str
    article_id: str
    outlet: str
    published: date | None
    modality: str
    code: str
    evidence: str
    title: str | None


def cluster_reports(store: Store, event_id: str) -> list[ClusterReport]:
    """Every report merged with ``event_id`` (itself included), in the order they came."""
    members = store.query(
        "SELECT cluster_id, event_id, article_id, outlet, published, modality, cameo_code, seq FROM cluster_members "
        "WHERE cluster_id = (SELECT cluster_id FROM cluster_members WHERE event_id = ?) ORDER BY seq", [event_id])
    if not members:
        return []
    ids = [m[1] for m in members[:500]]
    details = dict(((r[0], r[1:]) for r in store.query(
        "SELECT e.id, e.evidence_text, a.title FROM events e JOIN articles a ON a.id = e.article_id "
        "WHERE e.id IN (SELECT unnest(?))", [ids])))
    return [ClusterReport(cid, eid, aid, outlet, published, modality, code, *details.get(eid, ("", None)))
            for cid, eid, aid, outlet, published, modality, code, _ in members[:500]]
