"""Calendar units as TIMEX3 values with their closed date intervals.

A :class:`Resolution` is what a rule makes of a match: type, value, interval and
granularity. The constructors here build one for each calendar unit (a day, an
ISO week, a weekend, a month, a quarter...), so that value and interval are
always computed together and agree.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"

SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}
"""Meteorological northern seasons; winter (WI) runs from December to February."""


@dataclass(frozen=True)
class Resolution:
    type: str
    value: str
    interval: tuple[date, date] | None = None
    granularity: str | None = None


def _res(value: str, start: date, end: date, granularity: str, kind: str = DATE) -> Resolution:
    return Resolution(kind, value, (start, end), granularity)


def day(d: date) -> Resolution:
    return _res(d.isoformat(), d, d, "day")


def week(d: date) -> Resolution:
    """The ISO week (Monday to Sunday) holding ``d``."""
    iso = d.isocalendar()
    monday = d - timedelta(days=iso.weekday - 1)
    return _res(f"{iso.year}-W{iso.week:02d}", monday, monday + timedelta(days=6), "week")


def weekend(d: date) -> Resolution:
    """The Saturday and Sunday of the ISO week holding ``d``."""
    w = week(d)
    assert w.interval is not None
    saturday = w.interval[0] + timedelta(days=5)
    return _res(f"{w.value}-WE", saturday, saturday + timedelta(days=1), "weekend")


def month(year_: int, month_: int) -> Resolution:
    last = calendar.monthrange(year_, month_)[1]
    return _res(f"{year_:04d}-{month_:02d}", date(year_, month_, 1), date(year_, month_, last), "month")


def quarter(year_: int, q: int) -> Resolution:
    first = 3 * (q - 1) + 1
    end = month(year_, first + 2).interval
    assert end is not None
    return _res(f"{year_:04d}-Q{q}", date(year_, first, 1), end[1], "quarter")


def half(year_: int, h: int) -> Resolution:
    start, end = (date(year_, 1, 1), date(year_, 6, 30)) if h == 1 else (date(year_, 7, 1), date(year_, 12, 31))
    return _res(f"{year_:04d}-H{h}", start, end, "half")


def season(year_: int, code: str) -> Resolution:
    """A season; ``YYYY-WI`` is the winter whose January falls in ``YYYY``."""
    if code == "WI":
        end = date(year_, 2, calendar.monthrange(year_, 2)[1])
        return _res(f"{year_:04d}-WI", date(year_ - 1, 12, 1), end, "season")
    first, last = SEASON_MONTHS[code]
    end_day = calendar.monthrange(year_, last)[1]
    return _res(f"{year_:04d}-{code}", date(year_, first, 1), date(year_, last, end_day), "season")


def season_of(d: date) -> tuple[int, str]:
    """The (label year, season code) of the season holding ``d``."""
    if d.month == 12:
        return d.year + 1, "WI"
    if d.month <= 2:
        return d.year, "WI"
    return d.year, next(c for c, (a, b) in SEASON_MONTHS.items() if a <= d.month <= b)


def year(y: int) -> Resolution:
    return _res(f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year")


def decade(first_year: int) -> Resolution:
    return _res(f"{first_year // 10:03d}", date(first_year, 1, 1), date(first_year + 9, 12, 31), "decade")


def century(index: int) -> Resolution:
    """The ``index``-th century counted as TIMEX3 does: 19 means 1900-1999."""
    return _res(f"{index:02d}", date(max(index * 100, 1), 1, 1), date(index * 100 + 99, 12, 31), "century")


def part_of_day(d: date, code: str) -> Resolution:
    """A part of a day (MO, AF, EV, NI) as a TIME; a night runs into the next day."""
    end = d + timedelta(days=1) if code == "NI" else d
    return Resolution(TIME, f"{d.isoformat()}T{code}", (d, end), "partofday")


def clock(d: date | None, hour: int, minute: int | None) -> Resolution:
    """A clock time on day ``d`` (``XXXX-XX-XX`` until the day is known)."""
    day_value = d.isoformat() if d else "XXXX-XX-XX"
    if minute is None:
        return Resolution(TIME, f"{day_value}T{hour:02d}", (d, d) if d else None, "hour")
    return Resolution(TIME, f"{day_value}T{hour:02d}:{minute:02d}", (d, d) if d else None, "minute")


def unknown(value: str, granularity: str | None, kind: str = DATE) -> Resolution:
    """A value that needs a reference date it does not have (``XXXX-WXX-2``)."""
    return Resolution(kind, value, None, granularity)


def ref(kind: str, dct: date | None = None) -> Resolution:
    """PAST_REF, PRESENT_REF or FUTURE_REF; the present is the publication day."""
    if kind == "PRESENT_REF" and dct is not None:
        return Resolution(DATE, kind, (dct, dct), "day")
    return Resolution(DATE, kind, None, None)


_DURATION_UNITS: dict[str, tuple[str, bool, int]] = {
    # unit word: (TIMEX3 letter, written after T?, how many of the letter it is)
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "weekend": ("D", False, 2),
    "week": ("W", False, 1), "fortnight": ("W", False, 2), "month": ("M", False, 1),
    "quarter": ("Q", False, 1), "year": ("Y", False, 1), "decade": ("Y", False, 10),
    "century": ("Y", False, 100), "millennium": ("Y", False, 1000),
}  # fmt: skip
_VAGUE_LETTER = {"decade": "DE", "century": "CE", "millennium": "ML"}
_FRACTION_UNIT = {"Y": (12, "M", False), "M": (30, "D", False), "W": (7, "D", False),
                  "D": (24, "H", True), "H": (60, "M", True), "Q": (3, "M", False)}  # fmt: skip


def duration_value(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration for ``amount`` ``unit``s: ``P3D``, ``PT48H``, ``PXY``, ``P2Y6M``."""
    letter, is_time, scale = _DURATION_UNITS[unit]
    prefix = "PT" if is_time else "P"
    if amount is None:
        return f"{prefix}X{_VAGUE_LETTER.get(unit, letter)}"
    amount *= scale
    whole = int(amount)
    if amount == whole:
        return f"{prefix}{whole}{letter}"
    if unit == "minute":
        return f"PT{whole}M{round((amount - whole) * 60)}S" if whole else f"PT{round(amount * 60)}S"
    factor, sub, sub_is_time = _FRACTION_UNIT[letter]
    head = f"{whole}{letter}" if whole else ""
    sep = "T" if sub_is_time and not is_time else ""
    return f"{prefix}{head}{sep}{round((amount - whole) * factor)}{sub}"


