"""Who acts on whom: the coder's sources and targets against hand-marked spans in news sentences.

    python benchmarks/roles_eval.py [--shared ../shared] [--errors N]

``source-target-train.conll`` (ConfliBERT) marks, token by token, each news
sentence's source (S) and target (T) of its main event, or the participants of
a mutual one (R: talks, meetings). The tokens are joined back into a sentence
(no space before punctuation or a possessive 's), coded with warpath's own
dictionaries, and each event's source and target mention is compared with the
marked spans by character overlap:

- source: a marked S span is found when an event's source mention overlaps it;
  a source mention is right when it overlaps an S (or R) span; likewise target;
- R spans count as found when any event has them as source or target;
- swapped: a source mention on a T span, or a target mention on an S span;
- pair: sentences with an S span whose S and T (if marked) are one event's
  source and target.

Every event counts whatever its modality: the spans mark the main event whether
it happened or was only said, wanted or refused. Sentences with no marked span
count only against precision. The set is a development set; other sentences of
its kind check the coder.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")", "]", "%", "'s", "’s", "n't", "'", "’", "-"}
NO_SPACE_AFTER = {"(", "[", "$", "-"}


@dataclass
class Sentence:
    text: str
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=lambda: {"S": [], "T": [], "R": []})


def read_conll(path: Path) -> list[Sentence]:
    """The file's sentences, detokenised, with the character spans of their S, T and R tags."""
    out: list[Sentence] = []
    tokens: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            word, tag = line.rsplit(" ", 1)
            tokens.append((word, tag))
        elif tokens:
            out.append(_sentence(tokens))
            tokens = []
    return out


def _sentence(tokens: list[tuple[str, str]]) -> Sentence:
    sent = Sentence("")
    text = ""
    open_span: tuple[str, int] | None = None
    previous = before = ""
    for word, tag in tokens:
        glue = not text or word in NO_SPACE_BEFORE or previous in NO_SPACE_AFTER or (
            word == "s" and previous in {"'", "’"}) or _number_part(before, previous, word)
        if tag.startswith("B-") or tag == "O" or (open_span and open_span[0] != tag[2:]):
            if open_span:
                sent.spans[open_span[0]].append((open_span[1], len(text)))
                open_span = None
        text += ("" if glue else " ")
        if tag != "O" and open_span is None:
            open_span = (tag[2:], len(text))
        text += word
        before, previous = previous, word
    if open_span:
        sent.spans[open_span[0]].append((open_span[1], len(text)))
    sent.text = text
    return sent


def _number_part(before: str, previous: str, word: str) -> bool:
    """Whether `word` continues a number the file split into tokens: "352 . 5", "20 , 000"."""
    if not (before.isdigit() and word.isdigit()):
        return False
    return previous == "." or (previous == "," and len(word) == 3)


@dataclass
class Count:
    found: int = 0
    gold: int = 0
    right: int = 0
    predicted: int = 0

    def row(self, name: str) -> str:
        p = self.right / self.predicted if self.predicted else 0.0
        r = self.found / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (f"{name:<10} {p:6.3f} {r:6.3f} {f:6.3f}   "
                f"({self.right}/{self.predicted} right, {self.found}/{self.gold} found)")


def overlaps(span: tuple[int, int] | None, spans: list[tuple[int, int]]) -> bool:
    return span is not None and any(span[0] < e and s < span[1] for s, e in spans)


def mention(ref, doc) -> tuple[int, int] | None:
    """Where an event's source or target is in the sentence (None: not located, or no actor); for a
    pronoun the coder took up ("Iraqi military says it has seized"), where its antecedent is, as
    the marked spans mark the name."""
    if ref is None or ref.start is None:
        return None
    for actor in doc.actors:
        if actor.start == ref.start and actor.antecedent is not None:
            named = doc.actors[actor.antecedent]
            return named.start, named.end
    return ref.start, ref.end


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--errors", type=int, default=0, help="print up to N sentences coded wrong")
    args = parser.parse_args(argv)
    path = args.shared / "eval" / "source-target-train.conll"
    if not path.exists():
        print(f"skipped: {path} not found")
        return 0
    import warpath
    from warpath.document import Article

    sentences = read_conll(path)
    nlp = warpath.load()
    started = time.perf_counter()
    docs = nlp.pipe([Article(text=s.text, origin=f"conll:{i}") for i, s in enumerate(sentences)],
                    keep_parse=False)
    source, target, mutual = Count(), Count(), Count()
    swapped = pairs = pair_gold = 0
    shown = 0
    for sent, doc in zip(sentences, docs):
        gold = sent.spans
        sources = {m for e in doc.events if (m := mention(e.source, doc))}
        targets = {m for e in doc.events if (m := mention(e.target, doc))}
        acting = gold["S"] + gold["R"]
        acted_on = gold["T"] + gold["R"]
        source.gold += len(gold["S"])
        source.found += sum(overlaps(g, list(sources)) for g in gold["S"])
        target.gold += len(gold["T"])
        target.found += sum(overlaps(g, list(targets)) for g in gold["T"])
        mutual.gold += len(gold["R"])
        mutual.found += sum(overlaps(g, [*sources, *targets]) for g in gold["R"])
        source.predicted += len(sources)
        source.right += sum(overlaps(p, acting) for p in sources)
        target.predicted += len(targets)
        target.right += sum(overlaps(p, acted_on) for p in targets)
        mutual.predicted += len(sources | targets) if gold["R"] else 0
        mutual.right += sum(overlaps(p, gold["R"]) for p in sources | targets) if gold["R"] else 0
        swapped += sum(overlaps(p, gold["T"]) and not overlaps(p, acting) for p in sources)
        swapped += sum(overlaps(p, gold["S"]) and not overlaps(p, acted_on) for p in targets)
        ok = None
        if gold["S"]:
            pair_gold += 1
            ok = any(overlaps(mention(e.source, doc), gold["S"]) and (
                not gold["T"] or overlaps(mention(e.target, doc), gold["T"])) for e in doc.events)
            pairs += ok
        if ok is False and shown < args.errors:
            shown += 1
            marked = " | ".join(f"{k}: {sent.text[s:e]}" for k in "STR" for s, e in gold[k])
            coded = "; ".join(f"{e.source.text if e.source else '-'} -> {e.target.text if e.target else '-'} "
                              f"{e.code} {e.modality}" for e in doc.events) or "no event"
            print(f"  {sent.text}\n    marked {marked}\n    coded  {coded}")
    seconds = time.perf_counter() - started
    print(f"source-target-train.conll: {len(sentences)} sentences ({seconds:.0f} s)")
    print(f"{'role':<10} {'P':>6} {'R':>6} {'F1':>6}")
    for name, count in (("source", source), ("target", target), ("mutual", mutual)):
        print(count.row(name))
    print(f"pair       {pairs / pair_gold:.3f} of {pair_gold} sentences with a source: "
          f"that source and target in one event")
    print(f"swapped    {swapped} mentions in the other role")
    return 0


if __name__ == "__main__":
    sys.exit(main())
