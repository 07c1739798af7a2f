"""Small warpath databases for the web tests, built from hand-made documents (no model), and an ASGI client.

Not a test module: ``test_web_*.py`` import it.
"""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx

from warpath.codebook import Codebook
from warpath.document import (Actor, ActorRef, Article, Document, Event, EventDate, Evidence, Location, Sentence,
                              TimeExpression)
from warpath.store import Store

BOOK = Codebook.load()


def make_doc(text: str, day: date, source: str, title: str, events: list[tuple[str, str | None, str, str, str]],
             times: list[tuple[str, date]] = (), modality: str = "asserted", url: str | None = None) -> Document:
    """A coded document: ``events`` are (source code, target code, CAMEO code, source words, evidence words),
    each found in ``text``; ``times`` are (words, the day they mean)."""
    doc = Document(Article(text=text, date=day, title=title, source=source, url=url, origin="test"))
    doc.sentences = [Sentence(0, 0, len(text), text)]
    for words, when in times:
        start = text.index(words)
        doc.times.append(TimeExpression(words, start, start + len(words), "DATE", when.isoformat(), (when, when),
                                        "day", 0))
    for i, (src, tgt, code, src_words, evidence) in enumerate(events):
        start = text.index(evidence)
        a = text.index(src_words)
        doc.actors.append(Actor(src_words, a, a + len(src_words), src, "country", None, None, 0))
        c = BOOK[code]
        when = times[0][1] if times else day
        doc.events.append(Event(
            id=f"{doc.article.id}-{i}", source=ActorRef(src_words, src, a, a + len(src_words)),
            target=ActorRef(tgt, tgt) if tgt else None, code=code, root=c.root, name=c.name,
            goldstein=c.goldstein, quad_class=c.quad_class, plover_event=c.plover_event, plover_mode=c.plover_mode,
            date=EventDate((when, when), "time_expression" if times else "publication_date",
                           times[0][0] if times else None),
            location=Location(), modality=modality, attribution=None,
            evidence=Evidence(0, start, start + len(evidence), evidence), confidence=0.8, predicate=code))
    return doc


def corpus() -> list[Document]:
    """Three weeks of UKR-RUS news: cooperation talk, then a strike reported by three outlets on 18 November."""
    docs = []
    first = date(2024, 11, 1)
    for k in range(10):
        day = first + timedelta(days=k)
        text = f"Ukraine praised Russia for the exchange of prisoners number {k} on {day:%d %B}."
        docs.append(make_doc(text, day, "Quiet Wire", f"Exchange {k}", [("UKR", "RUS", "051", "Ukraine",
                                                                         "Ukraine praised Russia")]))
    for outlet in ("Eastern Ledger", "Global Desk", "Meridian Wire"):
        text = (f"KYIV - Ukraine fired missiles at Russian territory on Monday, {outlet} reported. "
                "Officials in Moscow said Russia would respond.")
        docs.append(make_doc(text, date(2024, 11, 19), outlet, f"Strike reported by {outlet}",
                             [("UKR", "RUS", "195", "Ukraine", "Ukraine fired missiles at Russian territory"),
                              ("RUS", None, "010", "Officials in Moscow", "Officials in Moscow said")],
                             times=[("on Monday", date(2024, 11, 18))], url="https://example.org/strike"))
    text = "The United States urged Russia to stop the attacks."
    docs.append(make_doc(text, date(2024, 11, 20), "Global Desk", "Appeal",
                         [("USA", "RUS", "020", "The United States", "The United States urged Russia")]))
    return docs


def build_db(path: Path, docs: list[Document] | None = None) -> Path:
    with Store(path) as store:
        store.save_documents(docs if docs is not None else corpus())
    return path


class Client:
    """Calls an ASGI app in-process through httpx (no server), one event loop per request."""

    def __init__(self, app: Any, base_url: str = "http://testserver") -> None:
        self.app = app
        self.base_url = base_url

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        async def call() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app, raise_app_exceptions=False)
            async with httpx.AsyncClient(transport=transport, base_url=self.base_url) as http:
                return await http.request(method, url, **kwargs)
        return asyncio.run(call())

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)


ALLOWED_SCRIPTS = {"/static/plotly.min.js", "/static/app.js"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def assert_inert(page: str, where: str = "") -> None:
    """No markup in ``page`` can run script: only our own scripts and JSON data blocks, no event-handler
    attributes, no javascript: links, no images, frames or objects."""
    parser = _Tags()
    parser.feed(page)
    for tag, attrs in parser.tags:
        names = dict(attrs)
        assert tag not in ("img", "iframe", "frame", "object", "embed", "base"), f"{where}: <{tag} {attrs}>"
        if tag == "script":
            assert names.get("src") in ALLOWED_SCRIPTS or names.get("type") == "application/json", f"{where}: {attrs}"
        for name, value in attrs:
            assert not name.lower().startswith("on"), f"{where}: <{tag}> has attribute {name}={value!r}"
            if name in ("href", "src", "action") and value:
                assert not value.strip().lower().startswith(("javascript:", "data:", "vbscript:")), f"{where}: {value}"
