"""Time-expression accuracy and speed on a TIMEX3-annotated corpus.

    python benchmarks/timex_eval.py [PATH] [--errors N] [--repeat N]

PATH defaults to ../shared/eval/timex-train.jsonl (TempEval-3 TBAQ, one
document a line: doc, dct, text, timexes with offsets, type and value). Tags
each document with warpath's TimeTagger against its dct and prints, in the
TempEval-3 manner:

- strict span P/R/F1 (exact offsets) and relaxed span P/R/F1 (any overlap);
- value and type accuracy over relaxed matches;
- value F1 = relaxed F1 x value accuracy (TempEval-3's "value F1");
- the tagger's own throughput (chars/s, docs/s), best of --repeat runs.

Values are compared as strings after one notational fix: week numbers are
zero-padded on both sides ("2000-W7" == "2000-W07"). --errors N prints N
misses, false alarms and wrong values to look at.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from warpath.document import TimeExpression
from warpath.timex import TimeTagger

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "timex-train.jsonl"
_WEEK = re.compile(r"-W(\d)(?!\d)")


@dataclass
class Doc:
    name: str
    dct: date | None
    text: str
    gold: list[dict]


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed_gold: int = 0  # gold expressions overlapped by a prediction
    relaxed_pred: int = 0  # predictions overlapping a gold expression
    value_ok: int = 0
    type_ok: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def canonical(value: str) -> str:
    return _WEEK.sub(r"-W0\1", value)


def load(path: Path) -> list[Doc]:
    docs = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                dct = date.fromisoformat(d["dct"]) if d.get("dct") else None
                docs.append(Doc(d.get("doc", "?"), dct, d["text"], d.get("timexes", [])))
    return docs


def _context(doc: Doc, start: int, end: int) -> str:
    left = doc.text[max(0, start - 60) : start]
    right = doc.text[end : end + 40]
    return f"{left}[[{doc.text[start:end]}]]{right}".replace("\n", " ")


def score_doc(doc: Doc, predicted: list[TimeExpression], score: Score) -> None:
    score.gold += len(doc.gold)
    score.predicted += len(predicted)
    exact = {(p.start, p.end) for p in predicted}
    for g in doc.gold:
        if (g["start"], g["end"]) in exact:
            score.strict += 1
        overlapping = [p for p in predicted if p.start < g["end"] and g["start"] < p.end]
        if not overlapping:
            score.misses.append(f"{doc.dct} {g['type']} {g['value']} | {_context(doc, g['start'], g['end'])}")
            continue
        score.relaxed_gold += 1
        p = min(overlapping, key=lambda x: abs(x.start - g["start"]) + abs(x.end - g["end"]))
        if canonical(p.value) == canonical(g["value"]):
            score.value_ok += 1
        else:
            score.wrong.append(
                f"{doc.dct} gold {g['type']} {g['value']} got {p.type} {p.value} | {_context(doc, p.start, p.end)}"
            )
        score.type_ok += p.type == g["type"]
    for p in predicted:
        if any(p.start < g["end"] and g["start"] < p.end for g in doc.gold):
            score.relaxed_pred += 1
        else:
            score.false_alarms.append(f"{doc.dct} {p.type} {p.value} | {_context(doc, p.start, p.end)}")


def prf(correct_pred: int, predicted: int, correct_gold: int, gold: int) -> tuple[float, float, float]:
    p = correct_pred / predicted if predicted else 0.0
    r = correct_gold / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT, help="TIMEX3 JSON Lines file")
    parser.add_argument("--errors", type=int, default=0, help="print this many errors of each kind")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs (the best is reported)")
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"timex_eval: no evaluation file at {args.path}; pass its path as the first argument.")
        return 0

    docs = load(args.path)
    tagger = TimeTagger()
    best = float("inf")
    predictions: list[list[TimeExpression]] = []
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        predictions = [tagger.tag(d.text, d.dct) for d in docs]
        best = min(best, time.perf_counter() - t0)

    score = Score()
    for doc, predicted in zip(docs, predictions):
        score_doc(doc, predicted, score)

    chars = sum(len(d.text) for d in docs)
    sp, sr, sf = prf(score.strict, score.predicted, score.strict, score.gold)
    rp, rr, rf = prf(score.relaxed_pred, score.predicted, score.relaxed_gold, score.gold)
    value_acc = score.value_ok / score.relaxed_gold if score.relaxed_gold else 0.0
    type_acc = score.type_ok / score.relaxed_gold if score.relaxed_gold else 0.0
    print(f"{args.path.name}: {len(docs)} documents, {score.gold} gold expressions, {score.predicted} predicted")
    print(f"strict span   P {sp:6.1%}  R {sr:6.1%}  F1 {sf:6.1%}")
    print(f"relaxed span  P {rp:6.1%}  R {rr:6.1%}  F1 {rf:6.1%}")
    print(f"value accuracy {value_acc:6.1%}   type accuracy {type_acc:6.1%}   (on relaxed matches)")
    print(f"value F1      {rf * value_acc:6.1%}   (relaxed F1 x value accuracy; HeidelTime on TempEval-3 test: 77.6%)")
    speed = f"{chars / best:,.0f} chars/s   {len(docs) / best:,.0f} docs/s"
    print(f"throughput    {speed}   ({chars:,} chars in {best:.3f} s, the tagger alone)")
    if args.errors:
        kinds = (("MISSED", score.misses), ("FALSE ALARM", score.false_alarms), ("WRONG VALUE", score.wrong))
        for title, rows in kinds:
            print(f"\n{title} ({len(rows)})")
            for row in rows[: args.errors]:
                print("  " + row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
