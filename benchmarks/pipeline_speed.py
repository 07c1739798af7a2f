"""Words/s of each pipeline stage beside bare spaCy parsing, measured in one run.

    python benchmarks/pipeline_speed.py [--repeat 20] [--rounds 5]

Codes the bundled sample corpus (samples/november-2024) --repeat times over with
bare spaCy (the same model and components, `nlp.pipe`) and with warpath's
pipeline stage by stage, and prints each stage's words/s, its cost as a share of
the parse, warpath's overall words/s as a share of bare parsing, and peak RSS.
The two sides take turns: the corpus is cut into --rounds parts, each coded by
both, in alternating order, so that a slower spell of a shared host falls on both
(run one after the other, the ratio moved by 20 points between runs). One
sentence is coded before timing starts, so that loading (the spaCy model, the
gazetteer on the first place name) is not counted, for either side.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--corpus", type=Path, default=ROOT / "samples" / "november-2024")
    parser.add_argument("--rounds", type=int, default=5, help="turns each side takes, on equal parts of the corpus")
    args = parser.parse_args()

    import warpath
    from warpath.document import Document
    from warpath.ingest import Problem, read_inputs

    articles = [a for a in read_inputs([str(args.corpus)]) if not isinstance(a, Problem)] * args.repeat
    words = sum(len(a.text.split()) for a in articles)
    nlp = warpath.load()
    spacy_nlp = nlp.get_stage("parse").nlp
    # One sentence coded first, untimed: loading happens once per process (the gazetteer, some 2 s, is
    # read on the first place name, as spaCy's model is read before its own timing starts).
    assert nlp("Russian troops shelled a village in the Kharkiv region.").events

    def bare_parse(part) -> float:
        t = time.perf_counter()
        for _ in spacy_nlp.pipe((a.text for a in part), batch_size=64):
            pass
        return time.perf_counter() - t

    def pipeline(part) -> float:
        t_all = time.perf_counter()
        for i in range(0, len(part), nlp.batch_size):
            docs = [Document(a) for a in part[i:i + nlp.batch_size]]
            for stage in nlp.stages:
                t = time.perf_counter()
                docs = stage.pipe(docs)
                spent[stage.name] += time.perf_counter() - t
        return time.perf_counter() - t_all

    spent = {s.name: 0.0 for s in nlp.stages}
    bare = total = 0.0
    size = -(-len(articles) // max(1, args.rounds))
    for n, start in enumerate(range(0, len(articles), size)):
        part = articles[start:start + size]
        if n % 2 == 0:
            bare += bare_parse(part)
            total += pipeline(part)
        else:
            total += pipeline(part)
            bare += bare_parse(part)

    print(f"{len(articles):,} articles, {words:,} words ({args.repeat} x the sample corpus)")
    print(f"{'bare spaCy parse':<22}{words / bare:>12,.0f} words/s")
    for name, secs in spent.items():
        print(f"{'stage ' + name:<22}{words / secs:>12,.0f} words/s   {secs / spent['parse']:>7.1%} of the parse")
    print(f"{'warpath pipeline':<22}{words / total:>12,.0f} words/s   {bare / total:>7.1%} of bare spaCy speed")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


if __name__ == "__main__":
    main()
