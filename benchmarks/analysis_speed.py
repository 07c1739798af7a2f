"""Timeline and alert queries over 10 million generated events, and the cost of merging new ones.

    python benchmarks/analysis_speed.py [--events 10000000] [--new 100000] [--db PATH]

Generates the events in DuckDB SQL (no Python loops): happenings spread over
150 countries (skewed, so some dyads are busy; USA-RUS gets 1% of them), ten
years and the CAMEO codebook, each reported by 1 to ~10 of 500 outlets in
articles of one outlet and day, and stores them already merged (one cluster per
happening, aggregated by warpath's own REFRESH query). Then it times:

- ``timeline`` for one dyad-year at daily resolution, and ten years by week and month;
- ``alerts`` for one dyad, and for every dyad over one year by day and ten years by month;
- ``update_clusters`` merging ``--new`` new events (half late reports of stored
  happenings from other outlets, half new happenings) into the rest.

Queries are timed warm (median of 5 runs, after one untimed run) and the first
(cold) run is shown too. The database file is deleted afterwards unless --db is given.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from warpath.analysis import Dyad, alerts, timeline, update_clusters
from warpath.analysis.clusters import REFRESH, STATE
from warpath.codebook import Codebook
from warpath.store import Store

COUNTRIES = ["USA", "RUS", "UKR", "CHN", "GBR", "FRA", "DEU", "ISR", "IRN", "PRK", "KOR", "JPN", "IND", "PAK",
             "TUR", "SYR", "IRQ", "SAU", "EGY", "POL", "BLR", "FIN", "SWE", "NOR", "ITA", "ESP", "BRA", "MEX",
             "CAN", "AUS"] + [f"C{i:02d}" for i in range(120)]
BASE_CODED = datetime(2025, 1, 1)

GENERATE = """
CREATE OR REPLACE TEMP TABLE happenings AS
SELECT h AS hid,
       CASE WHEN h % 100 = 0 THEN 'USA' ELSE $countries[1 + floor(pow(random(), 2.5) * len($countries))::INT] END AS src,
       CASE WHEN h % 100 = 0 THEN 'RUS' ELSE $countries[1 + floor(pow(random(), 2.5) * len($countries))::INT] END AS tgt,
       $codes[1 + floor(random() * len($codes))::INT] AS code,
       DATE '2015-01-01' + floor(random() * 3653)::INT AS day,
       1 + floor(-ln(1 - random()) * 1.6)::INT AS reports,
       CASE WHEN random() < 0.05 THEN 'intent' ELSE 'asserted' END AS modality
FROM range($happenings) t(h);

CREATE OR REPLACE TEMP TABLE gen AS
SELECT hid, r, src, tgt, code, day, CASE WHEN modality = 'asserted' AND r % 5 = 4 THEN 'reported' ELSE modality END AS modality,
       'outlet ' || ((hash(hid) + r * 7919) % 500) AS outlet
FROM (SELECT *, unnest(range(reports)) AS r FROM happenings)
LIMIT $events;

INSERT INTO articles (id, date, source, origin, text, words, ingested_at, coded_at, coder_version)
SELECT DISTINCT 'a' || md5(outlet || day)[1:15], day, outlet, 'bench', '', 0, $coded, $coded, 'bench' FROM gen;

INSERT INTO events (id, article_id, idx, source_text, source_code, target_text, target_code, cameo_code, cameo_root,
                    cameo_name, goldstein, quad_class, date_start, date_end, date_from, modality, sentence,
                    evidence_start, evidence_end, evidence_text, confidence)
SELECT 'e' || hid || '-' || r, 'a' || md5(outlet || day)[1:15], hid % 1000, src, src || 'GOV', tgt, tgt, code,
       c.root, c.name, c.goldstein, c.quad, day, day, 'time_expression', modality, 0, 0, 0, 'generated', 0.9
FROM gen JOIN codebook c USING (code);

INSERT INTO cluster_members
SELECT 'e' || hid || '-' || r, 'e' || hid || '-0',
       row_number() OVER (ORDER BY day, 'a' || md5(outlet || day)[1:15], hid % 1000, 'e' || hid || '-' || r),
       'a' || md5(outlet || day)[1:15], outlet, day, $coded, src, tgt, code, c.root, c.name, c.goldstein, c.quad,
       modality, 0, day, day, day, day, NULL, NULL, NULL, NULL, false, 1, 1
FROM gen JOIN codebook c USING (code);
"""

NEW = """
CREATE OR REPLACE TEMP TABLE fresh AS
SELECT * FROM (
    (SELECT hid, reports + 1 AS r, src, tgt, code, day, 'asserted' AS modality,
            'outlet ' || ((hash(hid) + (reports + 1) * 7919) % 500) AS outlet, day + 1 AS published
     FROM happenings ORDER BY hash(hid + 7) LIMIT $late)
    UNION ALL
    SELECT $happenings + h, 0, $countries[1 + floor(pow(random(), 2.5) * len($countries))::INT],
           $countries[1 + floor(pow(random(), 2.5) * len($countries))::INT],
           $codes[1 + floor(random() * len($codes))::INT], DATE '2015-01-01' + floor(random() * 3653)::INT,
           'asserted', 'outlet ' || (h % 500), NULL
    FROM range($fresh) t(h));
UPDATE fresh SET published = day WHERE published IS NULL;

INSERT INTO articles (id, date, source, origin, text, words, ingested_at, coded_at, coder_version)
SELECT DISTINCT 'n' || md5(outlet || published)[1:15], published, outlet, 'bench', '', 0, now(), $now, 'bench'
FROM fresh;

