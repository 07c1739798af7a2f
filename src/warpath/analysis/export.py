"""Clusters, timelines and GDELT-layout event tables out, written by DuckDB's COPY.

``gdelt`` writes the GDELT 2.0 event table layout (``data/gdelt/``): 61
tab-separated columns, no header, empty where warpath has nothing to say.
GLOBALEVENTID is GDELT's own for rows read from GDELT, else the first 60 bits
of the SHA-256 of the event id (:func:`global_event_id`), so it is stable.
Only events that happened (asserted or reported) are written: GDELT has no
way to say "hypothetical".
"""

from __future__ import annotations

import hashlib

import pyarrow as pa

from ..store import Store
from .clusters import dyad_filter
from .gdelt import columns, fips_to_iso3
from .index import INDEX, IndexRule
from .model import Dyad

FORMATS = {"csv": "FORMAT CSV, HEADER", "jsonl": "FORMAT JSON", "parquet": "FORMAT PARQUET",
           "gdelt": "FORMAT CSV, DELIMITER '\t', HEADER false"}


def global_event_id(event_id: str) -> int:
    """The GDELT GLOBALEVENTID of a warpath event: 60 bits of SHA-256 of its id."""
    return int(hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:15], 16)


_CLUSTERS = """
SELECT c.*, e.evidence_text AS evidence,
       (SELECT string_agg(DISTINCT m.outlet, '; ' ORDER BY m.outlet) FROM cluster_members m
        WHERE m.cluster_id = c.cluster_id) AS outlet_names
FROM event_clusters c JOIN events e ON e.id = c.best_event_id
WHERE {where}
ORDER BY c.day NULLS LAST, c.cluster_id
"""

_TIMELINE = """
SELECT date_trunc(?, day)::DATE AS period, source_country, target_country, count(*) AS clusters,
       count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
       count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
       count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
       count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
       sum(weight) AS weighted, sum(weight * goldstein) AS goldstein_sum,
       sum(weight * goldstein) / sum(weight) AS goldstein_mean,
       coalesce(sum(weight * greatest(0, -goldstein) / 10) FILTER (WHERE quad_class >= 3), 0) AS conflict_mass,
       10 * coalesce(sum(weight * greatest(0, -goldstein) / 10) FILTER (WHERE quad_class >= 3), 0)
           / (sum(weight) + ?) AS escalation_index
FROM event_clusters
WHERE happened_outlets > 0 AND day IS NOT NULL AND {where}
GROUP BY ALL ORDER BY period, source_country, target_country
"""


def _clean(expr: str) -> str:
    return f"nullif(regexp_replace({expr}, '[\\t\\r\\n\"]+', ' ', 'g'), '')"


def _actor(n: int, code: str, text: str, country: str) -> dict[str, str]:
    """GDELT's ten Actor{n} columns from an actor code: country, then type codes."""
    national = f"({code} IS NOT NULL AND {code}[1:3] NOT IN ('IGO', 'NGO', 'MNC'))"
    return {
        f"Actor{n}Code": code, f"Actor{n}Name": _clean(f"upper({text})"),
        f"Actor{n}CountryCode": f"CASE WHEN g.event_id IS NOT NULL THEN CASE WHEN length({country}) = 3 "
                                f"THEN {country} END WHEN {national} THEN {code}[1:3] END",
        f"Actor{n}KnownGroupCode": "NULL", f"Actor{n}EthnicCode": "NULL",
        f"Actor{n}Religion1Code": "NULL", f"Actor{n}Religion2Code": "NULL",
        **{f"Actor{n}Type{k}Code": f"CASE WHEN {national} THEN nullif({code}[{1 + 3 * k}:{3 + 3 * k}], '') END"
           for k in (1, 2, 3)},
    }


def _gdelt_select(what: str) -> str:
    """SELECT of the 61 GDELT 2.0 columns over events (or clusters' best events)."""
    day = "coalesce(e.date_start, e.date_end, a.date)" if what == "events" else "c.day"
    exprs = {
        "GLOBALEVENTID": "coalesce(g.global_event_id, ('0x' || left(sha256(e.id), 15))::BIGINT)",
        "SQLDATE": f"strftime({day}, '%Y%m%d')::INTEGER", "MonthYear": f"strftime({day}, '%Y%m')::INTEGER",
        "Year": f"year({day})",
        "FractionDate": f"printf('%.4f', year({day}) + ((month({day}) - 1) * 30 + day({day})) / 365)",
        **_actor(1, "e.source_code", "e.source_text", "g.source_country"),
        **_actor(2, "e.target_code", "e.target_text", "g.target_country"),
        "IsRootEvent": "CASE WHEN g.event_id IS NOT NULL THEN g.is_root::INTEGER ELSE (e.sentence = 0)::INTEGER END",
        "EventCode": "e.cameo_code", "EventBaseCode": "e.cameo_code[1:3]", "EventRootCode": "e.cameo_root",
        "QuadClass": "e.quad_class", "GoldsteinScale": "e.goldstein",
        "NumMentions": "coalesce(g.num_mentions, c.events)", "NumSources": "c.outlets", "NumArticles": "c.articles",
        "AvgTone": "g.avg_tone",
        "ActionGeo_Type": "CASE WHEN e.lat IS NOT NULL THEN 4 WHEN e.location_country IS NOT NULL THEN 1 END",
        "ActionGeo_FullName": _clean("e.location_text"), "ActionGeo_CountryCode": "f.fips",
        "ActionGeo_Lat": "e.lat", "ActionGeo_Long": "e.lon",
        "DATEADDED": "strftime(a.ingested_at, '%Y%m%d%H%M%S')::BIGINT", "SOURCEURL": _clean("a.url"),
    }
    select = ", ".join(f'{exprs.get(name, "NULL")} AS "{name}"' for name in columns()[0])
    if what == "events":
        source = ("events e JOIN cluster_members m ON m.event_id = e.id "
                  "JOIN event_clusters c ON c.cluster_id = m.cluster_id")
        where = "e.modality IN ('asserted', 'reported')"
        order = "a.date, e.article_id, e.idx"
    else:
        source = "event_clusters c JOIN events e ON e.id = c.best_event_id"
        where = "c.happened_outlets > 0"
        order = "c.day, c.cluster_id"
    return (f"SELECT {select} FROM {source} JOIN articles a ON a.id = e.article_id "
            f"LEFT JOIN gdelt_events g ON g.event_id = e.id LEFT JOIN _fips f ON f.iso3 = e.location_country "
            f"WHERE {where} AND {day} IS NOT NULL AND {{where}} ORDER BY {order}")


def export(store: Store, what: str, fmt: str, dest: str, by: str = "day", dyad: Dyad | None = None,
           rule: IndexRule = INDEX) -> int:
    """Write ``what`` (events as GDELT, clusters, or timeline) to ``dest``; return the row count."""
    clause, params = dyad_filter(dyad, "c" if what != "timeline" else "") if dyad else ("TRUE", [])
    if fmt == "gdelt":
        sql = _gdelt_select(what).format(where=clause)
    elif what == "clusters":
        sql = _CLUSTERS.format(where=clause)
    elif what == "timeline":
        sql, params = _TIMELINE.format(where=clause), [by, rule.prior, *params]
    else:
        raise ValueError(what)
    _fips = pa.table({"iso3": list(fips_to_iso3().values()), "fips": list(fips_to_iso3())})  # noqa: F841
    target = dest.replace("'", "''")  # read by DuckDB's replacement scan, like _fips above
    rows = store.con.execute(f"COPY ({sql}) TO '{target}' ({FORMATS[fmt]})", params).fetchall()
    return rows[0][0] if rows else 0
