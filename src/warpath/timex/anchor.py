"""Anchoring year-less and relative calendar names to the publication date.

"Wednesday", "March", "Nov. 19", "the third quarter" and "summer" name a
recurring unit; which occurrence is meant depends on the publication date
(dct) and on the tense of the clause: the nearest occurrence, with those on
the side the tense points to (behind the dct in a past clause, ahead in a
future one) counted as nearer. "last", "next" and "this" override the tense.
Without a dct the value keeps X placeholders (XXXX-WXX-3) and has no interval.
"""

from __future__ import annotations

from datetime import date, timedelta

from . import granules as g
from . import lexicon as lx
from .granules import DATE, Resolution
from .tense import FUTURE, PAST, PRESENT


def weekday(dct: date | None, iso_day: int, tense: str | None, modifier: str | None = None) -> Resolution:
    """The day named by a weekday, read with ``last``/``next``/``this`` or the tense."""
    if dct is None:
        return g.unknown(f"XXXX-WXX-{iso_day}", "day")
    offset = iso_day - dct.isoweekday()  # -6..6
    behind = offset if offset <= 0 else offset - 7  # the latest one on or before the dct
    ahead = offset if offset >= 0 else offset + 7  # the first one on or after it
    if modifier in ("last", "past", "previous", "this past"):
        days = behind if behind < 0 else -7
    elif modifier in ("next", "coming", "this coming", "following"):
        days = ahead if ahead > 0 else 7
    elif modifier == "this":
        days = offset if tense is None or tense == PRESENT else behind if tense == PAST else ahead
    elif tense == FUTURE:
        days = ahead
    elif tense == PRESENT:
        days = ahead if ahead < -behind else behind
    else:
        days = behind
    return g.day(dct + timedelta(days=days))


_AGAINST_TENSE = 3
"""How many times farther an occurrence may lie on the side the tense points to.

A past clause names a date behind the dct, but "payable Jan. 2" or "extended to
Nov. 20" in a November article mean the coming ones, and a tense read from
cue words is a guess: so the nearest occurrence wins unless the one on the
tense's side is less than three times as far."""


def nearest(candidates: list[Resolution], dct: date, tense: str | None) -> Resolution:
    """The occurrence nearest the dct, those on the tense's side counting as three times nearer."""

    def cost(c: Resolution) -> int:
        assert c.interval is not None
        start, end = c.interval
        if start <= dct <= end:
            return 0
        if end < dct:
            return (dct - end).days * (_AGAINST_TENSE if tense == FUTURE else 1)
        return (start - dct).days * (_AGAINST_TENSE if tense in (PAST, None) else 1)

    return min(candidates, key=cost)


def month(dct: date | None, month_: int, tense: str | None, modifier: str | None = None) -> Resolution:
    """A month named alone; "last March" is the latest one ended, "next March" the first to come."""
    if dct is None:
        return g.unknown(f"XXXX-{month_:02d}", "month")
    candidates = [g.month(dct.year + k, month_) for k in (-1, 0, 1)]
    if modifier in ("last", "this past"):
        return [c for c in candidates if c.interval and c.interval[1] < dct][-1]
    if modifier in ("next", "this coming"):
        return next(c for c in candidates if c.interval and c.interval[0] > dct)
    if modifier == "this":
        return candidates[1]
    return nearest(candidates, dct, tense)


def month_day(
    dct: date | None, month_: int, day_: int, tense: str | None, iso_weekday: int | None = None
) -> Resolution | None:
    """A day and month without a year; None when no year has that day (Feb. 30).

    A weekday named with it ("Saturday, April 25") picks the year it falls on.
    """
    if dct is None:
        if day_ > (29 if month_ == 2 else 30 if month_ in (4, 6, 9, 11) else 31):
            return None
        return g.unknown(f"XXXX-{month_:02d}-{day_:02d}", "day")
    candidates = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            candidates.append(g.day(date(y, month_, day_)))
        except ValueError:
            continue
    if iso_weekday is not None:
        candidates = [c for c in candidates if c.interval and c.interval[0].isoweekday() == iso_weekday] or candidates
    return nearest(candidates, dct, tense) if candidates else None


