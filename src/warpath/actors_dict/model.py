"""The entries an actor dictionary holds, and how names are normalised.

Dates follow one convention everywhere: ``start`` is the first day a code
applies, ``end`` the first day it no longer does (a half-open interval), so a
handover day belongs to the incoming holder: Trump is ``USAGOV`` until
``2021-01-20`` and ``USAELI`` from it. ``None`` leaves that side open.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

_SPACE = re.compile(r"\s+")
# Hyphens and dashes count as spaces: "Ki-moon" = "Ki moon", "Al-Sisi" = "Al Sisi".
_DASHES = re.compile(r"[\-\u2010\u2011\u2012\u2013\u2014\u2212_]+")
_APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u2018\u201b\u02bc\u02bb`\u00b4\u2032"})
_NO_PLURAL = re.compile(r"(s|x|z|sh|ch|ese)$")
_CONSONANT_Y = re.compile(r"[^aeiou]y$")
# The Arabic article as it is transliterated: "Omar El Bashir" = "Omar al-Bashir".
_ARTICLE = re.compile(r"(?<!\S)el(?!\S)")

ACTOR_CODE = re.compile(r"^(---|[A-Z0-9]{3})([A-Za-z0-9*]{3})*$")
"""A CAMEO actor code: a country (or ``---``, ``IGO``, ``NGO``...) then 3-letter parts."""


def normalise_name(text: str) -> str:
    """The key names are indexed and looked up by.

    Accents dropped (``Erdoğan`` = ``Erdogan``), case folded, curly and
    backtick apostrophes made ``'``, hyphens, dashes and underscores made
    spaces, whitespace collapsed, the Arabic article "el" written "al".
    """
    t = text
    if not t.isascii():  # (plain ASCII, most names, has no accents to drop)
        t = unicodedata.normalize("NFKD", t)
        t = "".join(c for c in t if not unicodedata.combining(c))
    t = _SPACE.sub(" ", _DASHES.sub(" ", t.translate(_APOSTROPHES))).strip().casefold()
    return _ARTICLE.sub("al", t) if "el" in t else t


def exact_form(text: str) -> str:
    """The key of a case-sensitive alias (``=WHO`` in the data): whitespace only."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def plural(noun: str) -> str:
    """The regular English plural of a (possibly multi-word) noun's last word, or of the word before its "of"
    ("head of state" -> "heads of state")."""
    if " of " in noun:
        first, _, rest = noun.partition(" of ")
        return f"{plural(first)} of {rest}"
    head, _, last = noun.rpartition(" ")
    low = last.lower()
    if low.endswith("man") and low not in {"german", "human", "ottoman", "shaman"}:
        word = last[:-3] + "men"
    elif low.endswith("person"):
        word = last[:-6] + "people"
    elif low == "child":
        word = last + "ren"
    elif _CONSONANT_Y.search(low):
        word = last[:-1] + "ies"
    elif re.search(r"(s|x|z|sh|ch)$", low):
        word = last + "es"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


def singulars(noun: str) -> list[str]:
    """Candidate singulars of a plural noun, most likely first (for lookups)."""
    out: list[str] = []
    if noun.endswith("people"):
        out.append(noun[:-6] + "person")
    if noun.endswith("men"):
        out.append(noun[:-3] + "man")
    if noun.endswith("ies"):
        out.append(noun[:-3] + "y")
    if noun.endswith("es"):
        out.append(noun[:-2])
    if noun.endswith("s") and not noun.endswith("ss"):
        out.append(noun[:-1])
    return out


def demonym_plural(word: str) -> str | None:
    """``Ukrainian`` -> ``Ukrainians``; ``None`` for ``Chinese``, ``British``, ``Swiss``..."""
    if not word or not word[-1].isalpha() or _NO_PLURAL.search(word.lower()):
        return None
    return word + "s"


def parse_iso(value: str) -> date | None:
    """``YYYY-MM-DD`` to a date; ``None`` for an empty value; ``ValueError`` otherwise."""
    value = value.strip()
    if not value:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise ValueError(value)  # the value itself, for the message


@dataclass(frozen=True)
class ActorEntry:
    """One code a named actor carries over one period.

    ``source`` says where it was read (``leaders.csv:214``), so a wrong code
    can be traced to its line.
    """

    name: str
    code: str
    start: date | None = None
    end: date | None = None
    role: str | None = None
    source: str = ""

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, day: date) -> bool:
        """True when the code applies on ``day`` (``start <= day < end``)."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    @property
    def role_dates(self) -> tuple[date | None, date | None]:
        """``(start, end)`` in the form :class:`warpath.document.Actor` stores."""
        return (self.start, self.end)


@dataclass(frozen=True)
class AgentEntry:
    """A sector noun: ``troops`` -> ``MIL``.

    ``prefix`` is True for Phoenix ``[NGO~]`` codes, which go before the
    actor's code instead of after it.
    """

    noun: str
    code: str
    prefix: bool = False
    note: str | None = None
    source: str = ""

    def apply(self, actor: str | None) -> str:
        """The full code for this agent of ``actor``: ``USA`` + ``GOV`` = ``USAGOV``.

        With no actor (``"the troops"``) the country part is ``---``.
        """
        base = actor or "---"
        return self.code + base if self.prefix else base + self.code


@dataclass(frozen=True)
class Country:
    """A country or territory: its CAMEO code and the words that name it."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    capital: str | None = None
    metonyms: tuple[tuple[str, str], ...] = ()
    """(word, sector) pairs: ``("Kremlin", "GOV")``, ``("Kyiv", "")``."""


@dataclass(frozen=True)
class Igo:
    """An international organisation (or international NGO) and its CAMEO code."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()
