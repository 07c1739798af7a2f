"""Readers for Phoenix / PETRARCH / TABARI actor and agent dictionaries.

Actors file syntax, as found in the Phoenix and PETRARCH validation files::

    NATO_                          a name line; "_" and " " both join words
    +NORTH_ATLANTIC_TREATY_ORGANIZATION_     a synonym of the entry above
        [IGOWSTNAT]                a code line (indented), or codes on the name line
    KOFI_ANNAN_  [IGOUNO 970101-061231] [ELI]     a dated code, then the default
    GOLLUM  [HOB <950601]  [HOBREB > 990816]      before / from a date
    THE_SHIRE  [FRO/BIL/SAM]       several codes at once
    # comment, <!-- comment -->    also comments spanning lines; ---STOP--- ends the file

Dates are ``YYMMDD`` (years 00-30 are 20YY, as in TABARI and PETRARCH) or
``YYYYMMDD``. ``<D`` means up to and including D, ``>D`` from D on,
``D1-D2`` both ends included; they are stored half-open (see
:mod:`.model`). Undated codes are the entry's default, used when no dated code
covers the date. Name lines with no code join the next entry that has one
(PETRARCH does the same), so ``U.N._`` followed by a block with a code shares
that code. A name that ends in its own initials, ``MORO_ISLAMIC_LIBERATION_FRONT_(MILF)_``, is
also found without them ("Moro Islamic Liberation Front"), after any entry the file writes with that
name; a parenthesis that is no initialism,
``NATIONAL_LIBERATION_ARMY_(COLOMBIA)_``, tells entries apart and stays.

Agents file syntax::

    !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     a substitution set
    CONGRESS!PERSON! [~LEG]        expands to CONGRESSMAN, CONGRESSMEN...
    TROOPS {}  [~MIL]              {} = no plural; {ATTORNEYS_GENERAL} = this plural
    HUMAN_RIGHTS_BODY  [NGO~]      ~ first: a suffix to the actor's code; last: a prefix
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..errors import message
from .model import ActorEntry, AgentEntry

_BRACKETS = re.compile(r"\[([^\]]*)\]")
_CODE = re.compile(r"^(---|\+\+\+|[A-Z0-9]{3})[A-Z0-9]*$")
_SUBSET = re.compile(r"!([A-Za-z0-9_]+)!")
_INITIALS = re.compile(r"^(?P<name>.*?)[_ ]*\((?P<initials>[A-Za-z]{2,8})\)[_ ]*$")


@dataclass
class PhoenixBlock:
    """One actor entry: its names (first is canonical) and its codes."""

    names: list[str]
    line: int
    entries: list[tuple[str, date | None, date | None, int]] = field(default_factory=list)
    """(code, start, end exclusive, line number)."""

    def actor_entries(self, label: str) -> list[ActorEntry]:
        name = display_name(self.names[0])
        return [ActorEntry(name, c, s, e, None, f"{label}:{n}") for c, s, e, n in self.entries]


def display_name(raw: str) -> str:
    """``KOFI_ANNAN_`` -> ``Kofi Annan``."""
    def word(w: str) -> str:
        return "-".join(p.capitalize() if p.replace("'", "").isalpha() and p.isupper() else p for p in w.split("-"))

    return " ".join(word(w) for w in raw.replace("_", " ").split())


def _without_initials(name: str) -> str | None:
    """``ANIMAL_LIBERATION_FRONT_(ALF)_`` -> ``ANIMAL_LIBERATION_FRONT``; None unless the parenthesis holds
    the name's initials (in order, from its first word, skipping words such as "of" and "the")."""
    m = _INITIALS.match(name)
    if not m:
        return None
    initials = [w[0] for w in re.split(r"[_ -]+", m["name"].upper()) if w and w[0].isalpha()]
    letters = m["initials"].upper()
    if not initials or letters[0] != initials[0]:
        return None
    rest = iter(initials)
    return m["name"] if all(letter in rest for letter in letters) else None


def _phoenix_date(text: str) -> date:
    digits = text.strip()
    if not digits.isdigit() or len(digits) not in (6, 8):
        raise ValueError(text.strip())
    if len(digits) == 6:
        yy = int(digits[:2])
        year, rest = (2000 + yy if yy <= 30 else 1900 + yy), digits[2:]
    else:
        year, rest = int(digits[:4]), digits[4:]
    try:
        return date(year, int(rest[:2]), int(rest[2:]))
    except ValueError:
        raise ValueError(text.strip()) from None


def _parse_span(spec: str) -> tuple[date | None, date | None]:
    """``<950601`` / ``> 990816`` / ``19950601 - 19990815`` -> (start, end exclusive)."""
    spec = spec.strip()
    if not spec:
        return None, None
    if spec[0] == "<":
        return None, _phoenix_date(spec[1:]) + timedelta(days=1)
    if spec[0] == ">":
        return _phoenix_date(spec[1:]), None
    first, dash, second = spec.partition("-")
    if not dash:
        raise ValueError(spec)
    start, last = _phoenix_date(first), _phoenix_date(second)
    if last < start:
        raise ValueError(spec)
    return start, last + timedelta(days=1)


