"""The actor dictionaries: package data, loaders, date-aware lookups."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import time
from collections import defaultdict
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from warpath.actors_dict import ActorDictionary, ActorEntry, normalise_name
from warpath.actors_dict.model import plural

from conftest import write

D = date.fromisoformat


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load_default()


def codes(actors: ActorDictionary, name: str, on: str | None) -> list[str]:
    return [e.code for e in actors.lookup_name(name, D(on) if on else None)]


# ---- named people, by date ----------------------------------------------


def test_trump_is_elite_as_president_elect_and_government_once_in_office(actors):
    assert codes(actors, "Donald Trump", "2024-11-22") == ["USAELI"]
    assert actors.lookup_name("Trump", D("2024-11-22"))[0].role == "president-elect"
    assert codes(actors, "Trump", "2025-02-01") == ["USAGOV"]
    assert codes(actors, "Trump", "2019-06-01") == ["USAGOV"]
    assert codes(actors, "Trump", "2022-06-01") == ["USAELI"]


def test_handover_day_belongs_to_the_incoming_holder(actors):
    assert codes(actors, "Trump", "2021-01-20") == ["USAELI"]
    assert codes(actors, "Joe Biden", "2021-01-20") == ["USAGOV"]
    assert codes(actors, "Trump", "2025-01-20") == ["USAGOV"]


def test_biden_starmer_zelensky_on_the_seed_article_date(actors):
    assert codes(actors, "Biden", "2024-11-22") == ["USAGOV"]
    assert codes(actors, "Joseph R. Biden", "2024-11-22") == ["USAGOV"]
    assert codes(actors, "Keir Starmer", "2024-11-22") == ["GBRGOV"]
    assert codes(actors, "Starmer", "2023-01-01") == ["GBROPP"]
    assert codes(actors, "John Healey", "2024-11-22") == ["GBRGOV"]
    for spelling in ("Zelensky", "Zelenskyy", "Volodymyr Zelenskiy", "ZELENSKY"):
        assert codes(actors, spelling, "2024-11-22") == ["UKRGOV"], spelling
    assert codes(actors, "Putin", "2024-11-22") == ["RUSGOV"]
    assert codes(actors, "Mark Rutte", "2024-11-22") == ["IGOWSTNAT"]
    assert codes(actors, "Mark Rutte", "2020-01-01") == ["NLDGOV"]


def test_lookup_normalises_case_accents_apostrophes_and_spacing(actors):
    assert codes(actors, "recep  tayyip ERDOGAN", "2020-01-01") == ["TURGOV"]
    assert codes(actors, "Erdoğan", "2020-01-01") == ["TURGOV"]
    assert codes(actors, "Gideon Sa’ar", "2025-01-01") == ["ISRGOV"]
    assert normalise_name(" Ban  Ki-moon ") == normalise_name("ban ki moon")
    # the Arabic article however it is transliterated
    assert codes(actors, "Abdel Fattah el-Sisi", "2020-01-01") == codes(actors, "Abdel Fattah al-Sisi", "2020-01-01")
    assert codes(actors, "Abdel Fattah el-Sisi", "2020-01-01") == ["EGYGOV"]


def test_case_sensitive_alias_is_not_a_common_word(actors):
    assert codes(actors, "Rice", "2006-01-01") == ["USAGOV"]
    assert codes(actors, "rice", "2006-01-01") == []


def test_entry_carries_role_dates_and_source(actors):
    entry = actors.lookup_name("Keir Starmer", D("2024-11-22"))[0]
    assert entry.role_dates == (D("2024-07-05"), None)
    assert entry.source.startswith("leaders.csv:")
    assert entry.name == "Keir Starmer"


def test_without_a_date_every_role_comes_back_latest_first(actors):
    hits = actors.lookup_name("Donald Trump")
    assert len(hits) == 5
    assert hits[0].start == D("2025-01-20")


def test_unknown_name(actors):
    assert actors.lookup_name("Nobody McNoname", D("2024-11-22")) == []
    assert actors.code_for("Nobody McNoname") is None


def test_code_for_falls_back_to_igo_then_country(actors):
    assert actors.code_for("Biden", D("2024-11-22")) == "USAGOV"
    assert actors.code_for("NATO") == "IGOWSTNAT"
    assert actors.code_for("the Kremlin") == "RUSGOV"


# ---- countries, IGOs, agents ----------------------------------------------


@pytest.mark.parametrize(
    "text, code",
    [
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Kremlin", "RUS"),
        ("British", "GBR"),
        ("Britons", "GBR"),
        ("Ukrainians", "UKR"),
        ("Ukrainian", "UKR"),
        ("the United States", "USA"),
        ("US", "USA"),
        ("U.S.", "USA"),
        ("Americans", "USA"),
        ("Beijing", "CHN"),
        ("Chinese", "CHN"),
        ("Israelis", "ISR"),
        ("Côte d'Ivoire", "CIV"),
        ("Cote d’Ivoire", "CIV"),
        ("Kosovo", "KSV"),
        ("East Timor", "TMP"),
        ("DRC", "COD"),
        ("Downing Street", "GBR"),
    ],
)
def test_country_names_demonyms_capitals_metonyms(actors, text, code):
    assert actors.country(text) == code


def test_metonyms_carry_their_sector(actors):
    assert actors.country_actor("Kremlin") == "RUSGOV"
    assert actors.country_actor("White House") == "USAGOV"
    assert actors.country_actor("Pentagon") == "USAMIL"
    assert actors.country_actor("Downing Street") == "GBRGOV"
    assert actors.country_actor("Moscow") == "RUS"
    assert actors.country_entry("UKR").capital == "Kyiv"


def test_pronouns_are_not_countries_or_organisations(actors):
    assert actors.country("us") is None
    assert actors.igo("who") is None
    assert actors.igo("WHO") == "IGOUNOHLHWHO"


@pytest.mark.parametrize(
    "text, code",
    [
        ("NATO", "IGOWSTNAT"),
        ("Nato", "IGOWSTNAT"),
        ("North Atlantic Treaty Organization", "IGOWSTNAT"),
        ("UN", "IGOUNO"),
        ("the United Nations", "IGOUNO"),
        ("European Union", "IGOEUREEC"),
        ("European Commission", "IGOEUREEC"),
        ("African Union", "IGOAFRAFU"),
        ("IAEA", "IGOUNOIAE"),
        ("Amnesty International", "NGOHRIAMN"),
    ],
)
def test_igos(actors, text, code):
    assert actors.igo(text) == code


@pytest.mark.parametrize(
    "noun, code",
    [
        ("troops", "MIL"),
        ("soldier", "MIL"),
        ("parliament", "LEG"),
        ("lawmakers", "LEG"),
        ("protesters", "OPP"),  # Phoenix: PROTESTER [~OPP]
        ("demonstrators", "OPP"),
        ("police", "COP"),
        ("policemen", "COP"),
        ("rebels", "REB"),
        ("militants", "REB"),
        ("government", "GOV"),
        ("ministries", "GOV"),
        ("Prime Minister", "GOV"),
        ("defence minister", "GOV"),
        ("journalists", "MED"),
        ("civilians", "CVL"),
        ("refugees", "REF"),
        ("students", "EDU"),
        ("unions", "LAB"),
        ("companies", "BUS"),
        ("heads of state", "GOV"),  # the plural of the word before "of"
    ],
)
def test_agents_with_plurals(actors, noun, code):
    assert actors.agent(noun) == code


@pytest.mark.parametrize("noun,plural_form", [
    ("troop", "troops"), ("policeman", "policemen"), ("defence ministry", "defence ministries"),
    ("head of state", "heads of state"), ("chamber of commerce", "chambers of commerce"),
])
def test_an_agents_plural_is_of_its_head_word(noun, plural_form):
    assert plural(noun) == plural_form


def test_agent_codes_compose_with_a_country(actors):
    assert actors.agent_entry("troops").apply("RUS") == "RUSMIL"
    assert actors.agent_entry("peacekeepers").apply("FRA") == "IGOFRA"
    assert actors.agent_entry("troops").apply(None) == "---MIL"
    assert actors.agent("xylophones") is None


def test_default_load_is_clean():
    actors = ActorDictionary.load_default()
    assert actors.problems == []
    assert actors.stats()["countries"] >= 195


# ---- user CSV --------------------------------------------------------------


def test_user_csv_loads_and_wins_over_defaults(tmp_path: Path):
    path = write(
        tmp_path / "people.csv",
        "name,aliases,code,start,end,role\n"
        "# a comment\n"
        "Jane Roe,Roe|J. Roe,FRAGOV,2020-01-01,2023-01-01,minister\n"
        "Jane Roe,,FRAELI,2023-01-01,,\n"
        "Joe Biden,,USAELI,,,\n",
    )
    actors = ActorDictionary.load_default()
    assert actors.add_csv(path) == 3
    assert actors.problems == []
    assert codes(actors, "J. Roe", "2021-05-05") == ["FRAGOV"]
    assert codes(actors, "roe", "2024-01-01") == ["FRAELI"]
    assert actors.lookup_name("Jane Roe", D("2024-01-01"))[0].role is None
    # the user's file knows the name on that date, so it answers alone
    assert codes(actors, "Joe Biden", "2024-11-22") == ["USAELI"]


def test_malformed_csv_lines_are_reported_with_file_and_line(tmp_path: Path):
    path = write(
        tmp_path / "people.csv",
        "name,aliases,code,start,end,role\n"
        "Good One,,USAGOV,2020-01-01,,president\n"
        "Bad Date,,USAGOV,2024-13-01,,president\n"
        "Too Few,,USAGOV\n"
        "Bad Code,,usa gov,2020-01-01,,\n"
        "Backwards,,USAGOV,2021-01-01,2020-01-01,\n"
        ",,USAGOV,2020-01-01,,\n"
        "Good Two,,GBRGOV,2020-01-01,2021-01-01\n",
    )
    actors = ActorDictionary()
    assert actors.add_csv(path) == 2
    assert codes(actors, "Good Two", "2020-06-01") == ["GBRGOV"]
    assert actors.problems[0] == (
        "[W301] people.csv line 3: date '2024-13-01' is not YYYY-MM-DD; row skipped."
    )
    assert [p[:25] for p in actors.problems[1:]] == [
        "[W302] people.csv line 4:",
        "[W303] people.csv line 5:",
        "[W304] people.csv line 6:",
        "[W302] people.csv line 7:",
    ]


def test_missing_file_is_a_problem_not_a_crash(tmp_path: Path):
    actors = ActorDictionary()
    assert actors.add_csv(tmp_path / "nope.csv") == 0
    assert actors.add_phoenix(tmp_path / "nope.txt") == 0
    assert actors.problems[0].startswith("[W310] nope.csv: file not found")


def test_invalid_utf8_is_reported_and_read(tmp_path: Path):
    path = write(tmp_path / "latin.csv", "Jos\xe9 Mart\xed,,ESPGOV,2020-01-01,,\n".encode("latin-1"))
    actors = ActorDictionary()
    assert actors.add_csv(path) == 1
    assert actors.problems[0].startswith("[W309] latin.csv")


# ---- Phoenix / PETRARCH format --------------------------------------------

PHOENIX = """\
<!-- A TEST DICTIONARY
# spanning lines -->
NORTH_ARNOR_  [NAR]  # inline comment
+NORTHERN_ARNOR
+ARNORIANS_

