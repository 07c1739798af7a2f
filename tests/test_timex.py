"""The time-expression stage: spans, TIMEX3 values and intervals, rule family by rule family.

Every sentence here is made up for the test; the publication date (dct) is
Friday 22 November 2024 unless a test says otherwise.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from warpath.document import TimeExpression
from warpath.ingest.text import parse_text
from warpath.timex import TimeTagger

DCT = date(2024, 11, 22)  # a Friday, ISO week 47
TAGGER = TimeTagger()


def tag(text: str, dct: date | None = DCT, tense=None) -> list[TimeExpression]:
    found = TAGGER.tag(text, dct, tense)
    for t in found:
        assert text[t.start : t.end] == t.text
        assert t.sentence is None
    return found


def only(text: str, dct: date | None = DCT, tense=None) -> TimeExpression:
    found = tag(text, dct, tense)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


def days(a: str, b: str | None = None) -> tuple[date, date]:
    return date.fromisoformat(a), date.fromisoformat(b or a)


def check(text: str, span: str, value: str, interval: tuple[date, date] | None, kind: str = "DATE") -> None:
    t = only(text)
    assert (t.text, t.type, t.value, t.interval) == (span, kind, value, interval)


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Rebels shelled the village on Wednesday.", "Wednesday", "2024-11-20"),
        ("The envoy left last Tuesday.", "last Tuesday", "2024-11-19"),
        ("The ministers will meet on Tuesday.", "Tuesday", "2024-11-26"),
        ("The convoy is expected to arrive next Monday.", "next Monday", "2024-11-25"),
        ("The summit opens Friday.", "Friday", "2024-11-22"),
        ("Talks were held this past Sunday.", "this past Sunday", "2024-11-17"),
        ("Thursday's vote was close.", "Thursday", "2024-11-21"),
    ],
)
def test_weekday_is_read_with_the_tense(text, span, value):
    check(text, span, value, days(value))


def test_weekday_with_part_of_day_is_a_time():
    night = days("2024-11-19", "2024-11-20")
    check("Drones struck the port Tuesday night.", "Tuesday night", "2024-11-19TNI", night, "TIME")


def test_plural_weekday_is_a_set():
    t = only("The market opens on Sundays.")
    assert (t.type, t.value, t.interval) == ("SET", "XXXX-WXX-7", None)


def test_tense_callback_overrides_the_guess():
    assert only("Talks on Wednesday.", tense=lambda start, end: "future").value == "2024-11-27"
    assert only("Talks on Wednesday.", tense=lambda start, end: "past").value == "2024-11-20"


def test_coordinated_weekdays_share_a_tense():
    found = tag("Delegations will gather on Monday and Tuesday, an aide told reporters.")
    assert [t.value for t in found] == ["2024-11-25", "2024-11-26"]


@pytest.mark.parametrize(
    "text, span, value, interval",
    [
        ("Protesters marched last weekend.", "last weekend", "2024-W46-WE", days("2024-11-16", "2024-11-17")),
        ("More marches will follow this weekend.", "this weekend", "2024-W47-WE", days("2024-11-23", "2024-11-24")),
        ("Shops were looted over the weekend.", "the weekend", "2024-W46-WE", days("2024-11-16", "2024-11-17")),
        ("Prices fell last week.", "last week", "2024-W46", days("2024-11-11", "2024-11-17")),
        ("Prices fell this week.", "this week", "2024-W47", days("2024-11-18", "2024-11-24")),
        ("Prices will fall next week.", "next week", "2024-W48", days("2024-11-25", "2024-12-01")),
        ("THE PAST WEEK brought heavy rain.", "THE PAST WEEK", "2024-W46", days("2024-11-15", "2024-11-22")),
        ("Exports rose this month.", "this month", "2024-11", days("2024-11-01", "2024-11-30")),
        ("Exports rose last month.", "last month", "2024-10", days("2024-10-01", "2024-10-31")),
        ("Exports will rise next month.", "next month", "2024-12", days("2024-12-01", "2024-12-31")),
        ("Inflation peaked earlier this month.", "earlier this month", "2024-11", days("2024-11-01", "2024-11-22")),
        ("Growth slowed this year.", "this year", "2024", days("2024-01-01", "2024-12-31")),
        ("Growth slowed last year.", "last year", "2023", days("2023-01-01", "2023-12-31")),
        ("Growth will pick up next year.", "next year", "2025", days("2025-01-01", "2025-12-31")),
        ("The army advanced earlier this year.", "earlier this year", "2024", days("2024-01-01", "2024-11-22")),
        ("The army will withdraw later this year.", "later this year", "2024", days("2024-11-22", "2024-12-31")),
        ("The treaty lapses in April next year.", "April next year", "2025-04", days("2025-04-01", "2025-04-30")),
        ("A coup failed in June last year.", "June last year", "2023-06", days("2023-06-01", "2023-06-30")),
    ],
)
def test_units_relative_to_the_publication_date(text, span, value, interval):
    check(text, span, value, interval)


@pytest.mark.parametrize(
    "text, span, value, interval",
    [
        ("He will be sworn in on February 3, 2025.", "February 3, 2025", "2025-02-03", days("2025-02-03")),
        ("He was sworn in on 3 February 2025.", "3 February 2025", "2025-02-03", days("2025-02-03")),
        ("The truce began Oct. 4 in the north.", "Oct. 4", "2024-10-04", days("2024-10-04")),
        ("The bridge reopened on October 4.", "October 4", "2024-10-04", days("2024-10-04")),
        ("The decree is dated 2024-10-04.", "2024-10-04", "2024-10-04", days("2024-10-04")),
        ("The decree is dated 25/10/2024.", "25/10/2024", "2024-10-25", days("2024-10-25")),
        ("The decree is dated 10/25/2024.", "10/25/2024", "2024-10-25", days("2024-10-25")),
        ("Clashes erupted early on October 4.", "early on October 4", "2024-10-04", days("2024-10-04")),
        ("The offensive stalled in late October.", "late October", "2024-10", days("2024-10-21", "2024-10-31")),
        ("Output recovered in mid-2022.", "mid-2022", "2022", days("2022-05-01", "2022-08-31")),
        ("The accord was signed in 1998.", "1998", "1998", days("1998-01-01", "1998-12-31")),
        ("Revenue fell in fiscal 2023.", "fiscal 2023", "2023", days("2023-01-01", "2023-12-31")),
        ("The dispute dates from the 1990s.", "the 1990s", "199", days("1990-01-01", "1999-12-31")),
        ("The border was drawn in the 19th century.", "the 19th century", "18", days("1800-01-01", "1899-12-31")),
    ],
)
def test_calendar_dates(text, span, value, interval):
    check(text, span, value, interval)


def test_ambiguous_numeric_date_takes_the_reading_nearer_the_dct():
    assert only("The memo is dated 11/10/2024.").value == "2024-11-10"
    assert only("The memo is dated 11/10/2024.", dct=date(2024, 10, 14)).value == "2024-10-11"


@pytest.mark.parametrize(
    "text, value",
    [
        ("Elections were held in March.", "2024-03"),
        ("Elections will be held in March.", "2025-03"),
        ("The strike began last December.", "2023-12"),
        ("The strike ends next March.", "2025-03"),
        ("A dividend is payable in January.", "2025-01"),
        ("The talks collapsed on March 3.", "2024-03-03"),
        ("The deadline is extended to December 15.", "2024-12-15"),
    ],
)
def test_year_of_a_month_comes_from_the_tense(text, value):
    assert only(text).value == value


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May said the vote was lost.",
        "Prices may march higher.",
        "The Sunday Times ran the story.",
        "The Good Friday Agreement holds.",
        "Protests began with the Arab Spring.",
        "Prices fall when demand drops.",
        "The 25-year-old soldier survived.",
        "The minister, 52 years old, resigned.",
        "At least 2000 people fled.",
        "The council passed Resolution 2334.",
        "He paid $1998 for the car.",
        "He will win a second term.",
        "Nobody knows the answer.",
        "",
    ],
)
def test_no_time_expression(text):
    assert tag(text) == []


@pytest.mark.parametrize(
    "text, span, kind, value, interval",
    [
        ("Fighting resumed yesterday.", "yesterday", "DATE", "2024-11-21", days("2024-11-21")),
        ("Fighting resumed today.", "today", "DATE", "2024-11-22", days("2024-11-22")),
        ("Talks resume tomorrow.", "tomorrow", "DATE", "2024-11-23", days("2024-11-23")),
        ("Talks resume late yesterday.", "late yesterday", "DATE", "2024-11-21", days("2024-11-21")),
        ("Talks resume tonight.", "tonight", "TIME", "2024-11-22TNI", days("2024-11-22", "2024-11-23")),
        ("Missiles hit the city overnight.", "overnight", "TIME", "2024-11-21TNI", days("2024-11-21", "2024-11-22")),
        ("The town was quiet this morning.", "this morning", "TIME", "2024-11-22TMO", days("2024-11-22")),
        ("Sirens sounded last night.", "last night", "TIME", "2024-11-21TNI", days("2024-11-21", "2024-11-22")),
    ],
)
def test_deictic_days(text, span, kind, value, interval):
    check(text, span, value, interval, kind)


@pytest.mark.parametrize(
    "text, span, value, interval",
    [
        ("The dam burst three days ago.", "three days ago", "2024-11-19", days("2024-11-19")),
        ("The dam burst 3 days ago.", "3 days ago", "2024-11-19", days("2024-11-19")),
        ("The siege ended two weeks ago.", "two weeks ago", "2024-W45", days("2024-11-04", "2024-11-10")),
        ("The siege ended six months ago.", "six months ago", "2024-05", days("2024-05-01", "2024-05-31")),
        ("The war began nearly two years ago.", "nearly two years ago", "2022", days("2022-01-01", "2022-12-31")),
        ("The pact expires three years from now.", "three years from now", "2027", days("2027-01-01", "2027-12-31")),
        ("The mine closed several years ago.", "several years ago", "PAST_REF", None),
    ],
)
def test_units_ago(text, span, value, interval):
    check(text, span, value, interval)


@pytest.mark.parametrize(
    "text, span, value, interval",
    [
        ("The harvest failed last summer.", "last summer", "2024-SU", days("2024-06-01", "2024-08-31")),
        ("The harvest failed this spring.", "this spring", "2024-SP", days("2024-03-01", "2024-05-31")),
        ("The front will freeze this winter.", "this winter", "2025-WI", days("2024-12-01", "2025-02-28")),
        ("Winter will be harsh.", "Winter", "2025-WI", days("2024-12-01", "2025-02-28")),
        ("The dam was built in the autumn of 2019.", "the autumn of 2019", "2019-FA", days("2019-09-01", "2019-11-30")),
        ("Output fell in the third quarter.", "the third quarter", "2024-Q3", days("2024-07-01", "2024-09-30")),
        ("Output fell in Q2 2023.", "Q2 2023", "2023-Q2", days("2023-04-01", "2023-06-30")),
        (
            "It fell in the fourth quarter of 2023.",
            "the fourth quarter of 2023",
            "2023-Q4",
            days("2023-10-01", "2023-12-31"),
        ),
        ("It fell in the first half of 2024.", "the first half of 2024", "2024-H1", days("2024-01-01", "2024-06-30")),
    ],
)
def test_seasons_and_quarters(text, span, value, interval):
    check(text, span, value, interval)


def test_a_year_earlier_in_an_earnings_report_is_the_same_quarter():
    found = tag("The bank reported third-quarter profit of $2 billion, up from $1.5 billion a year earlier.")
    assert [(t.text, t.value) for t in found] == [("third-quarter", "2024-Q3"), ("a year earlier", "2023-Q3")]


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("The siege lasted three days.", "three days", "P3D"),
        ("The war lasted two years.", "two years", "P2Y"),
        ("The strike lasted 48 hours.", "48 hours", "PT48H"),
        ("The talks took half an hour.", "half an hour", "PT30M"),
        ("The trial lasted 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("The feud lasted two decades.", "two decades", "P20Y"),
        ("The inquiry may take several weeks.", "several weeks", "PXW"),
        ("He won a two-year term.", "two-year", "P2Y"),
        ("The region has been unstable for years.", "years", "PXY"),
    ],
)
def test_durations(text, span, value):
    check(text, span, value, None, "DURATION")


def test_duration_back_from_the_dct_is_anchored():
    t = only("Attacks doubled over the past five years.")
    assert (t.text, t.type, t.value) == ("the past five years", "DURATION", "P5Y")
    assert t.interval == days("2019-11-22", "2024-11-22")


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Inspectors visit every week.", "every week", "P1W"),
        ("The board reports weekly.", "weekly", "P1W"),
        ("The board meets each year.", "each year", "P1Y"),
        ("The paper publishes daily.", "daily", "P1D"),
        ("The council sits every Thursday.", "every Thursday", "XXXX-WXX-4"),
        ("The envoys meet twice a month.", "twice a month", "P1M"),
    ],
)
def test_sets(text, span, value):
    check(text, span, value, None, "SET")


@pytest.mark.parametrize(
    "text, span, value, interval",
    [
        ("The army is now in control.", "now", "PRESENT_REF", days("2024-11-22")),
        ("The army currently holds the city.", "currently", "PRESENT_REF", days("2024-11-22")),
        ("The city is calm at present.", "at present", "PRESENT_REF", days("2024-11-22")),
        ("The rebels recently seized the town.", "recently", "PAST_REF", None),
        ("Such raids happened in the past.", "the past", "PAST_REF", None),
        ("The town was previously held by rebels.", "previously", "PAST_REF", None),
        ("He was formerly a general.", "formerly", "PAST_REF", None),
        ("Peace may come in the future.", "the future", "FUTURE_REF", None),
        ("Peace will come soon.", "soon", "FUTURE_REF", None),
    ],
)
def test_vague_references(text, span, value, interval):
    check(text, span, value, interval)


def test_as_soon_as_is_not_a_time_expression():
    assert tag("They will leave as soon as the road opens.") == []


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("The blast happened at 3 p.m.", "3 p.m.", "2024-11-22T15:00"),
        ("The curfew starts at midnight.", "midnight", "2024-11-22T24:00"),
        ("Troops crossed at 14:30 GMT.", "14:30 GMT", "2024-11-22T14:30"),
        ("The blast happened at 10:35 a.m. Thursday.", "10:35 a.m. Thursday", "2024-11-21T10:35"),
    ],
)
def test_clock_times(text, span, value):
    check(text, span, value, days(value[:10]), "TIME")


def test_clock_time_takes_the_day_named_in_its_sentence():
    found = tag("The first missile landed at 9 a.m. on Tuesday.")
    assert [(t.text, t.value) for t in found] == [("9 a.m.", "2024-11-19T09:00"), ("Tuesday", "2024-11-19")]


def test_references_back_to_a_named_date():
    found = tag(
        "The ceasefire began on March 3, 2022. The following day, shelling resumed. Two months later it collapsed."
    )
    assert [(t.text, t.value) for t in found] == [
        ("March 3, 2022", "2022-03-03"),
        ("The following day", "2022-03-04"),
        ("Two months later", "2022-05"),
    ]


def test_that_day_refers_to_the_last_day_named_not_a_month():
    found = tag("The decree was signed on Tuesday. Talks stalled in late September. It was published the same day.")
    assert [(t.text, t.value) for t in found] == [
        ("Tuesday", "2024-11-19"),
        ("late September", "2024-09"),
        ("the same day", "2024-11-19"),
    ]


def test_holidays():
    assert only("Families will gather at Christmas.").value == "2024-12-25"
    assert only("Pilgrims arrived for Easter 2024.").value == "2024-03-31"


@pytest.mark.parametrize(
    "text, value",
    [
        ("VOTERS GO TO THE POLLS IN MAY THIS YEAR.", "2024-05"),  # a headline in capitals raised KeyError
        ("Voters Go To The Polls In May This Year", "2024-05"),
        ("SHE FLEW HOME LAST CHRISTMAS.", "2023-12-25"),
    ],
)
def test_capitals_are_read_like_lower_case(text, value):
    assert only(text).value == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("Rebels attacked on Wednesday.", "XXXX-WXX-3"),
        ("Rebels attacked last week.", "XXXX-WXX"),
        ("Rebels attacked yesterday.", "XXXX-XX-XX"),
        ("Rebels attacked in March.", "XXXX-03"),
        ("Rebels attacked two days ago.", "XXXX-XX-XX"),
        ("Rebels attacked last year.", "XXXX"),
        ("Rebels attacked at 3 p.m.", "XXXX-XX-XXT15:00"),
    ],
)
def test_without_a_dct_relative_values_keep_placeholders(text, value):
    t = only(text, dct=None)
    assert (t.value, t.interval) == (value, None)


def test_without_a_dct_absolute_values_still_resolve():
    found = tag("The accord of January 20, 2025 ended a war of the 1990s; it holds now.", dct=None)
    assert [(t.value, t.interval) for t in found] == [
        ("2025-01-20", days("2025-01-20")),
        ("199", days("1990-01-01", "1999-12-31")),
        ("PRESENT_REF", None),
    ]


def test_expressions_come_in_reading_order_without_overlaps():
    found = tag("Last week, on Tuesday, two days after the vote, the army said it would withdraw by March 2025.")
    starts = [t.start for t in found]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert [t.text for t in found] == ["Last week", "Tuesday", "two days", "March 2025"]


def test_seed_article_gold(shared):
    """Every time expression of the seed article's hand annotation normalises to its gold interval."""
    seed, gold_file = shared / "seed" / "article-2024-11-22.txt", shared / "gold" / "seed-article.json"
    if not (seed.is_file() and gold_file.is_file()):
        pytest.skip(f"../shared not found: no seed article or gold at {seed.parent.parent}")
    article = parse_text(seed.read_text(encoding="utf-8"), "seed")
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    assert article.date == date.fromisoformat(gold["publication_date"])
    found = TAGGER.tag(article.text, article.date)
    for expected in gold["time_expressions"]:
        start = article.text.index(expected["text"])
        end = start + len(expected["text"])
        overlapping = [t for t in found if t.start < end and start < t.end and t.interval]
        assert overlapping, f"nothing found for {expected['text']!r}"
        first, last = overlapping[0].interval
        assert expected["start"][0] <= first.isoformat() <= expected["start"][1], expected["text"]
        assert expected["end"][0] <= last.isoformat() <= expected["end"][1], expected["text"]
        if "value" in expected:
            assert overlapping[0].value == expected["value"], expected["text"]


@pytest.mark.parametrize("text", ["Thousands celebrated in May 13 Square.", "The March 23 Movement seized the town.",
                                  "Traffic was stopped on the 6 October Bridge."])
def test_a_date_in_the_name_of_a_place_or_a_body_is_no_time(text):
    # (each was dated: "May 13 Square" made a celebration on May 13)
    assert TimeTagger().tag(text, date(2025, 10, 14)) == []


def test_a_date_before_other_words_is_still_a_time():
    assert [t.value for t in TimeTagger().tag("The parade was held on July 26 in Havana.", date(2025, 10, 14))] == \
        ["2025-07-26"]
