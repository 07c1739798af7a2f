"""Event clusters in the store: incremental update, full rebuild, and reading them back.

:func:`update_clusters` merges the events that are in no cluster yet into the
clusters already stored, in chunks, one transaction per chunk. Clusters holding
an event of an article re-coded since the last update (its ``coded_at`` moved on) are
dissolved first, and their events merged again. Events are taken in a fixed
order (publication date, article id, event index), so a rebuild gives the same
clusters as long as articles arrive in date order (docs/analysis.md).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date

import pyarrow as pa

from ..store import Store
from .merge import FAR, RULE, ClusterState, Member, Merger, MergeRule, is_precise
from .model import Cluster, Dyad, Report, actor_country

CHUNK = 100_000
STATE = "merged_through"

_PENDING = """
CREATE OR REPLACE TEMP TABLE _pending AS
SELECT e.id AS event_id, row_number() OVER (ORDER BY a.date NULLS LAST, e.article_id, e.idx, e.id) AS rn
FROM events e JOIN articles a ON a.id = e.article_id
WHERE {where}
"""
_NEW = "a.coded_at > ? OR e.id IN (SELECT event_id FROM _freed)"
"""Events to merge: those of articles coded since the last update (none of them is in a cluster
any more: their clusters were dissolved) and the other members of the dissolved clusters."""

_FETCH = """
SELECT e.id, e.article_id, coalesce(nullif(regexp_replace(a.source, '\\s*\\([^()]*\\)\\s*$', ''), ''), a.source,
                                   'article ' || a.id), a.date, a.ingested_at,
       e.source_code, e.target_code, g.event_id IS NOT NULL, g.source_country, g.target_country,
       greatest(coalesce(g.num_sources, 1), 1), greatest(coalesce(g.num_articles, 1), 1),
       e.cameo_code, e.cameo_root, e.cameo_name, e.goldstein, e.quad_class, e.modality,
       e.date_start, e.date_end, e.date_from, e.location_country, e.location_text, e.lat, e.lon
FROM _pending p JOIN events e ON e.id = p.event_id JOIN articles a ON a.id = e.article_id
LEFT JOIN gdelt_events g ON g.event_id = e.id
WHERE p.rn BETWEEN ? AND ? ORDER BY p.rn
"""

_STATE_COLUMNS = ("cluster_id, first_seq, source_country, target_country, cameo_code, cameo_root, factual, gdelt, "
                  "tier, date_start, date_end, best_event_id, match_start, match_end, location_country, lat, lon, "
                  "events")

_CANDIDATES = f"""
WITH probe AS (
    SELECT DISTINCT skey, root, factual, tkey, unnest(generate_series(lo, hi, INTERVAL 1 DAY))::DATE AS d
    FROM _probe WHERE precise),
span AS (SELECT DISTINCT skey, root, factual, lo, hi FROM _probe WHERE NOT precise)
SELECT {_STATE_COLUMNS} FROM event_clusters c SEMI JOIN probe p
    ON coalesce(c.source_country, '') = p.skey AND c.cameo_root = p.root AND c.factual = p.factual
   AND c.match_start = p.d AND (p.tkey = '' OR c.target_country IS NULL OR c.target_country = p.tkey)
WHERE c.precise AND NOT c.gdelt
UNION ALL
SELECT {_STATE_COLUMNS} FROM event_clusters c SEMI JOIN span s
    ON coalesce(c.source_country, '') = s.skey AND c.cameo_root = s.root AND c.factual = s.factual
   AND c.match_start IS NOT DISTINCT FROM s.lo AND c.match_end IS NOT DISTINCT FROM s.hi