GOLLUM  # codes in a block below the synonyms
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
#\t[950601-990815]  commented out
\t[HOBREB >990816]

KOFI_ANNAN_\t[IGOUNO 970101-061231] [ELI]# IGOrulers.txt
THE_SHIRE  [FRO/BIL/SAM]
palestinian [pse]
U.N._
UN_CHIEF
+UNSG
\t[IGOUNO]
BAD_DATE_ACTOR [KORGOV 2004017-20061201] [KOR]
JUNK_ACTOR [MNCUSA]\tMedical Instruments\t$503,000,000
NO_CODE_AT_THE_END
"""


@pytest.fixture
def phoenix(tmp_path: Path) -> ActorDictionary:
    actors = ActorDictionary()
    actors.add_phoenix(write(tmp_path / "test.actors.txt", PHOENIX))
    return actors


def test_phoenix_synonyms_share_their_entry_codes(phoenix):
    assert codes(phoenix, "Northern Arnor", None) == ["NAR"]
    assert codes(phoenix, "arnorians", None) == ["NAR"]
    assert codes(phoenix, "UNSG", None) == ["IGOUNO"]
    assert codes(phoenix, "U.N.", None) == ["IGOUNO"]  # a name with no code joins the next entry
    assert phoenix.lookup_name("Kofi Annan")[0].name == "Kofi Annan"


def test_a_phoenix_name_is_found_without_its_initials_but_keeps_a_distinguishing_parenthesis(tmp_path: Path):
    actors = ActorDictionary()
    actors.add_phoenix(write(tmp_path / "groups.txt", "MORDOR_LIBERATION_FRONT_(MLF)_ [MORREB]\n"
                                                      "ISLAMIC_ARMY_OF_ADEN_(IAA)_ [ADNREB]\n"
                                                      "NATIONAL_ARMY_(ROHAN)_ [ROHMIL]\n"))
    assert codes(actors, "the Mordor Liberation Front", None) == ["MORREB"]
    assert codes(actors, "Mordor Liberation Front (MLF)", None) == ["MORREB"]
    assert codes(actors, "Islamic Army of Aden", None) == ["ADNREB"]  # "of" has no initial
    assert codes(actors, "National Army", None) == []
    assert codes(actors, "National Army (Rohan)", None) == ["ROHMIL"]
    assert actors.problems == []


def test_the_phoenix_import_gives_names_with_no_code_to_the_next_coded_actor(tmp_path: Path):
    # the Phoenix format: a name line with no code joins the next entry that has one
    rows = ["source_file\tactor\tsynonyms\tcode\tdate_spec\tcomment",
            "Shire.actors.txt\tSource: HOBBITS.actors\t\t\t\t",
            "Shire.actors.txt\tSAMWISE_GAMGEE_\tSAM_GAMGEE|SAMWISE\t\t\t",
            "Shire.actors.txt\tMAYOR_GAMGEE\t\tHOBGOV\t19900101-19991231\t",
            "Shire.actors.txt\tMAYOR_GAMGEE\t\tHOBELI\t\t",
            "Shire.actors.txt\tPIPPIN\t\t\t\t",
            "Bree.actors.txt\tBUTTERBUR\t\tBREBUS\t\t"]
    folder = tmp_path / "data" / "actors"
    folder.mkdir(parents=True)
    (folder / "phoenix-actor-roles-dated.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "actors.txt"
    tool = Path(__file__).resolve().parent.parent / "tools" / "import_phoenix.py"
    subprocess.run([sys.executable, str(tool), "--shared", str(tmp_path), "--out", str(out)], check=True,
                   capture_output=True)
    actors = ActorDictionary()
    actors.add_phoenix(out)
    assert codes(actors, "Samwise Gamgee", "1995-01-01") == ["HOBGOV"]
    assert codes(actors, "Sam Gamgee", "2005-01-01") == ["HOBELI"]
    assert codes(actors, "Pippin", None) == []  # no coded actor after it in its file: Butterbur is Bree's
    assert codes(actors, "Butterbur", None) == ["BREBUS"]
    assert "Source" not in out.read_text(encoding="utf-8")


def test_the_shipped_phoenix_file_knows_names_phoenix_writes_before_their_codes(actors):
    assert set(codes(actors, "Mikhail Gorbachev", "1990-06-01")) == {"RUSGOV"}
    assert codes(actors, "Boris Yeltsin", "1995-06-01") == ["RUSGOV"]


def test_phoenix_dated_codes(phoenix):
    assert codes(phoenix, "Smeagol", "1995-05-31") == ["HOB"]
    assert codes(phoenix, "Gollum", "1997-01-01") == ["HOBGOV"]
    assert codes(phoenix, "Gollum", "1999-08-15") == ["HOBGOV"]  # the end date is included
    assert codes(phoenix, "Gollum", "2001-01-01") == ["HOBREB"]
    assert codes(phoenix, "Kofi Annan", "2000-01-01") == ["IGOUNO"]
    assert codes(phoenix, "Kofi Annan", "2008-01-01") == ["ELI"]  # the undated default


def test_phoenix_multiple_and_lowercase_codes(phoenix):
    assert codes(phoenix, "the shire", None) == ["FRO", "BIL", "SAM"]
    assert codes(phoenix, "Palestinian", None) == ["PSE"]


def test_phoenix_problems_name_file_and_line(phoenix):
    assert codes(phoenix, "bad date actor", "2005-01-01") == ["KOR"]
    assert codes(phoenix, "junk actor", None) == ["MNCUSA"]
    assert phoenix.problems == [
        "[W301] test.actors.txt line 21: date '2004017' is not YYMMDD or YYYYMMDD in <D, >D "
        "or D1-D2 (D1 not after D2); code skipped.",
        "[W307] test.actors.txt line 22: text outside [...] ignored: "
        "'Medical Instruments\\t$503,000,000'.",
        "[W306] test.actors.txt line 23: 'NO_CODE_AT_THE_END' has no code; entry skipped.",
    ]


AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN
CONGRESS!PERSON! [~LEG]
TROOPS {}  [~MIL]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
RIGHTS_BODY  [NGO~] # prefix code
FOREIGN_MINISTER [~GOVFRM]
POLICE {} [ ~COP]
BROKEN_LINE [~ENV}
NO_CODE_HERE
!UNDEFINED!_THING [~GOV]
"""


