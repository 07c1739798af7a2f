"""Plain-text articles with optional ``date``, ``title:``, ``source:`` and ``url:`` headers.

The date header may share its line with the text, as in
``date 2024-11-22 THE past week has ...``; the other headers take a line each.
Headers stop at the first line that is not one; a blank line after them is dropped.
"""

from __future__ import annotations

import re
from datetime import date

from ..document import Article
from ..errors import InputError
from .dates import parse_date

# "date" then something that starts like a date: a digit. "Date palms ..." is text.
_DATE_HEADER = re.compile(r"\A[ \t]*date[ \t]*:?[ \t]*(\d\S*)(?:[ \t]+|[ \t]*(?:\r?\n|\Z))", re.I)
_FIELD_HEADER = re.compile(r"\A[ \t]*(title|source|url|date)[ \t]*:[ \t]*(.*?)[ \t]*(?:\r?\n|\Z)", re.I)


def parse_text(text: str, origin: str, default_date: date | None = None) -> Article:
    """Split headers from body and build the article read from ``origin``."""
    text = text.lstrip("\ufeff")
    fields: dict[str, str] = {}
    rest = text.lstrip("\r\n")
    while True:
        m = _DATE_HEADER.match(rest)
        if m and "date" not in fields:
            fields["date"] = m.group(1)
            rest = rest[m.end():]
            continue
        m = _FIELD_HEADER.match(rest)
        if m and m.group(1).lower() not in fields:
            fields[m.group(1).lower()] = m.group(2)
            rest = rest[m.end():]
            continue
        break
    body = rest.strip()
    if not body:
        raise InputError("E008", origin=origin, detail=" after the headers" if fields else "")
    published = default_date
    if "date" in fields:
        try:
            published = parse_date(fields["date"])
        except ValueError:
            raise InputError("E007", origin=origin, value=fields["date"]) from None
    return Article(
        text=body,
        date=published,
        title=fields.get("title") or None,
        source=fields.get("source") or None,
        url=fields.get("url") or None,
        origin=origin,
    )
