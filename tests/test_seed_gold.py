"""The seed article against its hand annotation in ../shared/gold (skips without it)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from warpath.ingest.text import parse_text

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seed(shared, nlp):
    gold = json.loads((shared / "gold" / "seed-article.json").read_text())
    article = parse_text((shared / "seed" / "article-2024-11-22.txt").read_text(encoding="utf-8"), "seed")
    return gold, article, nlp(article)


def _find(text: str, needle: str) -> int:
    plain = text.replace("\u2019", "'").lower()
    return plain.find(needle.replace("\u2019", "'").lower())


def test_publication_date(seed):
    _, article, _ = seed
    assert article.date == date(2024, 11, 22)


def test_every_gold_time_expression_normalises_to_its_gold_interval(seed):
    gold, article, doc = seed
    for g in gold["time_expressions"]:
        start = _find(article.text, g["text"])
        assert start >= 0, g["text"]
        end = start + len(g["text"])
        hits = [t for t in doc.times if t.start < end and start < t.end]
        assert hits, f"{g['text']!r} not found"
        lo, hi = hits[0].interval
        assert g["start"][0] <= lo.isoformat() <= g["start"][1], (g["text"], hits[0].interval)
        assert g["end"][0] <= hi.isoformat() <= g["end"][1], (g["text"], hits[0].interval)
        if "value" in g:
            assert hits[0].value == g["value"]


def test_every_gold_actor_gets_its_gold_code(seed):
    gold, article, doc = seed
    for g in gold["actors"]:
        codes = g["code"] if isinstance(g["code"], list) else [g["code"]]
        start = _find(article.text, g["text"])
        end = start + len(g["text"])
        hits = [a for a in doc.actors if a.start < end and start < a.end]
        assert any(a.code in codes for a in hits), (g["text"], codes, [(a.text, a.code) for a in hits])
