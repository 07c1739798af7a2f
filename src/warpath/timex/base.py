"""What the rule modules share: the :class:`Rule` record, the per-document
:class:`Context` and the regex fragments several rules build on."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from . import lexicon as lx
from .granules import DATE, Resolution
from .prefilter import required_strings

Handler = Callable[[re.Match[str], "Context"], Resolution | None]


@dataclass(frozen=True)
class Rule:
    """A pattern for one family of expressions and the handler that normalises a match.

    The pattern's whole match is the expression's span; the handler returns None
    to drop a match it cannot read (a "May" that is a name, a Feb. 30).
    """

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    needs: frozenset[str] | None = None
    """Folded strings one of which any match contains (:mod:`.prefilter`); None: the rule always runs."""


def registry(rules: list[Rule]) -> Callable[[str], Callable[[Handler], Handler]]:
    """A decorator that compiles ``pattern`` (case-insensitive) and adds the rule to ``rules``."""

    def on(pattern: str) -> Callable[[Handler], Handler]:
        compiled = re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)

        def add(handler: Handler) -> Handler:
            rules.append(Rule(handler.__name__, compiled, handler, required_strings(compiled)))
            return handler

        return add

    return on


_ANAPHORA_UNITS = ("day", "month", "quarter", "year")
"""The granularities a later expression can refer back to, finest first."""
_REFERENCE_UNIT = {
    "day": "day", "night": "day", "week": "day", "weekend": "day", "fortnight": "day", "month": "month",
    "quarter": "quarter",
}  # fmt: skip
"""The coarsest named granularity that can anchor a unit ("the following week" needs a day)."""
_COORDINATION = re.compile(r"\s*(?:,\s*)?(?:and|or|to|through|until|till|-|\u2013|/)?\s*(?:on\s+|in\s+)?")


@dataclass
class Context:
    """One document being tagged: its text, publication date and what was said so far."""

    text: str
    dct: date | None
    tense_at: Callable[[int, int], str | None]
    quarter: Resolution | None = None
    """The quarter an earnings report is about, for "a year earlier" (that quarter a year before)."""
    previous: tuple[int, int] | None = None
    """The span of the expression read just before this one."""
    _tenses: dict[tuple[int, int], str | None] = field(default_factory=dict)
    _named: dict[str, tuple[int, date]] = field(default_factory=dict)
    """For each granularity in _ANAPHORA_UNITS: (mention number, first day) of the latest date so named."""
    _mentions: int = 0

    def remember(self, res: Resolution) -> None:
        """Note a date the text names, for a later "that day", "the following year", "two months later"."""
        if res.type != DATE or res.interval is None or res.value.endswith("_REF"):
            return
        if res.granularity in _ANAPHORA_UNITS:
            self._mentions += 1
            self._named[res.granularity] = (self._mentions, res.interval[0])

    def last_named(self, granularity: str) -> date | None:
        """The first day of the latest date named with exactly this granularity ("that quarter")."""
        named = self._named.get(granularity)
        return named[1] if named else None

    def reference_date(self, unit: str) -> date | None:
        """The first day of the latest date named at least as finely as ``unit``, else the dct.

        "That day" needs a day named before; "that year" may take its year from a
        day, a month or a year.
        """
        finer = _ANAPHORA_UNITS[: _ANAPHORA_UNITS.index(_REFERENCE_UNIT.get(unit, "year")) + 1]
        named = [self._named[g] for g in finer if g in self._named]
        return max(named)[1] if named else self.dct

    def tense(self, m: re.Match[str]) -> str | None:
        """The tense around the match; coordinated expressions share one ("Monday and Tuesday")."""
        key = m.span()
        if key not in self._tenses:
            prev = self.previous
            if prev in self._tenses and _COORDINATION.fullmatch(self.text, prev[1], key[0]):  # type: ignore[index]
                self._tenses[key] = self._tenses[prev]  # type: ignore[index]
            else:
                self._tenses[key] = self.tense_at(*key)
        return self._tenses[key]

    def note_quarter(self, res: Resolution) -> None:
        """Make ``res`` the quarter the text is about if it is the current or a recent one.

        Earnings reports name the quarter they report, then compare with "the
        year-ago quarter" or "the 1988 second quarter"; those older ones are
        comparisons and do not change the subject.
        """
        if res.interval is None or self.dct is None:
            return
        if res.interval[0] <= self.dct and (self.dct - res.interval[1]).days <= 200:
            self.quarter = res

    def before(self, m: re.Match[str], chars: int = 30) -> str:
        """The text just before the match (for checks such as "is it a name?")."""
        return self.text[max(0, m.start() - chars) : m.start()]

    def after(self, m: re.Match[str], chars: int = 30) -> str:
        return self.text[m.end() : m.end() + chars]


# Fragments shared by the rule modules. Month and weekday names only match
# Capitalised or UPPER-CASE, so "may" and "march" as verbs are left alone.
MONTH = lx.cap_alt(lx.MONTHS)
FULL_MONTH = lx.cap_alt(lx.FULL_MONTHS)
ABBR_DOT = r"(?<!uary)(?<!arch)(?<!pril)(?<!May)(?<!June)(?<!July)(?<!gust)(?<!mber)(?<!ober)\."
"""The period after an abbreviated month ("Nov."), which a full name never takes ("in May.")."""
WEEKDAY = lx.cap_alt(lx.WEEKDAYS)
ORDINAL_WORD = lx.alt(lx.ORDINALS)
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
UNIT = (
    r"(?:second|minute|hour|day|night|weekend|week|fortnight|month|quarter|year|decade)s?"
    r"|centur(?:y|ies)|millenni(?:um|a)"
)
APPROX = lx.alt(
    [
        "about", "around", "approximately", "roughly", "nearly", "almost", "some", "more than",
        "less than", "fewer than", "at least", "at most", "up to", "over", "under", "no more than",
        "no less than", "well over", "close to", "upwards of", "a little over", "a little more than",
        "just over", "just under", "the better part of",
    ]
)  # fmt: skip
"""Modifiers that TimeML keeps inside a duration ("nearly two years"); "only", "just" and
"within" stay outside, as does "over" before "the" ("over the past year")."""
SPOKEN_YEAR = (
    rf"(?:(?:nineteen|eighteen)[\s-](?:hundred|{lx.TENS_RE}(?:[\s-]{lx.ONES_RE})?|(?:oh[\s-])?{lx.ONES_RE})"
    rf"|twenty[\s-](?:{lx.TENS_RE}(?:[\s-]{lx.ONES_RE})?|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    rf"sixteen|seventeen|eighteen|nineteen)|two\s+thousand(?:\s+(?:and\s+)?{lx.ONES_RE})?)"
)
YEAR = r"(?:1[0-9]|20)\d\d"
EDGE = r"(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of"
""""the end of", "the beginning of"... (mapped to a third of the interval)."""

_EDGE_PART = {
    "end": "late", "close": "late", "beginning": "early", "start": "early", "turn": "early", "middle": "mid",
}  # fmt: skip
_TEMPORAL_PREPOSITIONS = frozenset(
    "in on since until till by from of through during before after last this next early late mid "
    "between and to or around about the".split()
)
_NAME_OK = frozenset(
    "In On By Since Until From Through During Before After Last This Next Early Late Mid And Of The "
    "Between Till Or To Around About Every Each".split()
)
_NAME_HEAD = re.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Tribune|Observer|Mail|Independent|Sport|"
    r"Agreement|Accords?|Offensive|Uprising|Massacre|War|Group|Club|Show|Night\s+Live)\b"
)
_NAME_MODIFIER = re.compile(r"\b(?:Bloody|Black|Super|Cyber|Ash|Palm|Holy|Maundy|Shrove|Good|Easter)\s+$")


def part_of_name(ctx: Context, m: re.Match[str]) -> bool:
    """Whether a day's name is part of a proper name: "The Sunday Times", "Bloody Sunday",
    "the Good Friday Agreement", "the Six-Day War"."""
    return bool(_NAME_HEAD.match(ctx.after(m, 14)) or _NAME_MODIFIER.search(ctx.before(m, 10)))


def edge_part(text: str | None) -> str | None:
    """"the end of" -> "late", "mid-" -> "mid", "early" -> "early"; None when absent."""
    if not text:
        return None
    t = text.lower()
    for word, part in _EDGE_PART.items():
        if word in t:
            return part
    for part in ("early", "mid", "late"):
        if part in t:
            return part
    return None


def previous_word(ctx: Context, m: re.Match[str]) -> str:
    words = ctx.before(m, 24).split()
    return words[-1] if words else ""


def after_preposition(ctx: Context, m: re.Match[str]) -> bool:
    """Whether the word before the match is a temporal preposition ("in May")."""
    return previous_word(ctx, m).lower().strip(",") in _TEMPORAL_PREPOSITIONS


def follows_name(ctx: Context, m: re.Match[str]) -> bool:
    """Whether the match follows a capitalised word that is not sentence-initial: "Theresa May"."""
    before = ctx.before(m, 40)
    words = before.split()
    if not words or before[-1:] not in (" ",):
        return False
    word = words[-1]
    if not word[:1].isupper() or word in _NAME_OK or not word.isalpha():
        return False
    # A capitalised word after a sentence end is a sentence start, not a name.
    prior = before[: len(before) - len(word) - 1].rstrip()
    return bool(prior) and prior[-1] not in ".!?\"'`\n"
