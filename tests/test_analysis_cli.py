"""`warpath timeline`, `alerts`, `clusters` and the analysis exports as a user meets them."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from analysis_util import article, day, event, store_with
from warpath.cli import main


def invoke(*args):
    return CliRunner(env={"COLUMNS": "100"}).invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "a.duckdb"
    quiet = [article("Wire A", day(d), event(code="040", when=(day(d), day(d)))) for d in range(1, 17)]
    strikes = [article(o, day(19), event(text=f"{o}: Ukraine fired ATACMS missiles at Bryansk."))
               for o in ("Wire A", "Wire B", "Wire C")]
    store_with(*quiet, *strikes, path=path).close()  # clusters not computed yet: the commands bring them up to date
    return path


@pytest.mark.parametrize("command", ["timeline", "alerts", "clusters"])
def test_help_is_complete(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0 and "--db" in result.output and "--dyad" in result.output
    assert "docs/analysis.md" in result.output


def test_timeline_prints_a_table_with_a_sparkline(db):
    result = invoke("timeline", "--dyad", "UKR-RUS", "--from", "2024-11-14", "--to", "2024-11-21", "--db", db)
    assert result.exit_code == 0, result.output
    assert "UKR-RUS by day, 2024-11-14 to 2024-11-21" in result.output
    assert "escalation index" in result.output and "peak 7.2 on 2024-11-19" in result.output
    assert "2024-11-19" in result.output and "█" in result.output


def test_timeline_by_week_for_an_actor(db):
    result = invoke("timeline", "--actor", "UKR", "--by", "week", "--db", db)
    assert result.exit_code == 0 and "UKR (all targets) by week" in result.output


def test_alerts_name_the_events(db):
    result = invoke("alerts", "--db", db)
    assert result.exit_code == 0
    assert "2024-11-19" in result.output and "UKR-RUS" in result.output and "jump" in result.output
    assert "first use of force" in result.output
    assert "3 outlets" in result.output and "Wire C" in result.output and "ATACMS" in result.output


def test_clusters_list_their_sources(db):
    result = invoke("clusters", "--dyad", "UKR-RUS", "--min-outlets", "2", "--db", db)
    assert result.exit_code == 0
    assert "3 outlets (3 asserted): Wire A, Wire B, Wire C" in result.output
    assert "1 merged events" in result.output or "1 merged event" in result.output
    assert invoke("clusters", "--rebuild", "--limit", "0", "--db", db).exit_code == 0


def test_nothing_found_is_said_not_failed(db):
    result = invoke("alerts", "--dyad", "USA-CHN", "--db", db)
    assert result.exit_code == 0 and "No alerts for USA-CHN" in result.stderr
    result = invoke("timeline", "--dyad", "USA-CHN", "--db", db)
    assert result.exit_code == 0 and "[W150]" in result.stderr


@pytest.mark.parametrize("args, code", [
    (["timeline", "--dyad", "USA"], "[E062]"),
    (["timeline", "--dyad", "UKR-RUS", "--from", "2024-11-20", "--to", "2024-11-01"], "[E064]"),
    (["timeline", "--dyad", "UKR-RUS", "--actor", "RUS"], "[E066]"),
    (["timeline", "--actor", "R"], "[E065]"),
    (["export", "--what", "articles", "--format", "gdelt", "-o", "-"], "[E063]"),
])
def test_bad_arguments_are_numbered_errors(db, args, code):
    result = invoke(*args, "--db", db)
    assert result.exit_code == 2 and code in result.stderr and "Traceback" not in result.output


def test_export_gdelt_and_timeline(db, tmp_path):
    out = tmp_path / "e.tsv"
    result = invoke("export", "--what", "events", "--format", "gdelt", "-o", out, "--db", db)
    assert result.exit_code == 0 and "Wrote 19 events (gdelt)" in result.stderr
    assert {len(line.split("\t")) for line in out.read_text().splitlines()} == {61}
    series = tmp_path / "t.csv"
    result = invoke("export", "--what", "timeline", "--by", "week", "--format", "csv", "-o", series, "--db", db)
    assert result.exit_code == 0 and "Wrote 4 timeline" in result.stderr
    assert series.read_text().startswith("period,source_country,target_country,clusters")


def test_missing_database(tmp_path):
    result = invoke("alerts", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 1 and "no such database" in result.output + result.stderr
