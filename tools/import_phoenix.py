"""Turn the Phoenix actor dictionaries (../shared/data/actors/phoenix-actor-roles-dated.tsv,
MIT, Open Event Data Alliance) into the package's Phoenix-format file
src/warpath/data/actors/phoenix-actors.txt, read by ActorDictionary.load_default().

    python tools/import_phoenix.py [--shared ../shared] [--out FILE]

One block per actor: its name, its synonyms as ``+`` lines, then one ``[CODE dates]``
line per dated role, in the dictionary's own order. Run it again when the source
changes; the output is deterministic.

Three corrections are made on the way (see NOTICE): CAMEO's legislature is LEG where
Phoenix writes GOVLEG (USAGOVLEG for the US Congress); two rebel groups' codes begin with
codes of no country (UNITA ANG for Angola, AGO; the LRA CFR for the Central African
Republic, CAF); and names that are plain English words, translations of a group's name
(GENERIC_NAMES), are left out, with an actor that has no other name. Names with no code of
their own join the next coded actor of their file, as in the Phoenix format ("MIKHAIL_GORBACHEV_"
and its synonyms are GENERAL_SECRETARY_GORBACHEV's).
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

from warpath.actors_dict.phoenix import _parse_span

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "warpath" / "data" / "actors" / "phoenix-actors.txt"
GENERIC_NAMES = frozenset({"ORGANIZATION", "YOUTH", "TIGERS", "FALCON"})
"""Names that are ordinary English words (Tanzim's "organization", Gazteriak's "youth"): as names they
would make "the Atomic Energy Organization" a rebel group."""
NAME = re.compile(r"^[A-Z0-9][A-Z0-9_.,'&()-]*$")
"""A Phoenix name: words joined by "_" (not "Source: MNC.MLH.actors", a header read as a name)."""
COUNTRY_FIXES = {"ANG": "AGO", "CFR": "CAF"}
"""Country codes of no country that begin Phoenix codes, and the country's own."""


def fix_code(code: str) -> str:
    """A Phoenix code with warpath's corrections: GOVLEG is LEG, ANG and CFR are AGO and CAF."""
    code = code.replace("GOVLEG", "LEG")
    return COUNTRY_FIXES.get(code[:3], code[:3]) + code[3:]


HEADER = """# Phoenix actor dictionaries (countries, international and non-state military actors),
# converted by tools/import_phoenix.py from the Phoenix dictionaries of the
# Computational Event Data System Project / Open Event Data Alliance (MIT License,
# Copyright (c) 2014 Open Event Data Alliance; see NOTICE). Roles end about 2017;
# warpath's own leaders.csv, loaded after this file, wins where both know a name.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write (default: the package's file)")
    args = parser.parse_args()
    source = args.shared / "data" / "actors" / "phoenix-actor-roles-dated.tsv"
    blocks: dict[tuple[str, str], list[str]] = {}
    synonyms: dict[tuple[str, str], list[str]] = {}
    pending: list[str] = []  # names with no code of their own, which join the next coded actor of their file
    pending_file = None
    with source.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            key = (row["source_file"], row["actor"].strip())
            if key[0] != pending_file:
                pending, pending_file = [], key[0]
            names = [key[1], *(s for s in (row["synonyms"] or "").split("|") if s.strip())]
            if not key[1]:
                continue
            if not row["code"].strip():
                pending += [n.strip() for n in names if NAME.match(n.strip())]
                continue
            if key not in synonyms:
                synonyms[key] = pending + names[1:]
                pending = []
            spec = row["date_spec"].strip()
            try:
                _parse_span(spec)
            except ValueError:
                print(f"skipped {key[1]} [{row['code']} {spec}]: the date is not valid")
                continue
            blocks.setdefault(key, []).append(f"[{fix_code(row['code'].strip())}{' ' + spec if spec else ''}]")
    lines, written = [HEADER], 0
    for key, codes in blocks.items():
        names = [n for n in (key[1], *(s.strip() for s in synonyms[key])) if n.strip("_").upper() not in GENERIC_NAMES]
        if not names:
            continue
        lines.append(names[0])
        lines += [f"+{n}" for n in names[1:]]
        lines += [f"    {c}" for c in codes]
        written += 1
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {written:,} actors to {args.out}")


if __name__ == "__main__":
    main()
