"""Actor tagging against the PETRARCH validation suite and the seed article's gold.

    python benchmarks/actors_eval.py [--shared ../shared]

PETRARCH validation (records of categories ACTOR, AGENT, AGENTS, COMPOUND): the
validation dictionaries (fictional countries such as Arnor and Gondor) are loaded
into an otherwise empty actor dictionary; a record counts as right when every
gold source and target code is among the codes warpath tags in the sentence.
Seed article: each gold actor must be tagged, with its gold code, on a mention
overlapping the gold text.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATEGORIES = ("ACTOR", "AGENT", "AGENTS", "COMPOUND")


def petr_share(shared: Path, verbose: bool) -> tuple[int, int]:
    import warpath
    from warpath.actors_dict import ActorDictionary

    dicts = shared / "eval" / "petr-validate-dictionaries"
    actors = ActorDictionary()
    actors.add_phoenix(dicts / "PETR_Validate_actors_2_02.txt")
    actors.add_phoenix_agents(dicts / "PETR_Validate_agents_2_02.txt")
    nlp = warpath.load(dictionary=actors)
    right = total = 0
    for line in (shared / "eval" / "petr-validate.jsonl").open():
        rec = json.loads(line)
        if rec["category"] not in CATEGORIES or not rec["events"]:
            continue
        total += 1
        doc = nlp(rec["text"], date=rec["date"])
        found = {a.code for a in doc.actors}
        wanted = {c for e in rec["events"] for c in (*e["source"], *e["target"])}
        if wanted <= found:
            right += 1
        elif verbose:
            print(f"  {rec['id']}: wanted {sorted(wanted)}, found {sorted(c for c in found if c)}\n    {rec['text']}")
    return right, total


def seed_actors(shared: Path) -> tuple[int, int, list[str]]:
    import warpath
    from warpath.ingest.text import parse_text

    gold = json.loads((shared / "gold" / "seed-article.json").read_text())
    article = parse_text((shared / "seed" / "article-2024-11-22.txt").read_text(encoding="utf-8"), "seed")
    doc = warpath.load()(article)
    missed = []
    for g in gold["actors"]:
        codes = g["code"] if isinstance(g["code"], list) else [g["code"]]
        start = article.text.replace("\u2019", "'").find(g["text"].replace("\u2019", "'"))
        end = start + len(g["text"])
        hit = [a for a in doc.actors if a.start < end and start < a.end and a.code in codes]
        if start < 0 or not hit:
            missed.append(f"{g['text']} -> {codes}")
    return len(gold["actors"]) - len(missed), len(gold["actors"]), missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the records that miss")
    args = parser.parse_args()
    if not (args.shared / "eval").is_dir():
        sys.exit(f"{args.shared}/eval not found: this benchmark needs the evaluation data in ../shared")
    t = time.perf_counter()
    right, total = petr_share(args.shared, args.verbose)
    print(f"PETRARCH validation {'/'.join(CATEGORIES)}: actors right in {right}/{total} records ({right / total:.1%})")
    found, n, missed = seed_actors(args.shared)
    print(f"seed article gold actors: {found}/{n}" + (f"; missed: {missed}" if missed else ""))
    print(f"({time.perf_counter() - t:.1f} s)")


if __name__ == "__main__":
    main()
