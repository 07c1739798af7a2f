"""The dashboard's pages, in-process, over a small database of hand-made documents; and the highlighter."""

from __future__ import annotations

import re

import pytest

from warpath.web import create_app
from warpath.web.highlight import Span, document_spans, highlight
from web_fixtures import Client, assert_inert, build_db, corpus


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = build_db(tmp_path_factory.mktemp("pages") / "pages.duckdb")
    return Client(create_app(db, pipeline_factory=lambda: pytest.fail("no pipeline needed")))


def page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.text[:500])
    assert response.headers["content-type"].startswith("text/html")
    assert_inert(response.text, url)
    return response.text


def links(html: str, pattern: str) -> list[str]:
    return [h.replace("&amp;", "&") for h in re.findall(r'href="([^"]+)"', html) if re.search(pattern, h)]


def test_overview_shows_the_index_chart_dyads_and_alerts(client):
    html = page(client, "/")
    assert 'data-plot="overview-index"' in html and "UKR-RUS" in html
    assert "jump" in html and "Ukraine fired missiles at Russian territory" in html
    for by in ("week", "month"):
        assert "escalation index" in page(client, f"/?by={by}")


def test_overview_to_dyad_to_period_to_event_to_article(client):
    overview = page(client, "/")
    dyad = next(h for h in links(overview, r"^/dyads/UKR-RUS") if "period=2024-11-18" in h)
    dyad_page = page(client, dyad)
    assert "Events of 2024-11-18" in dyad_page and dyad_page.count('class="event-link"') == 3
    event = links(dyad_page, r"^/events/")[0]
    event_page = page(client, event)
    assert "Employ aerial weapons" in event_page and "Reports of the same happening (3)" in event_page
    article = links(event_page, r"^/articles/.*\?event=")[0]
    article_page = page(client, article)
    selected = re.findall(r'<mark class="([^"]*selected[^"]*)"[^>]*>([^<]*)</mark>', article_page)
    assert "".join(text for _, text in selected) == "Ukraine fired missiles at Russian territory"
    assert all("evidence" in classes for classes, _ in selected)
    event_id = event.split("/")[-1]
    assert f'id="ev-{event_id}"' in article_page


def test_dyad_page_lists_periods_and_alerts(client):
    html = page(client, "/dyads/UKR-RUS?by=day&start=2024-11-01&end=2024-11-20")
    assert 'data-plot="dyad-index"' in html and 'data-plot="dyad-quad"' in html
    assert html.count('class="period-link"') >= 2 and "2024-11-18" in html
    assert "week" in page(client, "/dyads/UKR-RUS?by=week")
    assert "RUS (all targets)" in page(client, "/dyads/RUS")


def test_events_page_filters_and_paginates(client):
    html = page(client, "/events?dyad=UKR-RUS&quad=4")
    assert html.count("Ukraine fired missiles") == 3 and "praised" not in html
    first = page(client, "/events?limit=5")
    assert "1&ndash;5 of 17" in first
    older = links(first, r"offset=5")[0]
    assert "6&ndash;10 of 17" in page(client, older)
    assert "0 found" in page(client, "/events?q=nothing+like+this")
    assert 'selected>Meridian Wire' in page(client, "/events?outlet=Meridian+Wire")


def test_articles_pages(client):
    html = page(client, "/articles")
    assert "14 articles" in html and "Strike reported by Global Desk" in html
    assert "10 articles" in page(client, "/articles?q=prisoners")


def test_article_page_marks_actors_times_and_evidence(client):
    article = links(page(client, "/articles?q=Meridian"), r"^/articles/[0-9a-f]")[0]
    html = page(client, article)
    assert re.search(r'<mark class="actor evidence" title="[^"]*actor UKR[^"]*">Ukraine</mark>', html)
    assert re.search(r'<mark class="time" title="time 2024-11-18[^"]*">on Monday</mark>', html)
    assert 'href="https://example.org/strike"' in html


def test_network_page_draws_actors_and_arcs(client):
    html = page(client, "/network?start=2024-11-01&end=2024-11-30")
    assert html.count("<circle") == 3 and html.count("<path") == 2
    assert "/events?dyad=UKR-RUS" in html.replace("&amp;", "&")
    assert "No events" in page(client, "/network?start=2020-01-01&end=2020-01-31")


def test_code_page_form(client):
    html = page(client, "/code")
    assert '<form class="code-form" method="post" action="/code">' in html and 'name="store"' in html
    assert 'name="token"' not in html


def test_missing_things_and_bad_parameters_are_pages(client):
    assert "E076" in page(client, "/events/nope", 404)
    assert "E076" in page(client, "/articles/nope", 404)
    assert "E082" in page(client, "/nowhere", 404)
    assert "E077" in page(client, "/events?start=yesterday", 422)
    assert "E062" in page(client, "/dyads/A-B-C", 422)


def test_highlight_escapes_every_piece():
    text = 'A <b>"x" & \'y\'</b> B'
    html = highlight(text, [Span(2, 18, "evidence", 'say "hi" <now>', "ev-1")])
    assert html == ('A <span class="anchor" id="ev-1"></span>'
                    '<mark class="evidence" title="say &#34;hi&#34; &lt;now&gt;">'
                    "&lt;b&gt;&#34;x&#34; &amp; &#39;y&#39;&lt;/b&gt;</mark> B")


def test_highlight_nests_actors_and_times_inside_evidence():
    text = "Ukraine struck Russia on Monday."
    spans = [Span(0, 31, "evidence", "e", selected=True), Span(0, 7, "actor", "a"), Span(22, 31, "time", "t")]
    html = str(highlight(text, spans))
    assert html.startswith('<mark class="actor evidence selected" title="e\na">Ukraine</mark>')
    assert '<mark class="evidence selected" title="e"> struck Russia </mark>' in html
    assert html.endswith('<mark class="evidence selected time" title="e\nt">on Monday</mark>.')


def test_highlight_ignores_spans_outside_the_text():
    assert highlight("abc", [Span(2, 9, "actor", "x"), Span(-1, 1, "time", "y")]) == "abc"


def test_document_spans_cover_every_layer():
    doc = corpus()[-2]
    kinds = sorted(s.kind for s in document_spans(doc))
    assert kinds == ["actor", "actor", "evidence", "evidence", "time"]
