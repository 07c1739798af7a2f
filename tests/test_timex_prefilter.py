"""The time tagger skips rules whose words a text lacks: it must find exactly what it found before."""

from __future__ import annotations

import dataclasses
import doctest
import re
from datetime import date
from pathlib import Path

import pytest

from warpath.timex import TimeTagger, prefilter

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").rglob("*.txt"))
TAGGER = TimeTagger()
UNFILTERED = TimeTagger()
UNFILTERED.rules = tuple(dataclasses.replace(r, needs=None) for r in UNFILTERED.rules)


def _examples(rule) -> list[str]:
    """The expressions quoted in a rule's docstring ("three weeks ago")."""
    return re.findall(r'"([^"]+)"', rule.handler.__doc__ or "")


def test_the_module_examples_hold():
    assert doctest.testmod(prefilter).failed == 0


def test_fold_maps_every_character_a_pattern_letter_matches_to_that_letter():
    letter = re.compile(r"[a-z]", re.IGNORECASE)
    for code in range(0x80, 0x110000):
        ch = chr(code)
        if letter.fullmatch(ch):
            assert prefilter.fold(ch).isascii(), hex(code)
    assert prefilter.fold("TODAY \u0130N \u212aYIV") == "today in kyiv"


def test_almost_every_rule_is_filtered_and_its_words_are_lower_case():
    filtered = [r for r in TAGGER.rules if r.needs]
    assert len(filtered) >= len(TAGGER.rules) - 2
    assert all(w == w.lower() and w for r in filtered for w in r.needs)
    by_name = {r.name: r.needs for r in TAGGER.rules}
    assert by_name["units_ago"] == {"ago", "back", "from", "hence"}
    assert "monday" in by_name["weekday"]


def test_every_match_of_a_rule_holds_one_of_its_words():
    texts = [e for r in TAGGER.rules for e in _examples(r)] + [p.read_text(encoding="utf-8") for p in SAMPLES]
    seen = 0
    for rule in TAGGER.rules:
        if rule.needs is None:
            continue
        for text in texts:
            for variant in (text, text.upper(), text.title()):
                for m in rule.pattern.finditer(variant):
                    seen += 1
                    assert any(w in prefilter.fold(m.group(0)) for w in rule.needs), (rule.name, m.group(0))
    assert seen > 1000


@pytest.mark.parametrize("case", [str, str.upper, str.title, str.lower])
def test_the_sample_articles_are_tagged_as_without_the_filter(case):
    assert SAMPLES
    for path in SAMPLES:
        text = case(path.read_text(encoding="utf-8"))
        assert TAGGER.tag(text, date(2024, 11, 22)) == UNFILTERED.tag(text, date(2024, 11, 22)), path.name


def test_a_text_without_any_rule_s_words_has_no_time_expression():
    assert TAGGER.tag("Protesters gathered outside the parliament building.", date(2024, 11, 22)) == []
