"""warpath spark-code in Spark local mode: the local coder's rows, rejects with reasons, no duplicates.

One SparkSession (local[2]) serves the module. Without PySpark or Java the
Spark tests skip, saying which; the tests of the pieces that need neither run anyway.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import SAMPLE, write
from warpath.batch import run
from warpath.document import Article
from warpath.errors import WarpathError, message
from warpath.ingest import IngestOptions, Problem, read_inputs
from warpath.pipeline import PipelineSpec
from warpath.spark.job import OUTPUTS
from warpath.spark.read import plan, screen, shown
from warpath.spark.schema import TABLES, Layout
from warpath.spark.session import check_requirements, java_found
from warpath.store import Store

GOOD = 12
FLOAT_PLACES = 9


def _sample_articles() -> list[Article]:
    return [a for a in read_inputs([str(SAMPLE)]) if isinstance(a, Article)]


def _record(a: Article) -> dict:
    return {"id": a.doc_id if a.external_id else None, "date": a.date.isoformat(), "title": a.title,
            "source": a.source, "url": a.url, "text": a.text}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """12 good articles in JSONL, CSV and text files, and one bad record of each kind."""
    root = tmp_path_factory.mktemp("corpus") / "news"
    sample = _sample_articles()
    lines = [json.dumps(_record(a)) for a in sample[:8]]
    lines.insert(2, json.dumps({"id": "blank", "date": "2024-11-20", "text": "   "}))  # E008
    lines.insert(4, '{"date": "2024-11-20", "text": broken')  # E009
    lines.insert(5, "")  # blank lines are skipped but counted
    lines.append(json.dumps({"id": "undated", "text": "Russia fired missiles at Ukraine on Monday."}))  # W102
    lines.append(json.dumps({"date": "2024-13-45", "text": "France met Germany."}))  # E007
    lines.append(json.dumps({"date": "2024-11-20", "text": "word " * 210_000}))  # E015, over 1M characters
    data = ("\n".join(lines) + "\n").encode() + b'{"date": "2024-11-20", "text": "Caf\xe9 talks: France met Germany."}\n'
    write(root / "wire.jsonl", data)  # last line: not UTF-8 (W101)
    rows = [{"id": f"csv-{i}", **{k: v for k, v in _record(a).items() if k != "id"}} for i, a in enumerate(sample[8:10])]
    rows.append({"id": "csv-blank", "date": "2024-11-21", "title": "t", "source": "s", "url": "", "text": ""})
    with (root / "more.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=["id", "date", "title", "source", "url", "text"])
        writer.writeheader()
        writer.writerows(rows)  # the blank row: W104
    (root / "texts").mkdir()
    for path in sorted(SAMPLE.glob("*.txt"))[10:12]:
        shutil.copy(path, root / "texts" / path.name)
    write(root / "texts" / "empty.txt", "")  # E004
    write(root / "texts" / "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))  # E003
    write(root / "notes.odt", b"PK\x03\x04")  # E052: not a format spark-code reads
    return root


@pytest.fixture(scope="module")
def spark():
    try:
        import pyspark  # noqa: F401
    except ImportError:
        pytest.skip("PySpark is not installed: pip install 'warpath[spark]' (make test installs it)")
    if not java_found():
        pytest.skip("Java not found: Spark needs Java 17+ on PATH or in JAVA_HOME")
    from warpath.spark import start

    session = start("local[2]", quiet=True)
    yield session
    session.stop()


@pytest.fixture(scope="module")
def coded(spark, corpus, tmp_path_factory):
    from warpath.spark import code_corpus

    out = tmp_path_factory.mktemp("spark") / "out"
    summary = code_corpus(spark, [str(corpus)], str(out), spec=PipelineSpec(), options=IngestOptions(), partitions=3)
    return out, summary


@pytest.fixture(scope="module")
def local_db(nlp, corpus, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    with Store(db) as store:
        run([str(corpus)], IngestOptions(), store=store, pipeline=nlp)
    return db


def rows(con, source: str, skip: tuple[str, ...] = ()) -> list[dict]:
    """Every row of ``source`` as a dict, floats rounded, sorted: comparable whatever the order."""
    result = con.execute(f"SELECT * FROM {source}")
    names = [d[0] for d in result.description]
    out = []
    for row in result.fetchall():
        out.append({n: round(v, FLOAT_PLACES) if isinstance(v, float) else v
                    for n, v in zip(names, row) if n not in skip})
    return sorted(out, key=lambda r: json.dumps(r, sort_keys=True, default=str))


def parquet(out: Path, table: str) -> str:
    return f"read_parquet('{out / table / '*.parquet'}')"


@pytest.mark.slow
@pytest.mark.spark
@pytest.mark.model
@pytest.mark.parametrize("table", TABLES)
def test_spark_rows_equal_the_local_coders(table, coded, local_db):
    out, _ = coded
    con = duckdb.connect(str(local_db), read_only=True)
    kept = {r[0] for r in con.execute(f"SELECT id FROM {parquet(out, 'articles')}").fetchall()}
    key = "id" if table == "articles" else "article_id"
    skip = ("ingested_at", "coded_at") if table == "articles" else ()
    local = [r for r in rows(con, table, skip) if r[key] in kept]
    spark = rows(con, parquet(out, table), skip)
    assert len(kept) == GOOD
    assert spark == local
    if table == "events":
        assert len(spark) > 20, "the sample articles should give events"


@pytest.mark.slow
@pytest.mark.spark
@pytest.mark.model
def test_spark_rejects_what_local_ingest_refuses_or_warns_about(coded, local_db):
    out, summary = coded
    con = duckdb.connect(str(local_db), read_only=True)
    rejects = {r[0]: (r[1], r[2]) for r in con.execute(f"SELECT origin, code, message FROM {parquet(out, 'rejects')}").fetchall()}
    codes = sorted(code for code, _ in rejects.values())
    assert codes == sorted(["E008", "E009", "W102", "E007", "E015", "W101", "W104", "E004", "E003", "E052"])
    for origin, (code, text) in rejects.items():
        assert text.startswith(f"[{code}] ") and origin in text
    by_code = {code: origin for origin, (code, _) in rejects.items()}
    assert by_code["E008"].endswith("wire.jsonl:3") and by_code["E009"].endswith("wire.jsonl:5")
    assert by_code["W102"].endswith("wire.jsonl:12") and by_code["W101"].endswith("wire.jsonl:15")
    assert by_code["E004"].endswith("texts/empty.txt")
    assert summary.rejects == len(rejects) and summary.articles == GOOD
    # What local ingest keeps with a warning (no date, bad bytes), Spark rejects: the only difference.
    local_only = con.execute(f"SELECT origin FROM articles WHERE id NOT IN (SELECT id FROM {parquet(out, 'articles')})").fetchall()
    assert sorted(r[0] for r in local_only) == sorted([by_code["W102"], by_code["W101"]])


@pytest.mark.slow
@pytest.mark.spark
@pytest.mark.model
def test_output_has_the_columns_of_warpath_export(coded, local_db, tmp_path):
    out, _ = coded
    with Store(local_db, read_only=True) as store:
        for table in TABLES:
            exported = tmp_path / f"{table}.parquet"
            store.export(table, "parquet", str(exported))
            spark_file = next((out / table).glob("*.parquet"))
            want = [(f.name, f.type) for f in pq.read_schema(exported)]
            got = [(f.name, f.type) for f in pq.read_schema(spark_file)]
            assert got == want, table


@pytest.mark.slow
@pytest.mark.spark
@pytest.mark.model
def test_a_second_run_replaces_the_first_without_duplicates(spark, coded, corpus):
    from warpath.spark import code_corpus

    out, first = coded
    before = {t: rows(duckdb.connect(), parquet(out, t), ("ingested_at", "coded_at")) for t in OUTPUTS}
    again = code_corpus(spark, [str(corpus)], str(out), spec=PipelineSpec(), options=IngestOptions(), partitions=2)
    after = {t: rows(duckdb.connect(), parquet(out, t), ("ingested_at", "coded_at")) for t in OUTPUTS}
    assert after == before
    assert (again.articles, again.events, again.rejects) == (first.articles, first.events, first.rejects)
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) = count(DISTINCT id) FROM {parquet(out, 'events')}").fetchone()[0]


@pytest.mark.slow
@pytest.mark.spark
@pytest.mark.model
def test_each_python_worker_builds_the_pipeline_once(spark, coded):
    from warpath.spark import worker

    def builds(_):
        return os.getpid(), worker.builds

    seen = dict(spark.sparkContext.parallelize(range(8), 8).map(builds).collect())
    assert seen and all(n <= 1 for n in seen.values()) and any(n == 1 for n in seen.values()), seen


@pytest.mark.slow
@pytest.mark.spark
@pytest.mark.model
def test_parquet_corpus_gives_the_same_events(spark, coded, tmp_path):
    from warpath.spark import code_corpus

    out, _ = coded
    records = [_record(a) for a in _sample_articles()[:8]]
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "corpus.parquet")
    second = tmp_path / "out"
    summary = code_corpus(spark, [str(tmp_path / "corpus.parquet")], str(second), spec=PipelineSpec(),
                          options=IngestOptions(), partitions=2)
    assert summary.articles == 8 and summary.rejects == 0
    con = duckdb.connect()
    ids = {r[0] for r in con.execute(f"SELECT id FROM {parquet(second, 'articles')}").fetchall()}
    want = [r for r in rows(con, parquet(out, "events")) if r["article_id"] in ids]
    assert rows(con, parquet(second, "events")) == want and want
    origins = sorted(r[0] for r in con.execute(f"SELECT origin FROM {parquet(second, 'articles')}").fetchall())
    assert origins == sorted(f"{tmp_path / 'corpus.parquet'}:{n}" for n in range(1, 9))


@pytest.mark.slow
@pytest.mark.spark
@pytest.mark.model
def test_cli_spark_code_then_ingest_parquet_twice(spark, coded, corpus, tmp_path):
    """The commands as a user runs them, in a process of their own; loading twice stores nothing twice."""
    out, first = coded
    cli_out = tmp_path / "cli-out"
    done = subprocess.run([sys.executable, "-m", "warpath", "spark-code", str(corpus / "texts"), str(cli_out),
                           "--master", "local[1]", "--partitions", "2"], capture_output=True, text=True)
    assert done.returncode == 1, done.stderr  # two bad files rejected
    assert "Coded 2 articles" in done.stderr and "2 records rejected" in done.stderr
    assert "Traceback" not in done.stderr
    db = tmp_path / "loaded.duckdb"
    for _ in range(2):
        load = subprocess.run([sys.executable, "-m", "warpath", "ingest", "--format", "parquet", str(out), "--db", str(db)],
                              capture_output=True, text=True)
        assert load.returncode == 0, load.stderr
        assert f"{first.rejects} records spark-code rejected" in load.stderr
    with Store(db, read_only=True) as store:
        assert store.count("articles") == GOOD
        assert store.count("events") == first.events and store.count("actors") == first.actors
        assert store.query("SELECT count(*) FROM articles WHERE coded_at IS NULL")[0][0] == 0


RETRY = """
import sys
from pathlib import Path
from warpath.ingest import IngestOptions
from warpath.pipeline import PipelineSpec
from warpath.spark import job, start, worker

