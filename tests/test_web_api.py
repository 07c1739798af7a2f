"""The REST API, in-process (no server), over a small database of hand-made documents."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from warpath.errors import WarpathError
from warpath.web import create_app
from web_fixtures import Client, build_db, make_doc


class FakePipeline:
    """Stands in for warpath.load(): codes 'X attacked Y' sentences by hand."""

    calls = 0

    def pipe(self, articles, keep_parse=True):
        for a in articles:
            FakePipeline.calls += 1
            events = [("UKR", "RUS", "190", "Ukraine", "Ukraine attacked")] if "Ukraine attacked" in a.text else []
            yield make_doc(a.text, a.date, a.source, a.title, events)


@pytest.fixture(scope="module")
def web_db(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("web") / "web.duckdb")


@pytest.fixture(scope="module")
def client(web_db):
    return Client(create_app(web_db, pipeline_factory=FakePipeline))


@pytest.fixture
def writable(web_db, tmp_path):
    """A copy of the database for tests that store."""
    return shutil.copy(web_db, tmp_path / "copy.duckdb")


def error_of(response, status):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()["error"]
    assert body["message"].startswith(f"[{body['code']}] ")
    return body


def test_status_counts_what_the_database_holds(client):
    status = client.get("/api/status").json()
    assert status["articles"] == 14 and status["events"] == 17 and status["clusters"] > 0
    assert status["token_required"] is False


def test_events_are_paginated_with_totals(client):
    first = client.get("/api/events?limit=5").json()
    assert first["total"] == 17 and first["total_exact"] and len(first["items"]) == 5
    rest = client.get("/api/events?limit=50&offset=5").json()
    ids = [e["id"] for e in first["items"] + rest["items"]]
    assert len(ids) == len(set(ids)) == 17
    dates = [e["date"]["interval"][0] for e in first["items"] + rest["items"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("query, expected", [
    ("dyad=UKR-RUS", 13), ("dyad=ukr-rus&quad=4", 3), ("quad=1", 14), ("root=19", 3), ("root=05", 10),
    ("actor=RUS", 17), ("actor=USA", 1), ("modality=asserted", 17), ("modality=negated", 0),
    ("start=2024-11-18&end=2024-11-18", 6), ("start=2024-11-19", 1), ("end=2024-11-02", 2),
    ("outlet=Global+Desk", 3), ("q=FIRED+missiles", 3), ("q=nothing+like+this", 0),
])
def test_event_filters(client, query, expected):
    page = client.get(f"/api/events?{query}").json()
    assert page["total"] == expected == len(page["items"]), query


def test_filters_are_bound_parameters_not_sql(client):
    for query in ("q=%27%20OR%201=1%20--", "outlet=x%27%20OR%20%27a%27=%27a", "q=%25", "q=_"):
        response = client.get(f"/api/events?{query}")
        assert response.status_code == 200 and response.json()["total"] == 0, query


def test_one_event_and_its_article(client):
    event = client.get("/api/events?root=19&limit=1").json()["items"][0]
    assert client.get(f"/api/events/{event['id']}").json() == event
    assert event["cameo"]["code"] == "195" and event["evidence"]["text"].startswith("Ukraine fired")
    article = client.get(f"/api/articles/{event['article_id']}").json()
    start, end = event["evidence"]["start"], event["evidence"]["end"]
    assert article["text"][start:end] == event["evidence"]["text"]
    assert [t["value"] for t in article["times"]] == ["2024-11-18"]
    assert {e["id"] for e in article["events"]} >= {event["id"]}


def test_articles_list_and_search(client):
    page = client.get("/api/articles?limit=3").json()
    assert page["total"] == 14 and len(page["items"]) == 3 and page["items"][0]["date"] == "2024-11-20"
    assert client.get("/api/articles?q=prisoners&limit=100").json()["total"] == 10
    assert client.get("/api/articles?outlet=Meridian+Wire").json()["items"][0]["events"] == 2


def test_clusters_merge_the_three_reports_of_the_strike(client):
    page = client.get("/api/clusters?dyad=UKR-RUS&start=2024-11-18&end=2024-11-18").json()
    assert page["total"] == 1
    strike = page["items"][0]
    assert strike["code"] == "195" and strike["outlets"] == 3 and len(strike["reports"]) == 3


def test_timeline_shows_the_spike(client):
    t = client.get("/api/timelines/UKR-RUS?by=day&start=2024-11-01&end=2024-11-20").json()
    assert t["dyad"] == "UKR-RUS" and len(t["rows"]) == 20
    peak = max(t["rows"], key=lambda r: r["index"])
    assert peak["period"] == "2024-11-18" and peak["index"] > 5 and peak["quad"] == [0, 0, 0, 1]
    weekly = client.get("/api/timelines/UKR-RUS?by=week&start=2024-11-01&end=2024-11-20").json()
    assert [r["period"] for r in weekly["rows"]] == ["2024-10-28", "2024-11-04", "2024-11-11", "2024-11-18"]


def test_alerts_explain_the_spike(client):
    found = client.get("/api/alerts?dyad=UKR-RUS").json()
    jump = next(a for a in found if a["kind"] == "jump")
    assert jump["period"] == "2024-11-18" and "baseline" in jump["explanation"]
    assert jump["drivers"][0]["code"] == "195" and len(jump["drivers"][0]["outlets"]) == 3


def test_dyads_and_network(client):
    dyads = client.get("/api/dyads?start=2024-11-01&end=2024-11-30").json()
    assert dyads[0]["name"] == "UKR-RUS" and 2 <= dyads[0]["clusters"] <= 11  # the praises merge by the merge rule
    net = client.get("/api/network?start=2024-11-01&end=2024-11-30").json()
    assert set(net["nodes"]) == {"UKR", "RUS", "USA"}
    assert {(e["source"], e["target"]) for e in net["edges"]} == {("UKR", "RUS"), ("USA", "RUS")}


def test_openapi_schema_lists_the_api(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/events/{event_id}",
                 "/api/clusters", "/api/timelines/{dyad}", "/api/alerts", "/api/code"):
        assert path in schema["paths"], path
    assert "/" not in schema["paths"]


@pytest.mark.parametrize("url, status, code", [
    ("/api/events/nope", 404, "E076"), ("/api/articles/nope", 404, "E076"), ("/api/nothing", 404, "E082"),
    ("/api/events?quad=7", 422, "E077"), ("/api/events?limit=0", 422, "E077"),
    ("/api/events?start=tomorrow", 422, "E077"),
    ("/api/events?start=2024-11-20&end=2024-11-01", 422, "E077"), ("/api/timelines/U-R-S", 422, "E062"),
    ("/api/events?actor=R%27S", 422, "E065"), ("/api/timelines/UKR-RUS?by=year", 422, "E077"),
])
def test_errors_are_json_with_a_numbered_code(client, url, status, code):
    assert error_of(client.get(url), status)["code"] == code


def test_method_not_allowed_is_json(client):
    assert error_of(client.request("DELETE", "/api/events"), 405)["code"] == "E083"


def test_code_an_article_without_storing_it(client):
    response = client.post("/api/code", json={"text": "Ukraine attacked a depot.", "date": "2024-11-21"})
    assert response.status_code == 200, response.text
    doc = response.json()
    assert doc["stored"] is False and doc["events"][0]["cameo"]["code"] == "190"
    assert client.get(f"/api/articles/{doc['article_id']}").status_code == 404


def test_code_refuses_empty_and_oversized_articles(web_db):
    client = Client(create_app(web_db, pipeline_factory=FakePipeline, max_article_chars=100, max_body=1000,
                               prepare=False))
    assert error_of(client.post("/api/code", json={"text": "  "}), 422)["code"] == "E079"
    assert error_of(client.post("/api/code", json={"text": "x" * 101}), 413)["code"] == "E073"
    assert error_of(client.post("/api/code", json={"text": "x" * 2000}), 413)["code"] == "E072"
    async def chunks():  # streamed, no Content-Length
        for _ in range(20):
            yield b" " * 100

    assert error_of(client.post("/api/code", content=chunks(), headers={"content-type": "application/json"}),
                    413)["code"] == "E072"
    assert error_of(client.post("/api/code", json={"text": "ok", "extra": 1}), 422)["code"] == "E077"


def test_storing_on_loopback_without_a_token(writable):
    client = Client(create_app(writable, pipeline_factory=FakePipeline))
    doc = client.post("/api/code?store=true", json={"text": "Ukraine attacked a depot near Belgorod.",
                                                    "date": "2024-11-21", "source": "Test Wire"}).json()
    assert doc["stored"] is True
    stored = client.get(f"/api/articles/{doc['article_id']}").json()
    assert stored["events"][0]["cameo"]["code"] == "190" and stored["source"] == "Test Wire"
    assert client.get("/api/status").json()["events"] == 18
    # the clusters were brought up to date with the write: the timeline counts the new event
    rows = client.get("/api/timelines/UKR-RUS?start=2024-11-21&end=2024-11-21").json()["rows"]
    assert rows[0]["quad"][3] == 1


def test_storing_needs_the_token_when_there_is_one(writable):
    client = Client(create_app(writable, token="s3cret", pipeline_factory=FakePipeline, host="0.0.0.0"),
                    base_url="http://203.0.113.5:8000")
    body = {"text": "Ukraine attacked a depot.", "date": "2024-11-21"}
    assert error_of(client.post("/api/code?store=true", json=body), 401)["code"] == "E074"
    assert error_of(client.post("/api/code?store=true", json=body, headers={"Authorization": "Bearer nope"}),
                    403)["code"] == "E075"
    assert client.post("/api/code", json=body).status_code == 200  # coding alone writes nothing
    ok = client.post("/api/code?store=true", json=body, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200 and ok.json()["stored"] is True
    assert client.get("/api/status").json()["token_required"] is True


def test_no_public_address_without_a_token(web_db):
    for host in ("0.0.0.0", "192.168.1.10", "::", "example.org"):
        with pytest.raises(WarpathError) as caught:
            create_app(web_db, host=host, prepare=False)
        assert caught.value.code == "E071"
    for host in ("127.0.0.1", "127.0.0.2", "::1", "localhost"):
        create_app(web_db, host=host, prepare=False)


def test_serve_refuses_a_public_address_without_a_token(web_db):
    result = subprocess.run([sys.executable, "-m", "warpath", "serve", "--db", str(web_db), "--host", "0.0.0.0"],
                            capture_output=True, text=True, timeout=60, env={"WARPATH_TOKEN": "", "PATH": ""})
    assert result.returncode == 2 and "[E071]" in result.stderr


def test_serve_refuses_a_missing_database(tmp_path):
    result = subprocess.run([sys.executable, "-m", "warpath", "serve", "--db", str(tmp_path / "none.duckdb")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "[E070]" in result.stderr and not (tmp_path / "none.duckdb").exists()


def test_other_hosts_and_cross_site_writes_are_refused(client):
    assert error_of(client.get("/api/status", headers={"host": "evil.example"}), 400)["code"] == "E080"
    body = {"text": "Ukraine attacked.", "date": "2024-11-21"}
    refused = client.post("/api/code?store=true", json=body, headers={"origin": "https://evil.example"})
    assert error_of(refused, 403)["code"] == "E081"
    assert client.post("/api/code", json=body, headers={"origin": "http://testserver"}).status_code == 200


def test_plotly_is_served_from_the_installed_package(client):
    from warpath.web.app import plotly_js

    response = client.get("/static/plotly.min.js")
    assert response.status_code == 200 and response.content == plotly_js().read_bytes()
    page = client.get("/").text
    assert 'src="/static/plotly.min.js"' in page and "cdn" not in page.lower() and "https://" not in page


def test_security_headers(client):
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