def duration(amount: float | None, unit: str) -> Resolution:
    return Resolution(DURATION, duration_value(amount, unit), None, unit)


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` months, the day clipped to the month's length."""
    index = d.year * 12 + d.month - 1 + n
    y, m = divmod(index, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(d: date, unit: str, n: float) -> date:
    """``d`` moved by ``n`` calendar units (a unit is a singular unit word)."""
    if unit in ("day", "night"):
        return d + timedelta(days=round(n))
    if unit in ("week", "weekend"):
        return d + timedelta(days=round(7 * n))
    if unit == "fortnight":
        return d + timedelta(days=round(14 * n))
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200, "millennium": 12000}
    if unit in months:
        return add_months(d, round(n * months[unit]))
    return d  # hours, minutes and seconds do not move the day at this precision


def unit_of(d: date, unit: str) -> Resolution:
    """The calendar unit of kind ``unit`` that holds ``d`` (the month of d, the year of d...)."""
    if unit in ("day", "night"):
        return day(d)
    if unit in ("week", "fortnight"):
        return week(d)
    if unit == "weekend":
        return weekend(d)
    if unit == "month":
        return month(d.year, d.month)
    if unit == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if unit == "decade":
        return decade(d.year - d.year % 10)
    if unit in ("century", "millennium"):
        return century(d.year // 100)
    return year(d.year)


def narrow(res: Resolution, part: str, dct: date | None = None) -> Resolution:
    """Keep the value but narrow the interval to a part of it.

    ``early``/``mid``/``late`` take a third of the interval; ``before-now`` and
    ``after-now`` cut it at the publication date ("earlier this year").
    """
    if res.interval is None:
        return res
    start, end = res.interval
    span = (end - start).days + 1
    if span < 3:
        return res
    if span > 62 and part in ("early", "mid", "late"):
        return replace(res, interval=_month_thirds(start, end, part))
    third = -(-span // 3)  # rounded up: "late October" is the 21st to the 31st
    if part == "early":
        new = (start, start + timedelta(days=third - 1))
    elif part == "mid":
        new = (start + timedelta(days=third), end - timedelta(days=third))
    elif part == "late":
        new = (end - timedelta(days=third - 1), end)
    elif part == "before-now" and dct is not None and start <= dct <= end:
        new = (start, dct)
    elif part == "after-now" and dct is not None and start <= dct <= end:
        new = (dct, end)
    else:
        return res
    return replace(res, interval=new)


def _month_thirds(start: date, end: date, part: str) -> tuple[date, date]:
    """A third of a long interval in whole months: "mid-2023" is May to August."""
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    third = max(months // 3, 1)
    first = {"early": 0, "mid": third, "late": months - third}[part]
    last = {"early": third, "mid": months - third, "late": months}[part]
    lo = add_months(start.replace(day=1), first)
    hi = add_months(start.replace(day=1), last) - timedelta(days=1)
    return max(lo, start), min(hi, end)

