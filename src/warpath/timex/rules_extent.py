"""Rules for durations ("three days", "the past five years"), sets ("every
week", "daily"), clock times ("3 p.m.", "midnight") and the vague references
PRESENT_REF ("now"), PAST_REF ("recently") and FUTURE_REF ("soon")."""

from __future__ import annotations

import re
from datetime import date

from . import anchor
from . import granules as g
from . import lexicon as lx
from .base import ABBR_DOT, APPROX, MONTH, UNIT, WEEKDAY, Context, Rule, after_preposition, part_of_name, registry
from .granules import SET, Resolution
from .tense import FUTURE

RULES: list[Rule] = []
on = registry(RULES)

_BACKWARD = frozenset({"past", "last", "previous", "recent"})
_FORWARD = frozenset({"next", "coming", "following"})
_FREQUENCY_WORDS = re.compile(
    r"(?:once|twice|thrice|times|\d[\d.,]*%?|\$[\d.,]+(?:\s+(?:million|billion))?)\s*$", re.IGNORECASE
)
"""What comes before a frequency's "a": "twice a week", "$5 a day", "300,000 a month"."""
_DURATION_END = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:or|and|later|earlier|ago|before|after|to|of|in)\b")


@on(
    r"(?:(?:the\s+)?(?P<rel>first|last|past|next|previous|coming|following|final|latest|initial|recent|"
    rf"remaining|entire|whole|full)\s+|the\s+|(?P<approx>{APPROX})\s+)?"
    rf"(?P<q>{lx.QUANTITY_RE})(?:\s*(?:to|or|-)\s*(?P<q2>{lx.NUMBER_RE}))?\s+"
    r"(?:(?:more|additional|full|straight|consecutive|long|trading|business|working|calendar|extra|whole|short|"
    r"further)\s+)?"
    rf"(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?"
)
def duration(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"three days", "48 hours", "the past five years" (anchored), "a few weeks", "the nine months"."""
    q = m.group("q").lower()
    unit = lx.unit_word(m.group("unit"))
    plural = m.group("unit").lower().endswith("s") and unit not in ("century", "millennium")
    if q in ("a", "an") and (plural or unit == "second" and not _DURATION_END.match(ctx.after(m, 8))):
        return None  # "a second term"
    if re.match(r"[\s-]+old\b", ctx.after(m, 5)):
        return None  # an age: "52 years old"
    if q in ("a", "an", "one") and _FREQUENCY_WORDS.search(ctx.before(m, 24)) and not m.group("approx"):
        return Resolution(SET, g.duration_value(1, unit), None, unit)  # "twice a week", "$5 a day"
    if q == "one" and unit == "day" and not after_preposition(ctx, m) and not m.group("approx"):
        return None  # "One day, ..."
    amount = None if m.group("q2") else lx.parse_number(q)
    if amount is not None and m.group("half"):
        amount += 0.5
    if amount is not None and amount > 10000:
        return None
    rel = (m.group("rel") or "").lower()
    if rel in _BACKWARD or rel in _FORWARD:
        return anchor.anchored_duration(ctx.dct, amount, unit, -1 if rel in _BACKWARD else 1)
    return g.duration(amount, unit)


@on(
    r"(?:(?:a|one|an)\s+)?(?P<unit>year|month|week|day|hour|minute)\s+and\s+a\s+half"
    r"|half\s+(?:an?\s+)?(?P<unit2>year|month|day|hour|minute)"
)
def and_a_half(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"a year and a half", "half an hour"."""
    if m.group("unit2"):
        return g.duration(0.5, m.group("unit2").lower())
    return g.duration(1.5, m.group("unit").lower())


@on(r"(?:another|an\s+additional|a\s+further|an\s+extra)\s+(?P<unit>year|month|week|day|hour|decade)")
def another_unit(m: re.Match[str], ctx: Context) -> Resolution | None:
    return g.duration(1, m.group("unit").lower())


@on(
    rf"(?P<q>\d+(?:\.\d+)?|{lx.CARDINAL_WORD_RE}|several|multi|half)-"
    r"(?P<unit>second|minute|hour|day|night|week|month|quarter|year|decade|century)(?:s?-long)?"
    r"|(?P<unit2>(?:day|week|month|year|decade|hour)s?|centur(?:y|ies))-long"
)
def adjectival_duration(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"a two-year term", "the 52-week high", "a 16-hour day", "decades-long" (but not "6-year-old")."""
    if part_of_name(ctx, m) or m.group(0)[0].isupper() and re.match(r"\s+[A-Z]", ctx.after(m, 2)):
        return None  # "the Six-Day War"
    if m.group("unit2"):
        word = m.group("unit2").lower()
        unit = lx.unit_word(word)
        return g.duration(None if word.endswith("s") else 1, unit)
    q = m.group("q").lower()
    amount = 0.5 if q == "half" else lx.parse_number(q)
    return g.duration(amount, m.group("unit").lower())


@on(
    r"(?:the\s+)?(?:recent|coming|upcoming)\s+(?P<unit>days|weeks|months|years|decades|quarters)"
    r"|(?:the\s+)?(?P<unit2>days|weeks|months|years)\s+(?:ahead|to\s+come)"
)
def vague_span(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"recent years", "the coming months", "the weeks ahead": durations of unknown length."""
    return g.duration(None, lx.unit_word(m.group("unit") or m.group("unit2")))


@on(r"(?P<unit>years|months|weeks|days|decades|hours|centuries)(?!\s+(?:ago|old|of\s+age))")
def bare_plural(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"for years", "within days": a plural unit after a preposition."""
    prev = ctx.before(m, 12).lower().split()
    if not prev or prev[-1] not in ("for", "in", "within", "over", "after", "took", "lasted", "spent", "than", "of"):
        return None
    if prev[-1] == "of" and not re.search(r"\b(?:after|for)\s+\w+\s+of\s*$", ctx.before(m, 24).lower()):
        return None
    return g.duration(None, lx.unit_word(m.group("unit")))


_SET_ADVERBS = {
    "daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annually": "year",
    "hourly": "hour", "quarterly": "quarter", "nightly": "day", "fortnightly": "fortnight",
    "biweekly": "fortnight",
}  # fmt: skip


@on(r"(?:twice[\s-])?(?P<adv>daily|weekly|monthly|yearly|annually|hourly|quarterly|nightly|fortnightly|biweekly)")
def set_adverb(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"daily", "weekly", "annually" (but not the "Communist Party daily Granma")."""
    if re.match(r"\s+[A-Z]", ctx.after(m, 2)) or ctx.after(m, 2).startswith("'s"):
        return None  # the Communist Party daily Granma
    if m.group("adv").lower() == "quarterly" and re.match(r"\s+[a-z]", ctx.after(m, 2)):
        return None  # "its quarterly dividend" names a payment, not a schedule
    unit = _SET_ADVERBS[m.group("adv").lower()]
    return Resolution(SET, g.duration_value(1, unit), None, unit)


@on(
    rf"(?:every|each|per)\s+(?:(?P<q>other|{lx.NUMBER_RE})\s+)?"
    rf"(?:(?P<unit>{UNIT})|(?P<wd>{WEEKDAY})|(?P<mon>{MONTH})|(?P<pod>morning|afternoon|evening|night))"
)
def every(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"every week" (P1W), "every other year" (P2Y), "each Thursday" (XXXX-WXX-4), "each July"."""
    if m.group("wd"):
        return Resolution(SET, f"XXXX-WXX-{lx.WEEKDAYS[m.group('wd').lower()]}", None, "day")
    if m.group("mon"):
        return Resolution(SET, f"XXXX-{lx.MONTHS[m.group('mon').lower()]:02d}", None, "month")
    if m.group("pod"):
        return Resolution(SET, f"XXXX-XX-XXT{lx.PARTS_OF_DAY[m.group('pod').lower()]}", None, "partofday")
    q = (m.group("q") or "").lower()
    amount = 2.0 if q == "other" else lx.parse_number(q) if q else 1.0
    unit = lx.unit_word(m.group("unit"))
    if unit == "weekend":
        return Resolution(SET, "XXXX-WXX-WE", None, unit)
    return Resolution(SET, g.duration_value(amount, unit), None, unit)


@on(
    r"(?:once|twice|thrice|(?:\w+|\d+)\s+times)\s+(?:a|an|per|each|every)\s+"
    r"(?P<unit>year|month|week|day|hour|minute|quarter|decade)"
)
def times_per(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"twice a week", "three times a year"."""
    unit = m.group("unit").lower()
    return Resolution(SET, g.duration_value(1, unit), None, unit)


_AMPM = r"(?P<ampm>[ap]\.?\s?m\b\.?)"
_ZONE = r"(?:GMT|UTC|[ECMP][SD]T|BST|CET|CEST|local\s+time|Moscow\s+time|Kyiv\s+time)"


@on(
    r"(?:(?:around|about|approximately|shortly\s+(?:before|after)|just\s+(?:before|after)|at\s+about)\s+)?"
    rf"(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?:{_AMPM}|o'clock)"
    rf"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?=\s*(?:{_ZONE}|hours?\b|h\b))"
    rf"|(?P<hw>1[0-2]|0?[1-9]|{lx.ONES_RE})\s+(?:o'clock|in\s+the\s+(?P<pod>morning|afternoon|evening))"
    r"|(?P<word>noon|midnight|midday))"
    rf"(?:\s+{_ZONE})?"
    rf"(?:,?\s+(?P<anchor>today|yesterday|tomorrow|tonight|{WEEKDAY}|{MONTH}(?:{ABBR_DOT})?\s+\d{{1,2}}))?"
)
def clock_time(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"3 p.m.", "10:35 a.m.", "14:30 GMT", "noon Thursday", "midnight"; the day comes from an
    attached day name, else (in the tagger) from a day named in the same sentence, else the dct."""
    if m.group("word"):
        word = m.group("word").lower()
        hour, minute = (24, 0) if word == "midnight" else (12, 0)
    elif m.group("h24"):
        hour, minute = int(m.group("h24")), int(m.group("mi24"))
    else:
        hour_text = m.group("h") or m.group("hw")
        hour = int(hour_text) if hour_text.isdigit() else int(lx.parse_number(hour_text) or 0)
        minute = int(m.group("mi")) if m.group("mi") else 0
        marker = (m.group("ampm") or m.group("pod") or "").lower()
        if (marker.startswith("p") or marker in ("afternoon", "evening")) and hour < 12:
            hour += 12
        elif marker.startswith("a") and hour == 12:
            hour = 0
    day = _anchor_day(m, ctx)
    return g.clock(day, hour, minute)


def _anchor_day(m: re.Match[str], ctx: Context) -> date | None:
    """The day a clock time names after it: "10 p.m. Wednesday", "5 p.m. EST Nov. 9"."""
    word = m.group("anchor")
    if not word or ctx.dct is None:
        return None
    w = " ".join(word.lower().replace(".", " ").split())
    offsets = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}
    if w in offsets:
        return g.shift(ctx.dct, "day", offsets[w])
    if w in lx.WEEKDAYS:
        res = anchor.weekday(ctx.dct, lx.WEEKDAYS[w], ctx.tense(m))
    else:
        name, day = w.split()
        res = anchor.month_day(ctx.dct, lx.MONTHS[name], int(day), ctx.tense(m)) or g.day(ctx.dct)
    return res.interval[0] if res.interval else None


@on(r"(?:mid[\s-]?|early\s+|late\s+)(?P<pod>morning|afternoon|evening)|midafternoon")
def part_of_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"mid-afternoon", "late morning": a part of the day named in the sentence (or of the dct)."""
    code = lx.PARTS_OF_DAY[(m.group("pod") or "afternoon").lower()]
    return g.unknown(f"XXXX-XX-XXT{code}", "partofday", "TIME")


@on(r"(?<=\bfor\s)(?:a\s+(?:long\s+|short\s+|little\s+)?while|some\s+time)")
def a_while(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"for a while", "for some time": a duration of unknown length."""
    return Resolution("DURATION", "PXX", None, None)


@on(
    r"right\s+now|just\s+now|now|currently|presently|at\s+present|at\s+the\s+moment|these\s+days|nowadays"
    r"|the\s+present\s+(?:time|day)"
)
def present_ref(m: re.Match[str], ctx: Context) -> Resolution | None:
    if ctx.before(m, 5).lower().endswith("from "):
        return None
    return g.ref("PRESENT_REF", ctx.dct)


_PAST_FOLLOWERS = (
    r"(?:[,.;:!?)'\"]|\s+(?:and|or|but|when|where|that|which|is|was|has|had|have|to|for|with|in|of|as|few|"
    r"several|\d))"
)
""""the past" is PAST_REF when no noun follows it ("the past decade" is another rule's)."""


@on(
    r"(?:more\s+|most\s+|very\s+)?recently|previously|formerly|lately|(?:not\s+)?long\s+ago|"
    r"(?:some\s+)?time\s+ago|a\s+while\s+ago|(?:many\s+)?years\s+ago|the\s+old\s+days|"
    rf"the\s+past(?={_PAST_FOLLOWERS}|\s*$)"
)
def past_ref(m: re.Match[str], ctx: Context) -> Resolution | None:
    return g.ref("PAST_REF")


@on(
    r"(?:the\s+)?(?:near|foreseeable|distant|immediate|not[\s-]too[\s-]distant)\s+future|the\s+future|"
    r"as\s+soon\s+as\s+possible|(?<!\bas\s)soon(?!\s+(?:after|afterwards?|as|thereafter|before|enough))|"
    r"shortly(?!\s+(?:after|before|afterwards?|thereafter))|someday|a\s+later\s+date"
    r"|(?<=\bin\s)future(?![\s-]+[a-z])|the\s+(?:near|short|medium|long)[\s-]term(?![\s-]+[a-z])"
    r"|future(?=\s+(?:years|months|weeks|quarters|periods|dates?)\b)"
)
def future_ref(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m.group(0).lower().startswith("shortly") and ctx.tense(m) not in (FUTURE, None):
        return None
    return g.ref("FUTURE_REF")
