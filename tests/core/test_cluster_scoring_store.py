"""A cluster-year's scoring table and its members' scores kept in the database: the table
read back as saved, copied to the next year on that year's targets, scores refused with the
member and the criterion named (nothing of the entry kept), agreed scores marked, never
changed, when the figures move; and the demo block's 2025 ranking."""

from dataclasses import replace
from decimal import Decimal

import pytest

from kienan_awards.core.changes import RecordKind
from kienan_awards.core.clusters import scoring_store
from kienan_awards.core.clusters.clusters import find_cluster
from kienan_awards.core.clusters.scored_cluster import scored_cluster
from kienan_awards.core.clusters.scoring import Events
from kienan_awards.core.demo import cluster_scoring
from kienan_awards.core.errors import KienanError
from kienan_awards.core.movements.movement_plans import report_progress

D = Decimal
BLOCK = "Khối thi đua các tổ dân phố"
GROUPS = ("Tổ dân phố số 1", "Tổ dân phố số 2", "Tổ dân phố số 3", "Tổ dân phố số 4")


def block_id(db):
    return find_cluster(db, BLOCK).id


def group_id(db, name):
    return db.execute(
        "SELECT id FROM units WHERE name = ? AND kind = 'residential_group' "
        "AND valid_from = '2025-07-01'",
        [name],
    ).fetchone()[0]


def first_targets(db):
    return {
        indicator: db.execute(
            "SELECT id FROM targets WHERE indicator = ? AND unit_id = ? AND period_year = 2025",
            [indicator, group_id(db, GROUPS[0])],
        ).fetchone()[0]
        for indicator in (cluster_scoring.CULTURE, cluster_scoring.WASTE, cluster_scoring.FUND)
    }


def count(db, table):
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_saved_table_reads_back_field_for_field_with_its_rules_and_leaders(demo_db):
    stored = scoring_store.stored_table(demo_db, block_id(demo_db), 2025)
    expected = cluster_scoring.block_criteria(first_targets(demo_db))
    assert [replace(c, id="") for c in stored.table.criteria] == [
        replace(c, id="") for c in expected
    ]
    assert stored.table.tie_breaks == (
        "more_musts_met",
        "higher_target_points",
        "higher_self_total",
    )
    assert stored.leading_count == 1 and "1 tổ dẫn đầu" in stored.leading_basis
    assert stored.table.source_document.startswith("Quyết định số 06/QĐ-HĐTĐKT")
    # A bonus item entered as times is kept as times, and who entered it with it.
    row = demo_db.execute(
        "SELECT s.self_points, s.self_events, s.self_entered_by IS NOT NULL, "
        "s.self_entered_at IS NOT NULL, s.agreed_events FROM cluster_scores s "
        "JOIN scoring_criteria c ON c.id = s.criterion_id "
        "JOIN cluster_scoring_tables t ON t.id = c.scoring_table_id "
        "WHERE t.year = 2025 AND c.number = 'III.1' AND s.unit_id = ?",
        [group_id(demo_db, GROUPS[1])],
    ).fetchone()
    assert row == (None, 2, 1, 1, 2)


def test_saving_again_keeps_each_criterion_and_its_scores_by_number(demo_db):
    cluster = block_id(demo_db)
    before = scoring_store.stored_table(demo_db, cluster, 2025)
    edited = [
        replace(c, text=c.text + " (sửa)") if c.number == "II.2" else c
        for c in before.table.criteria
    ]
    changes = scoring_store.save_table(
        demo_db, cluster, 2025, edited, before.table.tie_breaks, 2, "1 Giấy khen, 1 biểu dương"
    )
    assert changes.ids[RecordKind.CLUSTERS] == {cluster}
    after = scoring_store.stored_table(demo_db, cluster, 2025)
    assert after.criterion_ids == before.criterion_ids and after.leading_count == 2
    assert after.table.criterion("II.2").text.endswith("(sửa)")
    ranking = scored_cluster(demo_db, cluster, 2025).ranking
    assert [r.name for r in ranking.leaders] == [GROUPS[1], GROUPS[0]]
    # A criterion with scores cannot be dropped: nothing of the save is kept.
    with pytest.raises(KienanError, match="II.2 has scores entered for 2025"):
        scoring_store.save_table(
            demo_db, cluster, 2025, [c for c in edited if c.number != "II.2"], leading_count=1
        )
    assert scoring_store.stored_table(demo_db, cluster, 2025).leading_count == 2


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"maximum": D("20")},
            "the table does not fit a score already entered: Tổ dân phố số 1, criterion II.2: "
            "23 points is over the maximum of 20",
        ),
        (
            {"method": "yesno"},
            "the table does not fit a score already entered: Tổ dân phố số 1, criterion II.2: "
            "yes or no scores 0 or 25, not 23",
        ),
    ],
)
def test_a_table_that_no_longer_fits_the_scores_entered_is_refused(demo_db, change, message):
    cluster = block_id(demo_db)
    before = scoring_store.stored_table(demo_db, cluster, 2025)
    edited = [replace(c, **change) if c.number == "II.2" else c for c in before.table.criteria]
    with pytest.raises(KienanError) as refused:
        scoring_store.save_table(demo_db, cluster, 2025, edited, leading_count=1)
    assert str(refused.value) == message
    assert scoring_store.stored_table(demo_db, cluster, 2025) == before
    scored_cluster(demo_db, cluster, 2025)  # the year still scores


