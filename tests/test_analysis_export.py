"""Clusters, timelines and GDELT-layout event tables out."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest

from analysis_util import article, day, event, store_with
from warpath.analysis import Dyad, ensure_clusters
from warpath.analysis.export import export, global_event_id
from warpath.analysis.gdelt import columns, load_gdelt
from warpath.store import Store


@pytest.fixture
def store(tmp_path):
    s = store_with(
        article("Wire A", day(19), event(country="RUS", place="Bryansk", lat=53.25, lon=34.37, sentence=0),
                url="https://a.example/1"),
        article("Wire B", day(20), event(text="Ukraine\tfired \"six\"\nmissiles."), url="https://b.example/2"),
        article("Wire C", day(19), event("RUSGOV", "USA", "112")),
        article("Wire C", day(19), event(modality="hypothetical")),
        path=tmp_path / "x.duckdb",
    )
    ensure_clusters(s)
    yield s
    s.close()


def read_tsv(path):
    with open(path, newline="") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_gdelt_events_have_the_gdelt2_layout(store, tmp_path):
    out = tmp_path / "events.tsv"
    assert export(store, "events", "gdelt", str(out)) == 3  # the hypothetical strike is left out
    rows = read_tsv(out)
    names = columns()[0]
    assert {len(r) for r in rows} == {61} and rows[0][0] != "GLOBALEVENTID"  # no header
    by = [dict(zip(names, r)) for r in rows]
    strike = next(r for r in by if r["SOURCEURL"] == "https://a.example/1")
    event_id = store.query("SELECT e.id FROM events e JOIN articles a ON a.id = e.article_id "
                           "WHERE a.url = 'https://a.example/1'")[0][0]
    assert strike["GLOBALEVENTID"] == str(global_event_id(event_id))
    assert (strike["SQLDATE"], strike["MonthYear"], strike["Year"], strike["FractionDate"]) == (
        "20241119", "202411", "2024", "2024.8740")  # 2024 + (10 * 30 + 19) / 365
    assert (strike["Actor1Code"], strike["Actor1CountryCode"], strike["Actor1Type1Code"]) == ("UKRMIL", "UKR", "MIL")
    assert (strike["Actor2Code"], strike["Actor2CountryCode"], strike["Actor2Type1Code"]) == ("RUS", "RUS", "")
    assert (strike["EventCode"], strike["EventBaseCode"], strike["EventRootCode"], strike["QuadClass"]) == (
        "195", "195", "19", "4")
    assert (strike["IsRootEvent"], strike["GoldsteinScale"]) == ("1", "-10.0")
    assert (strike["NumMentions"], strike["NumSources"], strike["NumArticles"]) == ("2", "2", "2")  # its cluster
    assert (strike["ActionGeo_Type"], strike["ActionGeo_FullName"], strike["ActionGeo_CountryCode"]) == (
        "4", "Bryansk", "RS")
    assert strike["AvgTone"] == "" and strike["Actor1Geo_FullName"] == "" and len(strike["DATEADDED"]) == 14


def test_gdelt_cluster_export_round_trips_through_gdelt_ingest(store, tmp_path):
    out = tmp_path / "clusters.tsv"
    assert export(store, "clusters", "gdelt", str(out)) == 2
    assert export(store, "clusters", "gdelt", str(tmp_path / "one.tsv"), dyad=Dyad("UKR", "RUS")) == 1
    back = Store(":memory:")
    problems = []
    summary = load_gdelt(back, [str(out)], problems.append)
    assert problems == [] and summary.loaded == 2
    ensure_clusters(back)
    assert sorted(back.query("SELECT source_country, target_country, outlets, day FROM event_clusters")) == [
        ("RUS", "USA", 1, day(19)), ("UKR", "RUS", 2, day(19))]


def test_clusters_and_timeline_as_csv_jsonl_parquet(store, tmp_path):
    assert export(store, "clusters", "csv", str(tmp_path / "c.csv")) == 3
    with open(tmp_path / "c.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    strike = next(r for r in rows if r["cameo_code"] == "195" and r["happened_outlets"] == "2")
    assert strike["outlet_names"] == "Wire A; Wire B" and strike["source_country"] == "UKR"
    assert export(store, "timeline", "jsonl", str(tmp_path / "t.jsonl")) == 2
    with open(tmp_path / "t.jsonl") as f:
        series = [json.loads(line) for line in f]
    ukr = next(r for r in series if r["source_country"] == "UKR")
    assert (ukr["period"], ukr["clusters"], ukr["material_conflict"]) == ("2024-11-19", 1, 1)
    assert ukr["escalation_index"] == pytest.approx(10 * 2 / 3)
    assert export(store, "timeline", "parquet", str(tmp_path / "t.parquet"), by="month",
                  dyad=Dyad("RUS", "USA")) == 1
    assert pq.read_table(tmp_path / "t.parquet").column("period").to_pylist()[0].isoformat() == "2024-11-01"
