"""Headline case: a line in Title Case or ALL CAPS re-cased as running text for the parser.

spaCy's small English model reads capitalised words as names: "U.S. Lifts Travel Ban to Lebanon" is a
string of proper nouns with no verb, and "RUSSIA FIRES MISSILES AT KYIV" no better. Before parsing, such a
line has its common words lower-cased ("U.S. lifts travel ban to Lebanon") and, in capitals, its names set
in Title Case, so the parser sees the sentence a reporter would have written. Only the parser's copy is
re-cased, letter for letter at the same offsets: the article's text, the evidence and the time
expressions read the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable

WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")
CALENDAR = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december"})
"""Names of days and months, which stay capitalised ("may" would be a modal verb)."""
MIN_WORDS = 3
TITLE_SHARE = 1.0
"""A line is in Title Case when this share of its words, after the first, past the short function words,
are capitalised: all of them, as a headline has it; a sentence full of names and titles still has a verb
in lower case ("U.S. President Joe Biden and Ukrainian President Volodymyr Zelensky met in Washington")."""
ACRONYM = 4
"""In a line of capitals, a name this short that is no place stays in capitals ("NATO", "IAEA"); a place
("KYIV") or a longer name takes Title Case."""
PROPER_ADJECTIVES = frozenset({
    "arab", "arabic", "kurd", "kurdish", "shia", "shiite", "sunni", "muslim", "islamic", "jewish", "christian",
    "catholic", "orthodox", "hindu", "buddhist", "sikh", "tamil", "druze", "alawite", "western", "islamist"})
"""Words of peoples and faiths that the lemmatizer's tables hold as common words but that are capitalised
in running text, as the parser and the actor stage expect ("Kurdish militants")."""


class HeadlineCase:
    """Re-cases the headline-style lines of a text (see the module's description).

    ``common`` says whether a lower-case word is a common English word (any inflection); ``name_kind``
    whether a word, as written, names a place ("place") or another actor ("name"), which keeps its capital
    even where it is also a common word ("Turkey", "Jordan"), or neither (None)."""

    def __init__(self, common: Callable[[str], bool], name_kind: Callable[[str], str | None],
                 function_words: frozenset[str]) -> None:
        self.common = common
        self.name_kind = name_kind
        self.function_words = function_words

    def is_name(self, word: str) -> bool:
        return word.lower() in PROPER_ADJECTIVES or self.name_kind(word) is not None

    @classmethod
    def for_model(cls, nlp, name_kind: Callable[[str], str | None]) -> HeadlineCase:
        """Common words from the spaCy model's lemmatizer tables (its index of nouns, verbs, adjectives and
        adverbs, and their irregular forms) and stop words."""
        lemmas: set[str] = set()
        exceptions: set[str] = set()
        try:
            lookups = nlp.get_pipe("lemmatizer").lookups
            for words in lookups.get_table("lemma_index", {}).values():
                lemmas.update(words)
            for forms in lookups.get_table("lemma_exc", {}).values():
                exceptions.update(forms)
        except (KeyError, AttributeError, ValueError):
            pass  # a model without these tables: only the stop words count as common
        stop = frozenset(nlp.Defaults.stop_words)

        def common(word: str) -> bool:
            return word in stop or word in exceptions or any(base in lemmas for base in _bases(word))

        return cls(common, name_kind, stop)

    def __call__(self, text: str) -> str:
        if not any(_looks_like_headline(line) for line in text.splitlines()):
            return text  # the usual case, answered without building anything
        return "".join(self.recase_line(line) for line in text.splitlines(keepends=True))

    def recase_line(self, line: str) -> str:
        words = list(WORD.finditer(line))
        if len(words) < MIN_WORDS:
            return line
        capitals = _all_capitals(words)
        if not capitals and not self._title_case(words):
            return line
        out = list(line)
        for n, match in enumerate(words):
            word = match.group()
            if len(word) < 2:
                continue  # "U.S.", "I"
            new = self._recased(word, first=n == 0, capitals=capitals)
            if len(new) == len(word):  # (a letter whose case changes its length is left alone)
                out[match.start():match.end()] = new
        return "".join(out)

    def _title_case(self, words) -> bool:
        rest = [m.group() for m in words[1:] if m.group().lower() not in self.function_words]
        upper = [w for w in rest if w[0].isupper()]
        return len(rest) >= MIN_WORDS - 1 and len(upper) >= TITLE_SHARE * len(rest) and \
            any(self.common(w.lower()) and not self.is_name(w) for w in upper)

    def _recased(self, word: str, first: bool, capitals: bool) -> str:
        low = word.lower()
        if low in CALENDAR:
            return word.capitalize() if capitals else word
        if self.is_name(word):
            short = len(word) <= ACRONYM and self.name_kind(word) != "place"
            return word if not capitals or short else word.capitalize()
        if self.common(low):
            return word.capitalize() if first else low
        if capitals:  # no common word, no known name: a name all the same ("ZELENSKY"), or an acronym
            return word if len(word) <= ACRONYM + 2 else word.capitalize()
        return word


def _looks_like_headline(line: str) -> bool:
    """A cheap first test: at least three words, and either no lower-case letter or most words capitalised."""
    words = line.split()
    if len(words) < MIN_WORDS:
        return False
    if not any(c.islower() for c in line):
        return any(c.isalpha() for c in line)
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised >= len(words) * 0.6


def _all_capitals(words) -> bool:
    letters = [m.group() for m in words]
    return all(w.isupper() or not w.isalpha() for w in letters) and sum(len(w) >= 3 for w in letters) >= MIN_WORDS


def _bases(word: str) -> list[str]:
    """The word and the stems its regular inflections would have: "lifts" -> lift, "increases" ->
    increase, "strikes" -> strike, "killed" -> kill, "supplying" -> supply."""
    bases = [word]
    for suffix, replacements in (("ies", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ied", ("y",)),
                                 ("ed", ("", "e")), ("ing", ("", "e"))):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            bases += [stem + r for r in replacements]
            if suffix in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2]:
                bases.append(stem[:-1])  # "stopped" -> stop
    return bases


def original_case(article: str, parsed: str, text: str | None, start: int | None = None) -> str | None:
    """``text``, words of the parser's copy ``parsed`` of ``article`` at ``start`` (or where it first occurs),
    as the article writes them: the same letters in the article's case."""
    if text is None:
        return text
    if start is None:
        start = parsed.find(text)
    original = article[start:start + len(text)] if start is not None and start >= 0 else ""
    return original if original.lower() == text.lower() else text