marker = Path(sys.argv[3])

def flaky(items, **kw):  # the first task to get this far dies mid-partition, once
    for n, row in enumerate(worker.code_partition(items, **kw)):
        if n == 3 and not marker.exists():
            marker.write_text("failed once")
            raise RuntimeError("simulated executor failure")
        yield row

job.code_partition = flaky
spark = start("local[2,2]", quiet=True)  # two cores, two attempts per task
job.code_corpus(spark, [sys.argv[1]], sys.argv[2], spec=PipelineSpec(), options=IngestOptions(), partitions=3)
spark.stop()
"""


@pytest.mark.slow
@pytest.mark.spark
@pytest.mark.model
def test_a_task_that_fails_and_is_retried_leaves_no_duplicates(spark, coded, corpus, tmp_path):
    out, _ = coded
    retried = tmp_path / "retried"
    done = subprocess.run([sys.executable, "-c", RETRY, str(corpus), str(retried), str(tmp_path / "failed")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    assert (tmp_path / "failed").exists(), "no task failed: the test proved nothing"
    con = duckdb.connect()
    for table in OUTPUTS:
        skip = ("ingested_at", "coded_at")
        assert rows(con, parquet(retried, table), skip) == rows(con, parquet(out, table), skip), table


@pytest.mark.slow
@pytest.mark.spark
def test_a_failing_job_says_why_in_one_numbered_message(spark, corpus, tmp_path):
    from warpath.spark import code_corpus

    with pytest.raises(WarpathError) as failed:
        code_corpus(spark, [str(corpus / "texts")], str(tmp_path / "out"), spec=PipelineSpec(model="no_such_model"),
                    options=IngestOptions(), partitions=1)
    assert str(failed.value).startswith("[E054]") and "[E021]" in str(failed.value)
    assert "Traceback" not in str(failed.value)


@pytest.mark.slow
@pytest.mark.spark
def test_an_output_folder_that_is_not_ours_is_not_overwritten(spark, corpus, tmp_path):
    from warpath.spark import code_corpus

    write(tmp_path / "thesis" / "chapter1.tex", "Precious.")
    with pytest.raises(WarpathError, match="E057"):
        code_corpus(spark, [str(corpus)], str(tmp_path / "thesis"), spec=PipelineSpec(), options=IngestOptions())
    assert (tmp_path / "thesis" / "chapter1.tex").exists()


# -- the pieces that need neither Spark nor the model ----------------------------------------


def test_shown_paths_are_the_paths_the_user_gave(tmp_path):
    write(tmp_path / "in" / "a b.txt", "date 2024-11-20\nText.")
    write(tmp_path / "in" / "page.html", "<html></html>")
    planned = plan([str(tmp_path / "in") + "/"])
    assert planned.files == {"text": [str((tmp_path / "in" / "a b.txt").resolve())]}
    assert planned.skipped == [str(tmp_path / "in" / "page.html")]
    write(tmp_path / "in" / "empty.jsonl", "")
    assert plan([str(tmp_path / "in")]).empty == [str(tmp_path / "in" / "empty.jsonl")]
    uri = "file:" + str((tmp_path / "in" / "a%20b.txt").resolve())
    assert shown(uri, planned.prefixes) == str(tmp_path / "in" / "a b.txt")
    assert shown("hdfs://nn/corpus/x.jsonl", planned.prefixes) == "hdfs://nn/corpus/x.jsonl"


def test_plan_refuses_what_it_cannot_read(tmp_path):
    write(tmp_path / "notes.odt", b"PK")
    with pytest.raises(WarpathError, match="E052"):
        plan([str(tmp_path / "notes.odt")])
    with pytest.raises(WarpathError, match="E001"):
        plan([str(tmp_path / "missing.jsonl")])
    with pytest.raises(WarpathError, match="E052"):
        plan(["hdfs://nn/corpus/"])
    assert plan(["hdfs://nn/corpus/"], "jsonl").files == {"jsonl": ["hdfs://nn/corpus/"]}


def test_screen_rejects_undated_and_undecodable_articles():
    from datetime import date

    assert screen(Article("Fine.", date(2024, 11, 20), origin="f")) != [] and isinstance(
        screen(Article("Fine.", date(2024, 11, 20), origin="f"))[0], Article)
    assert screen(Article("No date.", None, origin="f"))[0].message == message("W102", origin="f")
    assert screen(Article("Caf\ufffd.", date(2024, 11, 20), origin="f"))[0].message.startswith("[W101]")
    assert screen(Problem("f", message("W101", origin="f"), error=False)) == []
    assert screen(Problem("f", message("E004", origin="f")))[0].error


def test_layout_follows_the_store_schema():
    layout = Layout.from_store()
    with Store(":memory:") as store:
        for table in TABLES:
            assert layout.columns[table] == tuple(name for name, _ in store.columns(table))
    assert layout.columns["rejects"] == ("origin", "code", "message")


def test_missing_java_is_a_numbered_error(monkeypatch):
    pytest.importorskip("pyspark", reason="PySpark is not installed: pip install 'warpath[spark]'")
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.delenv("PYSPARK_GATEWAY_PORT", raising=False)
    with pytest.raises(WarpathError, match=r"\[E051\]"):
        check_requirements()


def test_ingest_parquet_refuses_a_folder_that_is_not_spark_output(tmp_path, db):
    with Store(db) as store, pytest.raises(WarpathError, match="E055"):
        store.load_parquet(tmp_path)


class FakePipeline:
    """Codes nothing, fails on articles whose text says so: enough to test the worker's bookkeeping."""

    batch_size = 2

    def __init__(self):
        self.seen: list[str] = []

    def pipe(self, articles, keep_parse=True):
        from warpath.document import Document

        batch = list(articles)
        if any("FAIL" in a.text for a in batch):
            raise RuntimeError("boom")
        self.seen += [a.text for a in batch]
        return iter(Document(a) for a in batch)


