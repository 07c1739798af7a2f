"""Read verb rules from warpath's tab-separated format.

One rule a line, under a header naming the columns::

    lemma	particle	words	code	note
    launch		missile	195	ballistic or cruise missiles
    call	off	talk	164	called off the talks
    go		on strike	143	workers went on strike
    hold		peace+talks	046

``words`` are space-separated lemmas that must all occur among what the verb
governs; ``+`` joins the words of one multiword item (``peace+talks``: the two
words in a row). ``particle`` is the phrasal particle (``off`` in "call off").
``code`` is a code of the CAMEO codebook, or ``---`` for "not an event".
``note`` is free text. An optional ``before`` column lists words that must come
before the verb, and an optional ``roles`` column where the pattern finds its
actors when not in the usual places: ``target=subject`` makes the subject the
target, ``source=under`` finds the source in the verb's "under" phrase ("Kyiv came
under a Russian drone attack": come, under attack, 195, target=subject
source=under). Blank lines and lines starting with ``#`` are skipped. Bad
lines become numbered messages; the rest of the file loads.
"""

from __future__ import annotations

from collections.abc import Container
from pathlib import Path

from ..errors import message
from .rules import DISCARD, VerbRule, split_words

REQUIRED = ("lemma", "particle", "words", "code")
OPTIONAL = ("note", "before", "roles")
ROLE_PLACES = frozenset({"subject", "about", "against", "among", "at", "between", "by", "for", "from", "in", "into",
                         "of", "on", "over", "to", "toward", "towards", "under", "upon", "with"})
"""Where a ``roles`` column may put an actor: the subject, or the phrase of one of these prepositions."""


def read_text(path: Path, problems: list[str]) -> str | None:
    """The file's text, or ``None`` (with a message) when it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(message("W313", where=path.name, reason=exc.strerror or exc.__class__.__name__))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.append(message("W314", where=path.name))
        return data.decode("utf-8", errors="replace")


def _is_word(text: str) -> bool:
    return bool(text) and text.replace("-", "").replace("'", "").isalpha()


def _items(field: str) -> tuple[str, ...]:
    """``"on peace+talks"`` -> ``("on", "peace talks")``."""
    return tuple(" ".join(split_words(item)) for item in field.split() if split_words(item))


def _roles(field: str) -> dict[str, str] | None:
    """``"target=subject source=under"`` -> ``{"target": "subject", "source": "under"}``; None if malformed."""
    roles: dict[str, str] = {}
    for item in field.split():
        role, _, where = item.lower().partition("=")
        if role not in ("target", "source") or role in roles or where not in ROLE_PLACES:
            return None
        roles[role] = where
    return roles


def read_verbs_tsv(
    text: str, label: str, origin: str, codes: Container[str], problems: list[str]
) -> list[VerbRule]:
    """Rules from the text of a verbs TSV; ``label`` names the file in messages."""
    rules: list[VerbRule] = []
    columns: dict[str, int] | None = None
    width = 0
    seen: dict[tuple[str, str | None, tuple[str, ...], tuple[str, ...]], int] = {}
    for n, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in raw.split("\t")]
        where = f"{label} line {n}"
        if columns is None:
            names = [f.lower() for f in fields]
            if not all(name in names for name in REQUIRED):
                problems.append(message("W315", where=where, found="\t".join(fields)))
                return rules
            columns = {name: names.index(name) for name in REQUIRED + OPTIONAL if name in names}
            width = len(names)
            continue
        if len(fields) == 1:
            problems.append(message("W312", where=where, why="no tabs: columns must be separated by tabs"))
            continue
        fields += [""] * (width - len(fields))
        lemma = fields[columns["lemma"]].lower()
        particle = fields[columns["particle"]].lower() or None
        code = fields[columns["code"]]
        if not _is_word(lemma):
            problems.append(message("W312", where=where, why=f"lemma {lemma!r} is not one word"))
            continue
        if particle is not None and not _is_word(particle):
            problems.append(message("W312", where=where, why=f"particle {particle!r} is not one word"))
            continue
        if not code:
            problems.append(message("W312", where=where, why="no code"))
            continue
        if code != DISCARD and code not in codes:
            problems.append(message("W311", where=where, code=code, skipped="rule skipped"))
            continue
        before = _items(fields[columns["before"]]) if "before" in columns else ()
        roles = _roles(fields[columns["roles"]]) if "roles" in columns else {}
        if roles is None:
            problems.append(message("W312", where=where, why="roles are 'target=' and 'source=' followed by "
                                                             "'subject' or a preposition"))
            continue
        rule = VerbRule(lemma, code, particle, _items(fields[columns["words"]]), before, origin, n,
                        target_at=roles.get("target"), source_at=roles.get("source"))
        if rule.key in seen:
            problems.append(message("W316", where=where, first=seen[rule.key]))
            continue
        seen[rule.key] = n
        rules.append(rule)
    return rules
