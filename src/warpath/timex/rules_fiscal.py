"""Rules for quarters and half-years, the periods of earnings reports:
"the third quarter", "Q3 2024", "the first half of 1990", "the quarter",
"the year-ago period", "year-earlier"."""

from __future__ import annotations

import re

from . import anchor
from . import granules as g
from . import lexicon as lx
from .base import ABBR_DOT, MONTH, YEAR, Context, Rule, registry
from .granules import Resolution
from .tense import PAST

RULES: list[Rule] = []
on = registry(RULES)

_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_YEAR_SHIFT = {"last year": -1, "next year": 1, "this year": 0}
_PREFIX = (
    r"(?:(?:the|this)\s+(?!\w+-quarter))?"  # "the third quarter" but "third-quarter" (an adjective)
    rf"(?:(?:(?:this|last|next)\s+year's|{YEAR}(?:'s)?|year-(?:ago|earlier)|fiscal|flat|calendar|"
    r"comparable|latest|current|same|strong|weak|disappointing)[\s-]+){0,3}"
)
_ENDED = re.compile(rf"\s+(?:ended|ending|that\s+ended)\s+(?P<mon>{MONTH})(?:{ABBR_DOT})?\s+(?P<day>\d{{1,2}})\b")


def _year_ago(text: str) -> bool:
    return "year-ago" in text or "year-earlier" in text


@on(
    rf"{_PREFIX}(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarters?"
    rf"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<year>{YEAR})(?!\d)|(?P<rel>this|last|next)\s+year))?"
)
def ordinal_quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"the third quarter", "third-quarter", "the 1988 second quarter", "next year's first quarter"."""
    text = " ".join(m.group(0).lower().split())
    q = _ORDINAL[m.group("ord").lower()]
    years = re.findall(rf"\b{YEAR}\b", text)
    shift = next((s for phrase, s in _YEAR_SHIFT.items() if phrase in text), None)
    if years:
        res = g.quarter(int(years[-1]), q)
    elif ctx.dct is None:
        return g.unknown(f"XXXX-Q{q}", "quarter")
    elif shift is not None:
        res = g.quarter(ctx.dct.year + shift, q)
    else:
        res = anchor.quarter(ctx.dct, q, ctx.tense(m))
    if _year_ago(text):
        return anchor.quarter_a_year_before(res)
    ctx.note_quarter(res)
    return res


@on(
    rf"(?-i:Q)(?P<q>[1-4])(?:\s*|[/-])(?P<year>{YEAR})?|(?P<year2>{YEAR})[\s/-]?(?-i:Q)(?P<q2>[1-4])"
    rf"|(?P<q3>[1-4])(?-i:Q)(?:\s*(?P<year3>{YEAR}))?"
)
def q_quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"Q3 2024", "2024 Q3", "3Q"."""
    q = int(m.group("q") or m.group("q2") or m.group("q3"))
    year_text = m.group("year") or m.group("year2") or m.group("year3")
    res = g.quarter(int(year_text), q) if year_text else anchor.quarter(ctx.dct, q, ctx.tense(m))
    ctx.note_quarter(res)
    return res


@on(
    rf"(?:the\s+)?(?P<which>first|second|last|latter|back|front)\s+(?:half|two\s+quarters)"
    rf"(?:\s+of\s+(?:(?P<year>{YEAR})|(?P<rel>this|last|next|the)\s+year))?"
)
def half_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"the first half of 1990", "the second half", "first two quarters of 1990"."""
    h = 1 if m.group("which").lower() in ("first", "front") else 2
    if m.group("year"):
        return g.half(int(m.group("year")), h)
    if not m.group("rel") and "half" not in m.group(0).lower():
        return None
    if ctx.dct is None:
        return g.unknown(f"XXXX-H{h}", "half")
    return g.half(ctx.dct.year + _YEAR_SHIFT.get(f"{m.group('rel')} year".lower(), 0), h)


@on(
    r"(?:the|this|that|its|(?:last|this|next)\s+year's)\s+(?P<mods>(?:(?:latest|most\s+recent|current|recent|"
    rf"just-ended|same|fiscal|comparable|corresponding|year-ago|year-earlier|{YEAR})\s+){{0,3}})"
    r"(?P<what>quarter|period)"
    r"(?:\s+(?P<back>a\s+year\s+(?:ago|earlier)|last\s+year))?"
)
def the_quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"the quarter", "the latest quarter", "this quarter", "the year-ago period", "the 1988 period".

    In an earnings report these mean the quarter being reported (the last recent
    one the text named), or its twin a year before; "the quarter ended Sept. 30"
    is the calendar quarter that ends then.
    """
    text = " ".join(m.group(0).lower().split())
    mods = m.group("mods").lower().split()
    year_mod = next((w for w in mods if w.isdigit()), None)
    is_period = m.group("what").lower() == "period"
    ended = _ENDED.match(ctx.after(m, 24))
    if ended and ctx.dct is not None and not is_period and not _year_ago(text):
        month = lx.MONTHS[ended.group("mon").lower()]
        last_day = anchor.month_day(ctx.dct, month, int(ended.group("day")), PAST)
        if last_day is not None and last_day.interval is not None:
            res = g.unit_of(last_day.interval[0], "quarter")
            ctx.note_quarter(res)
            return res
    if is_period and ctx.quarter is None:
        return g.year(int(year_mod)) if year_mod else None  # "the 1988 period"; else too vague
    if "current" in mods or (text.startswith("this") and ctx.quarter is None):
        return anchor.relative_unit(ctx.dct, "quarter", 0)
    named = ctx.last_named("quarter")
    if text.startswith("that") and named is not None:
        return g.unit_of(named, "quarter")
    res = topic_quarter(ctx)
    if res.interval is None:
        return res
    if year_mod:
        return g.quarter(int(year_mod), int(res.value[-1]))
    if m.group("back") or _year_ago(text) or text.startswith("last year's"):
        return anchor.quarter_a_year_before(res)
    return res


@on(r"(?:comparable\s+)?year-(?:ago|earlier)(?=[\s-])(?!\s+(?:quarter|period))")
def year_ago_adjective(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"year-earlier" as in "compared with year-earlier profit": the topic quarter a year before."""
    if ctx.quarter is not None:
        return anchor.quarter_a_year_before(ctx.quarter)
    return anchor.relative_unit(ctx.dct, "year", -1)


def topic_quarter(ctx: Context) -> Resolution:
    """The quarter the text is about, else the last one finished by the dct."""
    if ctx.quarter is not None:
        return ctx.quarter
    return anchor.relative_unit(ctx.dct, "quarter", -1)
