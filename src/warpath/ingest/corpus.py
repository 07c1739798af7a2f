"""Corpora of many articles: JSON Lines and CSV, streamed record by record.

Fields: ``id``, ``date``, ``title``, ``text``, ``source``, ``url``; only
``text`` is required. ``date`` may be an ISO date or datetime. A bad record is
reported with its line number and skipped; the rest of the file goes on.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from typing import IO, Any

from ..document import Article
from ..errors import InputError, message
from .dates import parse_date
from .problems import Problem

FIELDS = ("id", "date", "title", "text", "source", "url")


def record_to_article(
    record: dict[str, Any], origin: str, default_date: date | None, max_chars: int
) -> Article | None:
    """One corpus record as an article; None for a blank one. Raises InputError."""
    if "text" not in record:
        raise InputError("E010", origin=origin)
    text = record.get("text")
    if text is None or not str(text).strip():
        return None
    text = str(text).strip()
    if len(text) > max_chars:
        raise InputError("E015", origin=origin, size=len(text), limit=max_chars)
    published = default_date
    raw_date = record.get("date")
    if raw_date not in (None, ""):
        try:
            published = parse_date(str(raw_date))
        except ValueError:
            raise InputError("E007", origin=origin, value=str(raw_date)) from None

    def opt(key: str) -> str | None:
        value = record.get(key)
        return str(value).strip() or None if value not in (None, "") else None

    return Article(
        text=text,
        date=published,
        title=opt("title"),
        source=opt("source"),
        url=opt("url"),
        origin=origin,
        external_id=opt("id"),
    )


def _records(
    rows: Iterable[tuple[int, dict[str, Any] | Problem]],
    default_date: date | None,
    max_chars: int,
) -> Iterator[Article | Problem]:
    blank_origin, blanks = "", 0
    for origin_line, row in rows:
        if isinstance(row, Problem):
            yield row
            continue
        origin = f"{row.pop('__origin__')}:{origin_line}"
        try:
            article = record_to_article(row, origin, default_date, max_chars)
        except InputError as exc:
            yield Problem(origin, str(exc))
            continue
        if article is None:
            blanks += 1
            blank_origin = origin.rsplit(":", 1)[0]
        else:
            yield article
    if blanks:
        yield Problem(blank_origin, message("W104", origin=blank_origin, count=blanks), error=False)


def read_jsonl(stream: IO[bytes], origin: str, default_date: date | None, max_chars: int) -> Iterator[Article | Problem]:
    """Articles from a JSON Lines stream (a JSON array of records is accepted too)."""

    def rows() -> Iterator[tuple[int, dict[str, Any] | Problem]]:
        warned = False
        head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
        if head.lstrip().startswith(b"["):
            data = stream.read()
            try:
                records = json.loads(data.decode("utf-8-sig", errors="replace"))
            except json.JSONDecodeError as exc:
                yield 0, Problem(origin, message("E009", origin=origin, reason=str(exc)))
                return
            for n, record in enumerate(records, 1):
                if isinstance(record, dict):
                    yield n, {**record, "__origin__": origin}
                else:
                    yield n, Problem(f"{origin}:{n}", message("E009", origin=f"{origin} record {n}", reason="not an object"))
            return
        for n, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                line = raw.decode("utf-8-sig", errors="replace")
                if not warned:
                    warned = True
                    yield n, Problem(f"{origin}:{n}", message("W101", origin=f"{origin}:{n}"), error=False)
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield n, Problem(f"{origin}:{n}", message("E009", origin=f"{origin}:{n}", reason=exc.msg))
                continue
            if not isinstance(record, dict):
                yield n, Problem(f"{origin}:{n}", message("E009", origin=f"{origin}:{n}", reason="not an object"))
                continue
            yield n, {**record, "__origin__": origin}

    return _records(rows(), default_date, max_chars)


def read_csv(stream: IO[bytes], origin: str, default_date: date | None, max_chars: int) -> Iterator[Article | Problem]:
    """Articles from a CSV (or, for ``.tsv``, tab-separated) stream with a header row."""

    def rows() -> Iterator[tuple[int, dict[str, Any] | Problem]]:
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
        delimiter = "\t" if origin.lower().endswith(".tsv") else ","
        try:
            yield from _csv_rows(csv.DictReader(text, delimiter=delimiter), origin)
        finally:
            text.detach()  # the caller closes its own stream

    return _records(rows(), default_date, max_chars)


def _csv_rows(reader: csv.DictReader, origin: str) -> Iterator[tuple[int, dict[str, Any] | Problem]]:
    try:
        columns = [c.strip().lower() for c in (reader.fieldnames or [])]
    except csv.Error as exc:
        yield 0, Problem(origin, message("E016", origin=origin, reason=str(exc)))
        return
    if "text" not in columns:
        yield 0, Problem(origin, message("E011", origin=origin, columns=", ".join(columns) or "none"))
        return
    reader.fieldnames = columns
    warned = False
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            where = f"{origin}:{reader.line_num}"
            yield reader.line_num, Problem(where, message("E016", origin=where, reason=str(exc)))
            continue
        if not warned and "\ufffd" in (row.get("text") or ""):
            warned = True
            yield reader.line_num, Problem(origin, message("W101", origin=origin), error=False)
        row.pop(None, None)  # extra cells beyond the header
        yield reader.line_num, {**row, "__origin__": origin}
