"""The line syntax of PETRARCH/TABARI verbs dictionaries (see :mod:`.petrarch`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

PARTICLES = frozenset(
    "up down off out away back over on in by through around about along aside forward apart together".split()
)
"""Words after a multiword verb's verb that become its particle (``GO_BY``)."""

HEADER = re.compile(r"^-{3}\s*(\S+?)\s*(?:\[([^\]]*)\])?\s*-{3}\s*$")
CODE_AT_END = re.compile(r"\[([^\]]*)\]\s*$")
FORMS = re.compile(r"\{([^}]*)\}")
VERB = re.compile(r"^[A-Za-z+][A-Za-z_+'\-]*$")
TOKEN = re.compile(r"[{}()]|[^\s{}()]+")
MARKERS = frozenset("$+%^")
PREPOSITIONS = frozenset(
    "about against among at between by for from in into near of on onto over through to toward towards upon with"
    " within".split()
)
"""Words after which a pattern's actor marker names a prepositional phrase (``ABOUT +``)."""


@dataclass
class Node:
    """A pattern element: a ``word``, a ``syn`` reference, or a ``paren``/``brace`` group."""

    kind: str
    text: str = ""
    children: list[Node] = field(default_factory=list)


STAR = Node("word", "*")


class BadLine(ValueError):
    """A line that cannot be read; the message says why."""


class Undefined(LookupError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


@dataclass
class VerbForm:
    lemma: str
    particle: str | None
    words: tuple[str, ...]
    before: tuple[str, ...]
    code: str | None
    line: int


@dataclass
class Pattern:
    before: list[Node]
    after: list[Node]
    code: str
    line: int
    target_at: str | None = None
    source_at: str | None = None


@dataclass
class Block:
    code: str | None
    line: int
    verbs: list[VerbForm] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


def strip_comment(line: str) -> str:
    """The line up to a ``#`` that is not inside ``[...]`` (``[###]`` is a code)."""
    depth = 0
    for i, char in enumerate(line):
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char == "#" and depth == 0:
            return line[:i]
    return line


def parse_nodes(text: str) -> list[Node]:
    """Pattern text into words, synset references and bracket groups."""
    stack = [Node("top")]
    for token in TOKEN.findall(text):
        if token in "({":
            stack.append(Node("paren" if token == "(" else "brace"))
        elif token in ")}":
            group = stack.pop()
            if group.kind != ("paren" if token == ")" else "brace"):
                raise BadLine(f"unbalanced {token!r}")
            stack[-1].children.append(group)
        elif token in MARKERS:
            continue
        elif token.startswith("&"):
            stack[-1].children.append(Node("syn", token[1:].upper()))
        else:
            stack[-1].children.append(Node("word", token))
    if len(stack) != 1:
        raise BadLine("unclosed bracket")
    return stack[0].children


def marker_roles(text: str) -> tuple[str | None, str | None]:
    """Where a pattern's actor markers put the target (``+``) and the source (``$``): ``"subject"`` for a
    marker before the verb (``+ * (FROM $)``: the subject is the target), else the preposition whose
    phrase holds it (``* THEIR ^ ABOUT +``, ``(WITH +)``); None where the pattern does not say."""
    roles: dict[str, str] = {}
    verb_seen, preposition = False, None
    for token in TOKEN.findall(text):
        if token == "*":
            verb_seen = True
        elif token in ("+", "$"):
            where = preposition if verb_seen else "subject"
            if where is not None:
                roles.setdefault(token, where)
        elif verb_seen and token.lower() in PREPOSITIONS:
            preposition = token.lower()
        elif token in ("^", ")"):
            preposition = None  # "(AT ^ ^) +", "(AT) ^ +": the marker is past the preposition's phrase
    return roles.get("+"), roles.get("$")


def verb_parts(head: str) -> tuple[str, str | None, tuple[str, ...], tuple[str, ...]]:
    """``+GO_BY`` -> (go, by, (), ()); ``WIRE_+TAP`` -> (tap, None, (), (wire,))."""
    parts = [p for p in head.split("_") if p]
    at = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    verb = parts[at].lstrip("+").lower()
    pre = [p.lstrip("+").lower() for p in parts[:at]]
    post = [p.lstrip("+").lower() for p in parts[at + 1 :]]
    particle = post.pop(0) if post and post[0] in PARTICLES else None
    return verb, particle, ((" ".join(post),) if post else ()), ((" ".join(pre),) if pre else ())