WHERE NOT c.precise AND NOT c.gdelt
"""

REFRESH = f"""
INSERT INTO event_clusters BY NAME
WITH m AS (SELECT * FROM cluster_members WHERE cluster_id IN (SELECT cluster_id FROM _touched)),
per_outlet AS (
    SELECT cluster_id, outlet, max(sources) AS s,
           min(CASE modality WHEN 'asserted' THEN 0 WHEN 'reported' THEN 1 WHEN 'negated' THEN 2
                             WHEN 'intent' THEN 3 WHEN 'hypothetical' THEN 4 ELSE 5 END) AS r
    FROM m GROUP BY cluster_id, outlet),
by_modality AS (
    SELECT cluster_id, sum(s) AS outlets,
           coalesce(sum(s) FILTER (WHERE r <= 1), 0) AS happened_outlets,
           coalesce(sum(s) FILTER (WHERE r = 0), 0) AS asserted,
           coalesce(sum(s) FILTER (WHERE r = 1), 0) AS reported,
           coalesce(sum(s) FILTER (WHERE r = 2), 0) AS negated,
           coalesce(sum(s) FILTER (WHERE r = 3), 0) AS intent,
           coalesce(sum(s) FILTER (WHERE r = 4), 0) AS hypothetical,
           coalesce(sum(s) FILTER (WHERE r = 5), 0) AS demanded
    FROM per_outlet GROUP BY cluster_id),
agg AS (
    SELECT cluster_id, min(seq) AS first_seq,
           arg_min(source_country, seq) AS source_country,
           arg_min(target_country, seq) FILTER (WHERE target_country IS NOT NULL) AS target_country,
           arg_max({{'code': cameo_code, 'name': cameo_name, 'g': goldstein, 'q': quad_class}},
                   (length(cameo_code), cameo_code NOT IN (cameo_root, cameo_root || '0'))) AS spec,
           any_value(cameo_root) AS cameo_root,
           bool_or(modality IN ('asserted', 'reported', 'negated')) AS factual,
           bool_or(gdelt) AS gdelt,
           arg_min({{'id': event_id, 'tier': tier, 'ds': date_start, 'de': date_end, 'ms': match_start,
                     'me': match_end}},
                   (tier, coalesce(date_end - date_start, {FAR}), coalesce(date_start, DATE '9999-12-31'),
                    event_id)) AS best,
           arg_min({{'c': location_country, 't': location_text}}, seq)
               FILTER (WHERE location_country IS NOT NULL) AS loc,
           arg_min({{'lat': lat, 'lon': lon}}, seq) FILTER (WHERE lat IS NOT NULL AND lon IS NOT NULL) AS pos,
           count(*) AS events,
           CASE WHEN bool_or(gdelt) THEN max(articles) ELSE count(DISTINCT article_id) END AS articles,
           min(published) AS first_report, min(ingested_at) AS first_ingested
    FROM m GROUP BY cluster_id)
SELECT a.cluster_id, a.first_seq, a.source_country, a.target_country,
       a.spec.code AS cameo_code, a.cameo_root, a.spec.name AS cameo_name, a.spec.g AS goldstein,
       a.spec.q AS quad_class, a.factual, a.gdelt, a.best.id AS best_event_id, a.best.tier AS tier,
       a.best.ds AS date_start, a.best.de AS date_end, a.best.ms AS match_start, a.best.me AS match_end,
       (a.best.ms IS NOT NULL AND a.best.me IS NOT NULL AND a.best.me - a.best.ms + 1 <= $precise) AS precise,
       coalesce(a.best.ds, a.best.de, a.first_report) AS day,
       a.loc.c AS location_country, a.loc.t AS location_text, a.pos.lat AS lat, a.pos.lon AS lon,
       a.events, a.articles, b.outlets, b.happened_outlets, b.asserted, b.reported, b.negated, b.intent,
       b.hypothetical, b.demanded,
       CASE WHEN b.happened_outlets > 0 THEN 1 + log2(b.happened_outlets) ELSE 0 END AS weight,
       a.first_report, a.first_ingested