def test_phoenix_agents(tmp_path: Path):
    actors = ActorDictionary.load_default()
    actors.add_phoenix_agents(write(tmp_path / "test.agents.txt", AGENTS))
    assert actors.agent("congresswomen") == "LEG"
    assert actors.agent("troops") == "MIL"
    assert actors.agent("golden geese") == "GGS"
    assert actors.agent("foreign minister") == "GOVFRM"  # loaded later, so it wins
    assert actors.agent("police") == "COP"
    assert actors.agent_entry("rights body").apply("USA") == "NGOUSA"
    assert [p[:33] for p in actors.problems] == [
        "[W305] test.agents.txt line 8: li",
        "[W306] test.agents.txt line 9: 'N",
        "[W308] test.agents.txt line 10: s",
    ]


# ---- the real PETRARCH validation and Phoenix dictionaries -------------------


def test_petrarch_validation_dictionaries_load(shared: Path):
    folder = shared / "eval" / "petr-validate-dictionaries"
    actors = ActorDictionary()
    assert actors.add_phoenix(folder / "PETR_Validate_actors_2_02.txt") > 100
    assert actors.add_phoenix_agents(folder / "PETR_Validate_agents_2_02.txt") > 50
    assert actors.problems == []
    assert codes(actors, "Gondor", None) == ["GON"]
    assert codes(actors, "Minas Tirith", None) == ["GON"]
    assert codes(actors, "Sam Gamgee", "2010-01-10")[0] == "ORCHOB"  # listed first: it wins
    assert codes(actors, "Sam Gamgee", "2012-12-01") == ["HOBGOV"]
    assert codes(actors, "Stinker", "1996-01-01") == ["HOBGOV"]
    assert codes(actors, "Zimbabwe", "1978-01-01") == ["RHO"]
    assert codes(actors, "Zimbabwe", "1985-01-01") == ["ZBW"]
    assert codes(actors, "Interpol", None) == ["IGOCOPITP"]
    assert actors.agent("foreign minister") == "GOVFRM"
    assert actors.agent("minister of silly walks") == "GOV"
    assert actors.agent_entry("human rights body").prefix


