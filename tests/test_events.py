"""The event coder on sentences of the kinds news is made of (loads the spaCy model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

DATE = "2024-11-22"  # a Friday


def events(nlp, text, date=DATE):
    return nlp(text, date=date).events


def triples(nlp, text, date=DATE):
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.root, e.modality)
            for e in events(nlp, text, date)]


def test_active_clause_with_object_and_date(nlp):
    (e,) = events(nlp, "Russia struck the Ukrainian city of Dnipro with a new missile on Thursday.")
    assert (e.source.code, e.target.code, e.root, e.modality) == ("RUS", "UKR", "19", "asserted")
    assert [d.isoformat() for d in e.date.interval] == ["2024-11-21", "2024-11-21"]
    assert (e.date.origin, e.date.text) == ("time_expression", "Thursday")
    assert e.location.country == "UKR" or e.target.code == "UKR"


def test_passive_with_agent_swaps_roles(nlp):
    assert ("GBR", "RUS", "11", "asserted") in triples(nlp, "Russia was condemned by Britain on Monday.")


def test_compound_subject_gives_one_event_per_pair(nlp):
    got = triples(nlp, "France and Germany criticised Russia.")
    assert ("FRA", "RUS", "11", "asserted") in got and ("DEU", "RUS", "11", "asserted") in got


@pytest.mark.parametrize("text,modality", [
    ("Russia did not attack Ukraine.", "negated"),
    ("Russia failed to attack Ukraine.", "negated"),
    ("Russia would attack Ukraine if NATO intervened.", "hypothetical"),
    ("If Russia attacks Ukraine, NATO will respond.", "hypothetical"),
    ("Poland must send troops to Ukraine.", "demanded"),
    ("Poland urged Germany to send tanks to Ukraine.", "asserted"),
])
def test_modality(nlp, text, modality):
    got = events(nlp, text)
    assert got, text
    assert got[0].modality == modality, [(e.code, e.modality) for e in got]


def test_future_action_is_cameo_intent_code(nlp):
    (e,) = [e for e in events(nlp, "Germany will provide military aid to Ukraine.") if e.source.code == "DEU"]
    assert (e.code, e.modality, e.target.code) == ("0332", "intent", "UKR")


def test_reported_event_names_its_source(nlp):
    (e,) = events(nlp, "Ukraine fired missiles at Russia, the Russian defence ministry said.")
    assert (e.source.code, e.target.code, e.modality) == ("UKR", "RUS", "reported")
    assert e.attribution.code == "RUSGOV"


def test_self_report_is_asserted_and_the_permitted_act_is_not(nlp):
    permit, use = events(nlp, "Joe Biden announced that he had authorised Ukraine to use ATACMS missiles.")
    assert (permit.source.code, permit.target.code, permit.root) == ("USAGOV", "UKR", "08")
    assert (permit.modality, permit.attribution) == ("asserted", None)
    assert (use.source.code, use.root, use.modality) == ("UKR", "19", "hypothetical")


def test_refusal_is_a_rejection_not_an_attack(nlp):
    got = triples(nlp, "Russia refused to attack Ukraine.")
    assert got and got[0][2] == "12"
    assert not [t for t in got if t[2] == "19" and t[3] == "asserted"]


def test_agentless_passive_takes_actors_from_the_previous_event(nlp):
    got = events(nlp, "Ukraine fired missiles at Russia on Tuesday. More missiles were fired on Wednesday.")
    assert [(e.source.code, e.target.code, e.date.interval[0].isoformat()) for e in got] == [
        ("UKR", "RUS", "2024-11-19"), ("UKR", "RUS", "2024-11-20")]
    assert got[1].confidence < got[0].confidence


def test_date_falls_back_to_context_then_publication(nlp):
    got = events(nlp, "On Tuesday, Ukraine fired missiles at Russia. Russia condemned Ukraine.")
    assert [e.date.origin for e in got] == ["time_expression", "context"]
    (e,) = events(nlp, "Russia condemned Ukraine.")
    assert (e.date.origin, e.date.interval[0].isoformat()) == ("publication_date", DATE)


def test_location_resolves_to_country_and_coordinates(nlp):
    (e,) = events(nlp, "Ukraine struck an arsenal in Bryansk on Tuesday.")
    assert e.location.country == "RUS" and e.location.lat == pytest.approx(53.27, abs=0.1)


def test_evidence_span_and_deterministic_ids(nlp):
    text = "Kyiv said on Monday that it had shot down twelve Russian drones over the capital."
    first, second = events(nlp, text), events(nlp, text)
    assert [e.id for e in first] == [e.id for e in second]
    for e in first:
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text
        assert 0.0 <= e.confidence <= 1.0


def test_sentence_without_event_codes_nothing(nlp):
    assert events(nlp, "The weather in Kyiv was cold and grey on Monday.") == []


def test_plover_mapping(nlp):
    (e,) = events(nlp, "Russia fired missiles at Ukraine.")
    assert e.plover_event == "ASSAULT"


def test_actor_stranded_in_a_fronted_date_is_the_subject(nlp):
    # regression: "On Tuesday Ukraine fired" parses "Tuesday Ukraine" as one date phrase
    got = triples(nlp, "On Tuesday Ukraine fired missiles at Russia.")
    assert got == [("UKR", "RUS", "19", "asserted")]


def test_wire_dateline_is_not_an_actor(nlp):
    # regression: "MOSCOW/KYIV - Ukraine launched ..." made Russia the source
    got = triples(nlp, "MOSCOW/KYIV - Ukraine launched missiles at Russia on Tuesday, the ministry said.")
    assert got and got[0][:2] == ("UKR", "RUS")


def test_bare_infinitive_asserts_nothing(nlp):
    got = triples(nlp, "The decision lets Ukraine to use American missiles against targets inside Russia.")
    assert all(t[3] != "asserted" for t in got if t[2] == "19")


def test_firing_in_an_exercise_is_a_show_of_force(nlp):
    (e,) = events(nlp, "NATO troops are firing artillery in Finland as part of the alliance's largest exercise.")
    assert (e.code, e.target) == ("150", None)
