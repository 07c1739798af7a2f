"""Merging events that report one happening: the rule in warpath.analysis.merge, through the store."""

from __future__ import annotations

from datetime import date

from analysis_util import D, article, clusters_of, day, event, store_with
from warpath.analysis import list_clusters, update_clusters
from warpath.analysis.clusters import clusters_stale, ensure_clusters
from warpath.analysis.merge import Member, codes_compatible, is_precise, specificity


def merged(*docs, **kw):
    store = store_with(*docs, **kw)
    update_clusters(store)
    return store, {c.id: c for c in list_clusters(store, happened_only=False, limit=None)}


def test_one_strike_from_three_outlets_is_one_cluster_with_three_outlets():
    a, b, c = event(), event(code="190"), event(source="UKR", modality="reported")
    store, clusters = merged(article("Wire A", D, a), article("Wire B", D, b), article("Wire C", day(20), c))
    [cluster] = clusters.values()
    assert cluster.id in (a.id, b.id)  # founded by the first event in order: publication date, article id
    assert (cluster.outlets, cluster.articles, cluster.events) == (3, 3, 3)
    assert cluster.code == "195"  # the most specific code: 190 is "not specified below"
    assert cluster.modalities == {"asserted": 2, "reported": 1}
    assert cluster.outlet_names == ["Wire A", "Wire B", "Wire C"]
    assert cluster.first_report == D and cluster.dyad == "UKR-RUS"
    assert abs(cluster.weight - (1 + 1.584963)) < 1e-5  # 1 + log2(3)


def test_one_outlet_reporting_the_same_event_twice_counts_once():
    first, again, twice_in_one = event(), event(), event(modality="reported")
    store, clusters = merged(article("Wire A", D, first, twice_in_one), article("Wire A", day(20), again))
    [cluster] = clusters.values()
    assert (cluster.outlets, cluster.articles, cluster.events) == (1, 2, 3)
    assert cluster.modalities == {"asserted": 1}  # the outlet counts once, under its strongest modality
    assert cluster.weight == 1.0


def test_an_outlets_section_in_brackets_is_the_same_outlet():
    store, clusters = merged(article("Harbour Times", D, event()), article("Harbour Times (opinion)", D, event()),
                             article("Meridian Wire", D, event()))
    [cluster] = clusters.values()
    assert (cluster.outlets, cluster.articles) == (2, 3)


def test_a_strike_the_next_day_is_another_happening():
    store, clusters = merged(article("Wire A", D, event()), article("Wire B", day(20), event(when=(day(20), day(20)))))
    assert len(clusters) == 2


def test_publication_dated_report_merges_within_its_slack():
    late = event(when=(day(21), day(21)), origin="publication_date")  # happened up to two days before
    too_late = event(when=(day(22), day(22)), origin="publication_date")
    store, clusters = merged(article("Wire A", D, event()), article("Wire B", day(21), late),
                             article("Wire C", day(22), too_late))
    assert sorted(c.outlets for c in clusters.values()) == [1, 2]


def test_incompatible_codes_and_modalities_do_not_merge():
    store, clusters = merged(
        article("A", D, event(code="195")), article("B", D, event(code="193")),  # aerial weapons vs small arms
        article("C", D, event(code="195", modality="hypothetical")),  # may strike: not the strike
    )
    assert len(clusters) == 3


def test_events_without_a_target_join_the_dyad_located_in_its_target():
    targeted = event(country="RUS")
    located = event(target=None, place="Bryansk", country="RUS")
    bare = event(target=None)
    store, clusters = merged(article("A", D, targeted), article("B", D, located), article("C", D, bare))
    [cluster] = clusters.values()
    assert cluster.target == "RUS" and cluster.outlets == 3


def test_events_without_a_target_merge_among_themselves():
    store, clusters = merged(article("A", D, event(target=None)), article("B", D, event(target=None)))
    [cluster] = clusters.values()
    assert cluster.target is None and cluster.dyad == "UKR-?" and cluster.outlets == 2


def test_different_targets_or_places_do_not_merge():
    store, clusters = merged(
        article("A", D, event(target="RUS")), article("B", D, event(target="BLR")),
        article("C", D, event(target="RUS", country="UKR")), article("D", D, event(target="RUS", country="RUS")),
    )
    assert sorted(c.outlets for c in clusters.values()) == [1, 1, 2]


def test_places_far_apart_do_not_merge():
    kyiv, lviv, dnipro = (50.45, 30.52), (49.84, 24.03), (48.46, 35.05)
    store, clusters = merged(
        article("A", D, event(source="RUS", target="UKR", lat=kyiv[0], lon=kyiv[1])),
        article("B", D, event(source="RUS", target="UKR", lat=lviv[0], lon=lviv[1])),  # 470 km away
        article("C", D, event(source="RUS", target="UKR", lat=dnipro[0], lon=dnipro[1])),  # 390 km from Kyiv
    )
    assert len(clusters) == 3