@pytest.mark.parametrize(
    ("number", "value", "message"),
    [
        ("II.2", "26", "Tổ dân phố số 1, criterion II.2: 26 points is over the maximum of 25"),
        ("II.2", "-1", "Tổ dân phố số 1, criterion II.2: a score cannot be negative"),
        ("III.2", "-6", "Tổ dân phố số 1, criterion III.2: the penalty -6 is over its cap of -5"),
        ("II.1", "7", "Tổ dân phố số 1, criterion II.1: yes or no scores 0 or 15, not 7"),
        ("IV.9", "1", "Tổ dân phố số 1: the scoring table has no criterion IV.9"),
    ],
)
def test_an_impossible_score_is_refused_naming_member_and_criterion_and_nothing_kept(
    demo_db, number, value, message
):
    cluster, unit = block_id(demo_db), group_id(demo_db, GROUPS[0])
    held = count(demo_db, "cluster_scores"), count(demo_db, "audit_log")
    with pytest.raises(KienanError) as refused:
        # The good score before the bad one is not kept either.
        scoring_store.enter_self_scores(demo_db, cluster, 2026, unit, {"I.1": "20", number: value})
    assert message in str(refused.value)
    assert (count(demo_db, "cluster_scores"), count(demo_db, "audit_log")) == held


def test_a_unit_outside_the_cluster_that_year_is_refused(demo_db):
    outsider = demo_db.execute("SELECT id FROM units WHERE name = 'Phường Kiến An'").fetchone()[0]
    held = count(demo_db, "cluster_scores")
    with pytest.raises(KienanError, match="'Phường Kiến An' is not a member of Khối thi đua"):
        scoring_store.enter_agreed_scores(demo_db, block_id(demo_db), 2026, outsider, {"II.2": 5})
    assert count(demo_db, "cluster_scores") == held


def test_a_target_criterion_whose_target_has_no_plan_is_refused_naming_the_cell(demo_db):
    targets = first_targets(demo_db)
    demo_db.execute("DELETE FROM target_plans WHERE target_id = ?", [targets[cluster_scoring.FUND]])
    criteria = cluster_scoring.block_criteria(targets)
    held = count(demo_db, "scoring_criteria")
    with pytest.raises(KienanError) as refused:
        scoring_store.save_table(demo_db, block_id(demo_db), 2027, criteria)
    assert str(refused.value) == (
        f"criterion I.3, target: target {targets[cluster_scoring.FUND]} has no plan to score on"
    )
    assert count(demo_db, "scoring_criteria") == held
    assert count(demo_db, "cluster_scoring_tables") == 2


def test_figures_changed_after_review_move_computed_points_and_mark_the_agreed_score(demo_db):
    cluster, second = block_id(demo_db), GROUPS[1]
    culture = demo_db.execute(
        "SELECT id FROM targets WHERE indicator = ? AND unit_id = ? AND period_year = 2025",
        [cluster_scoring.CULTURE, group_id(demo_db, second)],
    ).fetchone()[0]
    report_progress(demo_db, culture, {"reported_on": "2026-01-15", "actual_value": "82.8"})
    result = next(r for r in scored_cluster(demo_db, cluster, 2025).results if r.name == second)
    score = result.score("I.1")
    assert score.computed_points == D("22.50") and score.agreed_points == D(25)
    assert result.agreed_differs == ("I.1",)
    stored = demo_db.execute(
        "SELECT agreed_points FROM cluster_scores WHERE criterion_id = ? AND unit_id = ?",
        [
            scoring_store.stored_table(demo_db, cluster, 2025).criterion_ids["I.1"],
            group_id(demo_db, second),
        ],
    ).fetchone()
    assert stored == ("25",)


