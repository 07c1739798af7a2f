"""Turn the Phoenix actor dictionaries (../shared/data/actors/phoenix-actor-roles-dated.tsv,
MIT, Open Event Data Alliance) into the package's Phoenix-format file
src/warpath/data/actors/phoenix-actors.txt, read by ActorDictionary.load_default().

    python tools/import_phoenix.py [--shared ../shared]

One block per actor: its name, its synonyms as ``+`` lines, then one ``[CODE dates]``
line per dated role, in the dictionary's own order. Run it again when the source
changes; the output is deterministic.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from warpath.actors_dict.phoenix import _parse_span

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "warpath" / "data" / "actors" / "phoenix-actors.txt"
HEADER = """# Phoenix actor dictionaries (countries, international and non-state military actors),
# converted by tools/import_phoenix.py from the Phoenix dictionaries of the
# Computational Event Data System Project / Open Event Data Alliance (MIT License,
# Copyright (c) 2014 Open Event Data Alliance; see NOTICE). Roles end about 2017;
# warpath's own leaders.csv, loaded after this file, wins where both know a name.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    source = args.shared / "data" / "actors" / "phoenix-actor-roles-dated.tsv"
    blocks: dict[tuple[str, str], list[str]] = {}
    synonyms: dict[tuple[str, str], list[str]] = {}
    with source.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            key = (row["source_file"], row["actor"].strip())
            if not key[1] or not row["code"].strip():
                continue
            synonyms.setdefault(key, [s for s in (row["synonyms"] or "").split("|") if s.strip()])
            spec = row["date_spec"].strip()
            try:
                _parse_span(spec)
            except ValueError:
                print(f"skipped {key[1]} [{row['code']} {spec}]: the date is not valid")
                continue
            blocks.setdefault(key, []).append(f"[{row['code'].strip()}{' ' + spec if spec else ''}]")
    lines = [HEADER]
    for key, codes in blocks.items():
        lines.append(key[1])
        lines += [f"+{s.strip()}" for s in synonyms[key]]
        lines += [f"    {c}" for c in codes]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(blocks):,} actors to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
