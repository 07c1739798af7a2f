"""Dyad and actor timelines over clusters, and how they are drawn."""

from __future__ import annotations

from datetime import date

import pytest

from analysis_util import article, day, event, store_with
from warpath.analysis import Dyad, timeline, update_clusters
from warpath.analysis.model import actor_country, next_period, period_start, periods
from warpath.analysis.render import bar, timeline_table
from warpath.analysis.timeline import sparkline
from warpath.errors import WarpathError


@pytest.fixture(scope="module")
def store():
    s = store_with(
        article("A", day(18), event(code="040", when=(day(18), day(18)))),
        article("A", day(19), event()), article("B", day(19), event()),  # one strike, two outlets
        article("C", day(19), event(code="112", text="Kyiv accused Moscow.")),
        article("C", day(19), event(code="195", modality="hypothetical")),  # does not count
        article("D", day(20), event("RUSMIL", "UKR", when=(day(20), day(20)))),
        article("E", date(2024, 12, 2), event(code="057", when=(date(2024, 12, 2),) * 2)),
        article("F", day(21), event("UKRGOV", None, "010", when=(day(21), day(21)))),
    )
    update_clusters(s)
    return s


def test_daily_series_counts_clusters_by_quad_class(store):
    t = timeline(store, Dyad("UKR", "RUS"), "day", day(17), day(20))
    assert [r.period for r in t.rows] == [day(17), day(18), day(19), day(20)]
    empty, coop, strike_day, quiet = t.rows
    assert empty.empty and empty.index == 0.0 and coop.quad == (1, 0, 0, 0) and quiet.empty
    assert strike_day.clusters == 2 and strike_day.quad == (0, 0, 1, 1)  # one accusation, one strike
    assert strike_day.weighted == pytest.approx(3.0)  # 1 + log2(2) for the strike, 1 for the accusation
    assert strike_day.goldstein_sum == pytest.approx(-2.0 * 1 - 10.0 * 2)
    assert strike_day.goldstein_mean == pytest.approx(-22.0 / 3)
    assert strike_day.conflict_mass == pytest.approx(0.2 + 2.0)
    assert strike_day.index == pytest.approx(10 * 2.2 / 4)
    assert t.peak.period == day(19)


def test_weekly_and_monthly_series(store):
    weeks = timeline(store, Dyad("UKR", "RUS"), "week", day(11), date(2024, 12, 8))
    assert [(r.period, r.clusters) for r in weeks.rows] == [(day(11), 0), (day(18), 3), (day(25), 0),
                                                            (date(2024, 12, 2), 1)]
    months = timeline(store, Dyad("UKR", "RUS"), "month", day(1), date(2024, 12, 31))
    assert [(r.period, r.clusters) for r in months.rows] == [(day(1), 3), (date(2024, 12, 1), 1)]


def test_actor_and_both_ways(store):
    ukraine = timeline(store, Dyad.actor("UKR"), "day", day(21), day(21))
    assert ukraine.rows[0].clusters == 1  # a statement with no target counts for the actor
    both = timeline(store, Dyad("UKR", "RUS", both_ways=True), "day", day(20), day(20))
    assert both.rows[0].clusters == 1 and both.rows[0].quad == (0, 0, 0, 1)


def test_default_range_ends_at_the_last_event(store):
    t = timeline(store, Dyad("UKR", "RUS"), "day")
    assert t.end == date(2024, 12, 2) and len(t.rows) == 30


def test_dyads_and_actor_countries():
    assert Dyad.parse("usa-rus") == Dyad("USA", "RUS")
    assert Dyad.parse("IGOWSTNATGOV-RUSMIL") == Dyad("IGOWSTNAT", "RUS")
    assert actor_country("IGOUNOGOV") == "IGOUNO" and actor_country("RUSGOV") == "RUS"
    assert actor_country("---MIL") is None and actor_country(None) is None
    for bad in ("USA", "USA-", "U-RUS", "USA RUS", "USA-RUS-UKR"):
        with pytest.raises(WarpathError) as info:
            Dyad.parse(bad)
        assert info.value.code == "E062"


def test_periods():
    assert period_start(date(2024, 11, 21), "week") == day(18)
    assert next_period(date(2024, 12, 1), "month") == date(2025, 1, 1)
    assert periods(day(30), date(2025, 1, 2), "month") == [day(1), date(2024, 12, 1), date(2025, 1, 1)]


def test_sparkline_and_bars():
    assert sparkline([0, 5, 10], 10) == " ▅█"
    assert sparkline([0, 0]) == "  "
    assert bar(10, width=4) == "████" and bar(0) == "" and bar(5, width=4) == "██"


def test_timeline_table_reads(store):
    from rich.console import Console

    console = Console(width=80, record=True)
    console.print(timeline_table(timeline(store, Dyad("UKR", "RUS"), "day", day(17), day(20))))
    text = console.export_text()
    assert "UKR-RUS by day, 2024-11-17 to 2024-11-20" in text and "peak 5.5 on 2024-11-19" in text
    assert "2024-11-19" in text and "█" in text
