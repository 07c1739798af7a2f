"""Rules for named calendar units: dates, months, years, decades, centuries,
seasons and holidays, with or without a year."""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import anchor
from . import granules as g
from . import lexicon as lx
from .base import (
    ABBR_DOT,
    EDGE,
    FULL_MONTH,
    MONTH,
    ORDINAL_WORD,
    SPOKEN_YEAR,
    WEEKDAY,
    YEAR,
    Context,
    Rule,
    after_preposition,
    edge_part,
    follows_name,
    part_of_name,
    registry,
)
from .granules import Resolution

RULES: list[Rule] = []
on = registry(RULES)

_YEAR_PART = lx.alt(
    ["the first half of", "the second half of", "the last half of", "the latter half of", "the first part of",
     "a good part of"]
)  # fmt: skip
_DAY_NUM = rf"(?:[0-3]?\d(?:st|nd|rd|th)?|{ORDINAL_WORD})"
_RELATIVE_YEAR = {"last": -1, "this": 0, "next": 1, "previous": -1, "following": 1}
_NOT_A_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent|per\s*cent|million|billion|trillion|troops|soldiers|people|men|women|"
    r"children|police|officers|workers|employees|members|refugees|civilians|fighters|"
    r"residents|votes|shares|units|homes|houses|vehicles|tons|tonnes|barrels|km|kilomet|miles|"
    r"meters|metres|feet|acres|hectares|points|pounds|dollars|euros|yen|jobs|deaths|cases|seats|"
    r"rounds|rockets|missiles|drones|shells|bombs|prisoners|hostages|militants|rebels|dead|"
    r"wounded|injured|hours|GMT|UTC|local\s+time|[ECMP][SD]T)\b",
    re.IGNORECASE,
)
_NOT_A_YEAR_BEFORE = re.compile(
    r"(?:[$£€#]|\b(?:No|Nos|Flight|Resolution|Room|Route|Highway|Article|Section|Rule|Model|"
    r"page|pages|Boeing|Airbus|Apollo|Unit|Kilometre|Km|km|Division|Brigade|Regiment|Battalion)\.?)\s*$"
)


def _day_number(text: str) -> int:
    t = text.lower()
    return lx.ORDINALS[t] if t in lx.ORDINALS else int(re.sub(r"\D", "", t))


def _year_of(text: str) -> int | None:
    t = text.strip()
    return int(t) if t.isdigit() else lx.spoken_year(t)


def _date_or_none(y: int, m: int, d: int) -> Resolution | None:
    try:
        return g.day(date(y, m, d))
    except ValueError:
        return None


def _month_day(ctx: Context, m: re.Match[str]) -> Resolution | None:
    month = lx.MONTHS[m.group("mon").lower()]
    day = _day_number(m.group("day"))
    if m.group("year"):
        return _date_or_none(int(m.group("year")), month, day)
    weekday = lx.WEEKDAYS[m.group("wd").lower()] if m.group("wd") else None
    return anchor.month_day(ctx.dct, month, day, ctx.tense(m), weekday)


