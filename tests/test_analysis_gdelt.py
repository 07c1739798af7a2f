"""GDELT event exports in: layouts, bad rows, and the analysis working on them."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner

from conftest import write
from warpath.analysis import Dyad, alerts, ensure_clusters, list_clusters, timeline
from warpath.analysis.gdelt import columns, load_gdelt
from warpath.cli import main
from warpath.store import Store


def row(version: int = 2, **values: object) -> list[str]:
    """A GDELT event row with sensible defaults; ``values`` by column name."""
    v2, v1 = columns()
    names = v2 if version == 2 else v1
    base = {"GLOBALEVENTID": 1001, "SQLDATE": 20241119, "MonthYear": 202411, "Year": 2024,
            "FractionDate": 2024.8712, "Actor1Code": "UKRMIL", "Actor1Name": "UKRAINE", "Actor1CountryCode": "UKR",
            "Actor2Code": "RUS", "Actor2Name": "RUSSIA", "Actor2CountryCode": "RUS", "IsRootEvent": 1,
            "EventCode": "195", "EventBaseCode": "195", "EventRootCode": "19", "QuadClass": 4,
            "GoldsteinScale": -10, "NumMentions": 12, "NumSources": 4, "NumArticles": 10, "AvgTone": -6.5,
            "ActionGeo_Type": 4, "ActionGeo_FullName": "Bryansk, Bryansk, Russia", "ActionGeo_CountryCode": "RS",
            "ActionGeo_Lat": 53.25, "ActionGeo_Long": 34.37, "DATEADDED": 20241119150000,
            "SOURCEURL": "https://www.example.com/news/1"}
    base.update(values)
    return [str(base.get(n, "")) for n in names]


def tsv(*rows: list[str]) -> str:
    return "".join("\t".join(r) + "\n" for r in rows)


def load(tmp_path, text: str, name: str = "export.CSV"):
    problems = []
    store = Store(":memory:")
    summary = load_gdelt(store, [str(write(tmp_path / name, text))], problems.append)
    return store, summary, problems


def test_gdelt2_rows_load_as_events_with_their_corroboration(tmp_path):
    text = tsv(row(GLOBALEVENTID=1), row(GLOBALEVENTID=2, SOURCEURL="https://example.com/news/2"),
               row(GLOBALEVENTID=3, SQLDATE=20241120, EventCode="040", EventRootCode="04", QuadClass=1,
                   GoldsteinScale=1))
    store, summary, problems = load(tmp_path, text)
    assert problems == [] and (summary.rows, summary.loaded, summary.articles) == (3, 3, 2)
    event = store.query("SELECT id, source_code, target_code, cameo_code, date_start, date_from, modality, "
                        "location_country, lat FROM events WHERE id = 'gdelt-1'")[0]
    assert event == ("gdelt-1", "UKRMIL", "RUS", "195", date(2024, 11, 19), "gdelt", "reported", "RUS", 53.25)
    assert store.query("SELECT source, url, date FROM articles ORDER BY url")[0] == (
        "example.com", "https://example.com/news/2", date(2024, 11, 19))
    ensure_clusters(store)
    clusters = {c.id: c for c in list_clusters(store)}
    assert len(clusters) == 3  # GDELT has merged its reports already: each row is its own cluster
    assert (clusters["gdelt-1"].outlets, clusters["gdelt-1"].articles) == (4, 10)
    assert clusters["gdelt-1"].dyad == "UKR-RUS" and clusters["gdelt-1"].gdelt


def test_a_malformed_row_is_reported_with_its_line_and_skipped(tmp_path):
    text = tsv(row(GLOBALEVENTID=1), row(GLOBALEVENTID=2, SQLDATE="2024-11-19"), row(GLOBALEVENTID=3)[:40],
               row(GLOBALEVENTID=4, EventCode="999"), row(GLOBALEVENTID="x"), row(GLOBALEVENTID=6))
    store, summary, problems = load(tmp_path, text)
    assert [p.message.split(":")[0:2] for p in problems] == [["[E060] " + str(tmp_path / "export.CSV"), " line 2"],
                                                             ["[E060] " + str(tmp_path / "export.CSV"), " line 3"],
                                                             ["[E060] " + str(tmp_path / "export.CSV"), " line 4"],
                                                             ["[E060] " + str(tmp_path / "export.CSV"), " line 5"]]
    assert "SQLDATE '2024-11-19' is not a YYYYMMDD date" in problems[0].message
    assert "40 columns, expected 61" in problems[1].message
    assert "not in the CAMEO codebook" in problems[2].message
    assert (summary.rows, summary.loaded, summary.skipped) == (6, 2, 4)
    assert [r[0] for r in store.query("SELECT id FROM events ORDER BY id")] == ["gdelt-1", "gdelt-6"]


def test_gdelt1_without_url_and_comma_separated_with_header(tmp_path):
    v2, v1 = columns()
    headerless = tsv(row(1, GLOBALEVENTID=7)[:57])  # GDELT 1.0 before April 2013: no SOURCEURL
    store, summary, problems = load(tmp_path, headerless)
    assert problems == [] and summary.loaded == 1
    assert store.query("SELECT source, url FROM articles") == [("GDELT", None)]
    header = ",".join(f'"{n}"' for n in v1) + "\n" + ",".join(f'"{v}"' for v in row(1, GLOBALEVENTID=8)) + "\n"
    store, summary, problems = load(tmp_path, header, "with-header.csv")
    assert problems == [] and summary.loaded == 1
    assert store.query("SELECT version FROM gdelt_events") == [(1,)]


def test_not_a_gdelt_file(tmp_path):
    store, summary, problems = load(tmp_path, "id,text\n1,hello\n")
    assert len(problems) == 1 and problems[0].message.startswith("[E061]") and "2 columns" in problems[0].message
    assert summary.rows == 0


def test_loading_twice_stores_once(tmp_path):
    path = write(tmp_path / "e.tsv", tsv(row(GLOBALEVENTID=1), row(GLOBALEVENTID=2)))
    store = Store(":memory:")
    load_gdelt(store, [str(path)], print)
    again = load_gdelt(store, [str(path)], print)
    assert (again.loaded, again.already_stored) == (0, 2)
    assert store.count("events") == 2


def test_cli_reports_bad_rows_and_exits_1(tmp_path, db):
    path = write(tmp_path / "e.tsv", tsv(row(GLOBALEVENTID=1), row(GLOBALEVENTID=2, SQLDATE="yesterday")))
    result = CliRunner().invoke(main, ["ingest", "--format", "gdelt", str(path), "--db", str(db)])
    assert result.exit_code == 1
    assert f"[E060] {path}: line 2: not a GDELT event row (SQLDATE 'yesterday'" in result.stderr
    assert "1 new events" in result.stderr and "Traceback" not in result.output


def test_the_shared_gdelt1_sample_loads_and_alerts(shared, tmp_path):
    store = Store(tmp_path / "g.duckdb")
    problems = []
    summary = load_gdelt(store, [str(shared / "data" / "gdelt" / "gdelt1-events-sample.csv")], problems.append)
    assert problems == [] and summary.loaded == 2223
    ensure_clusters(store)
    assert store.query("SELECT count(*) FROM event_clusters WHERE gdelt")[0][0] == 2223
    usa = timeline(store, Dyad.actor("USA"), "week", date(2012, 9, 1), date(2012, 9, 30))
    assert sum(r.clusters for r in usa.rows) > 100
    assert all(a.drivers for a in alerts(store, "week"))
    assert timeline(store, Dyad.actor("USA"), "week", date(2012, 9, 1), date(2012, 9, 30), gdelt=False).rows[0].empty


@pytest.mark.parametrize("version", [1, 2])
def test_column_layouts(version):
    v2, v1 = columns()
    assert len(v2) == 61 and len(v1) == 58 and v1[-1] == v2[-1] == "SOURCEURL"
    assert [c for c in v2 if c not in v1] == ["Actor1Geo_ADM2Code", "Actor2Geo_ADM2Code", "ActionGeo_ADM2Code"]
    assert len(row(version)) == (61 if version == 2 else 58)


def test_gdelt1_header_matches_the_shared_sample(shared):
    with (shared / "data" / "gdelt" / "gdelt1-events-sample.csv").open() as f:
        header = f.readline()
    assert [c.strip('"\n') for c in header.split(",")] == columns()[1]
