"""Hand-built articles and events for the analysis tests: no model, no coder."""

from __future__ import annotations

import itertools
from datetime import date

from warpath.codebook import Codebook
from warpath.document import ActorRef, Article, Document, Event, EventDate, Evidence, Location
from warpath.store import Store

_ids = itertools.count()

D = date(2024, 11, 19)


def day(n: int) -> date:
    """2024-11-``n``."""
    return date(2024, 11, n)


def event(source: str | None = "UKRMIL", target: str | None = "RUS", code: str = "195", *,
          when: tuple[date | None, date | None] | None = (D, D), origin: str = "time_expression",
          modality: str = "asserted", place: str | None = None, country: str | None = None,
          lat: float | None = None, lon: float | None = None, text: str = "Ukraine fired missiles at Russia.",
          sentence: int = 1) -> Event:
    cameo = Codebook.load()[code]
    return Event(
        id=f"ev{next(_ids):05d}", source=ActorRef(source, source) if source else None,
        target=ActorRef(target, target) if target else None, code=code, root=cameo.root, name=cameo.name,
        goldstein=cameo.goldstein, quad_class=cameo.quad_class, plover_event=cameo.plover_event,
        plover_mode=cameo.plover_mode, date=EventDate(when, origin if when else "none"),
        location=Location(place, country, lat, lon), modality=modality, attribution=None,
        evidence=Evidence(sentence, 0, len(text), text), confidence=0.9,
    )


def article(outlet: str | None, published: date | None = D, *events: Event, url: str | None = None) -> Document:
    """An article of ``outlet`` carrying ``events`` (its text made unique so every call is a new article)."""
    text = f"Article {next(_ids)} by {outlet}."
    return Document(Article(text=text, date=published, source=outlet, url=url, origin="test"), events=list(events))


def store_with(*docs: Document, path=":memory:") -> Store:
    store = Store(path)
    store.save_documents(list(docs))
    return store


def clusters_of(store: Store) -> list[tuple]:
    """(cluster id, sorted member event ids) of every cluster, for comparing runs."""
    rows = store.query("SELECT cluster_id, list_sort(list(event_id)) FROM cluster_members GROUP BY cluster_id "
                       "ORDER BY cluster_id")
    return [(cid, tuple(members)) for cid, members in rows]
