"""Read a PETRARCH/TABARI verbs dictionary into :class:`VerbRule` objects.

The format, as far as warpath reads it::

    &CEASEFIRE                 a synonym set ("synset") ...
    +TRUCE                     ... and its members: words, multiword
    +CEASE_FIRE                    (``_`` or space), other synsets (``+&X``)
    +(TO THE END)                  or ``(...)`` groups

    --- AGREE [050] ---        a verb block and the code of its bare verbs
    AGREE                      the verbs of the block, one a line, with their
    PERMIT {PERMITS PERMITTED} inflections in {} and optionally their own code;
    +GO_BY {+WENT_BY}          ``+`` marks the verb of a multiword verb
    - * (TO &CEASEFIRE) [0356] patterns: words before ``*``, words after it

A multiword verb becomes its verb's lemma plus what surrounds it: ``+GO_BY``
is ``go`` with particle ``by`` (a word of :data:`~.petrarch_syntax.PARTICLES`),
``+TAKE_NOTE`` is ``take`` governing ``note``, ``WIRE_+TAP`` is ``tap`` with
``wire`` before it.

In a pattern, ``{A B}`` is a phrase (its words in a row), ``(A B)`` a group of
separate words (a prepositional phrase), ``&X`` any member of synset X; the
actor markers ``+`` (target) and ``$`` (source) say where a pattern finds them, before
the verb (the subject) or in the phrase of the preposition before the marker
(:attr:`VerbRule.target_at`), ``% ^`` are ignored; ``[a:b]`` is code ``a`` and, for the
event from the target to the source, its pair ``b`` (:attr:`VerbRule.reverse`);
``[---]`` marks a discard; ``#`` starts a comment. Every pattern applies to every verb of
its block. A synset makes one rule per member (per combination of members when
a pattern names several, capped at :data:`EXPANSION_CAP`).

Inflected pattern words are kept as written (matching is tolerant of plural
``-s``), except verb forms the file itself lists in ``{}``, which are mapped to
their base (``SAID`` -> ``say``; not ``-ing`` forms, which are often nouns:
``MEETING``). Codes not in the CAMEO codebook are reported
and skipped.
"""

from __future__ import annotations

from collections.abc import Container
from itertools import islice, product
from math import prod

from ..errors import message
from .petrarch_syntax import (
    CODE_AT_END,
    FORMS,
    HEADER,
    STAR,
    VERB,
    BadLine,
    Block,
    Node,
    Pattern,
    Undefined,
    VerbForm,
    marker_roles,
    parse_nodes,
    strip_comment,
    verb_parts,
)
from .rules import DISCARD, VerbRule

EXPANSION_CAP = 100
"""Most rules one pattern line makes for one verb through its synsets."""

Alternative = list[str]
"""One way to fill a slot: rule words (a multiword one has spaces)."""
Slot = list[Alternative]


