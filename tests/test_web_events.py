"""The events table's pages against the plain query, and the server's cached answers after a write."""

from __future__ import annotations

import random
import shutil
from dataclasses import replace
from datetime import date, timedelta

import pytest

from warpath.analysis import Dyad
from warpath.document import EventDate
from warpath.store import Store
from warpath.web import create_app
from warpath.web.queries import EVENT_COLUMNS, EventFilter, list_events
from web_fixtures import Client, build_db, make_doc

COUNTRIES = ["UKR", "RUS", "USA", "CHN"]
CODES = ["010", "020", "051", "190", "195", "130"]
OUTLETS = ["Quiet Wire", "Global Desk", "Meridian Wire"]


def random_corpus(seed: int = 3, articles: int = 120) -> list:
    """Articles over two months with 1-4 events each; many share a day, some have no event date."""
    rng = random.Random(seed)
    docs = []
    for k in range(articles):
        day = date(2024, 10, 1) + timedelta(days=rng.randrange(60))
        events = []
        parts = []
        for i in range(rng.randint(1, 4)):
            src, tgt = rng.choice(COUNTRIES), rng.choice(COUNTRIES)
            word = rng.choice(["shelled", "praised", "warned", "met"])
            phrase = f"{src}{i} {word} {tgt}{i}"
            parts.append(phrase)
            events.append((src + rng.choice(["", "GOV", "MIL"]), tgt, rng.choice(CODES), f"{src}{i}", phrase))
        text = f"Report {k}: " + "; ".join(parts) + "."
        doc = make_doc(text, day, rng.choice(OUTLETS), f"Report {k}", events,
                       modality=rng.choice(["asserted", "reported", "intent"]))
        for j, event in enumerate(doc.events):
            if rng.random() < 0.1:
                doc.events[j] = replace(event, date=EventDate(None, "none", None))
        docs.append(doc)
    return docs


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = build_db(tmp_path_factory.mktemp("events") / "events.duckdb", random_corpus())
    with Store(path, read_only=True) as s:
        yield s


def random_filter(rng: random.Random) -> EventFilter:
    start = date(2024, 10, 1) + timedelta(days=rng.randrange(60))
    choices = [
        EventFilter(),
        EventFilter(dyad=Dyad(rng.choice(COUNTRIES), rng.choice(COUNTRIES))),
        EventFilter(dyad=Dyad(rng.choice(COUNTRIES), rng.choice(COUNTRIES)), quad=rng.randint(1, 4)),
        EventFilter(actor=rng.choice(COUNTRIES), root=rng.choice(["01", "02", "05", "13", "19"])),
        EventFilter(start=start, end=start + timedelta(days=rng.randrange(30))),
        EventFilter(modality=rng.choice(["reported", "intent"]), start=start),
        EventFilter(end=start),
        EventFilter(outlet=rng.choice(OUTLETS)),
        EventFilter(q=rng.choice(["shelled", "praised ukr", "met"])),
    ]
    return rng.choice(choices)


def test_event_pages_equal_the_plain_query(store):
    """Row ids first, then those rows, then their articles: the same rows in the same order as one plain query."""
    cols = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    rng = random.Random(11)
    for _ in range(150):
        flt = random_filter(rng)
        limit, offset = rng.choice([1, 5, 20, 50]), rng.choice([0, 0, 3, 10, 40, 200])
        where, params = flt.where()
        expected = store.query(
            f"SELECT {cols}, a.source, a.title, a.date FROM events e LEFT JOIN articles a ON a.id = e.article_id "
            f"WHERE {where} ORDER BY e.date_start DESC NULLS LAST, e.rowid LIMIT ? OFFSET ?", [*params, limit, offset])
        page = list_events(store, flt, limit, offset)
        assert [tuple(vars(r).values()) for r in page.items] == expected, (flt, limit, offset)


def test_api_pages_equal_the_plain_query(store, tmp_path):
    """The API's pages (remembered after the first time) and totals match the plain query, past the end too."""
    client = Client(create_app(build_db(tmp_path / "api.duckdb", random_corpus()), prepare=False))
    rng = random.Random(5)
    offsets = [0, 3, 40, 200, 240, 260]
    for _ in range(120):
        flt = random_filter(rng)
        limit, offset = rng.choice([1, 5, 20, 50]), rng.choice(offsets)
        where, params = flt.where()
        expected = [r[0] for r in store.query(
            f"SELECT e.id FROM events e WHERE {where} ORDER BY e.date_start DESC NULLS LAST, e.rowid LIMIT ? OFFSET ?",
            [*params, limit, offset])]
        page = client.get(f"/api/events?{flt.query(limit=limit, offset=offset)}").json()
        assert [e["id"] for e in page["items"]] == expected, (flt, limit, offset)
        total = store.query(f"SELECT count(*) FROM events e WHERE {where}", params)[0][0]
        assert page["total"] == total and page["total_exact"]


