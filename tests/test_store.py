from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date

import duckdb
import pyarrow.parquet as pq
import pytest

from warpath.document import Article, Document, Sentence, TimeExpression
from warpath.errors import WarpathError
from warpath.store import SCHEMA_VERSION, Store


def art(text: str, source: str | None = "W", day: int = 19) -> Article:
    return Article(text=text, date=date(2024, 11, day), source=source, origin="t")


def test_new_database_has_current_schema(db):
    with Store(db) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.count() == 0


def test_same_articles_twice_are_stored_once(db):
    batch = [art("One."), art("Two."), art("One.")]
    with Store(db) as s:
        assert s.add_articles(batch) == 2
        assert s.add_articles(batch) == 0
        assert s.count() == 2
    with Store(db) as s:  # reopened
        assert s.add_articles([art("Two."), art("Three.")]) == 1
        assert s.count() == 3


def test_a_failed_batch_stores_nothing_and_keeps_earlier_batches(db, monkeypatch):
    with Store(db) as s:
        s.add_articles([art("Kept.")])
        doc = Document(art("Lost."), sentences=[Sentence(0, 0, 5, "Lost.")])
        real_insert = s._insert

        def fail_on_layers(table, rows):
            if table == "sentences":
                raise RuntimeError("disk full")
            real_insert(table, rows)

        monkeypatch.setattr(s, "_insert", fail_on_layers)
        with pytest.raises(RuntimeError):
            s.save_documents([doc])
        assert [r[0] for r in s.query("SELECT text FROM articles")] == ["Kept."]
        assert s.count("sentences") == 0


def test_saving_documents_replaces_their_layers(db):
    t = TimeExpression("Tuesday", 0, 7, "DATE", "2024-11-19", (date(2024, 11, 19), date(2024, 11, 19)), "day", 0)
    with Store(db) as s:
        d = Document(art("Tuesday it rained."), sentences=[Sentence(0, 0, 18, "Tuesday it rained.")], times=[t])
        assert s.save_documents([d]) == 1
        assert s.save_documents([d]) == 0
        assert s.count("times") == 1 and s.count("sentences") == 1
        assert s.query("SELECT interval_start, granularity FROM times") == [(date(2024, 11, 19), "day")]
        assert s.query("SELECT coder_version IS NOT NULL FROM articles") == [(True,)]


def test_newer_schema_is_refused(db):
    with Store(db):
        pass
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_version VALUES (999, now())")
    con.close()
    with pytest.raises(WarpathError) as info:
        Store(db)
    assert info.value.code == "E030"


def test_foreign_database_is_refused(db):
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE mine (x INTEGER)")
    con.close()
    with pytest.raises(WarpathError) as info:
        Store(db)
    assert info.value.code == "E031"


def test_not_a_database_file(db):
    db.write_text("hello, I am not DuckDB")
    with pytest.raises(WarpathError) as info:
        Store(db)
    assert info.value.code == "E031" and str(db) in str(info.value)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_formats_round_trip(db, tmp_path, fmt):
    with Store(db) as s:
        s.add_articles([art("Alpha, with a comma.", day=18), art('Beta "quoted".', day=19)])
        out = tmp_path / f"a.{fmt}"
        assert s.export("articles", fmt, str(out)) == 2
    if fmt == "parquet":
        rows = pq.read_table(out).to_pylist()
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text().splitlines()]
    else:
        import csv

        with out.open(newline="") as f:
            rows = list(csv.DictReader(f))
    assert sorted(str(r["text"]) for r in rows) == ['Alpha, with a comma.', 'Beta "quoted".']
    assert sorted(str(r["date"])[:10] for r in rows) == ["2024-11-18", "2024-11-19"]


KILL_SCRIPT = """
import sys
from warpath.store import Store
from warpath.document import Article
s = Store(sys.argv[1])
n = 0
while True:
    batch = [Article(text=f"Article {n + i} " + "word " * 200, source="W", origin="gen") for i in range(20)]
    s.add_articles(batch)
    n += 20
    print(n, flush=True)
"""


@pytest.mark.slow
def test_killed_writer_loses_no_committed_article(db):
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(db)], stdout=subprocess.PIPE, text=True)
    committed = 0
    deadline = time.monotonic() + 60
    while committed < 400 and time.monotonic() < deadline:
        committed = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert committed >= 400
    with Store(db) as s:
        n = s.count()
        assert n >= committed
        assert n % 20 == 0  # whole batches only
        texts = sorted(s.query("SELECT text FROM articles"), key=lambda r: int(r[0].split()[1]))
        assert [t for (t,) in texts] == [f"Article {k} " + "word " * 200 for k in range(n)]
