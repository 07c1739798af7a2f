"""Rules for expressions relative to the publication date or to a date named
earlier: "yesterday", "Tuesday night", "last week", "earlier this year",
"two days ago", "a year earlier", "the following month"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import anchor
from . import granules as g
from . import lexicon as lx
from .base import (
    APPROX,
    EDGE,
    PART_OF_DAY,
    UNIT,
    WEEKDAY,
    Context,
    Rule,
    edge_part,
    follows_name,
    part_of_name,
    registry,
)
from .granules import DATE, TIME, Resolution
from .tense import FUTURE, PAST

RULES: list[Rule] = []
on = registry(RULES)

_DEICTIC_DAYS = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}
_POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _pod_code(text: str | None) -> str | None:
    if not text:
        return None
    t = text.lower().replace(" ", "-")
    return lx.PARTS_OF_DAY.get(t) or lx.PARTS_OF_DAY.get(t.replace("-", ""))


def _on_day(ctx: Context, offset: int, pod: str | None, kind: str = DATE) -> Resolution:
    """The day ``offset`` days from the dct, optionally a part of it (a TIME)."""
    if ctx.dct is None:
        value = "XXXX-XX-XX" + (f"T{pod}" if pod else "")
        return g.unknown(value, "partofday" if pod else "day", TIME if pod else kind)
    d = ctx.dct + timedelta(days=offset)
    return g.part_of_day(d, pod) if pod else g.day(d)


@on(
    rf"(?:(?P<pre_pod>mid-?afternoon|(?:early|late)\s+{PART_OF_DAY})\s+)?(?:(?:early|late|earlier|later)\s+)?"
    rf"(?P<word>today|tonight|tomorrow|yesterday)(?:\s+(?P<pod>{PART_OF_DAY}))?"
)
def deictic_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"yesterday", "late yesterday", "tomorrow morning", "tonight", "mid-afternoon yesterday"."""
    word = m.group("word").lower()
    if m.group("word") == "Today" and follows_name(ctx, m):
        return None  # "VOA Today", a programme
    pod = _pod_code(m.group("pod")) or _pod_code(m.group("pre_pod").split()[-1] if m.group("pre_pod") else None)
    if word == "tonight":
        pod = "NI"
    return _on_day(ctx, _DEICTIC_DAYS[word], pod)


@on(r"the\s+day\s+(?P<rel>before\s+yesterday|after\s+tomorrow)")
def day_before_yesterday(m: re.Match[str], ctx: Context) -> Resolution | None:
    return _on_day(ctx, -2 if "yesterday" in m.group("rel").lower() else 2, None)


@on(rf"(?:(?:early|late|earlier|later)\s+)?(?P<rel>this|last|tomorrow|yesterday)\s+(?P<pod>{PART_OF_DAY})")
def this_morning(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"this morning" (2024-11-22TMO), "last night", "later this afternoon"."""
    offset = {"this": 0, "tomorrow": 1}.get(m.group("rel").lower(), -1)  # "last night", "yesterday evening"
    return _on_day(ctx, offset, _POD[m.group("pod").lower()])


@on(r"overnight")
def overnight(m: re.Match[str], ctx: Context) -> Resolution | None:
    """The night before the dct (or the coming one in a future clause)."""
    if re.match(r"\s+(?:stays?|trips?|flights?|guests?|hours)\b", ctx.after(m, 10)):
        return None
    return _on_day(ctx, 0 if ctx.tense(m) == FUTURE else -1, "NI")


_WEEKDAY_REL = (
    r"last|this|next|this\s+past|this\s+coming|coming|past|the\s+previous|the\s+following|previous|following"
)


@on(
    rf"(?:(?P<rel>{_WEEKDAY_REL})\s+)?(?:(?:early|late|earlier|later)\s+)?(?P<wd>{WEEKDAY})(?P<plural>s)?"
    rf"(?:\s+(?P<pod>{PART_OF_DAY})(?P<pod_plural>s)?)?"
)
def weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"Friday", "last Tuesday", "Tuesday night", "this coming Monday"; "Sundays" is a SET."""
    if part_of_name(ctx, m):
        return None
    iso = lx.WEEKDAYS[m.group("wd").lower()]
    pod = _POD.get((m.group("pod") or "").lower())
    if m.group("plural") or m.group("pod_plural"):
        if m.group("rel"):
            return None
        return g.unknown(f"XXXX-WXX-{iso}" + (f"T{pod}" if pod else ""), "day", "SET")
    rel = " ".join((m.group("rel") or "").lower().split()).replace("the ", "")
    # "Wednesday's ruling", "Friday's close": a possessive day names something already done.
    tense = PAST if ctx.after(m, 2) in ("'s", "s'") else ctx.tense(m)
    res = anchor.weekday(ctx.dct, iso, tense, rel or None)
    named_day = ctx.last_named("day")
    if rel in ("previous", "following") and named_day is not None:
        res = anchor.weekday(named_day, iso, None, "last" if rel == "previous" else "next")
    if pod and res.interval:
        return g.part_of_day(res.interval[0], pod)
    if pod:
        return g.unknown(f"{res.value}T{pod}", "partofday", TIME)
    return res


_REL_WORDS = (
    r"last|this|next|past|coming|previous|current|the\s+past|the\s+last|the\s+previous|the\s+next|"
    r"the\s+coming|the\s+current|the\s+following|the\s+preceding|the\s+prior|this\s+past|this\s+coming|"
    r"the\s+same|that|that\s+same"
)
_STEP = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}


