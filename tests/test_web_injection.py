"""Untrusted text stays text: script and attribute-injection payloads go through ingest, coding, the store
and every page and API response, and come out escaped (HTML) or as JSON data (API), never as markup."""

from __future__ import annotations

import json
import re
from datetime import date
from urllib.parse import quote

import pytest

from warpath.batch import run
from warpath.ingest import IngestOptions
from warpath.store import Store
from warpath.web import create_app
from web_fixtures import Client, assert_inert, build_db, corpus, make_doc

SCRIPT = "<script>alert(1)</script>"
ATTR = '" onmouseover="alert(1)'
BREAKOUT = "'><img src=x onerror=alert(1)>"
PAYLOADS = (SCRIPT, ATTR, BREAKOUT, "</script><script>alert(2)</script>", "javascript:alert(1)")
RAW = (SCRIPT, "<img", "onmouseover=\"", "</script><script>")
"""What must never appear in a page as it was sent."""

ARTICLE = (f"Ukraine fired missiles at Russia on Monday {SCRIPT} and {ATTR} near {BREAKOUT}. "
           f"Russia condemned Ukraine {SCRIPT}.")


def hostile_docs():
    docs = corpus()
    doc = make_doc(ARTICLE, date(2024, 11, 19), f"Outlet {SCRIPT}", f"Title {ATTR} {BREAKOUT}",
                   [("UKR", "RUS", "195", "Ukraine", f"Ukraine fired missiles at Russia on Monday {SCRIPT}"),
                    ("RUS", "UKR", "111", "Russia", f"Russia condemned Ukraine {SCRIPT}")],
                   times=[("on Monday", date(2024, 11, 18))], url="javascript:alert(1)")
    for e in doc.events:  # every free-text field of an event
        e.source.text, e.target.text = f"Ukraine {ATTR}", BREAKOUT
        e.predicate, e.date.text, e.location.text = SCRIPT, ATTR, BREAKOUT
    doc.actors[0].name = SCRIPT
    odd = make_doc(f"{BREAKOUT} struck {SCRIPT}.", date(2024, 11, 18), ATTR, SCRIPT,
                   [("'><IMG", "<SCRIPT>", "190", BREAKOUT, f"{BREAKOUT} struck {SCRIPT}")])
    return docs + [doc, odd]


class EchoPipeline:
    """Codes a pasted article by hand, echoing its text into the evidence."""

    def pipe(self, articles, keep_parse=True):
        for a in articles:
            yield make_doc(a.text, a.date, a.source, a.title, [("UKR", "RUS", "190", "Ukraine", a.text.strip())])


def urls_of(client):
    """Every page and API response of the app over this database, payloads in the parameters too."""
    events = client.get("/api/events?limit=500").json()["items"]
    articles = client.get("/api/articles?limit=500").json()["items"]
    dyads = {f"{c['source']}-{c['target']}" for c in client.get("/api/clusters?limit=500&all=true").json()["items"]
             if c["source"] and c["target"]}
    q = {p: quote(p, safe="") for p in PAYLOADS}
    urls = ["/", "/?by=week", "/?by=month", "/events", "/articles", "/network?start=2024-11-01&end=2024-11-30",
            "/code", "/api/status", "/api/events?limit=500", "/api/articles?limit=500", "/api/clusters?all=true",
            "/api/alerts", "/api/dyads?start=2024-11-01&end=2024-11-30", "/api/network?start=2024-11-01&end=2024-11-30",
            "/openapi.json"]
    for p in q.values():
        urls += [f"/events?q={p}", f"/events?outlet={p}", f"/events?actor={p}", f"/events?dyad={p}",
                 f"/events?start={p}", f"/articles?q={p}&outlet={p}", f"/dyads/{p}", f"/events/{p}",
                 f"/articles/{p}", f"/{p}", f"/api/events?q={p}", f"/api/events/{p}", f"/api/timelines/{p}",
                 f"/dyads/UKR-RUS?period={p}", f"/?by={p}"]
    for e in events:
        urls += [f"/events/{quote(e['id'], safe='')}", f"/api/events/{quote(e['id'], safe='')}"]
    for a in articles:
        urls += [f"/articles/{a['id']}", f"/api/articles/{a['id']}"]
        urls += [f"/articles/{a['id']}?event={quote(e['id'], safe='')}" for e in events if e["article_id"] == a["id"]]
    for d in dyads:
        urls += [f"/dyads/{quote(d, safe='')}?period=2024-11-18", f"/api/timelines/{quote(d, safe='')}",
                 f"/events?dyad={quote(d, safe='')}"]
    for e in events:
        outlet = quote(e["outlet"] or "", safe="")
        urls += [f"/events?outlet={outlet}", f"/articles?outlet={outlet}"]
    return sorted(set(urls))