def quarter(dct: date | None, q: int, tense: str | None) -> Resolution:
    if dct is None:
        return g.unknown(f"XXXX-Q{q}", "quarter")
    candidates = [g.quarter(dct.year + k, q) for k in (-1, 0, 1)]
    if tense == PAST:
        return [c for c in candidates if c.interval and c.interval[0] <= dct][-1]
    # "expects to report third-quarter net" in October: the quarter just ended.
    return nearest(candidates, dct, tense)


def quarter_a_year_before(res: Resolution) -> Resolution:
    """The same quarter a year earlier: what "up from a year earlier" compares with."""
    return g.quarter(int(res.value[:4]) - 1, int(res.value[-1]))


def season(dct: date | None, code: str, tense: str | None, modifier: str | None = None) -> Resolution:
    """A season named alone or with last/this/next ("this summer" in November is the one gone)."""
    if dct is None:
        return g.unknown(f"XXXX-{code}", "season")
    candidates = [g.season(dct.year + k, code) for k in (-1, 0, 1, 2)]
    if modifier in ("last", "past", "this past", "previous"):
        return [c for c in candidates if c.interval and c.interval[1] < dct][-1]
    if modifier in ("next", "coming", "this coming"):
        return next(c for c in candidates if c.interval and c.interval[0] > dct)
    if modifier == "this" and code != "WI":
        return g.season(dct.year, code)
    return nearest(candidates, dct, tense)


def relative_unit(dct: date | None, unit: str, steps: int) -> Resolution:
    """The unit ``steps`` away from the dct's own: -1 is "last week", 0 "this month"."""
    if dct is None:
        return g.unknown(_PLACEHOLDER[unit], unit)
    return g.unit_of(g.shift(dct, unit, steps), unit)


def weekend(dct: date | None, modifier: str | None, tense: str | None) -> Resolution:
    """"last weekend", "this weekend", "the weekend" (the one gone in a past clause)."""
    if dct is None:
        return g.unknown("XXXX-WXX-WE", "weekend")
    saturday = dct + timedelta(days=6 - dct.isoweekday())  # this ISO week's Saturday
    current = g.weekend(saturday)
    assert current.interval is not None
    in_progress = dct >= current.interval[0]
    if modifier in ("last", "past", "previous", "this past"):
        return g.weekend(saturday - timedelta(days=7))
    if modifier in ("next", "coming", "this coming"):
        return g.weekend(saturday + timedelta(days=7))
    if in_progress or tense in (FUTURE, PRESENT) or (modifier == "this" and tense is None):
        return current
    return g.weekend(saturday - timedelta(days=7))


def rolling(dct: date | None, unit: str, direction: int) -> Resolution:
    """"the past week": the unit's value (last week) with the rolling interval up to the dct."""
    res = relative_unit(dct, unit, direction)
    if dct is None:
        return res
    other = g.shift(dct, unit, direction)
    interval = (other, dct) if direction < 0 else (dct, other)
    return Resolution(DATE, res.value, interval, res.granularity)


def anchored_duration(dct: date | None, amount: float | None, unit: str, direction: int) -> Resolution:
    """"the past five years": a duration whose interval runs back (or on) from the dct."""
    res = g.duration(amount, unit)
    if dct is None or amount is None or unit in lx.TIME_UNITS:
        return res
    other = g.shift(dct, unit, direction * amount)
    return Resolution(res.type, res.value, (other, dct) if direction < 0 else (dct, other), unit)


_PLACEHOLDER = {
    "day": "XXXX-XX-XX", "night": "XXXX-XX-XX", "week": "XXXX-WXX", "fortnight": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX", "year": "XXXX",
    "decade": "XXX", "century": "XX", "millennium": "X",
}  # fmt: skip


def placeholder(unit: str) -> str:
    return _PLACEHOLDER.get(unit, "XXXX")
