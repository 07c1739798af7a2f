"""Publication dates as inputs give them: ISO dates and datetimes, feed dates."""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(value: str) -> date:
    """An ISO date (``2024-11-22``) or datetime (``2024-11-22T09:30:00Z``).

    Raises ``ValueError`` for anything else, so the caller can name the input.
    """
    value = value.strip()
    if _ISO_DAY.match(value):
        return date.fromisoformat(value)
    if len(value) >= 10 and _ISO_DAY.match(value[:10]) and value[10:11] in ("T", " "):
        return datetime.fromisoformat(value).date()
    try:  # RFC 2822, as feeds and mail headers write it
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    raise ValueError(value)


def from_struct(value: time.struct_time | None) -> date | None:
    """A date from feedparser's parsed ``time.struct_time`` (or None)."""
    if value is None:
        return None
    try:
        return date(value.tm_year, value.tm_mon, value.tm_mday)
    except ValueError:
        return None
