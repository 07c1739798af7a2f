"""Words/s of the local coder (1 and 2 processes) and of Spark local[1] and local[2], on one corpus.

    python benchmarks/spark_speed.py [--articles 20000] [--workdir DIR] [--runs local1,local2,spark1,spark2]

Generates N varied wire-style articles once, as JSON Lines (real actor names and
CAMEO verbs from templates, so the coder does real work; seeded, so every run
gets the same corpus), then codes the same file with each configuration, each in
a fresh process, timed from launch to exit (model loading, Spark start-up and
writing the output included):

- local1: ``warpath code corpus.jsonl --db ...`` (one process, DuckDB store)
- local2: the same with ``--processes 2``
- spark1: ``warpath spark-code corpus.jsonl OUT --master local[1]`` (Parquet output)
- spark2: the same with ``--master local[2]``

Prints words/s per configuration, the event count of each (all must agree),
the local 2-process speed-up, Spark's local[2]/local[1]/2 scaling efficiency
and Spark local[2] against the local 2-process coder.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import duckdb

WARPATH = str(Path(sys.executable).parent / "warpath")

STATES = ["Ukraine", "Russia", "the United States", "China", "Israel", "Iran", "France", "Germany", "Poland",
          "Turkey", "India", "Japan", "Britain", "Syria", "Lebanon", "Egypt", "Qatar", "Finland", "Hungary",
          "North Korea", "South Korea", "Saudi Arabia", "Belarus", "Georgia", "Serbia", "Kosovo", "Venezuela"]
PEOPLE = ["Vladimir Putin", "Volodymyr Zelensky", "Joe Biden", "Xi Jinping", "Emmanuel Macron", "Olaf Scholz",
          "Benjamin Netanyahu", "Recep Tayyip Erdogan", "Narendra Modi", "Keir Starmer", "Antony Blinken",
          "Sergei Lavrov", "Mark Rutte", "Antonio Guterres", "Ursula von der Leyen", "Viktor Orban"]
BODIES = ["NATO", "the United Nations", "the European Union", "the Kremlin", "the Pentagon", "the White House",
          "Hamas", "Hezbollah", "the African Union", "the Red Cross"]
AGENTS = ["{adj} troops", "{adj} forces", "the {adj} military", "{adj} police", "protesters in {cap}",
          "the {adj} foreign ministry", "{adj} officials", "rebels in {cap}"]
ADJ = {"Ukraine": ("Ukrainian", "Kyiv"), "Russia": ("Russian", "Moscow"), "Israel": ("Israeli", "Jerusalem"),
       "Iran": ("Iranian", "Tehran"), "China": ("Chinese", "Beijing"), "Syria": ("Syrian", "Damascus"),
       "Turkey": ("Turkish", "Ankara"), "France": ("French", "Paris"), "Poland": ("Polish", "Warsaw"),
       "Lebanon": ("Lebanese", "Beirut"), "Serbia": ("Serbian", "Belgrade"), "Georgia": ("Georgian", "Tbilisi")}
VERBS = ["launched a missile strike on", "accused", "met", "signed a trade agreement with", "condemned",
         "threatened", "urged", "praised", "imposed sanctions on", "sent humanitarian aid to",
         "rejected a proposal from", "held talks with", "criticised", "warned", "expelled diplomats from",
         "pledged support for", "attacked", "shelled positions held by", "demanded an apology from",
         "agreed to cooperate with", "thanked", "blamed", "invited", "arrested supporters of", "hosted"]
BASE_VERBS = ["retaliate against", "meet", "sanction", "negotiate with", "support", "attack", "aid", "punish"]
TIMES = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "yesterday",
         "earlier this month", "over the weekend", "on {date}", "late on Sunday", "this morning"]
OUTLETS = ["Global Desk", "Eastern Ledger", "Harbour Times", "Baltic Dispatch", "Continental Wire",
           "Meridian News", "Northern Post"]
FILLER = ["The statement came amid rising tension in the region.", "Analysts said the move could complicate talks.",
          "Diplomats described the meeting as frank.", "Markets fell sharply after the announcement.",
          "The ministry did not respond to a request for comment.", "Thousands of people have fled the area.",
          "Officials declined to give further details.", "The talks are expected to resume next month."]


def _actor(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.4:
        return rng.choice(STATES)
    if roll < 0.65:
        return rng.choice(PEOPLE)
    if roll < 0.8:
        return rng.choice(BODIES)
    state = rng.choice(sorted(ADJ))
    adj, cap = ADJ[state]
    return rng.choice(AGENTS).format(adj=adj, cap=cap)


def _sentence(rng: random.Random, day: date) -> str:
    a, b = _actor(rng), _actor(rng)
    when = rng.choice(TIMES).format(date=(day - timedelta(days=rng.randint(1, 9))).strftime("%B %-d"))
    form = rng.randrange(6)
    if form == 0:
        return f"{a[0].upper() + a[1:]} {rng.choice(VERBS)} {b} {when}, officials said."
    if form == 1:
        return f"According to {rng.choice(OUTLETS)}, {a} {rng.choice(VERBS)} {b} {when}."
    if form == 2:
        return f"{rng.choice(PEOPLE)} said {a} would {rng.choice(BASE_VERBS)} {b}."
    if form == 3:
        return f"{a[0].upper() + a[1:]} {rng.choice(VERBS)} {b} and {rng.choice(VERBS)} {_actor(rng)} {when}."
    if form == 4:
        return f"{when[0].upper() + when[1:]}, {a} {rng.choice(VERBS)} {b}, a spokesman for {_actor(rng)} said."
    return rng.choice(FILLER)


def make_corpus(path: Path, n: int) -> int:
    """Write ``n`` articles to ``path``; return their word count."""
    rng, words = random.Random(2024), 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            day = date(2023, 1, 1) + timedelta(days=rng.randrange(700))
            text = " ".join(_sentence(rng, day) for _ in range(rng.randint(10, 17)))
            words += len(text.split())
            record = {"id": f"bench-{i}", "date": day.isoformat(), "title": f"Report {i}",
                      "source": rng.choice(OUTLETS), "text": text}
            out.write(json.dumps(record) + "\n")
    return words


def commands(corpus: Path, work: Path) -> dict[str, list[str]]:
    return {
        "local1": [WARPATH, "code", str(corpus), "--db", str(work / "local1.duckdb"), "-q", "--format", "csv"],
        "local2": [WARPATH, "code", str(corpus), "--db", str(work / "local2.duckdb"), "-q", "--format", "csv",
                   "--processes", "2"],
        "spark1": [WARPATH, "spark-code", str(corpus), str(work / "spark1"), "--master", "local[1]", "-q"],
        "spark2": [WARPATH, "spark-code", str(corpus), str(work / "spark2"), "--master", "local[2]", "-q"],
    }


def events(name: str, work: Path) -> int:
    if name.startswith("local"):
        with duckdb.connect(str(work / f"{name}.duckdb"), read_only=True) as con:
            return con.execute("SELECT count(*) FROM events").fetchone()[0]
    pattern = str(work / name / "events" / "*.parquet")
    return duckdb.sql(f"SELECT count(*) FROM read_parquet('{pattern}')").fetchall()[0][0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--workdir", type=Path, default=Path("bench-spark"))
    parser.add_argument("--runs", default="local1,local2,spark1,spark2")
    args = parser.parse_args()
    work = args.workdir.resolve()
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / f"corpus-{args.articles}.jsonl"
    t = time.perf_counter()
    words = make_corpus(corpus, args.articles)
    print(f"corpus: {args.articles:,} articles, {words:,} words ({words / args.articles:.0f} per article), "
          f"written in {time.perf_counter() - t:.1f} s", flush=True)
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (other work skews the figures)")
    rates: dict[str, float] = {}
    for name, cmd in commands(corpus, work).items():
        if name not in args.runs.split(","):
            continue
        (work / f"{name}.duckdb").unlink(missing_ok=True)
        t = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL)
        secs = time.perf_counter() - t
        if done.returncode != 0:
            sys.exit(f"{name} failed with exit code {done.returncode}: {' '.join(cmd)}")
        rates[name] = words / secs
        print(f"{name:<8}{secs:>9.1f} s{rates[name]:>10,.0f} words/s{events(name, work):>9,} events"
              f"   load average after: {os.getloadavg()[0]:.1f}", flush=True)
    if {"local1", "local2"} <= rates.keys():
        print(f"local 2 processes / 1 process: {rates['local2'] / rates['local1']:.2f}x "
              f"(efficiency {rates['local2'] / rates['local1'] / 2:.0%})")
    if {"spark1", "spark2"} <= rates.keys():
        print(f"Spark local[2] / local[1]: {rates['spark2'] / rates['spark1']:.2f}x "
              f"(efficiency {rates['spark2'] / rates['spark1'] / 2:.0%})")
    if {"spark2", "local2"} <= rates.keys():
        print(f"Spark local[2] / local 2 processes: {rates['spark2'] / rates['local2']:.0%}")


if __name__ == "__main__":
    main()