def test_phoenix_operational_dictionaries_load(shared: Path):
    actors = ActorDictionary()
    start = time.perf_counter()
    assert actors.add_phoenix(shared / "data" / "actors" / "phoenix-international-actors.txt") > 5000
    assert actors.add_phoenix_agents(shared / "data" / "actors" / "phoenix-agents.txt") > 2000
    assert time.perf_counter() - start < 2
    assert codes(actors, "NATO", None) == ["IGOWSTNAT"]
    assert codes(actors, "Ban Ki-moon", "2010-01-01") == ["IGOUNO"]
    assert all(re.match(r"\[W3\d\d\] phoenix-", p) for p in actors.problems)
    assert len(actors.problems) < 20


# ---- data integrity --------------------------------------------------------

LEADER_CODE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
# Offices one person holds at a time in a country (or an IGO).
SINGLE_HOLDER = {
    "president", "vice president", "acting president", "prime minister", "premier",
    "chancellor", "foreign minister", "defence minister", "king", "monarch", "emperor",
    "crown prince", "supreme leader", "opposition leader", "communist party general secretary",
    "nato secretary general", "un secretary general", "european commission president",
    "european council president", "eu high representative",
}  # fmt: skip


def leader_rows() -> list[tuple[int, list[str]]]:
    text = resources.files("warpath").joinpath("data", "actors", "leaders.csv").read_text(encoding="utf-8")
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("#") and not line.startswith("name,"):
            rows.append((n, next(csv.reader([line]))))
    return rows