def test_worker_codes_each_article_once_and_rejects_the_one_that_fails(monkeypatch):
    from datetime import date, datetime

    from warpath.spark import worker

    spec = PipelineSpec(model="fake")
    fake = FakePipeline()
    monkeypatch.setattr(worker, "_pipeline", fake)
    monkeypatch.setattr(worker, "_built_from", spec)
    a, b, bad = (Article(t, date(2024, 11, 20), origin=t) for t in ("A.", "B.", "FAIL."))
    items = sorted([((x.id, x.origin), x) for x in (a, a, b, bad)], key=lambda kv: kv[0])
    items.append((("00000000", "gone.txt"), Problem("gone.txt", message("E004", origin="gone.txt"))))
    layout = Layout.from_store()
    out = list(worker.code_partition(iter(items), spec, layout, datetime(2024, 11, 21)))
    articles = [row[0] for row in out if row[0] is not None]
    rejects = sorted((row[-1] for row in out if row[-1] is not None), key=lambda r: r[1])
    assert sorted(fake.seen) == ["A.", "B."]  # the duplicate once, the failing one not at all
    assert len(articles) == 2 and all(r[layout.columns["articles"].index("coder_version")] for r in articles)
    assert [r[1] for r in rejects] == ["E004", "E058"]
    assert "RuntimeError: boom" in rejects[1][2] and rejects[1][0] == "FAIL."


def test_spark_code_help_is_complete():
    from click.testing import CliRunner

    from warpath.cli import main

    result = CliRunner().invoke(main, ["spark-code", "--help"])
    assert result.exit_code == 0
    for option in ("--master", "--partitions", "--input-format", "--date", "--model", "--actors", "rejects"):
        assert option in result.output
