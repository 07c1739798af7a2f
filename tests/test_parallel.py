"""warpath code --processes N: the same documents, in the same order, as one process."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import SAMPLE
from warpath.batch import run
from warpath.ingest import IngestOptions
from warpath.parallel import ProcessPoolCoder
from warpath.pipeline import PipelineSpec
from warpath.store import Store


@pytest.mark.slow
@pytest.mark.model
def test_two_processes_code_and_store_what_one_does(nlp, tmp_path):
    one, two = [], []
    with Store(tmp_path / "one.duckdb") as store:
        run([str(SAMPLE)], IngestOptions(), store=store, pipeline=nlp, on_document=one.append, batch_size=8)
    with Store(tmp_path / "two.duckdb") as store, ProcessPoolCoder(PipelineSpec(), 2) as pool:
        summary = run([str(SAMPLE)], IngestOptions(), store=store, pool=pool, on_document=two.append, batch_size=8)
    assert summary.read == summary.new == len(one) > 30
    assert [d.to_dict() for d in two] == [d.to_dict() for d in one]  # same documents, input order
    tables = ("articles", "sentences", "times", "actors", "events")
    with Store(tmp_path / "one.duckdb", read_only=True) as a, Store(tmp_path / "two.duckdb", read_only=True) as b:
        for table in tables:
            order = "id" if table == "articles" else "article_id, idx"
            skip = "EXCLUDE (ingested_at, coded_at)" if table == "articles" else ""
            sql = f"SELECT * {skip} FROM {table} ORDER BY {order}"
            assert a.query(sql) == b.query(sql), table


@pytest.mark.slow
@pytest.mark.model
def test_cli_processes_option_prints_the_same_json(nlp):
    done = subprocess.run([sys.executable, "-m", "warpath", "code", str(SAMPLE), "--no-store", "--format", "json",
                           "--processes", "2", "-q"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    got = [json.loads(line) for line in done.stdout.splitlines()]
    want = []
    run([str(SAMPLE)], IngestOptions(), store=None, pipeline=nlp, on_document=lambda d: want.append(d.to_dict()))
    assert got == json.loads(json.dumps(want))


def test_a_pool_needs_one_process_or_more():
    with pytest.raises(ValueError):
        ProcessPoolCoder(PipelineSpec(), 0)
