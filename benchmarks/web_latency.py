"""REST API latency of `warpath serve` over 10 million stored events, under concurrent clients.

    python benchmarks/web_latency.py [--events 10000000] [--clients 1,5,10,20] [--requests 2000] [--db PATH]
                                     [--client raw|httpx]

Generates the events in DuckDB SQL (no Python loops): happenings spread over
150 countries (skewed, so some dyads are busy; USA-RUS gets 1% of them), ten
years and the CAMEO codebook, each reported by 1 to ~10 of 500 outlets, one
article per outlet and day, stored already merged into clusters (warpath's own
REFRESH query), in date order as an archive coded as the news comes in would be.
Then it starts `warpath serve` on 127.0.0.1 (a free port) in a subprocess and, for
each number of concurrent clients in ``--clients``, sends a bounded number of
requests (``--requests`` for the largest, a fifth of it for the others) and prints
p50/p95/p99 latency per kind of request, and the CPU time per request of the
server (all its threads) and of the load generator:

- events table: a page of 50 events (with totals) for a random mix of filters:
  none, a dyad, a dyad and a quad class, an actor and a CAMEO root, a month, a
  modality and a year; random pages among the first 20;
- timeline: a busy dyad's series for a random year by day, or ten years by week.

Each client is one keep-alive HTTP/1.1 connection on asyncio streams
(``--client raw``, the default): the load generator shares the server's two
cores, and httpx (``--client httpx``) spends ten times its CPU per request.

The server remembers event counts and timelines until its next write; a timeline
asked for again is a cache hit and is reported apart ("repeat") from its first
request. Outlet and text-search filters scan every event and are timed apart,
one client at a time. ``--db PATH`` keeps the generated database (and reuses it
when it exists).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import httpx

from warpath.analysis.clusters import REFRESH, STATE
from warpath.codebook import Codebook
from warpath.store import Store

COUNTRIES = ["USA", "RUS", "UKR", "CHN", "GBR", "FRA", "DEU", "ISR", "IRN", "PRK", "KOR", "JPN", "IND", "PAK",
             "TUR", "SYR", "IRQ", "SAU", "EGY", "POL", "BLR", "FIN", "SWE", "NOR", "ITA", "ESP", "BRA", "MEX",
             "CAN", "AUS"] + [f"C{i:02d}" for i in range(120)]
BUSY = [("USA", "RUS"), ("USA", "USA"), ("RUS", "USA"), ("USA", "UKR"), ("RUS", "RUS"), ("UKR", "RUS"),
        ("RUS", "UKR"), ("CHN", "USA")]
CODED = datetime(2025, 1, 1)

GENERATE = """
CREATE OR REPLACE TEMP TABLE happenings AS
SELECT h AS hid,
       CASE WHEN h % 100 = 0 THEN 'USA'
            ELSE $countries[1 + floor(pow(random(), 2.5) * len($countries))::INT] END AS src,
       CASE WHEN h % 100 = 0 THEN 'RUS'
            ELSE $countries[1 + floor(pow(random(), 2.5) * len($countries))::INT] END AS tgt,
       $codes[1 + floor(random() * len($codes))::INT] AS code,
       DATE '2015-01-01' + floor(random() * 3653)::INT AS day,
       1 + floor(-ln(1 - random()) * 1.6)::INT AS reports,
       CASE WHEN random() < 0.05 THEN 'intent' ELSE 'asserted' END AS modality
FROM range($happenings) t(h);

CREATE OR REPLACE TEMP TABLE gen AS
SELECT hid, r, src, tgt, code, day,
       CASE WHEN modality = 'asserted' AND r % 5 = 4 THEN 'reported' ELSE modality END AS modality,
       'Outlet ' || ((hash(hid) + r * 7919) % 500) AS outlet
FROM (SELECT *, unnest(range(reports)) AS r FROM happenings)
LIMIT $events;

