"""The command line as a user meets it: exit codes, messages, no tracebacks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from conftest import SAMPLE, write
from warpath.cli import main
from warpath.store import Store


def invoke(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.mark.parametrize("command", [[], ["ingest"], ["code"], ["export"], ["status"]])
def test_help_is_complete(command):
    result = invoke(*command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.output
    for option in ("--db", "--help"):
        if command:
            assert option in result.output


def test_ingest_sample_twice_stores_each_article_once(db):
    first = invoke("ingest", SAMPLE, "--db", db)
    assert first.exit_code == 0, first.output
    with Store(db) as s:
        n = s.count()
        dates = s.query("SELECT count(*) FROM articles WHERE date IS NULL")[0][0]
    assert 25 <= n <= 40 and dates == 0
    second = invoke("ingest", SAMPLE, "--db", db)
    assert second.exit_code == 0
    assert f"0 new, {n} already stored" in second.stderr
    with Store(db) as s:
        assert s.count() == n


def test_seed_article_date_is_read(db, shared):
    result = invoke("ingest", shared / "seed" / "article-2024-11-22.txt", "--db", db)
    assert result.exit_code == 0
    with Store(db) as s:
        assert s.query("SELECT date FROM articles")[0][0].isoformat() == "2024-11-22"


def test_bad_inputs_fail_one_by_one_and_the_rest_is_stored(tmp_path, db):
    write(tmp_path / "good.txt", "date 2024-11-22\nGood article.")
    write(tmp_path / "bin.txt", b"\x7fELF" + bytes(300))
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "date.txt", "date 2024-13-40\nBad date.")
    result = invoke("ingest", tmp_path, tmp_path / "missing.txt", "--db", db)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    for name, code in (("bin.txt", "E003"), ("empty.txt", "E004"), ("date.txt", "E007"), ("missing.txt", "E001")):
        assert any(name in line and code in line for line in lines), (name, result.stderr)
    assert "Traceback" not in result.output + result.stderr
    with Store(db) as s:
        assert [r[0] for r in s.query("SELECT text FROM articles")] == ["Good article."]


def test_article_without_date_is_stored_with_a_warning_and_date_option(tmp_path, db):
    f = write(tmp_path / "a.txt", "No date here.")
    g = write(tmp_path / "b.txt", "No date either.")
    result = invoke("ingest", f, "--db", db)
    assert result.exit_code == 0 and "W102" in result.stderr
    result = invoke("ingest", g, "--db", db, "--date", "2024-11-20")
    assert result.exit_code == 0 and "W102" not in result.stderr
    with Store(db) as s:
        assert s.query("SELECT text, date FROM articles ORDER BY text") == [
            ("No date either.", __import__("datetime").date(2024, 11, 20)), ("No date here.", None)]


def test_bad_date_option_is_a_usage_error(tmp_path, db):
    result = invoke("ingest", tmp_path, "--db", db, "--date", "tomorrow")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_future_date_warns(tmp_path, db):
    f = write(tmp_path / "a.txt", "date 2999-01-01\nFrom the future.")
    result = invoke("ingest", f, "--db", db)
    assert result.exit_code == 0 and "W103" in result.stderr


def test_stdin_dash(db):
    result = invoke("ingest", "-", "--db", db, input="date 2024-11-21\nRussia struck Dnipro.\n")
    assert result.exit_code == 0
    with Store(db) as s:
        assert s.query("SELECT origin FROM articles") == [("<stdin>",)]


def test_database_that_is_not_one(tmp_path):
    bad = write(tmp_path / "x.duckdb", "not a database")
    result = invoke("ingest", tmp_path / "nothing.txt", "--db", bad)
    assert result.exit_code == 2 and "E031" in result.stderr and "Traceback" not in result.stderr


def test_export_to_stdout_and_missing_db(tmp_path, db):
    write(tmp_path / "a.txt", "date 2024-11-22\nAn article.")
    invoke("ingest", tmp_path, "--db", db)
    out = tmp_path / "out.jsonl"
    result = invoke("export", "--db", db, "--format", "jsonl", "-o", out)
    assert result.exit_code == 0
    assert json.loads(out.read_text().splitlines()[0])["text"] == "An article."
    result = invoke("export", "--db", tmp_path / "none.duckdb", "-o", out)
    assert result.exit_code != 0 and "no such database" in result.output


@pytest.mark.model
def test_code_prints_json_lines_and_stores(tmp_path, db):
    write(tmp_path / "a.txt", "date 2024-11-22\nsource: W\n\nUkraine fired missiles. Russia said it shot five down.")
    write(tmp_path / "b.jsonl", json.dumps({"id": "doc-7", "date": "2024-11-21", "text": "Russia struck Dnipro."}) + "\n")
    result = invoke("code", tmp_path, "--db", db, "--format", "json")
    assert result.exit_code == 0, result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(d["id"], d["date"], d["sentences"]) for d in docs] == [(docs[0]["id"], "2024-11-22", 2), ("doc-7", "2024-11-21", 1)]
    with Store(db) as s:
        assert s.count("sentences") == 3


@pytest.mark.model
def test_code_table_and_no_store(tmp_path, db):
    write(tmp_path / "a.txt", "date 2024-11-22\nsource: Wire\n\nUkraine fired missiles at Russia on Tuesday.")
    result = invoke("code", tmp_path, "--db", db, "--no-store")
    assert result.exit_code == 0
    row = next(line for line in result.stdout.splitlines() if "UKR" in line)
    for cell in ("2024-11-19", "Wire", "RUS", "195", "asserted", "Ukraine fired missiles"):
        assert cell in row
    assert not db.exists()


@pytest.mark.model
def test_code_csv_has_one_row_per_event_and_input_ids(tmp_path, db):
    import csv
    import io

    corpus = write(tmp_path / "gold.jsonl", json.dumps({"id": "g-1", "date": "2024-11-22",
                                                        "text": "Russia struck Kyiv. Poland condemned Russia."}) + "\n")
    result = invoke("code", corpus, "--input-format", "jsonl", "--format", "csv", "--no-store")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["doc_id"], r["source_code"], r["target_code"], r["cameo_root"]) for r in rows] == [
        ("g-1", "RUS", "UKR", "19"), ("g-1", "POL", "RUS", "11")]


@pytest.mark.slow
def test_killed_ingest_keeps_committed_articles_and_resumes(tmp_path, db):
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w") as f:
        for i in range(20000):
            f.write(json.dumps({"id": f"a{i}", "date": "2024-11-20", "text": f"Report {i}. " + "Troops moved. " * 30}) + "\n")
    cmd = [sys.executable, "-m", "warpath", "ingest", str(corpus), "--db", str(db), "--batch-size", "50", "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = db.with_name(db.name + ".wal")
    deadline = time.monotonic() + 60
    while not (wal.exists() and wal.stat().st_size > 200_000) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(db) as s:
        stored = s.count()
        assert 0 < stored < 20000
        assert stored % 50 == 0
        rows = s.query("SELECT external_id, text FROM articles")
        assert all(text == f"Report {eid[1:]}. " + ("Troops moved. " * 30).strip() for eid, text in rows)
    assert subprocess.run(cmd).returncode == 0
    with Store(db) as s:
        assert s.count() == 20000
