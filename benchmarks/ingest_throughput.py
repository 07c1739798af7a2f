"""Ingest throughput (articles/s) and peak memory on a generated corpus.

    python benchmarks/ingest_throughput.py [--articles 10000]

Generates N wire-style articles twice over (one JSON Lines corpus, one directory
of plain-text files with `date` headers), then, each in a fresh process, ingests
them into a new DuckDB store with warpath and, as a baseline in the same run,
only reads and parses the same inputs with the standard library. Prints
articles/s, peak RSS and warpath's throughput as a share of the baseline.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ACTORS = ["Ukraine", "Russia", "the United States", "Britain", "NATO", "France", "Poland", "China", "Finland"]
VERBS = ["fired missiles at", "met officials from", "accused", "signed an agreement with", "warned", "praised"]


def make_corpus(root: Path, n: int) -> tuple[Path, Path]:
    rng = random.Random(7)
    jsonl, textdir = root / "corpus.jsonl", root / "texts"
    textdir.mkdir()
    with jsonl.open("w") as out:
        for i in range(n):
            sentences = [
                f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(ACTORS)} on {rng.choice(['Monday', 'Tuesday', 'Friday'])}, officials said in report {i}."
                for _ in range(rng.randint(8, 20))
            ]
            text = " ".join(sentences)
            day = f"2024-11-{rng.randint(1, 28):02d}"
            out.write(json.dumps({"id": f"g{i}", "date": day, "source": f"Outlet {i % 7}", "text": text}) + "\n")
            (textdir / f"{i:06d}.txt").write_text(f"date {day}\nsource: Outlet {i % 7}\n\n{text}\n")
    return jsonl, textdir


INGEST = textwrap.dedent("""
    import json, resource, sys, time
    from warpath.batch import run
    from warpath.ingest import IngestOptions
    from warpath.store import Store
    t = time.perf_counter()
    with Store(sys.argv[2]) as store:
        s = run([sys.argv[1]], IngestOptions(), store=store, batch_size=256)
        n = store.count()
    secs = time.perf_counter() - t
    print(json.dumps({"articles": n, "failed": s.failed, "seconds": secs,
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
""")

BASELINE = textwrap.dedent("""
    import json, os, resource, sys, time
    t = time.perf_counter()
    p, n = sys.argv[1], 0
    if p.endswith(".jsonl"):
        with open(p, "rb") as f:
            for line in f:
                json.loads(line); n += 1
    else:
        for name in sorted(os.listdir(p)):
            with open(os.path.join(p, name), "rb") as f:
                f.read().decode("utf-8"); n += 1
    secs = time.perf_counter() - t
    print(json.dumps({"articles": n, "seconds": secs,
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
""")


def measure(script: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        jsonl, textdir = make_corpus(root, args.articles)
        words = sum(len(json.loads(line)["text"].split()) for line in jsonl.open())
        print(f"corpus: {args.articles:,} articles, {words:,} words ({words / args.articles:.0f} per article)")
        print(f"{'input':<22}{'articles/s':>12}{'peak RSS MB':>13}{'baseline/s':>12}{'share':>8}")
        for label, path in (("JSON Lines corpus", jsonl), ("directory of .txt", textdir)):
            db = root / f"{label[:4]}.duckdb"
            got = measure(INGEST, str(path), str(db))
            base = measure(BASELINE, str(path))
            assert got["articles"] == args.articles and got["failed"] == 0, got
            rate, base_rate = got["articles"] / got["seconds"], base["articles"] / base["seconds"]
            print(f"{label:<22}{rate:>12,.0f}{got['rss_mb']:>13,.0f}{base_rate:>12,.0f}{rate / base_rate:>8.1%}")
            again = measure(INGEST, str(path), str(db))
            print(f"{'  re-ingest (all dup)':<22}{again['articles'] / again['seconds']:>12,.0f}{again['rss_mb']:>13,.0f}")


if __name__ == "__main__":
    main()