@on(
    rf"(?:(?P<mod>early|late|mid|earlier|later)[\s-]+(?:in\s+)?|(?P<edge>{EDGE})\s+"
    r"|(?P<rest>the\s+(?:rest|remainder|balance)\s+of)\s+)?"
    rf"(?P<rel>{_REL_WORDS})\s+(?P<unit>week|weekend|month|year|quarter|decade|century|fortnight)(?!-)"
)
def relative_unit(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"last week", "this month", "next year", "the past week", "earlier this year", "that year"."""
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("unit").lower()
    part = edge_part(m.group("mod") or m.group("edge"))
    mod = (m.group("mod") or "").lower()
    if rel in ("that", "the same", "that same", "the following", "the previous", "the preceding", "the prior"):
        return _anaphoric_unit(m, ctx, rel, unit, part)
    if unit == "weekend":
        modifier = rel.replace("the ", "") if rel not in ("the past", "the last") else "last"
        res = anchor.weekend(ctx.dct, modifier, ctx.tense(m))
    elif rel in ("the past", "the last", "this past", "past") and unit not in ("decade", "century"):
        res = anchor.rolling(ctx.dct, unit, -1)
    elif rel in ("the past", "the last", "past"):
        return anchor.anchored_duration(ctx.dct, 1, unit, -1)
    elif rel in ("the next", "the coming"):
        res = anchor.rolling(ctx.dct, unit, 1)
    else:
        res = anchor.relative_unit(ctx.dct, unit, _STEP[rel.split()[-1]])
    if m.group("rest") or mod == "later":
        return g.narrow(res, "after-now", ctx.dct)
    if mod == "earlier":
        return g.narrow(res, "before-now", ctx.dct)
    return g.narrow(res, part) if part else res


def _anaphoric_unit(m: re.Match[str], ctx: Context, rel: str, unit: str, part: str | None) -> Resolution | None:
    """"that year", "the following month", "later that day": relative to the last date named."""
    if unit == "quarter":
        return ctx.quarter if rel in ("that", "the same", "that same") else None
    base = ctx.reference_date(unit)
    if base is None:
        return g.unknown(anchor.placeholder(unit), unit)
    step = {"the following": 1, "the previous": -1, "the preceding": -1, "the prior": -1}.get(rel, 0)
    res = g.unit_of(g.shift(base, unit, step), unit)
    mod = (m.group("mod") or "").lower()
    if mod in ("earlier", "later"):
        return res
    return g.narrow(res, part) if part else res


@on(r"the\s+weekend")
def the_weekend(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"over the weekend": the one just gone in a past clause, the coming one in a future clause."""
    return anchor.weekend(ctx.dct, None, ctx.tense(m))


@on(
    r"the\s+(?P<mods>(?:(?:full|fiscal|calendar|current|latest|entire|whole)[\s-]+)*)year"
    r"(?!\s+(?:\d|two|nineteen|before|after|earlier|later|ago|of\b))"
)
def the_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"the year" (the dct's), "the fiscal year"; "the year ended June 30" is a duration."""
    if re.match(r"\s+(?:ended|ending|to\s+date)\b", ctx.after(m, 12)):
        return g.duration(1, "year")
    return anchor.relative_unit(ctx.dct, "year", -1 if "latest" in m.group("mods").lower() else 0)


@on(
    r"(?:(?:earlier|later)\s+)?(?P<rel>that|that\s+same|the\s+same|the\s+next|the\s+following|the\s+previous"
    r"|the\s+preceding)\s+(?P<unit>day|morning|afternoon|evening|night)"
)
def anaphoric_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"that day", "the next morning", "later that night", "the previous day"."""
    base = ctx.reference_date("day")
    unit = m.group("unit").lower()
    rel = " ".join(m.group("rel").lower().split())
    step = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1}.get(rel, 0)
    pod = _POD.get(unit)
    if base is None:
        return g.unknown("XXXX-XX-XX" + (f"T{pod}" if pod else ""), "day", TIME if pod else DATE)
    d = base + timedelta(days=step)
    return g.part_of_day(d, pod) if pod else g.day(d)


_AGO = rf"(?:{APPROX}\s+)?(?P<q>{lx.QUANTITY_RE})\s+(?:(?:more|full|long)\s+)?"


@on(rf"{_AGO}(?P<unit>{UNIT})(?:\s+or\s+(?:so|two|three|more))?\s+(?P<dir>ago|from\s+now|hence|back)")
def units_ago(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"two days ago" (a day), "six weeks ago" (a week), "three years from now", "several years ago"."""
    amount = lx.parse_number(m.group("q"))
    unit = lx.unit_word(m.group("unit"))
    sign = -1 if m.group("dir").lower() in ("ago", "back") else 1
    if amount is None:
        return g.ref("PAST_REF" if sign < 0 else "FUTURE_REF", ctx.dct)
    if unit == "year" and amount == 1 and sign < 0 and ctx.quarter is not None:
        return anchor.quarter_a_year_before(ctx.quarter)
    return _shifted(ctx.dct, unit, sign * amount)


@on(rf"{_AGO}(?P<unit>(?:month|quarter|year|decade)s?)\s+(?P<dir>earlier|later|(?:before|after)(?=\s*[,.;:]))")
def units_earlier(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"a year earlier" (in an earnings report, the same quarter a year before), "two months later".

    Shorter units ("three days later") are left to the duration rule, as TimeML
    annotates them: a duration and a signal.
    """
    amount = lx.parse_number(m.group("q"))
    unit = lx.unit_word(m.group("unit"))
    sign = -1 if m.group("dir").lower() in ("earlier", "before") else 1
    if amount is None:
        return g.duration(None, unit)
    if unit == "year" and amount == 1 and sign < 0 and ctx.quarter is not None:
        return anchor.quarter_a_year_before(ctx.quarter)
    base = ctx.reference_date(unit) if sign > 0 else ctx.dct
    return _shifted(base, unit, sign * amount)


def _shifted(base: date | None, unit: str, amount: float) -> Resolution:
    granule = _granule_unit(unit)
    if base is None:
        return g.unknown(anchor.placeholder(granule), granule)
    return g.unit_of(g.shift(base, unit, amount), granule)


_GRANULE = {
    "hour": "day", "minute": "day", "second": "day", "night": "day", "decade": "year", "century": "year",
    "millennium": "year", "fortnight": "week",
}  # fmt: skip


def _granule_unit(unit: str) -> str:
    """"two hours ago" is a day; "a decade ago" a year."""
    return _GRANULE.get(unit, unit)


@on(r"(?:the\s+)?year(?:'s)?[\s-]end|(?:the\s+)?end\s+of\s+the\s+(?P<unit>year|month|week)")
def year_end(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"year-end", "the end of the year", "the end of the month"."""
    unit = (m.group("unit") or "year").lower()
    return g.narrow(anchor.relative_unit(ctx.dct, unit, 0), "late")