def test_leaders_rows_are_well_formed():
    rows = leader_rows()
    assert len(rows) > 400
    bad = []
    for n, row in rows:
        if len(row) != 6 or not row[0] or not row[5] or not LEADER_CODE.match(row[2]):
            bad.append((n, row))
            continue
        start = date.fromisoformat(row[3])
        end = date.fromisoformat(row[4]) if row[4] else None
        if end is not None and not start < end:
            bad.append((n, row))
        if row[5] != row[5].lower():
            bad.append((n, row))
    assert bad == []


def test_single_holder_offices_do_not_overlap():
    terms: dict[tuple[str, str], list[tuple[date, date, str, int]]] = defaultdict(list)
    for n, (name, _, code, start, end, role) in leader_rows():
        if role in SINGLE_HOLDER:
            holder = code if code.startswith("IGO") else code[:3]
            terms[(holder, role)].append((D(start), D(end) if end else date.max, name, n))
    overlaps = []
    for key, spans in terms.items():
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                overlaps.append((key, a[2], a[3], b[2], b[3]))
    assert overlaps == []


def test_every_leader_code_names_a_known_country_or_igo(actors):
    unknown = set()
    for _, row in leader_rows():
        code = row[2]
        if not code.startswith("IGO") and actors.country_entry(code[:3]) is None:
            unknown.add(code)
    assert unknown == set()


def test_no_word_names_two_countries():
    text = resources.files("warpath").joinpath("data", "actors", "countries.tsv").read_text(encoding="utf-8")
    owner: dict[str, str] = {}
    clashes = []
    for line in text.splitlines():
        if line.startswith("#") or line.startswith("code\t"):
            continue
        code, name, aliases, adjectives, capital, metonyms = (line.split("\t") + [""] * 6)[:6]
        words = [name, capital, *aliases.split("|"), *adjectives.split("|")]
        words += [m.partition("=")[0] for m in metonyms.split("|")]
        for word in filter(None, words):
            key = normalise_name(word.lstrip("="))
            if owner.setdefault(key, code) != code:
                clashes.append((word, owner[key], code))
    assert clashes == []


def test_actor_entry_covers_half_open_interval():
    entry = ActorEntry("X", "USAGOV", D("2020-01-01"), D("2021-01-01"))
    assert entry.covers(D("2020-01-01")) and entry.covers(D("2020-12-31"))
    assert not entry.covers(D("2021-01-01")) and not entry.covers(D("2019-12-31"))
