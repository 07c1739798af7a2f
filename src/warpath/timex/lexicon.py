"""Words of the time-expression grammar: numbers, calendar names, units.

Each table maps a lower-cased word to what it means; ``alt`` and ``cap_alt``
turn a table's keys into regex alternations for the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]

WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
    "friday": 5, "saturday": 6, "sunday": 7,
}  # fmt: skip
"""ISO weekday numbers, as TIMEX3 writes them (XXXX-WXX-2 is a Tuesday)."""

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}  # fmt: skip

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "mid-afternoon": "AF", "midafternoon": "AF",
    "mid afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "dawn": "MO", "daybreak": "MO", "dusk": "EV",
}  # fmt: skip

TIME_UNITS = frozenset({"second", "minute", "hour"})

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
VAGUE_QUANTITIES = ("a few", "a couple of", "a couple", "several", "few", "many", "some")
"""Quantities that give a TIMEX3 ``X`` amount (``PXY``); ``a couple`` reads as 2."""

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip

FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    # Only names that mean one date everywhere: "Independence Day" or "Labour Day" do not.
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
    "valentine's day": (2, 14), "bastille day": (7, 14), "armistice day": (11, 11),
    "veterans day": (11, 11), "may day": (5, 1),
}  # fmt: skip
NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    # name: (month, ISO weekday, n-th); US holidays whose names other countries do not share
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "martin luther king day": (1, 1, 3),
}  # fmt: skip
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2,
}
"""Holidays a fixed number of days from Western Easter Sunday."""

_NUMBER_WORD = re.compile(r"[a-z]+")


def _alternatives(words: Iterable[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)  # longest first: "may day" before "may"
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any blank run."""
    return f"(?:{_alternatives(words)})"


def cap_alt(words: Iterable[str]) -> str:
    """Like :func:`alt`, but only Capitalised or UPPER-CASE forms match.

    Used for month and weekday names inside patterns compiled case-insensitively,
    so that "may" or "march" as verbs are left alone.
    """
    forms = {f(w) for w in words for f in (str.capitalize, str.upper)}
    return f"(?-i:{_alternatives(forms)})"


ONES_RE = alt(ONES)
TENS_RE = alt(TENS)
_DIGIT_WORD_RE = alt(k for k, v in ONES.items() if 0 < v < 10)
CARDINAL_WORD_RE = rf"(?:{TENS_RE}(?:[\s-]{_DIGIT_WORD_RE})?|{ONES_RE}|hundred|thousand)"
NUMBER_RE = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s+\d/\d)?"
    rf"|(?:a|one)\s+hundred|{CARDINAL_WORD_RE}(?:\s+hundred)?"
)
QUANTITY_RE = rf"(?:{NUMBER_RE}|{alt(VAGUE_QUANTITIES)}|an?)"


def unit_word(text: str) -> str:
    """The singular unit word of a unit as written: "Centuries" -> "century"."""
    t = text.lower()
    if t.startswith("centur"):
        return "century"
    if t.startswith("millenni"):
        return "millennium"
    return t[:-1] if t.endswith("s") else t


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words; None for vague ones ("several").

    >>> parse_number("twenty-five"), parse_number("5 1/2"), parse_number("a few")
    (25.0, 5.5, None)
    """
    t = " ".join(text.lower().replace("-", " ").split())
    if t in ("a", "an", "one"):
        return 1.0
    if t in ("a couple", "a couple of"):
        return 2.0
    if t in VAGUE_QUANTITIES:
        return None
    digits = re.fullmatch(r"([\d,]+(?:\.\d+)?)(?: (\d)/(\d))?", t)
    if digits:
        value = float(digits.group(1).replace(",", ""))
        if digits.group(2):
            value += int(digits.group(2)) / int(digits.group(3))
        return value
    total = 0
    for word in _NUMBER_WORD.findall(t):
        if word in ONES:
            total += ONES[word]
        elif word in TENS:
            total += TENS[word]
        elif word == "hundred":
            total = max(total, 1) * 100
        elif word == "thousand":
            total = max(total, 1) * 1000
        elif word != "a":
            return None
    return float(total)


def spoken_year(text: str) -> int | None:
    """A year said in words: "nineteen ninety-six", "two thousand four", "twenty twenty-four"."""
    words = _NUMBER_WORD.findall(text.lower().replace("-", " "))
    if words[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(w for w in words[2:] if w != "and") or "zero")
        return None if rest is None else 2000 + int(rest)
    if len(words) < 2 or words[0] not in ("nineteen", "eighteen", "twenty", "seventeen"):
        return None
    century = ONES.get(words[0]) or TENS[words[0]]
    tail = words[1:]
    if tail == ["hundred"]:
        return century * 100
    if tail and tail[0] == "oh":
        tail = tail[1:]
    rest = parse_number(" ".join(tail))
    if rest is None or not 0 <= rest < 100:
        return None
    return century * 100 + int(rest)
