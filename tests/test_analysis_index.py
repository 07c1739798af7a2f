"""The escalation index and its alerts, on hand-built events."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from analysis_util import article, day, event, store_with
from warpath.analysis import Dyad, IndexRule, alerts, escalation_index, timeline, update_clusters
from warpath.analysis.index import spread

UKR_RUS = Dyad("UKR", "RUS")


def analysed(*docs):
    store = store_with(*docs)
    update_clusters(store)
    return store


def index_on(store, dyad=UKR_RUS, on=date(2024, 11, 19)):
    return timeline(store, dyad, "day", on, on).rows[0].index


def quiet_month(source="UKR", target="RUS", days=range(1, 17)):
    """A cooperative dyad: a consultation or an appeal every day."""
    return [article("Wire A", day(d), event(source, target, ("040", "020")[d % 2], when=(day(d), day(d))))
            for d in days]


def test_the_index_formula():
    assert escalation_index(0.0, 0.0) == 0.0
    assert escalation_index(1.0, 1.0) == 5.0  # one uncorroborated strike (Goldstein -10)
    assert escalation_index(2.0, 2.0) == pytest.approx(6.667, abs=1e-3)  # the same strike from two outlets
    assert escalation_index(0.0, 5.0) == 0.0  # cooperation only


def test_corroboration_weighs_concavely():
    one = analysed(article("A", day(19), event()))
    ten = analysed(*(article(f"O{i}", day(19), event()) for i in range(10)))
    w = 1 + math.log2(10)
    assert index_on(one) == pytest.approx(5.0)
    assert index_on(ten) == pytest.approx(10 * w / (w + 1))
    assert timeline(ten, UKR_RUS, "day", day(19), day(19)).rows[0].clusters == 1  # one strike, not ten


def test_cooperation_never_raises_the_index():
    strike = [article("A", day(19), event())]
    coop = [article("B", day(19), event(code="040")), article("C", day(19), event(code="057"))]
    assert index_on(analysed(*strike, *coop)) < index_on(analysed(*strike))
    assert index_on(analysed(*coop)) == 0.0


def test_a_busy_news_day_is_not_an_escalation():
    """Five times as many different events of the same mix: the share stays (the prior aside)."""
    def mix(n):
        docs = []
        for i in range(n):
            docs.append(article(f"O{i}", day(19), event(code="112", when=(day(19), day(19)), place=f"p{i}",
                                                        lat=40.0 + 5 * i, lon=30.0)))
            docs.append(article(f"P{i}", day(19), event(code="040", place=f"q{i}", lat=40.0 + 5 * i, lon=30.0)))
        return analysed(*docs)

    quiet, busy = mix(1), mix(5)
    assert index_on(quiet) == pytest.approx(escalation_index(0.2, 2.0))  # accusation -2, consultation +1
    assert index_on(busy) == pytest.approx(escalation_index(5 * 0.2, 5 * 2.0))
    assert index_on(busy) < 1.5 * index_on(quiet)
    no_prior = IndexRule(prior=0.0)
    assert [timeline(s, UKR_RUS, "day", day(19), day(19), rule=no_prior).rows[0].index for s in (quiet, busy)] == \
        pytest.approx([1.0, 1.0])


def test_only_asserted_and_reported_events_count():
    docs = [article("A", day(19), event(modality=m)) for m in ("hypothetical", "intent", "negated", "demanded")]
    store = analysed(*docs)
    assert index_on(store) == 0.0
    assert timeline(store, UKR_RUS, "day", day(19), day(19)).rows[0].clusters == 0
    assert index_on(analysed(article("A", day(19), event(modality="reported")))) == 5.0


def test_a_jump_fires_and_names_the_strike_behind_it():
    strikes = [article(o, day(19), event(text=f"{o}: Ukraine fired ATACMS missiles at Bryansk."))
               for o in ("Wire A", "Wire B", "Wire C")]
    store = analysed(*quiet_month(), *strikes)
    found = alerts(store, "day", day(1), day(30))
    jumps = [a for a in found if a.kind == "jump"]
    assert [(a.dyad, a.period) for a in jumps] == [("UKR-RUS", day(19))]
    alert = jumps[0]
    assert alert.baseline == 0.0 and alert.index == pytest.approx(escalation_index(2.585, 2.585), abs=1e-3)
    [driver] = alert.drivers
    assert driver.code == "195" and driver.outlets == ["Wire A", "Wire B", "Wire C"]
    assert "ATACMS" in driver.evidence
    assert "z = " in alert.explanation and "14-day baseline" in alert.explanation


def test_no_jump_when_fighting_is_the_baseline():
    daily = [article("A", day(d), event(when=(day(d), day(d)))) for d in range(1, 19)]
    strikes = [article(o, day(19), event()) for o in ("Wire A", "Wire B")]
    found = alerts(analysed(*daily, *strikes), "day", day(19), day(19))
    assert [a for a in found if a.kind == "jump"] == []


def test_baseline_mean_and_spread_match_the_window():
    daily = [article("A", day(d), event(code=("112", "040")[d % 2], when=(day(d), day(d)))) for d in range(5, 19)]
    strikes = [article(o, day(19), event()) for o in ("Wire A", "Wire B", "Wire C")]
    store = analysed(*daily, *strikes)
    [jump] = [a for a in alerts(store, "day", day(19), day(19)) if a.kind == "jump"]
    window = [r.index for r in timeline(store, UKR_RUS, "day", day(5), day(18)).rows]
    mean, sd = spread(window)
    assert (jump.baseline, jump.spread) == (pytest.approx(mean), pytest.approx(sd))
    assert jump.z == pytest.approx((jump.index - mean) / max(sd, 1.0))


def test_thresholds_are_settings():
    store = analysed(*quiet_month(), article("A", day(19), event()))  # a lone uncorroborated strike: 5.0
    assert not [a for a in alerts(store, "day", day(19), day(19)) if a.kind == "jump"]
    lenient = IndexRule(min_index=4.0)
    assert [a.kind for a in alerts(store, "day", day(19), day(19), rule=lenient) if a.kind == "jump"] == ["jump"]


def test_first_use_of_force_is_a_milestone_for_a_dyad_with_history():
    store = analysed(*quiet_month(), article("A", day(19), event(code="190")))
    found = [a for a in alerts(store, "day", day(1), day(30)) if a.kind != "jump"]
    assert [(a.kind, a.dyad, a.period) for a in found] == [("first use of force", "UKR-RUS", day(19))]
    assert found[0].drivers[0].code == "190" and "go back to 2024-11-01" in found[0].explanation


def test_a_dyads_first_event_is_no_milestone():
    store = analysed(article("A", day(19), event()), article("B", day(19), event()))
    assert [a.kind for a in alerts(store, "day", day(1), day(30))] == ["jump"]


def test_first_threat_of_unconventional_weapons():
    threat = event("RUSGOV", "UKR", "1385", text="Russia threatened a nuclear strike.")
    store = analysed(*quiet_month("RUS", "UKR"), article("A", day(19), threat), article("B", day(19), event(
        "RUSGOV", "UKR", "1385")))
    kinds = {a.kind for a in alerts(store, "day", day(19), day(19))}
    assert "first threat of unconventional weapons" in kinds and "first use of force" not in kinds


def test_alerts_by_week_and_month():
    early = quiet_month(days=range(1, 8))
    store = analysed(*early, *(article(o, date(2024, 12, 19), event(when=(date(2024, 12, 19),) * 2))
                               for o in "ABC"))
    assert [a.period for a in alerts(store, "week") if a.kind == "jump"] == [date(2024, 12, 16)]
    assert [a.period for a in alerts(store, "month") if a.kind == "jump"] == [date(2024, 12, 1)]


def test_alerts_restricted_to_a_dyad_and_to_a_range():
    store = analysed(*quiet_month(), *(article(o, day(19), event()) for o in "AB"),
                     *(article(o, day(19), event("RUS", "UKR")) for o in "AB"))
    assert {a.dyad for a in alerts(store, "day", dyad=UKR_RUS)} == {"UKR-RUS"}
    assert alerts(store, "day", day(20), day(30)) == []
    assert alerts(store, "day", day(1), day(1) + timedelta(days=5)) == []
