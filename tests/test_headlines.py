"""Headline case: Title Case and ALL CAPS lines re-cased for the parser, nothing else touched."""

from __future__ import annotations

import pytest

from warpath.stages.headlines import HeadlineCase

COMMON = {"lift", "travel", "ban", "to", "fire", "missile", "at", "strike", "target", "in", "southern", "say",
          "president", "and", "meet", "turkey", "the", "for", "of", "hit"}
NAMES = {"lebanon": "place", "kyiv": "place", "russia": "place", "turkey": "place", "nato": "name",
         "hezbollah": "name", "biden": "name"}


@pytest.fixture
def recase():
    return HeadlineCase(lambda w: w in COMMON or w.rstrip("s") in COMMON, lambda w: NAMES.get(w.lower()),
                        frozenset({"to", "at", "in", "on", "and", "the", "for", "of"}))


@pytest.mark.parametrize("line,expected", [
    ("U.S. Lifts Travel Ban to Lebanon", "U.S. lifts travel ban to Lebanon"),
    ("Israel Strikes Hezbollah Targets in Southern Lebanon", "Israel strikes Hezbollah targets in southern Lebanon"),
    ("RUSSIA FIRES MISSILES AT KYIV", "Russia fires missiles at Kyiv"),
    ("NATO SAYS TURKEY FIRES MISSILES", "NATO says Turkey fires missiles"),  # a short name of no place stays
    ("Strikes Hit Kyiv on Monday", "Strikes hit Kyiv on Monday"),  # days and months stay; the first word too
])
def test_a_headline_is_recased_as_running_text(recase, line, expected):
    got = recase(line)
    assert got == expected and len(got) == len(line)


@pytest.mark.parametrize("text", [
    "U.S. President Joe Biden and Ukrainian President Volodymyr Zelensky met in Washington.",  # a verb in lower case
    "Russia fired missiles at Kyiv.",
    "Biden and Putin",  # too short to tell
    "NATO US UK",
])
def test_running_text_and_short_lines_are_left_alone(recase, text):
    assert recase(text) == text


def test_only_the_headline_lines_of_a_text_change(recase):
    text = "RUSSIA FIRES MISSILES AT KYIV\nRussia fired 20 missiles at Kyiv on Monday, officials said.\n"
    assert recase(text).splitlines() == ["Russia fires missiles at Kyiv", text.splitlines()[1]]


@pytest.mark.model
@pytest.mark.parametrize("text,triple", [
    ("Russia Launches Massive Missile Attack on Ukraine's Energy Grid", ("RUS", "UKR", "19", "asserted")),
    ("EU Imposes New Sanctions on Russia Over Ukraine War", ("IGOEUREEC", "RUS", "16", "asserted")),
    ("Turkey Shells Kurdish Militants in Northern Syria", ("TUR", "SYRREB", "19", "asserted")),
    ("US AND UK STRIKE HOUTHI TARGETS IN YEMEN", ("USA", "YEMREB", "19", "asserted")),
    ("ISRAELI JETS BOMB GAZA REFUGEE CAMP", ("ISRMIL", "PSEGZA", "19", "asserted")),
])
def test_headlines_are_coded(nlp, text, triple):
    got = [(e.source.code if e.source else None, e.target.code if e.target else None, e.root, e.modality)
           for e in nlp(text, date="2024-11-22").events]
    assert triple in got


@pytest.mark.model
def test_a_headlines_actors_and_evidence_keep_the_articles_own_case(nlp):
    doc = nlp("Israel Strikes Hezbollah Targets in Southern Lebanon", date="2024-11-22")
    (e,) = doc.events
    assert e.target.text == "Hezbollah Targets" and e.evidence.text == doc.text
    assert "Southern Lebanon" in [a.text for a in doc.actors]


@pytest.mark.model
def test_sentences_are_the_articles_words_whatever_the_parser_read(nlp):
    text = "KYIV - Russia fired missiles at Kyiv.\nRUSSIA FIRES MISSILES AT KYIV\n"
    doc = nlp(text, date="2024-11-22")
    expected = ["KYIV - Russia fired missiles at Kyiv.", "RUSSIA FIRES MISSILES AT KYIV"]
    assert [s.text.strip() for s in doc.sentences] == expected