def test_open_ended_dates_merge_only_with_the_same_interval():
    since = (date(2024, 8, 1), None)  # "since August"
    store, clusters = merged(
        article("A", D, event(code="192", when=since)), article("B", D, event(code="192", when=since)),
        article("C", D, event(code="192", when=(None, date(2024, 8, 31)))),  # "before September"
        article("D", D, event(code="192")),  # a precise day never merges with a vague interval
    )
    assert sorted(c.outlets for c in clusters.values()) == [1, 1, 2]
    vague = next(c for c in clusters.values() if c.outlets == 2)
    assert (vague.date_start, vague.date_end, vague.day) == (date(2024, 8, 1), None, date(2024, 8, 1))


def test_undated_events_in_undated_articles_never_merge():
    store, clusters = merged(article("A", None, event(when=None)), article("B", None, event(when=None)))
    assert len(clusters) == 2
    assert all(c.day is None for c in clusters.values())


def test_the_best_dated_interval_is_the_narrowest_from_a_time_expression():
    overnight = event(when=(day(18), day(19)))
    exact = event(when=(D, D))
    by_publication = event(when=(D, D), origin="publication_date")
    store, clusters = merged(article("A", D, by_publication), article("B", D, overnight), article("C", D, exact))
    [cluster] = clusters.values()
    assert (cluster.date_start, cluster.date_end, cluster.day) == (D, D, D)
    best = store.query("SELECT best_event_id, tier FROM event_clusters")[0]
    assert best == (exact.id, 0)


def test_rerunning_gives_the_same_clusters():
    docs = [article(o, day(d), event(when=(day(d), day(d))), event(code="112", target="USA", when=(day(d), day(d))))
            for d in (18, 19, 19, 20) for o in ("A", "B")]
    store, _ = merged(*docs)
    first = clusters_of(store)
    update_clusters(store, rebuild=True)
    assert clusters_of(store) == first
    assert all(cid in members for cid, members in first)  # each id is its founding member's


def test_incremental_update_equals_a_rebuild():
    early = [article(o, D, event()) for o in ("A", "B")]
    later = [article(o, day(20), event(when=(D, D))) for o in ("C", "D")] + [article("E", day(20), event(
        when=(day(20), day(20))))]
    store = store_with(*early)
    update_clusters(store)
    store.save_documents(later)
    assert clusters_stale(store)
    summary = ensure_clusters(store)
    assert summary.merged == 3 and summary.dissolved == 0  # only the new events were merged
    assert not clusters_stale(store)
    incremental = clusters_of(store)
    update_clusters(store, rebuild=True)
    assert clusters_of(store) == incremental
    assert sorted(len(m) for _, m in incremental) == [1, 4]


def test_recoded_article_dissolves_and_remerges_its_clusters():
    a, b = article("A", D, event()), article("B", D, event())
    store = store_with(a, b)
    update_clusters(store)
    b.events = [event(code="193")]  # the coder changed its mind
    store.save_documents([b])
    summary = ensure_clusters(store)
    assert summary.dissolved == 1
    assert sorted(c.code for c in list_clusters(store)) == ["193", "195"]
    assert store.query("SELECT count(*) FROM cluster_members")[0][0] == 2


def test_many_chunks_give_the_same_clusters_as_one():
    docs = [article(f"O{i % 5}", day(17 + i % 4), event(when=(day(17 + i % 4),) * 2, target=("RUS", None)[i % 2]))
            for i in range(40)]
    one = store_with(*docs)
    update_clusters(one)
    chunked = store_with(*docs)
    update_clusters(chunked, chunk=7)
    assert clusters_of(one) == clusters_of(chunked)


def test_code_rules():
    assert codes_compatible("190", "195", "19") and codes_compatible("138", "1385", "13")
    assert not codes_compatible("193", "195", "19") and not codes_compatible("1384", "1385", "13")
    assert specificity("195", "19") > specificity("190", "19") > specificity("19", "19")
    assert is_precise(D, day(25)) and not is_precise(D, day(26)) and not is_precise(None, D)


def test_member_dating_tiers():
    def member(**kw):
        base = dict(event_id="e", article_id="a", outlet="o", published=D, source_country="UKR",
                    target_country="RUS", code="195", root="19", modality="asserted", date_start=D, date_end=D,
                    date_from="time_expression")
        return Member(**{**base, **kw}).date()

    assert (member().tier, member().match_start) == (0, D)
    pub = member(date_from="publication_date")
    assert (pub.tier, pub.match_start, pub.match_end) == (1, day(17), D)
    none = member(date_from="none", date_start=None, date_end=None)
    assert (none.tier, none.match_start, none.match_end) == (2, day(17), D)


def test_events_deleted_behind_the_stores_back_trigger_a_rebuild():
    store = store_with(article("A", D, event()), article("B", D, event()))
    update_clusters(store)
    store.con.execute("DELETE FROM events WHERE id = (SELECT min(id) FROM events)")
    assert clusters_stale(store)
    ensure_clusters(store)
    assert store.query("SELECT count(*), sum(events) FROM event_clusters") == [(1, 1)]
    assert not clusters_stale(store)
