"""The CAMEO event codebook with Goldstein scores, quad classes and PLOVER mapping.

Loaded once from ``warpath/data/cameo/cameo-event-codes.tsv``::

    book = Codebook.load()
    book["195"].goldstein, book["195"].quad_class, book["195"].plover_event
    # (-10.0, 4, 'ASSAULT')
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

QUAD_CLASSES = {1: "Verbal Cooperation", 2: "Material Cooperation", 3: "Verbal Conflict", 4: "Material Conflict"}


@dataclass(frozen=True)
class CameoCode:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover_event: str | None  # None where PLOVER drops the CAMEO category
    plover_mode: str | None
    plover_context: str | None

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "root": self.root, "name": self.name,
                "goldstein": self.goldstein, "quad_class": self.quad_class}


class Codebook:
    """CAMEO codes by code string; unknown sub-codes fall back to their parent."""

    def __init__(self, codes: dict[str, CameoCode], intents: dict[str, str] | None = None,
                 refusals: dict[str, str] | None = None, demands: dict[str, str] | None = None) -> None:
        self.codes = codes
        self.intents = intents or {}
        self.refusals = refusals or {}
        self.demands = demands or {}

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> Codebook:
        text = resources.files("warpath").joinpath("data/cameo/cameo-event-codes.tsv").read_text(encoding="utf-8")
        codes = {}
        for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
            plover = row["plover_event"].strip()
            codes[row["code"]] = CameoCode(
                code=row["code"],
                root=row["root"],
                name=row["description"].strip(),
                goldstein=float(row["goldstein"]),
                quad_class=int(row["quadclass"]),
                plover_event=None if not plover or plover.startswith("(") else plover.split("|")[0],
                plover_mode=row["plover_mode"].strip() or None,
                plover_context=row["plover_context"].strip() or None,
            )
        return cls(codes, _mapping("intent-codes.tsv", "intent"), _mapping("refusal-codes.tsv", "refusal"),
                   _mapping("demand-codes.tsv", "demand"))

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def __getitem__(self, code: str) -> CameoCode:
        """The entry for ``code``, or for its nearest listed parent (``0874`` -> ``087``)."""
        probe = code
        while probe:
            if probe in self.codes:
                return self.codes[probe]
            probe = probe[:-1]
        raise KeyError(code)

    def intent_of(self, code: str) -> str | None:
        """The code for announcing action ``code`` rather than doing it (072 -> 0332, 195 -> 1384).

        None where the action is itself verbal (statements, appeals, demands, threats...)."""
        return _nearest(self.intents, code)

    def announcement_of(self, code: str) -> str | None:
        """``code`` itself if it announces (CAMEO 03x intents, 13x threats), else :meth:`intent_of` it."""
        return code if code[:2] in ("03", "13") else self.intent_of(code)

    def refusal_of(self, code: str) -> str | None:
        """The code for refusing cooperative action ``code`` (085 -> 1244, 057 -> 127); None where
        CAMEO has no rejection of it (conflict, statements)."""
        return _nearest(self.refusals, code)

    def demand_of(self, code: str) -> str | None:
        """The code for demanding action ``code`` of someone (0874 -> 106, 084 -> 1053); None where the
        action is a statement, an appeal or a demand already."""
        return _nearest(self.demands, code)

    def roots(self) -> list[CameoCode]:
        return [c for c in self.codes.values() if c.code == c.root]


def _mapping(name: str, column: str) -> dict[str, str]:
    """``code -> column`` from a two-column TSV of ``data/cameo`` (``#`` lines are comments)."""
    table = resources.files("warpath").joinpath(f"data/cameo/{name}").read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO("\n".join(x for x in table.splitlines() if not x.startswith("#"))),
                          delimiter="\t")
    return {r["code"]: r[column] for r in rows}


def _nearest(table: dict[str, str], code: str) -> str | None:
    """The entry of ``code`` or of its nearest listed parent (a root is the default of its codes)."""
    probe = code
    while probe:
        if probe in table:
            return table[probe]
        probe = probe[:-1]
    return None
