"""Which rules can match a text at all, found before any rule's pattern runs.

Most of the time-expression stage's time went on patterns scanning texts they do
not match: each starts with a look-behind, so the regex engine tries it at every
character. Every pattern here holds words one of which any match must contain
("ago", "back", "from", "hence" for "three weeks ago"); looking for those words in
the text is a plain substring search, and a rule none of whose words occurs is
skipped. The words are read from the compiled pattern itself, so they cannot fall
out of step with it.
"""

from __future__ import annotations

import re

try:  # the regex parser is private; without it every rule simply runs
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python builds without the module
    _sre = _sre_parse = None

_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
"""The non-ASCII characters that a case-insensitive pattern letter matches (dotted and dotless I,
long s, the Kelvin sign): checked against every code point in tests/test_timex_prefilter.py."""


def fold(text: str) -> str:
    """``text`` lower-cased so that a case-insensitive ASCII literal's match holds the literal itself."""
    return text.translate(_FOLD).lower()


def required_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``pattern`` contains, or None if none are known.

    >>> sorted(required_strings(re.compile(r"(?:\\d+|a few)\\s+(?:days|weeks)\\s+ago", re.I)))
    ['days', 'weeks']
    >>> required_strings(re.compile(r"\\d+")) is None
    True
    """
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - anything re compiled parses again
        return None
    found = _required(parsed)
    if not found or not all(s.isascii() for s in found):
        return None
    return frozenset(fold(s) for s in found)


def _required(sequence) -> set[str] | None:
    """The best of the required string sets of a sequence's items: the one whose shortest string is
    longest (rarer in text), then the smallest."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, arg in sequence:
        if op is _sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            options.append({"".join(run)})
            run = []
        item = _required_item(op, arg)
        if item:
            options.append(item)
    if run:
        options.append({"".join(run)})
    if not options:
        return None
    return max(options, key=lambda s: (min(map(len, s)), -len(s)))


def _required_item(op, arg) -> set[str] | None:
    if op is _sre.SUBPATTERN:
        return _required(arg[-1])
    if op is _sre.ATOMIC_GROUP:
        return _required(arg)
    if op is _sre.BRANCH:
        branches = [_required(b) for b in arg[1]]
        return set().union(*branches) if all(branches) else None
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
        return _required(arg[2])
    return None
