"""Score the coder against gold event records.

Gold records are JSON Lines: ``{"id", "date", "text", "events": [{"source":
[codes], "target": [codes], "code": "195" | null, "plover": "ASSAULT" | null}]}``.
Each gold event stands for every (source, target) pair of its lists (an empty
target list is one pair with no target). A predicted event is a triple of source
code, target code and event code, compared as multisets per record:

- strict: full actor codes and full CAMEO code;
- lenient: actor country (first three characters, or the IGO code) and CAMEO root;
- where a gold event has no CAMEO code but a PLOVER type, the PLOVER type
  (legacy names mapped to PLOVER 2021: DEMAND to REQUEST, DISAPPROVE and
  INVESTIGATE to ACCUSE, FIGHT to ASSAULT) takes the code's place at both levels.

Records whose gold has no event score the share coded with no event.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .document import Article, Document
from .errors import WarpathError
from .ingest.dates import parse_date
from .pipeline import Pipeline

LEGACY_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
DEFAULT_MODALITIES = ("asserted", "reported", "intent", "hypothetical", "demanded")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: Counter, predicted: Counter) -> None:
        hit = sum((gold & predicted).values())
        self.tp += hit
        self.fp += sum(predicted.values()) - hit
        self.fn += sum(gold.values()) - hit


@dataclass
class Report:
    records: int = 0
    strict: Score = field(default_factory=Score)
    lenient: Score = field(default_factory=Score)
    no_event_records: int = 0
    no_event_right: int = 0
    errors: list[dict] = field(default_factory=list)

    @property
    def no_event_accuracy(self) -> float | None:
        return self.no_event_right / self.no_event_records if self.no_event_records else None


def country(code: str | None) -> str | None:
    if not code:
        return None
    return code[:9] if code.startswith(("IGO", "NGO")) else code[:3]


def read_gold(path: str | Path) -> Iterator[dict]:
    """Gold records from a JSON Lines file; a malformed line is a clear error naming it."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise WarpathError("E002", origin=str(path), reason=exc.strerror or str(exc)) from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise WarpathError("E009", origin=f"{path}:{n}", reason=exc.msg) from None
        if not isinstance(record, dict) or "text" not in record:
            raise WarpathError("E010", origin=f"{path}:{n}")
        record.setdefault("id", f"{path.name}:{n}")
        yield record


def gold_triples(events: list[dict], plover: bool) -> tuple[Counter, Counter]:
    strict: Counter = Counter()
    lenient: Counter = Counter()
    for e in events:
        what = LEGACY_PLOVER.get(e.get("plover"), e.get("plover")) if plover else e.get("code")
        root = what if plover else (what or "")[:2]
        for s in e.get("source") or [None]:
            for t in e.get("target") or [None]:
                strict[(s, t, what)] += 1
                lenient[(country(s), country(t), root)] += 1
    return strict, lenient


def predicted_triples(doc: Document, plover: bool, modalities: Iterable[str]) -> tuple[Counter, Counter]:
    strict: Counter = Counter()
    lenient: Counter = Counter()
    allowed = set(modalities)
    for e in doc.events:
        if e.modality not in allowed:
            continue
        if plover and e.plover_event is None:
            continue
        s = e.source.code if e.source else None
        t = e.target.code if e.target else None
        what = e.plover_event if plover else e.code
        strict[(s, t, what)] += 1
        lenient[(country(s), country(t), what if plover else e.root)] += 1
    return strict, lenient


def evaluate(records: Iterable[dict], nlp: Pipeline, modalities: Iterable[str] = DEFAULT_MODALITIES,
             keep_errors: int = 0) -> Report:
    """Code every record with ``nlp`` and score it against its gold events."""
    report = Report()
    modalities = tuple(modalities)
    records = list(records)
    articles = [Article(text=r["text"], date=_date(r.get("date")), origin=str(r["id"]), external_id=str(r["id"]))
                for r in records]
    for record, doc in zip(records, nlp.pipe(articles, keep_parse=False)):
        report.records += 1
        events = record.get("events") or []
        if not events:
            report.no_event_records += 1
            coded = [e for e in doc.events if e.modality in modalities]
            report.no_event_right += not coded
            continue
        plover = all(e.get("code") in (None, "") for e in events)
        g_strict, g_lenient = gold_triples(events, plover)
        p_strict, p_lenient = predicted_triples(doc, plover, modalities)
        report.strict.add(g_strict, p_strict)
        report.lenient.add(g_lenient, p_lenient)
        if g_strict != p_strict and len(report.errors) < keep_errors:
            report.errors.append({"id": record["id"], "text": record["text"], "gold": sorted(map(str, g_strict)),
                                  "coded": sorted(map(str, p_strict))})
    return report


def _date(value) -> date | None:
    if not value:
        return None
    try:
        return parse_date(str(value))
    except ValueError:
        return None