@on(r"(?P<y>\d{4})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?::\d\d)?Z?)?")
def iso_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    res = _date_or_none(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    if res is None or not m.group("h"):
        return res
    return g.clock(date.fromisoformat(res.value), int(m.group("h")), int(m.group("mi")))


@on(r"(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>\d{4})")
def numeric_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    """19/11/2024 and 11/19/2024; when both readings exist, the one nearer the dct."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    readings = [r for r in (_date_or_none(y, b, a), _date_or_none(y, a, b)) if r is not None]
    if m.group("sep") == ".":
        readings = readings[:1]  # 19.11.2024 is day-first
    if len({r.value for r in readings}) > 1:
        if ctx.dct is None:
            return None
        dct = ctx.dct
        readings.sort(key=lambda r: abs((r.interval[0] - dct).days) if r.interval else 0)
    return readings[0] if readings else None


@on(
    rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?:early|late)\s+(?:on\s+)?)?(?P<mon>{MONTH})(?:{ABBR_DOT}\s*|\s+)(?:the\s+)?"
    rf"(?P<day>{_DAY_NUM})(?![\d:,.]\d)(?:,?\s+(?P<year>{YEAR})(?!\d))?"
)
def month_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"Nov. 19", "January 20, 2025", "Monday, Oct. 26", "early on November 19"."""
    day = _day_number(m.group("day"))
    if not 1 <= day <= 31:
        return None
    return _month_day(ctx, m)


@on(
    rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{_DAY_NUM})\s+(?:of\s+)?(?P<mon>{MONTH})(?:{ABBR_DOT})?"
    rf"(?:,?\s+(?P<year>{YEAR})(?!\d))?"
)
def day_month(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"20 January 2025", "the 19th of November"."""
    if not 1 <= _day_number(m.group("day")) <= 31:
        return None
    return _month_day(ctx, m)


@on(
    rf"(?:(?P<edge>early|mid|late|{EDGE})[\s-]+)?"
    rf"(?P<mon>{MONTH})(?:{ABBR_DOT})?,?\s+(?:of\s+)?(?:(?P<year>{YEAR}|{SPOKEN_YEAR})(?!\d)"
    r"|(?P<rel>next|last|this|the\s+following|the\s+previous)\s+year)"
)
def month_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"January 1998", "January next year", "late November 2023"."""
    month = lx.MONTHS[m.group("mon").lower()]
    if m.group("year"):
        y = _year_of(m.group("year"))
        if y is None:
            return None
        res = g.month(y, month)
    else:
        rel = m.group("rel").lower().split()[-1]
        if ctx.dct is None:
            return g.unknown(f"XXXX-{month:02d}", "month")
        res = g.month(ctx.dct.year + _RELATIVE_YEAR[rel], month)
    part = edge_part(m.group("edge"))
    return g.narrow(res, part) if part else res


@on(
    rf"(?:(?P<edge>early|mid|late|{EDGE})[\s-]+)?"
    rf"(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?(?P<mon>{FULL_MONTH})(?!\s*\d)"
)
def month_name(m: re.Match[str], ctx: Context) -> Resolution | None:
    """A month alone, read with the tense: "in March" in November is March this year."""
    name = m.group("mon")
    rel = " ".join((m.group("rel") or "").lower().split())
    if not (m.group("edge") or rel):
        if follows_name(ctx, m) or (name.lower() in ("may", "march") and not after_preposition(ctx, m)):
            return None
        if re.match(r"\s+[A-Z][a-z]", ctx.after(m, 3)) and not after_preposition(ctx, m):
            return None  # "June Carter"
    res = anchor.month(ctx.dct, lx.MONTHS[name.lower()], ctx.tense(m), rel or None)
    part = edge_part(m.group("edge"))
    return g.narrow(res, part) if part else res


@on(
    rf"(?:(?P<edge>early|mid|late|{EDGE}|{_YEAR_PART})[\s-]+"
    rf"|fiscal(?:\s+year)?\s+|FY\s?|(?:the\s+)?(?:post|pre)-)?(?P<year>{YEAR})(?!-?\d|\.\d|,\d)"
)
def year_number(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"1998", "fiscal 1989", "mid-2023", "the end of 1990", "the first half of 2024"."""
    y = int(m.group("year"))
    if _NOT_A_YEAR_AFTER.match(ctx.after(m, 24)) or _NOT_A_YEAR_BEFORE.search(ctx.before(m, 16)):
        return None
    if ctx.dct is not None and y > ctx.dct.year + 60:
        return None
    if y < 1800 and re.match(r"\s*(?:-|to)\s*\d", ctx.after(m, 6)):
        return None  # "1200 to 1500"
    edge = (m.group("edge") or "").lower()
    if "half" in edge:
        return g.half(y, 1 if "first" in edge else 2)
    res = g.year(y)
    part = edge_part(edge)
    return g.narrow(res, part) if part else res


@on(rf"(?:the\s+year\s+)?(?P<year>{SPOKEN_YEAR})")
def spoken_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"nineteen ninety-six", "the year two thousand" (broadcast transcripts)."""
    if not m.group(0).lower().startswith(("nineteen", "eighteen", "the year")) and not after_preposition(ctx, m):
        return None
    y = lx.spoken_year(m.group("year"))
    return g.year(y) if y else None


@on(
    rf"(?:the\s+)?(?:(?P<edge>early|mid|late)[\s-]+)?(?:(?P<digits>(?:1[0-9]|20)\d)0'?s|'(?P<short>\d)0'?s|"
    rf"(?P<word>{lx.alt(lx.DECADE_WORDS)}))"
)
def decade(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"the 1990s" (value 199), "the early '80s", "the nineties"."""
    if m.group("word") and not m.group(0).lower().startswith("the"):
        return None
    if m.group("digits"):
        digits = m.group("digits")
        if digits.endswith("0") and digits != "200" and not m.group("edge"):
            return g.century(int(digits[:2]))  # "the 1900s"
        res = g.decade(int(digits) * 10)
    else:
        tens = int(m.group("short")) if m.group("short") else lx.DECADE_WORDS[m.group("word").lower()]
        base = 1900 if ctx.dct is None or tens * 10 > ctx.dct.year % 100 else 2000
        res = g.decade(base + tens * 10)
    part = edge_part(m.group("edge"))
    return g.narrow(res, part) if part else res


@on(rf"(?:the\s+)?(?:(?P<edge>early|mid|late)[\s-]+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})[\s-]+century")
def century(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"the 20th century" has value 19."""
    n = m.group("n").lower()
    index = lx.ORDINALS[n] if n in lx.ORDINALS else int(n[:-2])
    res = g.century(index - 1)
    part = edge_part(m.group("edge"))
    return g.narrow(res, part) if part else res


@on(
    r"(?:(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+past|the)\s+)?(?:(?P<edge>early|mid|late)[\s-]+)?"
    rf"(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>{YEAR}|{SPOKEN_YEAR})(?!\d))?"
)
def season(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"last summer", "this spring", "the winter of 1994", "fall" (after "in"/"the" only)."""
    name = m.group("season").lower()
    rel = " ".join((m.group("rel") or "").lower().split())
    bare = not (rel or m.group("edge") or m.group("year"))
    if bare and (follows_name(ctx, m) or re.match(r"\s+[A-Z]", ctx.after(m, 2))):
        return None  # "Arab Spring", "Summer Olympics"
    if bare and name == "spring" and not after_preposition(ctx, m):
        return None  # "a spring", "spring into action"
    if name == "fall" and rel in ("", "the") and not (m.group("year") or m.group("edge")):
        if not (rel and after_preposition(ctx, m)) or ctx.after(m, 4).startswith(" of"):
            return None  # "prices fall", "the fall of Saigon"
    code = lx.SEASONS[name]
    if m.group("year"):
        y = _year_of(m.group("year"))
        res = g.season(y, code) if y else None
    else:
        modifier = {"the past": "last", "the": None}.get(rel, rel or None)
        res = anchor.season(ctx.dct, code, ctx.tense(m), modifier)
    part = edge_part(m.group("edge"))
    return g.narrow(res, part) if res and part else res


_HOLIDAY_NAMES = list(lx.FIXED_HOLIDAYS) + list(lx.NTH_WEEKDAY_HOLIDAYS) + list(lx.EASTER_HOLIDAYS)


@on(rf"(?:(?P<rel>last|this|next)\s+)?(?P<name>{lx.alt(_HOLIDAY_NAMES)})(?:,?\s+(?P<year>{YEAR})(?!\d))?")
def holiday(m: re.Match[str], ctx: Context) -> Resolution | None:
    """Holidays with a computable date: Christmas, Easter, Thanksgiving..."""
    name = " ".join(m.group("name").lower().split())
    if not m.group("name")[0].isupper() or part_of_name(ctx, m):
        return None  # "the Good Friday Agreement"
    if m.group("year"):
        return g.day(_holiday_date(name, int(m.group("year"))))
    if ctx.dct is None:
        return None
    days = [g.day(_holiday_date(name, ctx.dct.year + k)) for k in (-1, 0, 1)]
    rel = (m.group("rel") or "").lower()
    if rel == "last":
        return [d for d in days if d.interval and d.interval[0] < ctx.dct][-1]
    if rel == "next":
        return next(d for d in days if d.interval and d.interval[0] > ctx.dct)
    return anchor.nearest(days, ctx.dct, ctx.tense(m))


def _holiday_date(name: str, y: int) -> date:
    if name in lx.FIXED_HOLIDAYS:
        return date(y, *lx.FIXED_HOLIDAYS[name])
    if name in lx.EASTER_HOLIDAYS:
        return _easter(y) + timedelta(days=lx.EASTER_HOLIDAYS[name])
    month, weekday, n = lx.NTH_WEEKDAY_HOLIDAYS[name]
    return _nth_weekday(y, month, weekday, n)


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> date:
    first = date(y, month, 1)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))


def _easter(y: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g_ = (b - f + 1) // 3
    h = (19 * a + b - d - g_ + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day_ = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, month, day_ + 1)