INSERT INTO articles (id, date, source, origin, title, text, words, ingested_at, coded_at, coder_version)
SELECT DISTINCT 'a' || md5(outlet || day)[1:15], day, outlet, 'bench', outlet || ' on ' || day,
       'Generated article of ' || outlet || ' on ' || day || '.', 6, $coded, $coded, 'bench' FROM gen ORDER BY day;

INSERT INTO events (id, article_id, idx, source_text, source_code, target_text, target_code, cameo_code, cameo_root,
                    cameo_name, goldstein, quad_class, date_start, date_end, date_from, modality, sentence,
                    evidence_start, evidence_end, evidence_text, confidence)
SELECT 'e' || hid || '-' || r, 'a' || md5(outlet || day)[1:15], hid % 1000, src, src || 'GOV', tgt, tgt, code,
       c.root, c.name, c.goldstein, c.quad, day, day, 'time_expression', modality, 0, 0, 0,
       src || ' officials ' || lower(c.name) || ' ' || tgt, 0.9
FROM gen JOIN codebook c USING (code) ORDER BY day, outlet, hid, r;

INSERT INTO cluster_members
SELECT 'e' || hid || '-' || r, 'e' || hid || '-0',
       row_number() OVER (ORDER BY day, 'a' || md5(outlet || day)[1:15], hid % 1000, 'e' || hid || '-' || r),
       'a' || md5(outlet || day)[1:15], outlet, day, $coded, src, tgt, code, c.root, c.name, c.goldstein, c.quad,
       modality, 0, day, day, day, day, NULL, NULL, NULL, NULL, false, 1, 1
FROM gen JOIN codebook c USING (code) ORDER BY day, outlet, hid, r;
"""


def generate(path: Path, events: int) -> None:
    book = Codebook.load()
    codes = [c for c in book.codes.values() if len(c.code) >= 3]
    weights = {"01": 12, "02": 6, "03": 3, "04": 8, "05": 4, "06": 2, "07": 2, "08": 2, "11": 4, "12": 2, "13": 2,
               "17": 1, "19": 2}
    pool = [c.code for c in codes for _ in range(weights.get(c.root, 1))]
    params = {"countries": COUNTRIES, "codes": pool, "happenings": int(events / 2.0), "events": events,
              "coded": CODED}
    with Store(path) as store:
        con = store.con
        con.execute("CREATE OR REPLACE TEMP TABLE codebook (code VARCHAR, root VARCHAR, name VARCHAR, "
                    "goldstein DOUBLE, quad INTEGER)")
        con.executemany("INSERT INTO codebook VALUES (?, ?, ?, ?, ?)",
                        [(c.code, c.root, c.name, c.goldstein, c.quad_class) for c in codes])
        with store.transaction() as con:
            for statement in GENERATE.split(";\n"):
                if statement.strip():
                    con.execute(statement, {k: v for k, v in params.items() if f"${k}" in statement})
            con.execute("CREATE OR REPLACE TEMP TABLE _touched AS SELECT DISTINCT cluster_id FROM cluster_members")
            con.execute(REFRESH, {"precise": 7})
            # Stored in date order, as a news archive coded as it comes in would be.
            con.execute("CREATE TEMP TABLE _sorted AS SELECT * FROM event_clusters ORDER BY day, cluster_id")
            con.execute("DELETE FROM event_clusters")
            con.execute("INSERT INTO event_clusters SELECT * FROM _sorted")
            con.execute("INSERT OR REPLACE INTO analysis_state VALUES (?, ?)", [STATE, CODED])
        con.execute("CHECKPOINT")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def slow_requests(n: int, seed: int = 11) -> list[tuple[str, str]]:
    """Filters that scan every event's text or article: outlet and text search."""
    rng = random.Random(seed)
    return [(kind, f"/api/events?limit=50&{kind}={value}") for kind, value in
            [("outlet", f"Outlet+{rng.randrange(500)}") for _ in range(n)] +
            [("q", rng.choice(["bomb", "aerial", "consult", "praise", "ceasefire"])) for _ in range(n)]]


