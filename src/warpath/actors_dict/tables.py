"""Readers for warpath's own dictionary tables (TSV and CSV).

Each reader takes the file's text and a label (``people.csv``) used in
messages, appends a numbered message to ``problems`` for every line it cannot
use, and returns what it could read. Lines starting with ``#`` and blank lines
are skipped everywhere. In a list field ``|`` separates items; an item written
``=US`` matches only with that exact case (for aliases that are also common
words: ``US``/us, ``WHO``/who).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import message
from .model import ACTOR_CODE, ActorEntry, AgentEntry, Country, Igo, parse_iso

PEOPLE_COLUMNS = ("name", "aliases", "code", "start", "end", "role")


def read_text(path: Path, label: str, problems: list[str]) -> str | None:
    """The file's text, or ``None`` (with a message) when it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(message("W310", where=label, reason=exc.strerror or exc.__class__.__name__))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.append(message("W309", where=label))
        return data.decode("utf-8-sig", errors="replace")


def split_list(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _lines(text: str):
    """(line number, line) for the lines that are not blank or comments."""
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield n, line


@dataclass
class PersonRow:
    """One row of a people CSV: one dated code and the other names it is known by."""

    entry: ActorEntry
    aliases: list[str] = field(default_factory=list)


def read_people_csv(text: str, label: str, problems: list[str]) -> list[PersonRow]:
    """Rows of ``name,aliases,code,start,end[,role]`` (a header row is optional)."""
    rows: list[PersonRow] = []
    first = True
    for n, line in _lines(text):
        where = f"{label} line {n}"
        cells = [c.strip() for c in next(csv.reader([line]))]
        if first and cells and cells[0].lower() == "name":
            first = False
            continue
        first = False
        if len(cells) not in (5, 6):
            what = f"expected 5 or 6 columns (name,aliases,code,start,end[,role]), found {len(cells)}"
            problems.append(message("W302", where=where, what=what))
            continue
        name, aliases, code, start_s, end_s = cells[:5]
        role = cells[5] if len(cells) == 6 and cells[5] else None
        if not name:
            problems.append(message("W302", where=where, what="the name is empty"))
            continue
        if not ACTOR_CODE.match(code):
            problems.append(
                message("W303", where=where, value=code, form="e.g. USAGOV, IGOUNO", skipped="row skipped")
            )
            continue
        try:
            start = parse_iso(start_s)
            end = parse_iso(end_s)
        except ValueError as exc:
            problems.append(
                message("W301", where=where, value=str(exc), form="YYYY-MM-DD", skipped="row skipped")
            )
            continue
        if start and end and end <= start:
            problems.append(message("W304", where=where, start=start, end=end))
            continue
        entry = ActorEntry(name, code, start, end, role, f"{label}:{n}")
        rows.append(PersonRow(entry, split_list(aliases)))
    return rows


def _tsv_cells(line: str, count: int) -> list[str]:
    cells = [c.strip() for c in line.split("\t")]
    return cells + [""] * (count - len(cells))


def read_countries(text: str, label: str, problems: list[str]) -> list[Country]:
    """``code  name  aliases  adjectives  capital  metonyms`` (metonyms ``Kremlin=GOV``)."""
    out: list[Country] = []
    for n, line in _lines(text):
        cells = _tsv_cells(line, 6)
        if cells[0] == "code":
            continue
        code, name, aliases, adjectives, capital, metonyms = cells[:6]
        if not ACTOR_CODE.match(code) or not name:
            problems.append(message("W302", where=f"{label} line {n}", what="needs a code and a name"))
            continue
        pairs = []
        for item in split_list(metonyms):
            exact = "=" if item.startswith("=") else ""  # "=ICE=COP": only as written, with a sector
            word, _, sector = item[len(exact):].partition("=")
            pairs.append((exact + word.strip(), sector.strip()))
        out.append(
            Country(code, name, tuple(split_list(aliases)), tuple(split_list(adjectives)), capital or None, tuple(pairs))
        )
    return out


def read_igos(text: str, label: str, problems: list[str]) -> list[Igo]:
    """``code  name  aliases``."""
    out: list[Igo] = []
    for n, line in _lines(text):
        code, name, aliases = _tsv_cells(line, 3)[:3]
        if code == "code":
            continue
        if not ACTOR_CODE.match(code) or not name:
            problems.append(message("W302", where=f"{label} line {n}", what="needs a code and a name"))
            continue
        out.append(Igo(code, name, tuple(split_list(aliases))))
    return out


def read_agents(text: str, label: str, problems: list[str]) -> list[AgentEntry]:
    """``noun  code  note``; a code ``GOV`` (or ``~GOV``) is a suffix, ``NGO~`` a prefix."""
    out: list[AgentEntry] = []
    for n, line in _lines(text):
        noun, code, note = _tsv_cells(line, 3)[:3]
        if noun == "noun":
            continue
        prefix = code.endswith("~")
        bare = code.strip("~")
        if not noun or not bare.isalpha() or not bare.isupper() or len(bare) % 3:
            problems.append(message("W302", where=f"{label} line {n}", what=f"bad agent code {code!r}"))
            continue
        out.append(AgentEntry(noun, bare, prefix, note or None, f"{label}:{n}"))
    return out
