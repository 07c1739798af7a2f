"""The verb lexicon: matching, the package data, user TSV files and PETRARCH verbs files."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import write
from warpath.codebook import Codebook
from warpath.lexicon import VerbLexicon, VerbRule

PETRARCH_VERBS = "eval/petr-validate-dictionaries/PETR_Validate_verbs_2_02.txt"
HEADER = "lemma\tparticle\twords\tcode\tnote\n"


@pytest.fixture(scope="module")
def default() -> VerbLexicon:
    return VerbLexicon.load_default()


def lexicon(*rules: VerbRule) -> VerbLexicon:
    lex = VerbLexicon()
    lex.add(rules)
    return lex


def code(
    lex: VerbLexicon, lemma: str, after: list[str], before: list[str] | None = None, particle: str | None = None
) -> str | None:
    rule = lex.match(lemma, after, before or (), particle)
    return None if rule is None else rule.code


# ---- matching ------------------------------------------------------------


def test_the_most_specific_rule_wins() -> None:
    lex = lexicon(
        VerbRule("launch", "---"),
        VerbRule("launch", "195", words=("missile",)),
        VerbRule("launch", "090", words=("investigation",)),
        VerbRule("launch", "0331", words=("investigation", "aid")),
    )
    assert code(lex, "launch", []) == "---"
    assert code(lex, "launch", ["two", "missile", "at", "kyiv"]) == "195"
    assert code(lex, "launch", ["an", "investigation", "into", "the", "raid"]) == "090"
    assert code(lex, "launch", ["an", "investigation", "into", "aid"]) == "0331"
    assert code(lex, "fire", ["missile"]) is None


def test_ties_go_to_the_rule_whose_word_comes_first() -> None:
    lex = lexicon(VerbRule("reject", "016", words=("charge",)), VerbRule("reject", "121", words=("extradition",)))
    # the object is nearer the verb than a phrase hung on it
    assert code(lex, "reject", ["an", "extradition", "request", "on", "the", "charge", "of", "rebellion"]) == "121"
    assert code(lex, "reject", ["the", "charge", "in", "an", "extradition", "case"]) == "016"
    # a lone preposition says less than a word: it ranks after every word, then by where it is
    lex = lexicon(VerbRule("call", "020", words=("for",)), VerbRule("call", "0256", words=("ceasefire",)))
    assert code(lex, "call", ["for", "a", "ceasefire"]) == "0256"
    assert code(lex, "call", ["for", "talk"]) == "020"


def test_ties_at_the_same_word_go_to_the_earlier_rule() -> None:
    lex = lexicon(VerbRule("back", "057", words=("peace deal",)), VerbRule("back", "043", words=("peace talk",)))
    assert code(lex, "back", ["peace", "talk", "and", "a", "peace", "deal"]) == "057"
    lex = lexicon(VerbRule("give", "080", words=("permission",)), VerbRule("give", "---", before=("not",)))
    assert code(lex, "give", ["permission"], before=["not"]) == "---"  # a rule without words counts as first


def test_verbs_of_asking_demanding_refusing_and_promising_share_their_models_actions() -> None:
    lex = lexicon(
        VerbRule("urge", "020"), VerbRule("urge", "0256", words=("ceasefire",)),
        VerbRule("demand", "100"), VerbRule("demand", "106", words=("withdrawal",)),
        VerbRule("appeal", "020"), VerbRule("insist", "100", words=("on",)),
        VerbRule("call", "020", words=("for",)), VerbRule("call", "113", words=("for", "sanction")),
        VerbRule("welcome", "030", words=("assurance",)), VerbRule("accept", "030"),
    )
    rule = lex.match("appeal", ["for", "a", "ceasefire"])
    assert (rule.lemma, rule.code, rule.words) == ("appeal", "0256", ("ceasefire",))
    assert code(lex, "insist", ["on", "the", "withdrawal"]) == "106"
    assert code(lex, "call", ["for", "a", "ceasefire"]) == "0256"
    # the verb's own rules come first; without the action named it stays general
    assert code(lex, "call", ["for", "sanction", "and", "a", "ceasefire"]) == "113"
    assert code(lex, "appeal", ["for", "calm"]) == "020"
    # not where the rule names something else ("welcomed assurances"), nor for the promise family's model:
    # aid accepted is received, not promised
    lex.add([VerbRule("promise", "030"), VerbRule("promise", "036", words=("talk",)),
             VerbRule("promise", "033", words=("aid",))])
    assert code(lex, "welcome", ["assurance", "on", "talk"]) == "030"
    assert code(lex, "accept", ["aid"]) == "030"


def test_words_match_singular_and_plural_forms() -> None:
    lex = lexicon(VerbRule("impose", "163", words=("sanction",)), VerbRule("hold", "040", words=("talks",)))
    assert code(lex, "impose", ["sanctions", "on", "iran"]) == "163"
    assert code(lex, "hold", ["talk"]) == "040"
    assert code(lex, "Impose", ["SANCTION"]) == "163"


def test_a_particle_rule_needs_its_particle() -> None:
    lex = lexicon(VerbRule("call", "041"), VerbRule("call", "164", particle="off", words=("talk",)))
    assert code(lex, "call", ["the", "talk"], particle="off") == "164"
    assert code(lex, "call", ["the", "talk"]) == "041"
    assert code(lex, "call", ["the", "talk"], particle="up") == "041"  # falls back to the bare verb


def test_a_particle_parsed_as_preposition_is_found_first_in_after() -> None:
    lex = lexicon(VerbRule("pull", "0874", particle="out"), VerbRule("pull", "160", particle="out", words=("treaty",)))
    assert code(lex, "pull", ["out", "of", "the", "treaty"]) == "160"
    assert code(lex, "pull", ["out", "of", "syria"]) == "0874"
    assert code(lex, "pull", ["the", "rope", "out"]) is None


def test_multiword_items_need_their_words_in_a_row() -> None:
    lex = lexicon(VerbRule("hold", "040", words=("talk",)), VerbRule("hold", "046", words=("peace talks",)))
    assert code(lex, "hold", ["peace", "talk", "with", "moscow"]) == "046"
    assert code(lex, "hold", ["peace talks", "with", "moscow"]) == "046"  # one multiword item
    assert code(lex, "hold", ["talk", "about", "peace"]) == "040"


def test_hyphenated_words_match_spaced_ones() -> None:
    lex = lexicon(VerbRule("violate", "196", words=("cease-fire",)))
    assert code(lex, "violate", ["the", "cease", "-", "fire"]) == "196"
    assert code(lex, "violate", ["the", "cease-fire"]) == "196"


def test_a_hyphenated_word_matches_a_rule_that_writes_it_closed() -> None:
    lex = lexicon(VerbRule("announce", "0871", words=("ceasefire",)), VerbRule("announce", "010"))
    assert code(lex, "announce", ["a", "weeklong", "cease-fire", "with"]) == "0871"
    assert code(lex, "announce", ["a", "weeklong", "cease", "fire"]) == "010"  # two words are not one


def test_before_words_must_come_before_the_verb() -> None:
    lex = lexicon(VerbRule("fire", "150", before=("test",)), VerbRule("fire", "195", words=("missile",)))
    assert code(lex, "fire", ["missile"], ["iran", "test", "-"]) == "150"
    assert code(lex, "fire", ["missile", "test"]) == "195"


def test_discards_are_rules_with_code_dashes() -> None:
    lex = lexicon(VerbRule("fire", "190"), VerbRule("fire", "---", words=("employee",)))
    rule = lex.match("fire", ["two", "employee"])
    assert rule is not None and rule.is_discard
    assert not lex.match("fire", ["on", "the", "convoy"]).is_discard


def test_rules_added_in_code_must_use_codebook_codes() -> None:
    with pytest.raises(ValueError, match="'999'"):
        lexicon(VerbRule("launch", "999"))


def test_lemmas_and_rules_for() -> None:
    lex = lexicon(VerbRule("launch", "---"), VerbRule("launch", "195", words=("missile",)), VerbRule("shell", "194"))
    assert lex.lemmas() == {"launch", "shell"}
    assert [r.code for r in lex.rules_for("launch")] == ["195", "---"]
    assert len(lex) == 3 and "shell" in lex


# ---- the package lexicon -------------------------------------------------


def test_package_lexicon_loads_without_problems(default: VerbLexicon) -> None:
    assert default.problems == []
    assert len(default) > 700


def test_every_package_code_is_in_the_codebook(default: VerbLexicon) -> None:
    book = Codebook.load()
    bad = [(r.line, r.code) for r in default if r.code != "---" and r.code not in book]
    assert bad == []


def test_every_cameo_root_has_rules(default: VerbLexicon) -> None:
    roots = {r.code[:2] for r in default if not r.is_discard}
    assert roots >= {f"{n:02d}" for n in range(1, 21)}


@pytest.mark.parametrize(
    ("lemma", "after", "particle", "expected"),
    [
        ("launch", ["a", "missile", "at", "the", "base"], None, "195"),
        ("launch", ["an", "investigation"], None, "090"),
        ("launch", ["a", "strike", "on", "the", "port"], None, "190"),
        ("give", ["permission", "for", "the", "ally", "to", "use", "missile"], None, "080"),
        ("take", ["part", "in", "artillery", "exercise"], None, "150"),
        ("refuse", ["to", "confirm", "the", "report"], None, "011"),
        ("decline", ["to", "comment"], None, "011"),
        ("impose", ["sanction", "on", "the", "bank"], None, "163"),
        ("hold", ["talk", "with", "the", "rebel"], None, "040"),
        ("hold", ["peace", "talk"], None, "046"),
        ("call", ["the", "talk"], "off", "164"),
        ("call", ["for", "a", "ceasefire"], None, "0256"),
        ("demand", ["the", "release", "of", "the", "hostage"], None, "1053"),
        ("go", ["on", "strike"], None, "143"),
        ("shoot", ["a", "drone"], "down", "190"),
        ("crack", ["on", "protester"], "down", "175"),
        ("fire", ["tear gas", "at", "protester"], None, "175"),
        ("fire", ["the", "defence", "minister"], None, "---"),
        ("accuse", ["the", "army", "of", "war", "crime"], None, "1124"),
        ("pledge", ["to", "end", "the", "war"], None, "0356"),
        ("expel", ["two", "diplomat"], None, "161"),
        ("release", ["a", "statement"], None, "010"),
        ("release", ["the", "hostage"], None, "0841"),
        ("appeal", ["for", "a", "ceasefire"], None, "0256"),
        ("plead", ["for", "the", "release", "of", "the", "hostage"], None, "0253"),
        ("insist", ["on", "the", "withdrawal", "of", "troop"], None, "106"),
        ("seek", ["the", "extradition", "of", "the", "suspect"], None, "0213"),
        ("rebuff", ["call", "for", "his", "resignation"], None, "1231"),
        ("vow", ["talk", "with", "the", "rebel"], None, "036"),
        ("try", ["to", "kill", "the", "defence", "minister"], None, "185"),
        ("demand", ["the", "cessation", "of", "hostility"], None, "107"),
        ("insist", ["on", "a", "cessation", "of", "hostility"], None, "107"),
        ("demand", ["ease", "restriction", "on", "shipping"], None, "1051"),
        ("call", ["the", "senator", "a", "cowardly", "man"], None, "111"),
        ("term", ["the", "visit", "provocative"], None, "111"),
        ("describe", ["the", "strike", "as", "an", "act", "of", "aggression"], None, "1123"),
        ("call", ["the", "sale", "illegal"], None, "112"),
        ("call", ["the", "meeting", "productive"], None, "010"),
    ],
)
def test_package_lexicon_codes_news_predicates(
    default: VerbLexicon, lemma: str, after: list[str], particle: str | None, expected: str
) -> None:
    assert code(default, lemma, after, particle=particle) == expected


# ---- user TSV files ------------------------------------------------------


def test_user_rules_win_over_defaults(default: VerbLexicon, tmp_path: Path) -> None:
    lex = VerbLexicon.load_default()
    text = HEADER + "# launching missiles in our corpus is a test\nlaunch\t\tmissile\t150\ttests\n"
    path = write(tmp_path / "myverbs.tsv", text)
    assert lex.add_tsv(path) == 1
    rule = lex.match("launch", ["a", "missile"])
    assert (rule.code, rule.origin, rule.line) == ("150", "myverbs.tsv", 3)
    assert code(default, "launch", ["a", "missile"]) == "195"  # the shared default is untouched


def test_user_tsv_reads_particles_multiword_items_and_before(tmp_path: Path) -> None:
    text = (
        "lemma\tparticle\twords\tcode\tnote\tbefore\n"
        "step\tup\tair+strike\t195\t\n"
        "fire\t\t\t150\ttest-fired\ttest\n"
    )
    lex = VerbLexicon()
    assert lex.add_tsv(write(tmp_path / "v.tsv", text)) == 2
    assert lex.problems == []
    assert lex.rules_for("step")[0] == VerbRule("step", "195", "up", ("air strike",), (), "v.tsv", 2)
    assert code(lex, "step", ["air", "strike"], particle="up") == "195"
    assert code(lex, "fire", [], ["test"]) == "150"


def test_bad_user_lines_are_reported_with_file_and_line(tmp_path: Path) -> None:
    text = (
        HEADER
        + "launch\t\tmissile\t999\tno such code\n"  # line 2
        + "launch missile 195\n"  # line 3: spaces, not tabs
        + "two words\t\t\t190\t\n"  # line 4
        + "fire\t\t\t\t\n"  # line 5: no code
        + "shell\t\t\t194\t\n"  # line 6: fine
        + "shell\t\t\t195\tsame pattern again\n"  # line 7
    )
    lex = VerbLexicon()
    assert lex.add_tsv(write(tmp_path / "myverbs.tsv", text)) == 1
    assert lex.problems == [
        "[W311] myverbs.tsv line 2: code '999' is not in the CAMEO codebook; rule skipped.",
        "[W312] myverbs.tsv line 3: line not understood (no tabs: columns must be separated by tabs); line skipped.",
        "[W312] myverbs.tsv line 4: line not understood (lemma 'two words' is not one word); line skipped.",
        "[W312] myverbs.tsv line 5: line not understood (no code); line skipped.",
        "[W316] myverbs.tsv line 7: same lemma, particle and words as line 6; the first is kept, this one skipped.",
    ]


def test_unreadable_user_files_are_reported(tmp_path: Path) -> None:
    lex = VerbLexicon()
    assert lex.add_tsv(tmp_path / "missing.tsv") == 0
    assert lex.add_tsv(write(tmp_path / "noheader.tsv", "launch\t\tmissile\t195\n")) == 0
    assert lex.add_tsv(write(tmp_path / "latin1.tsv", HEADER.encode() + "lanc\xe9\t\t\t190\t\n".encode("latin-1"))) == 0
    assert [p[:5] for p in lex.problems] == ["[W313", "[W315", "[W314", "[W312"]
    assert "missing.tsv" in lex.problems[0]


# ---- PETRARCH verbs files ------------------------------------------------

SMALL_PETRARCH = """\
# a test dictionary
&WEAPON
+MISSILE
+ROCKET_
+&BIG_GUN
+CRUISE_MISSILE