def test_the_test_store_has_ties_and_missing_dates(store):
    """The equality above means something only if the order has ties to break and NULLs to put last."""
    no_date, tied = store.query("SELECT count(*) FILTER (WHERE date_start IS NULL), "
                                "count(*) - count(DISTINCT date_start) FROM events")[0]
    assert no_date > 10 and tied > 100


def test_cached_answers_follow_a_write(tmp_path):
    """Counts, timelines, pages of events and their articles are kept until the next write, then read again."""
    path = shutil.copy(build_db(tmp_path / "web.duckdb"), tmp_path / "copy.duckdb")

    class Pipeline:
        def pipe(self, articles, keep_parse=True):
            for a in articles:
                yield make_doc(a.text, a.date, a.source, a.title,
                               [("UKR", "RUS", "190", "Ukraine", "Ukraine attacked")])

    client = Client(create_app(path, pipeline_factory=Pipeline))
    timeline = "/api/timelines/UKR-RUS?by=day&start=2024-11-01&end=2024-11-21"
    before = client.get(timeline).json()["rows"]
    assert client.get(timeline).json()["rows"] == before  # from the cache
    page = client.get("/api/events?dyad=UKR-RUS&limit=1").json()
    assert page["total"] == 13 and "from" in page["items"][0]["date"]
    client.post("/api/code?store=true", json={"text": "Ukraine attacked a depot near Belgorod.",
                                              "date": "2024-11-21", "source": "Test Wire"})
    after = client.get(timeline).json()["rows"]
    assert sum(r["quad"][3] for r in after) == sum(r["quad"][3] for r in before) + 1
    page = client.get("/api/events?dyad=UKR-RUS&limit=1").json()
    assert page["total"] == 14 and page["items"][0]["date"]["interval"] == ["2024-11-21", "2024-11-21"]
    assert page["items"][0]["outlet"] == "Test Wire"  # its article too, not a remembered page or article


def test_a_repeated_read_is_answered_whole_until_a_write(tmp_path, monkeypatch):
    """The same GET of the events table or a timeline is answered as the first time (with the guard's
    headers), without the app; errors and other reads are not kept."""
    app = create_app(build_db(tmp_path / "web.duckdb"), prepare=False)
    client, db = Client(app), app.state.db
    urls = ["/api/events?dyad=UKR-RUS&limit=2", "/api/timelines/UKR-RUS?by=day&start=2024-11-01&end=2024-11-21"]
    first = [client.get(u) for u in urls]
    reached = []
    monkeypatch.setattr(db, "peek", lambda *a, **k: reached.append(a) or None)  # what the routes look up
    again = [client.get(u) for u in urls]
    assert reached == []
    for one, two in zip(first, again):
        assert (one.status_code, one.content, one.headers["content-type"]) == \
            (two.status_code, two.content, two.headers["content-type"]) == (200, one.content, "application/json")
        assert two.headers["content-security-policy"] and two.headers["x-frame-options"] == "DENY"
    client.get("/api/events?dyad=UKR-RUS&limit=3")
    assert len(reached) == 1  # another query string is another answer
    assert client.get("/api/events?quad=9").status_code == client.get("/api/events?quad=9").status_code == 422
    assert len(reached) == 1 and len(db._answers) == 3  # the error went to the app twice and was not kept
    with db.write():
        pass
    assert len(db._answers) == 0


def test_the_server_runs_each_query_on_the_threads_set(tmp_path, monkeypatch):
    """WARPATH_WEB_DB_THREADS (default 1: requests run side by side) reaches DuckDB; 0 leaves DuckDB's default."""
    path = build_db(tmp_path / "web.duckdb")

    def threads(app):
        with app.state.db.read() as store:
            return store.query("SELECT current_setting('threads')")[0][0]

    assert threads(create_app(path, prepare=False)) == 1
    monkeypatch.setenv("WARPATH_WEB_DB_THREADS", "0")
    with Store(path, read_only=True) as store:
        default = store.query("SELECT current_setting('threads')")[0][0]
    assert threads(create_app(path, prepare=False)) == default