def requests(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """(kind, path) of ``n`` requests, every one a different query."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        src, tgt = rng.choice(BUSY)
        page = f"limit=50&offset={50 * rng.randrange(20)}"
        if rng.random() < 0.6:
            year = rng.randrange(2015, 2025)
            month = rng.randrange(1, 13)
            filters = rng.choice([
                "", f"dyad={src}-{tgt}", f"dyad={src}-{tgt}&quad={rng.randint(1, 4)}",
                f"actor={src}&root={rng.choice(['01', '04', '19', '05'])}",
                f"start={year}-{month:02d}-01&end={year}-{month:02d}-28",
                f"modality={rng.choice(['intent', 'reported'])}&start={year}-01-01&end={year}-12-31",
            ])
            out.append(("events", f"/api/events?{page}&{filters}"))
        elif rng.random() < 0.5:
            year = rng.randrange(2015, 2025)
            out.append(("timeline by day, one year",
                        f"/api/timelines/{src}-{tgt}?by=day&start={year}-01-01&end={year}-12-31"))
        else:
            out.append(("timeline by week, ten years",
                        f"/api/timelines/{src}-{tgt}?by=week&start=2015-01-01&end=2024-12-31"))
    return out


SEEN: set[str] = set()


class Connection:
    """One keep-alive HTTP/1.1 connection that sends GETs and reads whole responses.

    A load generator on the server's own two cores takes CPU from the server: httpx spends
    about 1 ms of CPU per request, this about a tenth of that, so the figures measure the server."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
        length = {k.lower(): v for k, v in headers.items()}.get("content-length")
        if length is None:
            raise SystemExit(f"no content-length in the response to {path}")
        return status, await self.reader.readexactly(int(length))

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


class HttpxConnection:
    """The same with httpx (``--client httpx``), the load generator of the first measurements."""

    def __init__(self, base: str) -> None:
        self.http = httpx.AsyncClient(base_url=base, timeout=60)

    async def get(self, path: str) -> tuple[int, bytes]:
        response = await self.http.get(path)
        return response.status_code, response.content

    async def close(self) -> None:
        await self.http.aclose()


async def drive(base: str, plan: list[tuple[str, str]], clients: int, use_httpx: bool = False
                ) -> dict[str, list[float]]:
    """Send every request of ``plan`` with ``clients`` concurrent connections; latencies by kind.

    The server keeps timelines, pages of events and event counts until the next write, so a
    request sent a second time is a cache hit: those are also counted apart ("repeat")."""
    queue: asyncio.Queue[tuple[str, str]] = asyncio.Queue()
    for item in plan:
        queue.put_nowait(item)
    times: dict[str, list[float]] = {}
    failures: list[str] = []
    host, port = base.removeprefix("http://").rsplit(":", 1)

    async def client() -> None:
        http = HttpxConnection(base) if use_httpx else Connection(host, int(port))
        try:
            while not queue.empty():
                kind, path = queue.get_nowait()
                kinds = [kind, f"{kind} ({'repeat' if path in SEEN else 'first time'})"]
                if kind.startswith("timeline"):
                    kinds = kinds[1:]
                SEEN.add(path)
                t = time.perf_counter()
                status, body = await http.get(path)
                elapsed = time.perf_counter() - t
                if status != 200:
                    failures.append(f"{status} {path}: {body[:200]!r}")
                for k in (*kinds, "all"):
                    times.setdefault(k, []).append(elapsed)
        finally:
            await http.close()

    await asyncio.gather(*(client() for _ in range(clients)))
    if failures:
        raise SystemExit(f"{len(failures)} requests failed, first: {failures[0]}")
    return times


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of process ``pid`` so far (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_ready(base: str, process: subprocess.Popen, limit: float = 120.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"warpath serve exited with {process.returncode}")
        try:
            if httpx.get(base + "/api/status", timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    raise SystemExit("warpath serve did not answer in time")


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--clients", default="1,5,10,20", help="concurrent clients, comma-separated")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--client", choices=("raw", "httpx"), default="raw",
                        help="load generator: raw HTTP/1.1 on asyncio streams (light) or httpx")
    parser.add_argument("--db", type=Path, default=None, help="keep the generated database here (reused if present)")
    args = parser.parse_args()
    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory(prefix="warpath-bench-")
        args.db = Path(tmp.name) / "bench.duckdb"
    if not args.db.exists():
        t = time.perf_counter()
        generate(args.db, args.events)
        print(f"Generated in {time.perf_counter() - t:.0f} s.")
    with Store(args.db, read_only=True) as store:
        n_events, n_clusters, n_articles = store.query(
            "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_clusters), "
            "(SELECT count(*) FROM articles)")[0]
    print(f"{n_events:,} events in {n_clusters:,} clusters, {n_articles:,} articles; "
          f"database {args.db.stat().st_size / 1e9:.1f} GB.")

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    exe = Path(sys.executable).with_name("warpath")
    log = tempfile.TemporaryFile()
    server = subprocess.Popen([str(exe), "serve", "--db", str(args.db), "--port", str(port), "--quiet"],
                              stdout=subprocess.DEVNULL, stderr=log, env={**os.environ, "NO_COLOR": "1"})
    try:
        try:
            wait_ready(base, server)
        except SystemExit:
            log.seek(0)
            print(log.read().decode(errors="replace"), file=sys.stderr)
            raise
        httpx.get(base + "/", timeout=600)  # the overview the server computes on start, out of the way
        asyncio.run(drive(base, requests(100, seed=1), 10))  # warm-up: the OS page cache, the thread pool
        sweep = [int(c) for c in args.clients.split(",")]
        results = []
        for i, clients in enumerate(sweep):
            n = args.requests if clients == max(sweep) else args.requests // 5
            t, server_cpu, client_cpu = time.perf_counter(), cpu_seconds(server.pid), time.process_time()
            times = asyncio.run(drive(base, requests(n, seed=100 + i), clients, args.client == "httpx"))
            results.append((clients, n, time.perf_counter() - t, times, (cpu_seconds(server.pid) - server_cpu) / n,
                            (time.process_time() - client_cpu) / n))
        slow = asyncio.run(drive(base, slow_requests(10), 1))
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    print(f"\n{os.cpu_count()} cores. CPU per request, server (all its threads) and this load generator:\n")
    print("| clients | server CPU | client CPU |\n| ---: | ---: | ---: |")
    for clients, _, _, _, server_cpu, client_cpu in results:
        print(f"| {clients} | {server_cpu * 1000:.1f} ms | {client_cpu * 1000:.1f} ms |")
    print("\nLatency by concurrent clients:\n")
    print("| clients | requests/s | request | n | p50 | p95 | p99 |\n| ---: | ---: | --- | ---: | ---: | ---: | ---: |")
    for clients, n, wall, times, _, _ in results:
        for kind in sorted(times, key=lambda k: (k == "all", k)):
            v = times[kind]
            rate = f"{n / wall:,.0f}" if kind == "all" else ""
            print(f"| {clients} | {rate} | {kind} | {len(v):,} | {pct(v, 50) * 1000:,.0f} ms | "
                  f"{pct(v, 95) * 1000:,.0f} ms | {pct(v, 99) * 1000:,.0f} ms |")
    print("\nFilters that scan every event, one client at a time (not in the mix above):\n")
    print("| events filter | n | p50 | max |\n| --- | ---: | ---: | ---: |")
    for kind in ("outlet", "q"):
        v = slow[kind]
        print(f"| {kind} | {len(v)} | {pct(v, 50) * 1000:,.0f} ms | {max(v) * 1000:,.0f} ms |")
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    sys.exit(main())