def check_response(response, url):
    kind = response.headers["content-type"]
    assert response.headers["x-content-type-options"] == "nosniff"
    if kind.startswith("application/json"):
        json.loads(response.text)  # data, served as JSON: inert in a browser
        return
    assert kind.startswith("text/html"), (url, kind)
    page = response.text
    for raw in RAW:
        assert raw not in page, (url, raw)
    assert_inert(page, url)


def crawl(client):
    seen = 0
    escaped = False
    for url in urls_of(client):
        response = client.get(url)
        assert response.status_code in (200, 404, 422), (url, response.status_code, response.text[:300])
        check_response(response, url)
        escaped |= "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
        seen += 1
    assert escaped, "the payloads were never shown at all"
    return seen


def post_code(client):
    form = {"text": ARTICLE, "date": "2024-11-19", "title": SCRIPT, "source": ATTR, "store": "on"}
    response = client.post("/code", data=form)
    assert response.status_code == 200, response.text[:500]
    check_response(response, "POST /code")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
    api = client.post("/api/code?store=true", json={"text": ARTICLE, "date": "2024-11-19", "title": BREAKOUT,
                                                    "source": SCRIPT, "url": "javascript:alert(1)"})
    assert api.status_code == 200 and api.headers["content-type"].startswith("application/json")
    assert SCRIPT in api.json()["text"]  # the API returns the text as data, unchanged


def test_payloads_in_stored_articles_come_out_inert_everywhere(tmp_path):
    db = build_db(tmp_path / "hostile.duckdb", hostile_docs())
    client = Client(create_app(db, pipeline_factory=EchoPipeline))
    assert crawl(client) > 80
    post_code(client)
    assert crawl(client) > 80  # and again, with the pasted articles stored


def test_the_article_page_shows_the_payload_as_text(tmp_path):
    db = build_db(tmp_path / "hostile.duckdb", hostile_docs())
    client = Client(create_app(db, pipeline_factory=EchoPipeline))
    article = next(a for a in client.get("/api/articles?limit=100").json()["items"] if a["title"].startswith("Title"))
    html = client.get(f"/articles/{article['id']}").text
    assert "Title &#34; onmouseover=&#34;alert(1) &#39;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert re.search(r'<mark class="evidence" title="[^"<>]*">[^<]*&lt;script&gt;alert\(1\)&lt;/script&gt;</mark>',
                     html)
    assert "javascript:" not in html  # a non-http URL is not linked


@pytest.mark.model
def test_payloads_through_real_ingest_and_coding(tmp_path, nlp):
    """The full path: a hostile file is ingested and coded by the real pipeline, then every page is read."""
    source = tmp_path / "hostile.txt"
    source.write_text(f"date 2024-11-22\ntitle: {SCRIPT} {ATTR}\nsource: {BREAKOUT}\nurl: javascript:alert(1)\n\n"
                      f"KYIV - Ukraine fired missiles at Russia on Tuesday, officials said {SCRIPT}. "
                      f"Russian troops attacked Ukrainian positions near {BREAKOUT} on Wednesday. "
                      f"President Zelensky {ATTR} urged Western allies to send more air defence.", encoding="utf-8")
    db = tmp_path / "hostile.duckdb"
    with Store(db) as store:
        summary = run([str(source)], IngestOptions(), store=store, pipeline=nlp)
    assert summary.new == 1
    client = Client(create_app(db, pipeline_factory=lambda: nlp))
    assert client.get("/api/status").json()["events"] >= 2
    crawl(client)
    post_code(client)
    crawl(client)