def _codes(text: str, where: str, problems: list[str]) -> list[tuple[str, date | None, date | None]]:
    """Every ``[CODE date]`` in ``text``; bad ones become messages."""
    out = []
    if text.count("[") != text.count("]"):
        problems.append(message("W305", where=where, why="unbalanced [ ]"))
        return out
    rest = _BRACKETS.sub(" ", text).strip()
    if rest:
        problems.append(message("W307", where=where, text=rest))
    for inner in _BRACKETS.findall(text):
        code, _, spec = inner.strip().partition(" ")
        try:
            start, end = _parse_span(spec)
        except ValueError as exc:
            form = "YYMMDD or YYYYMMDD in <D, >D or D1-D2 (D1 not after D2)"
            problems.append(message("W301", where=where, value=str(exc), form=form, skipped="code skipped"))
            continue
        for part in code.upper().split("/"):
            if not _CODE.match(part):
                problems.append(message("W303", where=where, value=part, form="e.g. USAGOV", skipped="code skipped"))
                continue
            out.append((part, start, end))
    return out


def _content_lines(text: str):
    """(line number, line without comments) for lines with content, stopping at ---STOP---."""
    in_comment = False
    for n, line in enumerate(text.splitlines(), 1):
        if in_comment:
            in_comment = "-->" not in line
            continue
        stripped = line.strip()
        if stripped.startswith("<!"):
            in_comment = "-->" not in stripped
            continue
        if "---STOP---" in line:
            return
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            yield n, line


def read_phoenix_actors(text: str, label: str, problems: list[str]) -> list[PhoenixBlock]:
    blocks: list[PhoenixBlock] = []
    current: PhoenixBlock | None = None

    def close() -> None:
        if current is None:
            return
        if current.entries:
            blocks.append(current)
        else:
            names = ", ".join(current.names)
            problems.append(message("W306", where=f"{label} line {current.line}", name=names))

    for n, line in _content_lines(text):
        where = f"{label} line {n}"
        stripped = line.strip()
        if stripped.startswith("["):
            if current is None:
                problems.append(message("W305", where=where, why="a code line with no actor above it"))
                continue
            current.entries += [(c, s, e, n) for c, s, e in _codes(stripped, where, problems)]
            continue
        name, bracket, codes = stripped.partition("[")
        name = name.strip()
        if stripped.startswith("+"):
            name = name[1:].strip()
            if current is None or not name:
                problems.append(message("W305", where=where, why="a synonym with no actor above it"))
                continue
            current.names.append(name)
        elif current is not None and not current.entries:
            current.names.append(name)  # a name with no code joins the next coded entry
        else:
            close()
            current = PhoenixBlock([name], n)
        if bracket:
            current.entries += [(c, s, e, n) for c, s, e in _codes(bracket + codes, where, problems)]
    close()
    # after every block, so that a name the file writes itself answers before one found by dropping initials
    bare = [PhoenixBlock([b], block.line, block.entries) for block in blocks
            for b in dict.fromkeys(filter(None, map(_without_initials, block.names))) if b not in block.names]
    return blocks + bare


@dataclass
class PhoenixAgent:
    entry: AgentEntry
    plurals: list[str] | None
    """Explicit plural forms; ``None`` means make the regular plural."""


def read_phoenix_agents(text: str, label: str, problems: list[str]) -> list[PhoenixAgent]:
    subsets: dict[str, list[str]] = {}
    out: list[PhoenixAgent] = []
    for n, line in _content_lines(text):
        where = f"{label} line {n}"
        stripped = line.strip()
        if "!" in stripped and "=" in stripped and "[" not in stripped:
            m = _SUBSET.search(stripped)
            if not m:
                problems.append(message("W305", where=where, why="substitution set needs !NAME! = A, B"))
                continue
            subsets[m.group(1)] = [w.strip() for w in stripped.split("=", 1)[1].split(",") if w.strip()]
            continue
        noun, bracket, rest = stripped.partition("[")
        if not bracket:
            problems.append(message("W306", where=where, name=noun.strip()))
            continue
        if "]" not in rest:
            problems.append(message("W305", where=where, why="no closing ] after the code"))
            continue
        code = rest.split("]", 1)[0].replace(" ", "").upper()
        prefix = code.endswith("~") and not code.startswith("~")
        bare = code.strip("~")
        if not bare.isalpha() or len(bare) < 3:
            problems.append(message("W303", where=where, value=code, form="e.g. ~GOV or NGO~", skipped="line skipped"))
            continue
        plurals: list[str] | None = None
        if "{" in noun:
            if "}" not in noun:
                problems.append(message("W305", where=where, why="no closing } after the plural"))
                continue
            given = noun[noun.index("{") + 1 : noun.index("}")]
            plurals = [_noun(given)] if given.strip() else []
            noun = noun[: noun.index("{")]
        forms = [noun]
        m = _SUBSET.search(noun)
        if m:
            if m.group(1) not in subsets:
                problems.append(message("W308", where=where, name=m.group(1)))
                continue
            forms = [noun[: m.start()] + sub + noun[m.end() :] for sub in subsets[m.group(1)]]
            plurals = [] if plurals is None else plurals  # sets list their plurals (MAN, MEN)
        for form in forms:
            word = _noun(form)
            if word:
                out.append(PhoenixAgent(AgentEntry(word, bare, prefix, None, f"{label}:{n}"), plurals))
    return out


def _noun(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split()).lower()
