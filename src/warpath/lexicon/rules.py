"""Verb rules and the word matching they need.

A :class:`VerbRule` says: this verb lemma (with this particle), governing these
words, is CAMEO event ``code`` (or ``"---"``: not an event). Rule words are
lemmas; a multiword item (``"peace talks"``) must appear as consecutive words.
Matching is forgiving about number on both sides: a rule word ``"talk"`` finds
``"talks"`` and ``"sanctions"`` finds ``"sanction"``, so rules written from
surface text (PETRARCH patterns) and from lemmas (``verbs.tsv``) both work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

DISCARD = "---"
"""The code of a rule that says "this pattern is not an event"."""

Item = tuple[frozenset[str], ...]
"""One rule word, compiled: for each of its words, the forms that match it."""


@dataclass(frozen=True)
class VerbRule:
    """One predicate pattern and the CAMEO event code it stands for."""

    lemma: str
    code: str
    particle: str | None = None
    words: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    origin: str = "warpath"
    line: int = 0
    reverse: str | None = None
    """The code of the paired event, from the target to the source (TABARI's ``[042:043]``: "X arrived in
    Y" is also Y hosting X), or None."""
    target_at: str | None = None
    """Where the target is, when the pattern says: ``"subject"``, or the preposition whose phrase holds it
    (``"about"`` for PETRARCH's ``WARN * THEIR ^ ABOUT +``)."""
    source_at: str | None = None
    """Where the source is, likewise (``"from"`` for ``+ * (FROM $)``)."""

    @property
    def is_discard(self) -> bool:
        """True when the pattern is explicitly not an event (code ``---``)."""
        return self.code == DISCARD

    @property
    def specificity(self) -> int:
        """How much the rule asks for: its words (each word of a multiword
        item counts), its before-words, and 1 for a particle."""
        count = sum(len(split_words(w)) for w in self.words)
        count += sum(len(split_words(w)) for w in self.before)
        return count + (self.particle is not None)

    @property
    def key(self) -> tuple[str, str | None, tuple[str, ...], tuple[str, ...]]:
        """What the rule matches on (everything but code and provenance)."""
        return (self.lemma, self.particle, self.words, self.before)


def split_words(text: str) -> list[str]:
    """``"Peace+Talks"``, ``"peace_talks"``, ``"cease-fire"`` -> lowercased words."""
    return text.lower().replace("+", " ").replace("_", " ").replace("-", " ").split()


def tokens(items: Sequence[str], particle: str | None = None) -> list[str]:
    """The caller's lemmas as single lowercased words, multiword items split,
    hyphens dropped (``"cease-fire"`` -> ``cease fire``, and ``ceasefire`` at the end,
    for a rule that writes it closed); the particle, if any, first."""
    text = " ".join(items).lower()
    words = text.replace("-", " ").split()
    words += [w.replace("-", "") for w in text.split() if "-" in w.strip("-")]
    if particle:
        words.insert(0, particle.lower())
    return words


_VOWELS = frozenset("aeiou")


def variants(word: str) -> frozenset[str]:
    """``word`` and its likely singular and plural forms (cheap English rules)."""
    out = {word}
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        out.add(word[:-1])
        if word.endswith("ies"):
            out.add(word[:-3] + "y")
        elif word.endswith(("ses", "xes", "zes", "ches", "shes")):
            out.add(word[:-2])
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        out.add(word[:-1] + "ies")
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        out.add(word + "es")
    else:
        out.add(word + "s")
    return frozenset(out)


def compile_item(text: str) -> Item:
    """A rule word (``"peace talks"``) as the forms each of its words accepts."""
    return tuple(variants(w) for w in split_words(text))


def found(item: Item, words: list[str], word_set: set[str]) -> bool:
    """Whether ``item`` occurs in ``words`` (its words consecutive, in order)."""
    first = item[0]
    if first.isdisjoint(word_set):
        return False
    size = len(item)
    if size == 1:
        return True
    for start in range(len(words) - size + 1):
        if words[start] in first and all(words[start + k] in item[k] for k in range(1, size)):
            return True
    return False