INSERT INTO events (id, article_id, idx, source_text, source_code, target_text, target_code, cameo_code, cameo_root,
                    cameo_name, goldstein, quad_class, date_start, date_end, date_from, modality, sentence,
                    evidence_start, evidence_end, evidence_text, confidence)
SELECT 'e' || hid || '-' || r, 'n' || md5(outlet || published)[1:15], hid % 1000, src, src || 'GOV', tgt, tgt,
       code, c.root, c.name, c.goldstein, c.quad, day, day, 'time_expression', modality, 0, 0, 0, 'generated', 0.9
FROM fresh JOIN codebook c USING (code);
"""


def timed(fn, runs: int = 5) -> tuple[float, float, object]:
    """(cold seconds, warm median seconds, result)."""
    t = time.perf_counter()
    result = fn()
    cold = time.perf_counter() - t
    fn()
    warm = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        warm.append(time.perf_counter() - t)
    return cold, statistics.median(warm), result


def generate(store: Store, events: int) -> None:
    book = Codebook.load()
    codes = [c for c in book.codes.values() if len(c.code) >= 3]
    con = store.con
    con.execute("CREATE OR REPLACE TEMP TABLE codebook (code VARCHAR, root VARCHAR, name VARCHAR, goldstein DOUBLE, "
                "quad INTEGER)")
    con.executemany("INSERT INTO codebook VALUES (?, ?, ?, ?, ?)",
                    [(c.code, c.root, c.name, c.goldstein, c.quad_class) for c in codes])
    # Statements and consultations are far commoner than fighting: weight the roots.
    weights = {"01": 12, "02": 6, "03": 3, "04": 8, "05": 4, "06": 2, "07": 2, "08": 2, "11": 4, "12": 2, "13": 2,
               "17": 1, "19": 2}
    pool = [c.code for c in codes for _ in range(weights.get(c.root, 1))]
    params = {"countries": COUNTRIES, "codes": pool, "happenings": int(events / 1.9), "events": events,
              "coded": BASE_CODED}
    with store.transaction() as con:
        for statement in GENERATE.split(";\n"):
            if statement.strip():
                con.execute(statement, {k: v for k, v in params.items() if f"${k}" in statement})
        con.execute("CREATE OR REPLACE TEMP TABLE _touched AS SELECT DISTINCT cluster_id FROM cluster_members")
        con.execute(REFRESH, {"precise": 7})
        con.execute("INSERT OR REPLACE INTO analysis_state VALUES (?, ?)", [STATE, BASE_CODED])


def add_new(store: Store, new: int) -> None:
    happenings = store.query("SELECT count(*) FROM happenings")[0][0]
    book = Codebook.load()
    pool = [c.code for c in book.codes.values() if len(c.code) >= 3]
    params = {"late": new // 2, "fresh": new - new // 2, "happenings": happenings, "countries": COUNTRIES,
              "codes": pool, "now": datetime(2025, 6, 1)}
    with store.transaction() as con:
        for statement in NEW.split(";\n"):
            if statement.strip():
                con.execute(statement, {k: v for k, v in params.items() if f"${k}" in statement})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--new", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="keep the generated database here")
    args = parser.parse_args()
    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory(prefix="warpath-bench-")
        args.db = Path(tmp.name) / "bench.duckdb"
    store = Store(args.db)
    t = time.perf_counter()
    generate(store, args.events)
    gen_secs = time.perf_counter() - t
    n_events, n_clusters, n_articles = store.query(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_clusters), (SELECT count(*) FROM articles)")[0]
    usa_rus = store.query("SELECT count(*) FROM event_clusters WHERE source_country = 'USA' AND target_country = 'RUS' "
                          "AND day BETWEEN DATE '2024-01-01' AND DATE '2024-12-31'")[0][0]
    print(f"Generated {n_events:,} events in {n_clusters:,} clusters ({n_articles:,} articles) in {gen_secs:.0f} s; "
          f"USA-RUS 2024: {usa_rus:,} clusters. Database {args.db.stat().st_size / 1e9:.1f} GB.")

    pair = Dyad("USA", "RUS")
    year = (date(2024, 1, 1), date(2024, 12, 31))
    rows = [
        ("timeline USA-RUS, 2024 by day", lambda: timeline(store, pair, "day", *year)),
        ("timeline USA-RUS, 2015-2024 by week", lambda: timeline(store, pair, "week", date(2015, 1, 1), year[1])),
        ("timeline USA-RUS, 2015-2024 by month", lambda: timeline(store, pair, "month", date(2015, 1, 1), year[1])),
        ("alerts USA-RUS, 2024 by day", lambda: alerts(store, "day", *year, dyad=pair)),
        ("alerts all dyads, 2024 by day", lambda: alerts(store, "day", *year)),
        ("alerts all dyads, 2015-2024 by month", lambda: alerts(store, "month", date(2015, 1, 1), year[1])),
    ]
    print("| query | cold | warm (median of 5) | result |\n| --- | ---: | ---: | --- |")
    for name, fn in rows:
        cold, warm, result = timed(fn)
        what = f"{len(result.rows)} periods" if hasattr(result, "rows") else f"{len(result)} alerts"
        print(f"| {name} | {cold * 1000:,.0f} ms | {warm * 1000:,.0f} ms | {what} |")

    add_new(store, args.new)
    summary = update_clusters(store)
    after = store.query("SELECT count(*) FROM event_clusters")[0][0]
    print(f"\nMerged {summary.merged:,} new events into {n_events:,} in {summary.seconds:.1f} s "
          f"({summary.merged / summary.seconds:,.0f} events/s): {summary.touched:,} clusters touched, "
          f"{after - n_clusters:,} new; {summary.dissolved} dissolved.")
    print(f"Peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB.")
    store.close()
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    sys.exit(main())