FROM agg a JOIN by_modality b USING (cluster_id)
"""


@dataclass
class UpdateSummary:
    dissolved: int = 0
    merged: int = 0
    touched: int = 0
    seconds: float = 0.0


def _watermark(store: Store) -> tuple[object, object]:
    seen = store.query("SELECT max(coded_at) FROM articles")[0][0]
    row = store.query("SELECT value FROM analysis_state WHERE name = ?", [STATE])
    return seen, (row[0][0] if row else None)


def clusters_stale(store: Store) -> bool:
    """True when events were added, re-coded or deleted since clusters were last updated."""
    seen, merged = _watermark(store)
    events, members = store.query("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM cluster_members)")[0]
    return events != members or (seen is not None and (merged is None or seen > merged))


def ensure_clusters(store: Store, rule: MergeRule = RULE) -> UpdateSummary | None:
    """Bring the clusters up to date if events changed since the last update."""
    return update_clusters(store, rule) if clusters_stale(store) else None


def update_clusters(store: Store, rule: MergeRule = RULE, rebuild: bool = False, chunk: int = CHUNK) -> UpdateSummary:
    """Merge every event not yet in a cluster; ``rebuild`` starts from no clusters at all."""
    started = time.perf_counter()
    summary = UpdateSummary()
    seen, merged = _watermark(store)
    with store.transaction() as con:
        if rebuild or merged is None:
            summary.dissolved = con.execute("SELECT count(*) FROM event_clusters").fetchone()[0]
            con.execute("DELETE FROM cluster_members")
            con.execute("DELETE FROM event_clusters")
            con.execute(_PENDING.format(where="TRUE"))
        else:
            # Re-coding replaces an article's events (and is the only way events go): every cluster
            # holding an event of an article coded since the last update is dissolved.
            con.execute("CREATE OR REPLACE TEMP TABLE _touched AS SELECT DISTINCT m.cluster_id "
                        "FROM cluster_members m JOIN articles a ON a.id = m.article_id WHERE a.coded_at > ?",
                        [merged])
            con.execute("CREATE OR REPLACE TEMP TABLE _freed AS SELECT event_id FROM cluster_members "
                        "WHERE cluster_id IN (SELECT cluster_id FROM _touched)")
            summary.dissolved = con.execute("SELECT count(*) FROM _touched").fetchone()[0]
            if summary.dissolved:
                con.execute("DELETE FROM cluster_members WHERE cluster_id IN (SELECT cluster_id FROM _touched)")
                con.execute("DELETE FROM event_clusters WHERE cluster_id IN (SELECT cluster_id FROM _touched)")
            con.execute(_PENDING.format(where=_NEW), [merged])
            con.execute("DROP TABLE _freed")
    pending = store.query("SELECT count(*) FROM _pending")[0][0]
    next_seq = store.query("SELECT coalesce(max(seq), 0) + 1 FROM cluster_members")[0][0]
    for lo in range(1, pending + 1, chunk):
        members = [_member(row, rule) for row in store.query(_FETCH, [lo, lo + chunk - 1])]
        merger = Merger(rule, next_seq)
        for state in _candidates(store, members, rule):
            merger.load(state)
        assignments = [(m, merger.assign(m)) for m in members]
        next_seq = merger.next_seq
        _write(store, assignments, merger.touched, rule)
        summary.merged += len(members)
        summary.touched += len(merger.touched)
    with store.transaction() as con:
        con.execute("DROP TABLE IF EXISTS _pending")
        con.execute("INSERT OR REPLACE INTO analysis_state VALUES (?, ?)", [STATE, seen])
    events, members = store.query("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM cluster_members)")[0]
    if events != members and not rebuild:  # events changed behind the store's back: start again
        return update_clusters(store, rule, rebuild=True, chunk=chunk)
    summary.seconds = time.perf_counter() - started
    return summary


def _member(row: tuple, rule: MergeRule) -> Member:
    (eid, aid, outlet, published, ingested, source_code, target_code, gdelt, g_source, g_target, sources,
     articles, code, root, name, goldstein, quad, modality, start, end, date_from, loc, loc_text, lat, lon) = row
    return Member(
        event_id=eid, article_id=aid, outlet=outlet, published=published,
        source_country=g_source if gdelt else actor_country(source_code),
        target_country=g_target if gdelt else actor_country(target_code),
        code=code, root=root, modality=modality, date_start=start, date_end=end, date_from=date_from,
        location_country=loc, lat=lat, lon=lon, gdelt=gdelt, name=name, goldstein=goldstein, quad_class=quad,
        location_text=loc_text, ingested_at=ingested, sources=sources, articles=articles,
    ).date(rule)


def _candidates(store: Store, members: list[Member], rule: MergeRule) -> list[ClusterState]:
    """Stored clusters a member of this chunk might join, found by a join on key and date."""
    widest = store.query("SELECT coalesce(max(match_end - match_start), 0) FROM event_clusters WHERE precise")[0][0]
    reach = widest + rule.tolerance_days
    rows = []
    for m in members:
        if m.gdelt or m.match_start is m.match_end is None:
            continue
        precise = is_precise(m.match_start, m.match_end, rule)
        lo, hi = m.match_start, m.match_end
        if precise:
            lo, hi = date.fromordinal(lo.toordinal() - reach), date.fromordinal(hi.toordinal() + rule.tolerance_days)
        rows.append((m.source_country or "", m.target_country or "", m.root, m.factual, precise, lo, hi))
    if not rows:
        return []
    _probe = pa.table(list(zip(*rows)),  # noqa: F841
                      names=["skey", "tkey", "root", "factual", "precise", "lo", "hi"])
    found = store.con.execute(_CANDIDATES).fetchall()  # _probe: read by DuckDB's replacement scan
    states = []
    for (cid, first_seq, source, target, code, root, factual, gdelt, tier, ds, de, best_id, ms, me, loc, lat,
         lon, size) in found:
        width = (de - ds).days if ds and de else FAR
        best = (tier, width, ds.toordinal() if ds else FAR, best_id)
        states.append(ClusterState(cid, (source, root, factual), target, code, best, ms, me, loc, lat, lon,
                                   first_seq, gdelt, size))
    return states


_MEMBER_COLUMNS = ("event_id", "cluster_id", "seq", "article_id", "outlet", "published", "ingested_at",
                   "source_country", "target_country", "cameo_code", "cameo_root", "cameo_name", "goldstein",
                   "quad_class", "modality", "tier", "date_start", "date_end", "match_start", "match_end",
                   "location_country", "location_text", "lat", "lon", "gdelt", "sources", "articles")


def _write(store: Store, assignments: list[tuple[Member, str]], touched: set[str], rule: MergeRule) -> None:
    """One transaction: the chunk's members, and the touched clusters re-aggregated."""
    columns: dict[str, list] = {c: [] for c in _MEMBER_COLUMNS}
    for m, cid in assignments:
        values = (m.event_id, cid, m.seq, m.article_id, m.outlet, m.published, m.ingested_at, m.source_country,
                  m.target_country, m.code, m.root, m.name, m.goldstein, m.quad_class, m.modality, m.tier,
                  m.date_start, m.date_end, m.match_start, m.match_end, m.location_country, m.location_text,
                  m.lat, m.lon, m.gdelt, m.sources, m.articles)
        for c, v in zip(_MEMBER_COLUMNS, values):
            columns[c].append(v)
    schema = store.con.sql("SELECT * FROM cluster_members LIMIT 0").to_arrow_table().schema
    _batch = pa.table(columns, schema=schema)  # noqa: F841
    _ids = pa.table({"cluster_id": pa.array(sorted(touched), pa.string())})  # noqa: F841
    with store.transaction() as con:  # _batch and _ids: read by DuckDB's replacement scan
        con.execute("INSERT INTO cluster_members BY NAME SELECT * FROM _batch")
        con.execute("CREATE OR REPLACE TEMP TABLE _touched AS SELECT cluster_id FROM _ids")
        con.execute("DELETE FROM event_clusters WHERE cluster_id IN (SELECT cluster_id FROM _touched)")
        con.execute(REFRESH, {"precise": rule.precise_days})


