"""The typed objects that flow through warpath's pipeline.

An :class:`Article` is what ingest reads. A :class:`Document` wraps one
article and collects the layers each pipeline stage adds: sentences and the
parse, time expressions, actors and events. Offsets always index
``article.text``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Unicode NFC, whitespace collapsed, trimmed: the form ids are made from."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str, source: str | None = None) -> str:
    """A stable id from the article's normalised text and outlet.

    The same text read twice (from a file, a feed or a corpus) gets the same id;
    the same wire story carried by two outlets gets two ids, so corroboration can
    later count outlets.
    """
    key = normalise_text(source or "").casefold() + "\x1f" + normalise_text(text)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass
class Article:
    """One news article as read from its input."""

    text: str
    date: date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str = "-"
    """Where it was read from: a path, ``path:line`` for corpus records, a URL or ``<stdin>``."""
    external_id: str | None = None
    """The id the input gave it (a corpus ``id`` field), echoed on output."""
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.text, self.source)

    @property
    def doc_id(self) -> str:
        """The id shown to users: the input's own id where it had one."""
        return self.external_id or self.id


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class TimeExpression:
    """A time expression normalised against the publication date (TIMEX3 style)."""

    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION or SET
    value: str  # TIMEX3 value: 2024-11-19, 2024-W46-WE, P3D, PAST_REF, XXXX-WXX-2 ...
    interval: tuple[date, date] | None = None
    granularity: str | None = None  # day, week, weekend, month, quarter, season, year, decade, ...
    sentence: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "interval": [d.isoformat() for d in self.interval] if self.interval else None,
            "granularity": self.granularity,
            "sentence": self.sentence,
        }


@dataclass
class Actor:
    """An actor mention with its CAMEO actor code for the article's date."""

    text: str
    start: int
    end: int
    code: str | None
    kind: str = "unknown"  # country, igo, person, agent, pronoun, description, ...
    name: str | None = None  # canonical name from the dictionary
    role_dates: tuple[date | None, date | None] | None = None
    sentence: int | None = None
    antecedent: int | None = None  # index into Document.actors this mention refers to

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "code": self.code,
            "kind": self.kind,
            "name": self.name,
            "role_dates": (
                [d.isoformat() if d else None for d in self.role_dates] if self.role_dates else None
            ),
            "sentence": self.sentence,
        }


@dataclass
class Document:
    """One article and everything the pipeline has learnt about it."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)
    parse: Any = None
    """The spaCy ``Doc`` of the article text, when the parse stage has run."""
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def words(self) -> int:
        return len(self.article.text.split())

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "id": a.doc_id,
            "article_id": a.id,
            "date": a.date.isoformat() if a.date else None,
            "title": a.title,
            "source": a.source,
            "url": a.url,
            "origin": a.origin,
            "sentences": len(self.sentences),
            "words": self.words,
            "actors": [x.to_dict() for x in self.actors],
            "times": [x.to_dict() for x in self.times],
            "events": [x.to_dict() for x in self.events],
            "warnings": list(self.warnings),
        }