class PetrarchReader:
    """Reads one verbs file; :meth:`rules` then builds its rules."""

    def __init__(self, text: str, label: str, codes: Container[str]) -> None:
        self.label = label
        self.codes = codes
        self.problems: list[tuple[int, str]] = []
        """(line, numbered message) for each bad line, in the order found."""
        self.synsets: dict[str, list[tuple[str, int]]] = {}
        self.synset_lines: dict[str, int] = {}
        self.blocks: list[Block] = []
        self.forms: dict[str, str] = {}
        self._resolved: dict[str, list[Alternative]] = {}
        self._read(text)

    # ---- reading lines -------------------------------------------------

    def _warn(self, number: str, n: int, **fields: object) -> None:
        self.problems.append((n, message(number, where=f"{self.label} line {n}", **fields)))

    def _code(self, text: str, n: int, skipped: str) -> str | None:
        """``[a]`` or ``[a:b]`` checked against the codebook: ``a``, or ``a:b`` while ``b`` is a code too."""
        code, _, reverse = (part.strip() for part in text.partition(":"))
        if code != DISCARD and code not in self.codes:
            self._warn("W311", n, code=code, skipped=skipped)
            return None
        return f"{code}:{reverse}" if code != DISCARD and reverse in self.codes else code

    def _read(self, text: str) -> None:
        synset: str | None = None
        block: Block | None = None
        for n, raw in enumerate(text.splitlines(), start=1):
            line = strip_comment(raw).strip()
            if not line:
                if not raw.strip():
                    synset = None
                continue
            try:
                if line.startswith("---"):
                    block, synset = self._header(line, n), None
                elif line.startswith("&"):
                    block, synset = None, self._synset(line, n)
                elif line.startswith("+") and synset is not None:
                    self.synsets[synset].append((line[1:].strip(), n))
                elif line.startswith(("-", "*")) and block is not None:
                    if line.startswith("*"):
                        self._warn("W320", n)
                    self._pattern(block, line.lstrip("-").strip(), n)
                elif block is not None:
                    self._verb(block, line, n)
                elif synset is not None:
                    raise BadLine("synset members start with '+'")
                else:
                    raise BadLine("outside any synset or verb block")
            except BadLine as exc:
                self._warn("W312", n, why=str(exc))

    def _header(self, line: str, n: int) -> Block:
        match = HEADER.match(line)
        if match is None:
            raise BadLine("a block header is '--- NAME [code] ---'")
        code = None if match.group(2) is None else self._code(match.group(2), n, "the block's bare verbs have no code")
        block = Block(code, n)
        self.blocks.append(block)
        return block

    def _synset(self, line: str, n: int) -> str:
        name = line[1:].split()[0].upper() if line[1:].split() else ""
        if not name:
            raise BadLine("synset without a name")
        if name in self.synsets:
            self._warn("W319", n, name=name, first=self.synset_lines[name])
        else:
            self.synsets[name] = []
            self.synset_lines[name] = n
        return name

    def _verb(self, block: Block, line: str, n: int) -> None:
        code: str | None = None
        match = CODE_AT_END.search(line)
        if match is not None:
            code = self._code(match.group(1), n, "this verb has no code of its own")
            line = line[: match.start()]
        forms: list[str] = []
        braces = FORMS.search(line)
        if braces is not None:
            forms = braces.group(1).split()
            line = line[: braces.start()] + line[braces.end() :]
        head = line.strip()
        if not VERB.match(head):
            raise BadLine(f"{head!r} is not a verb, a pattern ('- ... * ... [code]') or a synset")
        lemma, particle, words, before = verb_parts(head)
        for form in forms:
            self.forms.setdefault(verb_parts(form)[0], lemma)
        block.verbs.append(VerbForm(lemma, particle, words, before, code, n))

    def _pattern(self, block: Block, body: str, n: int) -> None:
        match = CODE_AT_END.search(body)
        if match is None:
            raise BadLine("a pattern ends with its [code]")
        nodes = parse_nodes(body[: match.start()])
        stars = [i for i, node in enumerate(nodes) if node == STAR]
        if len(stars) != 1:
            raise BadLine("a pattern has exactly one '*' (the verb) outside brackets")
        code = self._code(match.group(1), n, "pattern skipped")
        if code is not None:
            block.patterns.append(Pattern(nodes[: stars[0]], nodes[stars[0] + 1 :], code, n,
                                          *marker_roles(body[: match.start()])))

    # ---- building rules ------------------------------------------------

    def _word(self, text: str) -> str:
        words = text.lower().rstrip("_").replace("_", " ").split()
        return " ".join(w if w.endswith("ing") else self.forms.get(w, w) for w in words)

    def _member(self, text: str, stack: tuple[str, ...]) -> list[Alternative]:
        if text.startswith("&"):
            return self._synset_alternatives(text[1:].split()[0].upper(), stack)
        if text.startswith("("):
            return self._slots_product(self._slots(parse_nodes(text), stack))
        return [[self._word(text)]]

    def _synset_alternatives(self, name: str, stack: tuple[str, ...] = ()) -> list[Alternative]:
        if name in self._resolved:
            return self._resolved[name]
        if name not in self.synsets:
            raise Undefined(name)
        out: list[Alternative] = []
        for text, n in self.synsets[name]:
            if text.startswith("&") and text[1:].split()[0].upper() in stack + (name,):
                path = " -> ".join("&" + s for s in stack + (name, text[1:].split()[0].upper()))
                self._warn("W321", n, name=name, path=path)
                continue
            out += self._member(text, stack + (name,))
        self._resolved[name] = out
        return out

    def _phrases(self, node: Node, stack: tuple[str, ...]) -> list[str]:
        """The texts a node can stand for inside a ``{phrase}``."""
        if node.kind == "word":
            return [self._word(node.text)]
        if node.kind == "syn":
            return [" ".join(alt) for alt in self._synset_alternatives(node.text, stack)]
        parts = [self._phrases(child, stack) for child in node.children]
        return [" ".join(p for p in combo if p) for combo in product(*parts)]

    def _slots(self, nodes: list[Node], stack: tuple[str, ...] = ()) -> list[Slot]:
        """One slot per word position: a ``(group)`` gives one per word, a ``{phrase}`` one."""
        slots: list[Slot] = []
        for node in nodes:
            if node.kind == "word":
                slots.append([[self._word(node.text)]])
            elif node.kind == "syn":
                slots.append(self._synset_alternatives(node.text, stack))
            elif node.kind == "paren":
                slots += self._slots(node.children, stack)
            else:
                slots.append([[phrase] for phrase in self._phrases(node, stack)])
        return slots

    @staticmethod
    def _slots_product(slots: list[Slot]) -> list[Alternative]:
        return [[item for alt in combo for item in alt] for combo in product(*slots)]

    def _expand(self, pattern: Pattern) -> list[tuple[tuple[str, ...], tuple[str, ...]]] | None:
        """Every (before, after) word tuple the pattern stands for, or None if it cannot be built."""
        try:
            before, after = self._slots(pattern.before), self._slots(pattern.after)
        except Undefined as exc:
            self._warn("W317", pattern.line, name=exc.name, skipped="pattern skipped")
            return None
        total = prod(len(slot) for slot in before + after)
        if total > EXPANSION_CAP:
            self._warn("W318", pattern.line, count=total, cap=EXPANSION_CAP)
        out = []
        for combo in islice(product(*before, *after), EXPANSION_CAP):
            words = [[item for item in alt if item] for alt in combo]
            out.append(
                (
                    tuple(w for alt in words[: len(before)] for w in alt),
                    tuple(w for alt in words[len(before) :] for w in alt),
                )
            )
        return out

    def rules(self, origin: str) -> list[VerbRule]:
        rules: list[VerbRule] = []
        seen: set[tuple[str, str | None, tuple[str, ...], tuple[str, ...]]] = set()

        def add(rule: VerbRule) -> None:
            if rule.key not in seen:
                seen.add(rule.key)
                rules.append(rule)

        for block in self.blocks:
            if not block.verbs:
                if block.patterns:
                    self._warn("W312", block.line, why="the block lists no verbs; its patterns are unused")
                continue
            expanded = [(p, self._expand(p)) for p in block.patterns]
            for verb in block.verbs:
                code = verb.code or block.code
                if code is not None:
                    main, reverse = _split(code)
                    add(VerbRule(verb.lemma, main, verb.particle, verb.words, verb.before, origin, verb.line,
                                 reverse))
                for pattern, combos in expanded:
                    main, reverse = _split(pattern.code)
                    for before, after in combos or ():
                        add(
                            VerbRule(
                                verb.lemma,
                                main,
                                verb.particle,
                                verb.words + after,
                                verb.before + before,
                                origin,
                                pattern.line,
                                reverse,
                                pattern.target_at,
                                pattern.source_at,
                            )
                        )
        return rules


def _split(code: str) -> tuple[str, str | None]:
    """``"042:043"`` -> the code and the paired code; ``"042"`` -> ("042", None)."""
    main, _, reverse = code.partition(":")
    return main, reverse or None


def read_petrarch_verbs(
    text: str, label: str, origin: str, codes: Container[str], problems: list[str]
) -> list[VerbRule]:
    """Rules from the text of a PETRARCH verbs dictionary; bad lines go to ``problems``, in line order."""
    reader = PetrarchReader(text, label, codes)
    rules = reader.rules(origin)
    problems.extend(text for _, text in sorted(reader.problems, key=lambda item: item[0]))
    return rules