def test_the_next_years_table_is_copied_onto_that_years_targets_once(demo_db):
    cluster = block_id(demo_db)
    this_year = scoring_store.stored_table(demo_db, cluster, 2026)
    for criterion in this_year.table.criteria:
        if criterion.method != "target":
            continue
        period, unit = demo_db.execute(
            "SELECT period_year, unit_id FROM targets WHERE id = ?", [criterion.target_id]
        ).fetchone()
        assert (period, unit) == (2026, group_id(demo_db, GROUPS[0]))
    assert this_year.leading_count == 1 and this_year.table.source_document.endswith("năm 2026")
    with pytest.raises(KienanError, match="already has a scoring table for 2026"):
        scoring_store.copy_previous_table(demo_db, cluster, 2026)
    city = find_cluster(demo_db, "Cụm thi đua số 4 (các phường)").id
    with pytest.raises(KienanError, match="has no scoring table for 2025 to copy"):
        scoring_store.copy_previous_table(demo_db, city, 2026)


def test_a_cleared_score_leaves_no_empty_row(demo_db):
    cluster, unit = block_id(demo_db), group_id(demo_db, GROUPS[3])
    scoring_store.enter_self_scores(demo_db, cluster, 2026, unit, {"III.2": Events(3)})
    (result,) = [r for r in scored_cluster(demo_db, cluster, 2026).results if r.name == GROUPS[3]]
    assert result.score("III.2").self_points == D(-3)
    held = count(demo_db, "cluster_scores")
    scoring_store.enter_self_scores(demo_db, cluster, 2026, unit, {"III.2": None})
    assert count(demo_db, "cluster_scores") == held - 1


def test_the_demo_block_ranks_2025_with_the_must_and_a_self_score_standing(demo_db):
    scored = scored_cluster(demo_db, block_id(demo_db), 2025)
    ranked = [
        (m.rank, m.result.name, m.result.total, m.leads, m.result.musts_failed)
        for m in scored.ranking.members
    ]
    assert ranked == [
        (1, GROUPS[1], D("102.88"), True, ()),
        (2, GROUPS[0], D("100.77"), False, ()),
        (3, GROUPS[3], D(93), False, ()),
        (4, GROUPS[2], D("78.43"), False, ("II.1",)),
    ]
    fourth = next(r for r in scored.results if r.name == GROUPS[3])
    assert fourth.self_score_stands == ("I.3",) and fourth.agreed_differs == ()
    assert all(not r.agreed_differs for r in scored.results)
    under_way = scored_cluster(demo_db, block_id(demo_db), 2026)
    assert all(r.agreed_total is None for r in under_way.results)


def test_an_agreed_score_apart_from_the_computed_points_is_refused_without_a_reason(demo_db):
    block, group = block_id(demo_db), group_id(demo_db, "Tổ dân phố số 4")
    # Its figures give 20 points on I.2; 18 agreed needs a reason, 20 needs none.
    with pytest.raises(KienanError, match="the agreed 18 points differ from the 20 computed"):
        scoring_store.enter_agreed_scores(demo_db, block, 2025, group, {"I.2": "18"})
    scoring_store.enter_agreed_scores(
        demo_db, block, 2025, group, {"I.2": "18"}, {"I.2": "  Báo cáo quý IV  nộp muộn "}
    )
    (score,) = [
        s
        for r in scored_cluster(demo_db, block, 2025).results
        if r.member.unit_id == group
        for s in r.criteria
        if s.criterion.number == "I.2"
    ]
    assert (score.agreed_points, score.agreed_reason) == (Decimal(18), "Báo cáo quý IV nộp muộn")
    scoring_store.enter_agreed_scores(demo_db, block, 2025, group, {"I.2": "20"})
    assert demo_db.execute(
        "SELECT count(*) FROM cluster_scores WHERE agreed_reason IS NOT NULL AND unit_id = ?",
        [group],
    ).fetchone() == (0,)
