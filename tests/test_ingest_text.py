from __future__ import annotations

from datetime import date

import pytest

from warpath.errors import InputError
from warpath.ingest.text import parse_text


def test_date_header_sharing_the_line_with_text():
    a = parse_text(" date 2024-11-22 THE past week has seen a lot.\n\nMore.", "x.txt")
    assert a.date == date(2024, 11, 22)
    assert a.text.startswith("THE past week")
    assert a.text.endswith("More.")


def test_header_lines_and_blank_line():
    a = parse_text("date 2024-11-19\ntitle: Missiles fired\nsource: Meridian Wire\nurl: https://m.example/1\n\nBody.", "x")
    assert (a.date, a.title, a.source, a.url, a.text) == (
        date(2024, 11, 19), "Missiles fired", "Meridian Wire", "https://m.example/1", "Body."
    )


def test_colon_date_header_and_any_order():
    a = parse_text("source: Wire\ndate: 2024-11-19\nBody text.", "x")
    assert a.date == date(2024, 11, 19) and a.source == "Wire" and a.text == "Body text."


def test_text_starting_with_the_word_date_is_not_a_header():
    a = parse_text("Date palms grow in the south.", "x")
    assert a.date is None
    assert a.text == "Date palms grow in the south."


def test_no_header_uses_default_date():
    assert parse_text("Just text.", "x", default_date=date(2024, 1, 2)).date == date(2024, 1, 2)


def test_header_date_wins_over_default_date():
    assert parse_text("date 2024-11-22\nText.", "x", default_date=date(2000, 1, 1)).date == date(2024, 11, 22)


@pytest.mark.parametrize("header", ["date 2024-13-45", "date 2024-02-30", "date 22/11/2024x"])
def test_malformed_date_names_the_input(header):
    with pytest.raises(InputError) as info:
        parse_text(f"{header}\nText.", "news/a.txt")
    assert info.value.code == "E007"
    assert "news/a.txt" in str(info.value)


def test_headers_without_body_are_an_error():
    with pytest.raises(InputError) as info:
        parse_text("date 2024-11-22\ntitle: Nothing\n", "x.txt")
    assert info.value.code == "E008"


def test_seed_article_date(shared):
    text = (shared / "seed" / "article-2024-11-22.txt").read_text(encoding="utf-8")
    a = parse_text(text, "seed")
    assert a.date == date(2024, 11, 22)
    assert a.text.startswith("THE past week")


def test_id_is_stable_under_whitespace_changes_and_differs_by_outlet():
    a = parse_text("date 2024-11-22\nsource: A\n\nUkraine  fired\nmissiles.", "x")
    b = parse_text("date 2024-11-22\nsource: A\n\nUkraine fired missiles.  ", "y")
    c = parse_text("date 2024-11-22\nsource: B\n\nUkraine fired missiles.", "z")
    assert a.id == b.id != c.id
