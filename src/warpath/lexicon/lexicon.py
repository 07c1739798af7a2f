"""The verb lexicon: predicate patterns to CAMEO event codes, indexed by lemma.

Build it once and pass it to the stage that codes events::

    verbs = VerbLexicon.load_default()
    verbs.add_tsv("myverbs.tsv")                       # user rules win ties over defaults
    verbs.add_petrarch("CAMEO.verbpatterns.txt")       # a PETRARCH/TABARI verbs dictionary
    rule = verbs.match("launch", ["a", "missile", "at", "kyiv"])
    rule.code                                          # '195'
    verbs.match("call", ["the", "talk"], particle="off").code    # '164'
    verbs.match("fire", ["the", "employee"]).is_discard          # True: not an event

:meth:`VerbLexicon.match` returns the most specific rule that fits: the most
words (each word of a multiword item counts, so do before-words and a particle),
then the most recently added file (user files over the package's defaults),
then the rule whose first word comes first in what the verb governs (a rule
without words counts as first), then file order. A rule with a particle needs that particle; a rule without
one also fits a verb that has one ("shoot down" falls back to "shoot") unless a
particle rule fits better.

Verbs that ask for, demand, refuse or promise an action share one table of the actions: where a
verb's best rule is its family's general code (020 appeal, 100 demand, 120 reject, 030 intent), the
rule its family's model verb has for the same words counts ("appealed for a ceasefire" is 0256 as
"urged a ceasefire" is; "insisted on the withdrawal" 106 as "demanded the withdrawal").

Bad lines in a lexicon file never raise: each becomes a numbered message in
:attr:`VerbLexicon.problems` (``[W311] myverbs.tsv line 12: ...``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from importlib import resources
from pathlib import Path

from ..codebook import Codebook
from .petrarch import read_petrarch_verbs
from .rules import DISCARD, Item, VerbRule, compile_item, found, tokens
from .tsv import read_text, read_verbs_tsv

DEFAULT_FILE = "verbs.tsv"

PREPOSITIONS = frozenset(
    "about against around as at behind by for from in into of off on out over to toward towards under upon with".split()
)
"""Words a rule may name alone to say which phrase follows the verb ("call for", "side with")."""
FAMILY_MODELS = {"020": "urge", "100": "demand", "120": "reject", "030": "promise"}
"""General codes of asking for, demanding, refusing and promising an action, and the verb whose rules
name the actions for all verbs of that code."""
OWN_OBJECTS = frozenset({"accept", "agree", "order"})
"""Verbs of those codes whose object is no action asked for or promised: aid accepted is received, an
order is carried out."""
ASKING_NOUNS = frozenset({"call", "appeal", "plea", "request", "demand", "pressure", "petition", "application",
                          "offer", "pledge", "promise", "commitment", "guarantee", "proposal", "readiness",
                          "willingness", "desire"})
"""Nouns of the asking, demanding or promising itself: a rule naming only these (and prepositions) says how
the action is asked for ("renewed its call for", "made an offer of"), not what it is."""


class _Entry:
    """A rule compiled for matching: its place in match order and its compiled words."""

    __slots__ = ("order", "particle", "items", "lead", "before", "rule")

    def __init__(self, order: tuple[int, int, int], rule: VerbRule) -> None:
        self.order = order
        self.particle = rule.particle
        self.items = tuple(compile_item(w) for w in rule.words if w.strip())
        # the first item that is not a lone preposition: where it occurs places the rule among its ties
        self.lead = next((item for item in self.items if len(item) > 1 or not item[0] & PREPOSITIONS), None)
        self.before = tuple(compile_item(w) for w in rule.before if w.strip())
        self.rule = rule


class _Verb:
    """The rules of one lemma: those without words in match order, and those
    with words indexed by every form of their first word, so a call only looks
    at rules whose first word occurs in what the verb governs."""

    __slots__ = ("plain", "by_word")

    def __init__(self) -> None:
        self.plain: list[_Entry] = []
        self.by_word: dict[str, list[_Entry]] = {}

    def add(self, entry: _Entry) -> None:
        if not entry.items:
            self.plain.append(entry)
            return
        for form in entry.items[0][0]:
            self.by_word.setdefault(form, []).append(entry)

    def sort(self) -> None:
        self.plain.sort(key=_order)
        for entries in self.by_word.values():
            entries.sort(key=_order)

    def entries(self) -> list[_Entry]:
        seen: dict[int, _Entry] = {id(e): e for e in self.plain}
        for entries in self.by_word.values():
            seen.update((id(e), e) for e in entries)
        return sorted(seen.values(), key=_order)


def _order(entry: _Entry) -> tuple[int, int, int]:
    return entry.order


def _position(entry: _Entry, words: list[str]) -> int:
    """How a rule ranks among rules as specific as it: by where its first word that is not a lone
    preposition occurs in ``words``, so the object wins over a phrase hung on it ("rejected an
    extradition request ... on the charge of rebellion" is a rejected request), and a word over a
    preposition ("called for a ceasefire" is an appeal for one, not any appeal); rules of
    prepositions only come after, by where their first one occurs."""
    if entry.lead is None:
        return len(words) + _first(entry.items[0], words)
    return _first(entry.lead, words)


def _first(item: Item, words: list[str]) -> int:
    """Where the first word of ``item`` first occurs in ``words``."""
    return next((n for n, w in enumerate(words) if w in item[0]), len(words))


class VerbLexicon:
    """Verb rules indexed by lemma, most specific first."""

    def __init__(self, codebook: Codebook | None = None) -> None:
        self.problems: list[str] = []
        """Numbered messages for lines that could not be loaded, in load order."""
        self._codes = codebook if codebook is not None else Codebook.load()
        self._index: dict[str, _Verb] = {}
        self._layer = 0
        self._count = 0

    # ---- loading -------------------------------------------------------

    @classmethod
    def load_default(cls, codebook: Codebook | None = None) -> VerbLexicon:
        """The team's lexicon shipped in ``warpath/data/cameo/verbs.tsv``."""
        self = cls(codebook)
        text = resources.files("warpath").joinpath("data", "cameo", DEFAULT_FILE).read_text(encoding="utf-8")
        self.add(read_verbs_tsv(text, DEFAULT_FILE, "warpath", self._codes, self.problems))
        return self

    def add_tsv(self, path: str | Path) -> int:
        """Load user rules in the ``verbs.tsv`` format (see :mod:`.tsv`); returns rules loaded."""
        path = Path(path)
        text = read_text(path, self.problems)
        if text is None:
            return 0
        return self.add(read_verbs_tsv(text, path.name, path.name, self._codes, self.problems))

    def add_petrarch(self, path: str | Path) -> int:
        """Load a PETRARCH/TABARI verbs dictionary (see :mod:`.petrarch`); returns rules loaded."""
        path = Path(path)
        text = read_text(path, self.problems)
        if text is None:
            return 0
        return self.add(read_petrarch_verbs(text, path.name, path.name, self._codes, self.problems))

    def add(self, rules: Iterable[VerbRule]) -> int:
        """Add rules as one new layer (winning ties over earlier layers); returns rules added.

        Raises ``ValueError`` for a code outside the codebook: rules built in
        code are the caller's to get right (files go through the loaders,
        which report bad lines instead).
        """
        self._layer += 1
        touched: set[str] = set()
        added = 0
        for rule in rules:
            if rule.code != DISCARD and rule.code not in self._codes:
                raise ValueError(f"{rule.origin} line {rule.line}: code {rule.code!r} is not in the CAMEO codebook")
            self._count += 1
            entry = _Entry((-rule.specificity, -self._layer, self._count), rule)
            self._index.setdefault(rule.lemma, _Verb()).add(entry)
            touched.add(rule.lemma)
            added += 1
        for lemma in touched:
            self._index[lemma].sort()
        return added

    # ---- lookups -------------------------------------------------------

    def match(
        self, lemma: str, after: Sequence[str], before: Sequence[str] = (), particle: str | None = None
    ) -> VerbRule | None:
        """The most specific rule for verb ``lemma`` governing ``after``, or None.

        ``after``: lowercased lemmas of what the verb governs after it, in text
        order (objects, prepositions and their objects, complements; items may
        be multiword, ``"peace talks"``). ``before``: lemmas before the verb in
        its clause. ``particle``: the verb's phrasal particle (spaCy ``prt``),
        if any; a rule's particle is also found as the first word of ``after``
        when ``particle`` is None ("pulled out of", where the parser makes
        ``out`` a preposition). A returned rule may be a discard
        (``rule.is_discard``): the predicate is not an event.
        """
        verb = self._index.get(lemma) or self._index.get(lemma.lower())
        if verb is None:
            return None
        words: list[str] = []
        word_set: set[str] = set()
        if verb.by_word or particle is None:
            words = tokens(after, particle)
            word_set = set(words)
        best: _Entry | None = None
        for entry in verb.plain:
            if self._fits(entry, particle, words, word_set, before):
                best = entry
                break
        best_rank = None if best is None else (*best.order[:2], -1, best.order[2])
        if verb.by_word:
            for word in word_set:
                for entry in verb.by_word.get(word, ()):
                    if best_rank is not None and best_rank[:2] < entry.order[:2]:
                        break
                    if self._fits(entry, particle, words, word_set, before):
                        rank = (*entry.order[:2], _position(entry, words), entry.order[2])
                        if best_rank is None or rank < best_rank:
                            best, best_rank = entry, rank
        if best is None:
            return None
        return self._shared(best.rule, after, before) or best.rule

    def _shared(self, rule: VerbRule, after: Sequence[str], before: Sequence[str]) -> VerbRule | None:
        """The rule of ``rule``'s family model for the same words, as ``rule``'s verb's, where ``rule`` has
        its family's general code and the model names the action ("lobbied for a ceasefire" as "urged a
        ceasefire"); else None."""
        model = FAMILY_MODELS.get(rule.code)
        if model is None or rule.lemma in OWN_OBJECTS | {model} or rule.before or rule.target_at or rule.source_at \
                or any(w not in PREPOSITIONS | ASKING_NOUNS for w in rule.words):
            return None
        shared = self.match(model, after, before)
        if shared is None or shared.is_discard or shared.code == rule.code or not shared.words:
            return None
        return replace(shared, lemma=rule.lemma, particle=rule.particle, words=rule.words + shared.words)

    @staticmethod
    def _fits(entry: _Entry, particle: str | None, words: list[str], word_set: set[str], before: Sequence[str]) -> bool:
        """Whether ``entry``'s particle, words and before-words are all present."""
        if entry.particle is not None and entry.particle != particle:
            # the parser may make a particle a preposition ("pulled out of"): accept it first in ``after``
            if particle is not None or not words or words[0] != entry.particle:
                return False
        for item in entry.items:
            if not found(item, words, word_set):
                return False
        if entry.before:
            prior = tokens(before)
            prior_set = set(prior)
            for item in entry.before:
                if not found(item, prior, prior_set):
                    return False
        return True

    def rules_for(self, lemma: str) -> list[VerbRule]:
        """The rules of ``lemma``, in the order :meth:`match` tries them."""
        verb = self._index.get(lemma)
        return [] if verb is None else [entry.rule for entry in verb.entries()]

    def lemmas(self) -> set[str]:
        """Every lemma with at least one rule."""
        return set(self._index)

    def __iter__(self) -> Iterator[VerbRule]:
        for verb in self._index.values():
            for entry in verb.entries():
                yield entry.rule

    def __len__(self) -> int:
        return sum(len(verb.entries()) for verb in self._index.values())

    def __contains__(self, lemma: object) -> bool:
        return lemma in self._index