&BIG_GUN   # nested synset
+HOWITZER
+ARTILLERY PIECE

&FOREVER
+(TO THE END)
+&FOREVER

--- FIRE [190] ---
FIRE {FIRES FIRED FIRING}
- * &WEAPON [195]
- * (ON {POLICE STATION}) [190:193]
- $ * EMPLOYEE [---]  # not an event
- SAID * WARNING + [130]

--- BACK_DOWN [080] ---
+BACK_DOWN {+BACKED_DOWN +BACKS_DOWN}
+TAKE_NOTE [010]
WIRE_+TAP {WIRE_+TAPPED}
- * (ON &UNKNOWN) [080]
- * &FOREVER [120]

--- NOVERB [010] ---
- * THING [010]
--- BROKEN [999] ---
BREAK
- * TREATY [1246]
- * PROMISE [12x]
* LAW [128]
- * LAW [128
- * TWO * STARS [010]
HALT {HALTED
+STRAY MEMBER

--- SAY [010] ---
SAY {SAYS SAID SAYING}
"""


def test_petrarch_reader_builds_rules_from_synsets_forms_and_patterns(tmp_path: Path) -> None:
    lex = VerbLexicon()
    added = lex.add_petrarch(write(tmp_path / "verbs.txt", SMALL_PETRARCH))
    fire = {(r.words, r.before): r.code for r in lex.rules_for("fire")}
    assert fire[((), ())] == "190"
    for weapon in ("missile", "rocket", "howitzer", "artillery piece", "cruise missile"):
        assert fire[((weapon,), ())] == "195"
    assert fire[(("on", "police station"), ())] == "190"
    paired = lex.match("fire", ["on", "the", "police", "station"])
    assert (paired.code, paired.reverse) == ("190", "193")  # [190:193]: the target's side is 193
    assert lex.match("fire", ["the", "missile"]).reverse is None
    assert fire[(("employee",), ())] == "---"
    assert fire[(("warning",), ("say",))] == "130"  # SAID is mapped to the base of a listed form
    assert code(lex, "fire", ["the", "artillery", "piece"]) == "195"
    assert code(lex, "fire", ["warning"], ["they", "say"]) == "130"
    assert lex.match("fire", ["employee"]).is_discard
    # multiword verbs: particle, words, before
    assert code(lex, "back", [], particle="down") == "080"
    assert lex.match("back", []) is None
    assert code(lex, "take", ["note", "of", "it"]) == "010"
    assert code(lex, "tap", ["phone"], ["wire"]) == "080"
    assert code(lex, "tap", ["phone"]) is None
    assert code(lex, "break", ["the", "treaty"]) == "1246"
    assert code(lex, "break", ["the", "law"]) == "128"
    assert code(lex, "tap", ["to", "the", "end"], ["wire"]) == "120"
    assert all(r.origin == "verbs.txt" for r in lex)
    assert added == len(lex)


def test_petrarch_bad_lines_are_reported_in_line_order(tmp_path: Path) -> None:
    lex = VerbLexicon()
    lex.add_petrarch(write(tmp_path / "verbs.txt", SMALL_PETRARCH))
    numbers = [(p.split()[0], int(p.split(" line ")[1].split(":")[0])) for p in lex.problems]
    assert numbers == [
        ("[W321]", 14),  # &FOREVER includes itself
        ("[W317]", 27),  # &UNKNOWN
        ("[W312]", 30),  # a block with patterns but no verbs
        ("[W311]", 32),  # [999]
        ("[W311]", 35),  # [12x]
        ("[W320]", 36),  # '* LAW' without '- ': read anyway
        ("[W312]", 37),  # no closing bracket: no code
        ("[W312]", 38),  # two '*'
        ("[W312]", 39),  # HALT {HALTED
        ("[W312]", 40),  # '+STRAY MEMBER' is no verb
    ]
    assert lex.problems[1] == "[W317] verbs.txt line 27: synset &UNKNOWN is not defined; pattern skipped."
    assert lex.problems[3] == (
        "[W311] verbs.txt line 32: code '999' is not in the CAMEO codebook; the block's bare verbs have no code."
    )


def test_petrarch_synset_expansion_is_capped(tmp_path: Path) -> None:
    members = "\n".join(f"+THING{i}" for i in range(20))
    text = f"&A\n{members}\n\n&B\n{members}\n\n--- SEND [070] ---\nSEND\n- * &A &B [070]\n"
    line = text.splitlines().index("- * &A &B [070]") + 1
    lex = VerbLexicon()
    assert lex.add_petrarch(write(tmp_path / "big.txt", text)) == 1 + 100
    assert lex.problems == [
        f"[W318] big.txt line {line}: the synsets make 400 combinations; only the first 100 are kept."
    ]


def test_petrarch_validation_dictionary(shared: Path) -> None:
    lex = VerbLexicon()
    assert lex.add_petrarch(shared / PETRARCH_VERBS) > 1000
    assert code(lex, "agree", []) == "050"
    assert code(lex, "agree", ["to", "a", "ceasefire"]) == "0356"
    assert code(lex, "agree", ["to", "peace", "treaty"]) == "037"
    assert code(lex, "agree", ["on", "trade"]) == "0311"
    assert code(lex, "say", []) == "010"
    assert code(lex, "hold", []) == "---"
    assert code(lex, "go", [], particle="by") == "080"  # +GO_BY in the ALLOW block
    assert code(lex, "go", ["new", "investment"], particle="by") == "0311"
    assert any("code '1951' is not in the CAMEO codebook" in p for p in lex.problems)
    assert any("synset &PKO is not defined" in p for p in lex.problems)


def test_announcement_refusal_and_demand_tables_name_codebook_codes() -> None:
    book = Codebook.load()
    for table, wanted in ((book.intents, ("03", "13")), (book.refusals, ("12",)), (book.demands, ("10",))):
        assert table
        for action, code in table.items():
            assert action in book.codes and code in book.codes and code.startswith(wanted), (action, code)
    assert (book.demand_of("0874"), book.demand_of("084"), book.demand_of("190")) == ("106", "1053", "100")
    assert book.demand_of("010") is None and book.demand_of("020") is None


def test_petrarch_actor_markers_say_where_source_and_target_are(tmp_path: Path) -> None:
    text = ("--- WARN [130] ---\nWARN\n- * THEIR ^ ABOUT + [130]\n- * (AT) ^ + [131]\n\n"
            "--- RECEIVE [070] ---\nRECEIVE\n- + * (FROM $) [071]\n- $ * AID + [072]\n")
    lex = VerbLexicon()
    lex.add_petrarch(write(tmp_path / "verbs.txt", text))
    about = lex.match("warn", ["their", "people", "about", "the", "prince"])
    assert (about.code, about.target_at, about.source_at) == ("130", "about", None)
    past = lex.match("warn", ["at", "the", "meeting", "of", "envoys"])  # '+' after the phrase of AT: not in it
    assert (past.code, past.target_at) == ("131", None)
    given = lex.match("receive", ["from", "them"])
    assert (given.code, given.target_at, given.source_at) == ("071", "subject", "from")
    plain = lex.match("receive", ["aid"])
    assert (plain.code, plain.target_at, plain.source_at) == ("072", None, "subject")


def test_a_tsv_roles_column_places_the_actors(tmp_path):
    path = tmp_path / "extra.tsv"
    path.write_text("lemma\tparticle\twords\tcode\tnote\tbefore\troles\n"
                    "come\t\tunder siege\t191\tbesieged\t\ttarget=subject source=under\n"
                    "come\t\tunder blockade\t191\tblockaded\t\ttarget=nobody\n", encoding="utf-8")
    lexicon = VerbLexicon()
    lexicon.add_tsv(path)
    rule = lexicon.match("come", ["under", "siege"])
    assert (rule.code, rule.target_at, rule.source_at) == ("191", "subject", "under")
    # a malformed roles field is a numbered message naming the line, and the rule is skipped
    assert lexicon.match("come", ["under", "blockade"]) is None
    assert any("extra.tsv line 3" in p and "roles" in p for p in lexicon.problems)