_CLUSTER_FIELDS = ("cluster_id, source_country, target_country, cameo_code, cameo_name, goldstein, quad_class, "
                   "date_start, date_end, day, location_text, location_country, events, articles, outlets, "
                   "happened_outlets, asserted, reported, negated, intent, hypothetical, demanded, weight, "
                   "first_report, gdelt")


def list_clusters(store: Store, dyad: Dyad | None = None, start: date | None = None, end: date | None = None,
                  min_outlets: int = 1, happened_only: bool = True, limit: int | None = 50,
                  gdelt: bool | None = None) -> list[Cluster]:
    """Stored clusters, newest first, each with its reports (outlet, modality, evidence)."""
    where, params = ["outlets >= ?", source_filter(gdelt)], [min_outlets]
    if happened_only:
        where.append("happened_outlets > 0")
    if dyad is not None:
        clause, dyad_params = dyad_filter(dyad)
        where.append(clause)
        params += dyad_params
    if start:
        where.append("day >= ?")
        params.append(start)
    if end:
        where.append("day <= ?")
        params.append(end)
    sql = (f"SELECT {_CLUSTER_FIELDS} FROM event_clusters WHERE {' AND '.join(where)} "
           "ORDER BY day DESC NULLS LAST, outlets DESC, cluster_id")
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    clusters = {}
    for r in store.query(sql, params):
        modalities = dict(zip(("asserted", "reported", "negated", "intent", "hypothetical", "demanded"), r[16:22]))
        clusters[r[0]] = Cluster(
            id=r[0], source=r[1], target=r[2], code=r[3], name=r[4], goldstein=r[5], quad_class=r[6],
            date_start=r[7], date_end=r[8], day=r[9], location=r[10], location_country=r[11], events=r[12],
            articles=r[13], outlets=r[14], happened_outlets=r[15],
            modalities={k: v for k, v in modalities.items() if v},
            weight=r[22], first_report=r[23], gdelt=r[24])
    for cid, eid, outlet, published, modality, code, evidence, title, url in store.query(
            "SELECT m.cluster_id, m.event_id, m.outlet, m.published, m.modality, m.cameo_code, e.evidence_text, "
            "a.title, a.url FROM cluster_members m JOIN events e ON e.id = m.event_id "
            "JOIN articles a ON a.id = m.article_id WHERE m.cluster_id IN (SELECT unnest(?)) ORDER BY m.seq",
            [list(clusters)]):
        clusters[cid].reports.append(Report(eid, outlet, published, modality, code, evidence, title, url))
    return list(clusters.values())


def dyad_filter(dyad: Dyad, alias: str = "") -> tuple[str, list[str]]:
    """A WHERE clause (fixed text) and its bound parameters for one dyad or actor;
    ``alias`` qualifies the columns ("c" for c.source_country)."""
    s, t = (f"{alias}.source_country", f"{alias}.target_country") if alias else ("source_country", "target_country")
    if dyad.target is None:
        return f"{s} = ?", [dyad.source]
    if dyad.both_ways:
        return f"(({s} = ? AND {t} = ?) OR ({s} = ? AND {t} = ?))", [dyad.source, dyad.target, dyad.target, dyad.source]
    return f"{s} = ? AND {t} = ?", [dyad.source, dyad.target]


def source_filter(gdelt: bool | None) -> str:
    """Fixed SQL text: all clusters (None), only GDELT's (True) or only the corpus's (False)."""
    return {None: "TRUE", True: "gdelt", False: "NOT gdelt"}[gdelt]
