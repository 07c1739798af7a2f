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
    coordinated: int | None = None  # index of the actor whose phrase this one shares ("Hungarian and Romanian officials")

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


MODALITIES = ("asserted", "reported", "intent", "hypothetical", "negated", "demanded")
"""How the text presents an event; only asserted and reported ones count as having happened."""
HAPPENED = frozenset({"asserted", "reported"})


@dataclass
class ActorRef:
    """An event's source, target or attribution: the words and their actor code."""

    text: str
    code: str | None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "code": self.code, "start": self.start, "end": self.end}


@dataclass
class EventDate:
    interval: tuple[date, date] | None
    origin: str  # time_expression (same clause or sentence), context (earlier sentence), publication_date, none
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "interval": [d.isoformat() for d in self.interval] if self.interval else None,
            "from": self.origin,
            "text": self.text,
        }


@dataclass
class Location:
    text: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass
class Evidence:
    sentence: int
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class Event:
    """One coded event: who did what to whom, when, where, how the text presents it, and why we think so."""

    id: str
    source: ActorRef | None
    target: ActorRef | None
    code: str  # CAMEO event code
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover_event: str | None
    plover_mode: str | None
    date: EventDate
    location: Location
    modality: str
    attribution: ActorRef | None
    evidence: Evidence
    confidence: float
    predicate: str = ""  # the words that triggered the code ("launched ... strike")

    @property
    def happened(self) -> bool:
        return self.modality in HAPPENED

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": {"code": self.code, "root": self.root, "name": self.name,
                      "goldstein": self.goldstein, "quad_class": self.quad_class},
            "plover": {"event": self.plover_event, "mode": self.plover_mode},
            "date": self.date.to_dict(),
            "location": self.location.to_dict(),
            "modality": self.modality,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "evidence": self.evidence.to_dict(),
            "confidence": round(self.confidence, 3),
            "predicate": self.predicate,
        }


@dataclass
class Document:
    """One article and everything the pipeline has learnt about it."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    parse: Any = None
    """The spaCy ``Doc`` of the article text, when the parse stage has run."""
    parse_text: str | None = None
    """The text the parser read, where it differs from the article's (a headline re-cased, a dateline
    blanked: the same letters at the same offsets); None where it is the article's."""
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
