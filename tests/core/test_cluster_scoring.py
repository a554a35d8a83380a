"""A cluster's scoring table scored on the demo's 2024 ward targets, checked against points
worked out by hand, criterion by criterion; the ranking, its tie-breaks and must-criteria; the
scores refused as impossible."""

from decimal import Decimal

import pytest

from kienan_awards.core import demo
from kienan_awards.core.clusters.scoring import (
    Events,
    MemberScores,
    entered_points,
    score_cluster,
)
from kienan_awards.core.clusters.scoring_ranking import RULE_VALUES, rank_members
from kienan_awards.core.clusters.scoring_table import (
    TIE_BREAKS,
    Criterion,
    ScoringTable,
    copy_table,
)
from kienan_awards.core.clusters.scoring_targets import percent_of_plan, target_points
from kienan_awards.core.errors import KienanError
from kienan_awards.core.movements.movement_plans import report_progress, save_target
from kienan_awards.core.movements.progress import Plan

D = Decimal
BUDGET = "Thu ngân sách nhà nước trên địa bàn phường"
CULTURED_FAMILIES = "Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa"
POOR_HOUSEHOLDS = "Tỷ lệ hộ nghèo"
WARDS = ("Phường Bắc Sơn", "Phường Đồng Hòa", "Phường Lãm Hà", "Phường Nam Sơn")


@pytest.fixture
def demo_db(db):
    demo.load_demo(db)
    return db


def unit_id(db, name):
    return db.execute("SELECT id FROM units WHERE name = ?", [name]).fetchone()[0]


def target_id(db, ward, indicator, movement=2):
    return db.execute(
        "SELECT id FROM targets WHERE movement_id = ? AND unit_id = ? AND indicator = ?",
        [movement, unit_id(db, ward), indicator],
    ).fetchone()[0]


@pytest.fixture
def wards(demo_db):
    """The demo's 2024 movement, with a lower-is-better target (poor households, at most)
    added for three of the four wards: Nam Sơn's is not in the program."""
    for ward, plan, actual in [
        ("Phường Bắc Sơn", "dưới 2", "1,6"),
        ("Phường Đồng Hòa", "dưới 2", "2,5"),
        ("Phường Lãm Hà", "dưới 1,5", "1,4"),
    ]:
        group = save_target(
            demo_db,
            2,
            {
                "indicator": POOR_HOUSEHOLDS,
                "unit_id": unit_id(demo_db, ward),
                "measure_unit": "%",
                "period_year": 2024,
                "plans": [("Kế hoạch UBND quận giao", plan)],
            },
        )
        report_progress(
            demo_db, group.record_id, {"reported_on": "2024-12-31", "actual_value": actual}
        )
    return demo_db


def table_of(db, **changes):
    criteria = [
        Criterion(
            "I.1",
            BUDGET,
            "target",
            D(20),
            group="I",
            target_id=target_id(db, WARDS[0], BUDGET),
            bonus_per_percent=D("0.5"),
            bonus_cap=D(2),
        ),
        Criterion(
            "I.2",
            CULTURED_FAMILIES,
            "target",
            D(10),
            group="I",
            target_id=target_id(db, WARDS[0], CULTURED_FAMILIES),
            bonus_per_percent=D(1),
            bonus_cap=D(1),
        ),
        Criterion(
            "I.3",
            POOR_HOUSEHOLDS,
            "target",
            D(10),
            group="I",
            target_id=target_id(db, WARDS[0], POOR_HOUSEHOLDS),
            bonus_per_percent=D("0.2"),
            bonus_cap=D(3),
        ),
        Criterion(
            "II.1",
            "Không để xảy ra điểm nóng an ninh, trật tự",
            "yesno",
            D(10),
            group="II",
            must=True,
        ),
        Criterion("III.1", "Cải cách hành chính", "judged", D(20), group="III"),
        Criterion("V.1", "Báo cáo chậm", "penalty", group="V", points_per_event=D(-5), cap=D(-20)),
        Criterion(
            "V.2",
            "Mô hình mới được thành phố công nhận",
            "bonus",
            group="V",
            points_per_event=D(10),
            cap=D(20),
        ),
    ]
    return ScoringTable(year=2024, criteria=tuple(criteria), **changes)


def members_of(db, agreed=None):
    agreed = agreed or {}
    scores = {
        "Phường Bắc Sơn": {"I.1": 20, "II.1": 10, "III.1": 18, "V.1": Events(1)},
        "Phường Đồng Hòa": {"II.1": 0, "III.1": 19, "V.2": Events(1)},
        "Phường Lãm Hà": {"II.1": 10, "III.1": 17, "V.1": Events(5), "V.2": Events(3)},
        "Phường Nam Sơn": {"I.3": 9, "II.1": 10, "III.1": 16, "V.2": Events(1)},
    }
    return [
        MemberScores(ward, unit_id(db, ward), scores[ward], agreed.get(ward, {})) for ward in WARDS
    ]


# Worked by hand from the demo's 2024 figures (% of plan as progress rounds it):
# I.1 budget, max 20, +0.5 a percent above plan, cap 2:
#   Bắc Sơn 19.235/18.500 = 103.97%: 20 + min(0.5 × 3.97 = 1.985, 2) = 21.985 -> 21.99
#   Đồng Hòa 45.870/42.300 = 108.44%: 20 + min(4.22, 2) = 22.00
#   Lãm Hà 34.120/36.800 = 92.72%: 20 × 0.9272 = 18.544 -> 18.54
#   Nam Sơn 31.200/31.200 = 100.0%: 20.00
# I.2 cultured families, max 10, +1 a percent, cap 1:
#   Bắc Sơn 93.1/92 = 101.2%: 10 + min(1.2, 1) = 11.00
#   Đồng Hòa 90.4/90 = 100.44%: 10 + 0.44 = 10.44
#   Lãm Hà 89.2/90 = 99.11%: 10 × 0.9911 = 9.911 -> 9.91
#   Nam Sơn 93/92 = 101.09%: 10 + min(1.09, 1) = 11.00
# I.3 poor households, lower is better (plan / actual), max 10, +0.2 a percent, cap 3:
#   Bắc Sơn 2/1.6 = 125%: 10 + min(0.2 × 25 = 5, 3) = 13.00
#   Đồng Hòa 2/2.5 = 80%: 10 × 0.8 = 8.00
#   Lãm Hà 1.5/1.4 = 107.14%: 10 + 0.2 × 7.14 = 11.428 -> 11.43
#   Nam Sơn: no target in the program, its self-score 9 stands
# II.1 yes/no (must): 10, 0, 10, 10.   III.1 judged: 18, 19, 17, 16.
# V.1 late reports, -5 each, cap -20: Bắc Sơn 1 -> -5; Lãm Hà 5 -> -25 held at -20.
# V.2 models recognised, +10 each, cap 20: Đồng Hòa 1 -> 10; Lãm Hà 3 -> 30 held at 20;
#   Nam Sơn 1 -> 10.
BY_HAND = {
    "Phường Bắc Sơn": ["21.99", "11.00", "13.00", "10", "18", "-5", "0"],
    "Phường Đồng Hòa": ["22.00", "10.44", "8.00", "0", "19", "0", "10"],
    "Phường Lãm Hà": ["18.54", "9.91", "11.43", "10", "17", "-20", "20"],
    "Phường Nam Sơn": ["20.00", "11.00", "9", "10", "16", "0", "10"],
}
# Totals: Bắc Sơn 21.99 + 11 + 13 + 10 + 18 - 5 = 68.99; Đồng Hòa 22 + 10.44 + 8 + 0 + 19 + 10
# = 69.44; Lãm Hà 18.54 + 9.91 + 11.43 + 10 + 17 - 20 + 20 = 66.88; Nam Sơn 20 + 11 + 9 + 10
# + 16 + 10 = 76.00.
TOTALS_BY_HAND = {
    "Phường Bắc Sơn": "68.99",
    "Phường Đồng Hòa": "69.44",
    "Phường Lãm Hà": "66.88",
    "Phường Nam Sơn": "76.00",
}


def test_a_target_table_comes_out_as_scored_by_hand_criterion_by_criterion(wards):
    table = table_of(wards)
    results = {r.name: r for r in score_cluster(wards, table, members_of(wards))}
    for ward, expected in BY_HAND.items():
        got = [score.points for score in results[ward].criteria]
        assert got == [D(points) for points in expected], ward
        assert results[ward].total == D(TOTALS_BY_HAND[ward]) == results[ward].self_total
        assert not results[ward].reviewed and results[ward].agreed_total is None
    nam_son = results["Phường Nam Sơn"]
    assert nam_son.self_score_stands == ("I.3",)
    assert nam_son.score("I.3").evidence is None and nam_son.score("I.1").evidence is not None
    assert results["Phường Bắc Sơn"].score("I.1").self_points == D(20)  # beside the computed


def test_each_target_criterion_keeps_its_evidence(wards):
    results = {r.name: r for r in score_cluster(wards, table_of(wards), members_of(wards))}
    budget = results["Phường Bắc Sơn"].score("I.1").evidence
    assert budget.target_id == target_id(wards, "Phường Bắc Sơn", BUDGET)
    assert (budget.plan.value, budget.actual, budget.percent_of_plan) == (
        D("18500"),
        D("19235"),
        D("103.97"),
    )
    poor = results["Phường Đồng Hòa"].score("I.3").evidence
    assert (poor.plan.form, poor.actual, poor.percent_of_plan, poor.met) == (
        "at_most",
        D("2.5"),
        D("80.0"),
        False,
    )
    assert results["Phường Lãm Hà"].score("I.1").evidence.met is False


def test_lower_is_better_is_scored_as_plan_over_actual():
    at_most_3 = Plan("KH", "at_most", D(3))
    assert percent_of_plan(at_most_3, D("2.4")) == D("125.0")
    assert percent_of_plan(at_most_3, D(4)) == D("75.0")
    assert percent_of_plan(at_most_3, D(0)) == D("100.0")  # nothing lower can be reached
    assert percent_of_plan(Plan("KH", "at_most", D(0)), D(1)) == D("0.0")
    assert percent_of_plan(Plan("KH", "at_least", D(0)), D(1)) is None


def test_the_bonus_above_plan_stops_at_its_cap():
    criterion = Criterion(
        "I.1", "x", "target", D(20), target_id=1, bonus_per_percent=D("0.5"), bonus_cap=D(2)
    )
    assert target_points(criterion, D("101")) == D("20.50")  # 20 + 0.5 × 1
    assert target_points(criterion, D("104")) == D("22.00")  # 20 + 0.5 × 4 = the cap
    assert target_points(criterion, D("150")) == D("22.00")  # 20 + 25, held at 2
    assert target_points(criterion, D("50")) == D("10.00")  # 20 × 0.5, no bonus below plan


def test_a_penalty_counted_in_times_stops_at_its_cap_and_entered_past_it_is_refused():
    late = Criterion("V.1", "Báo cáo chậm", "penalty", points_per_event=D(-5), cap=D(-20))
    assert entered_points(late, "Phường A", Events(3)) == D(-15)
    assert entered_points(late, "Phường A", Events(6)) == D(-20)
    assert entered_points(late, "Phường A", "-20") == D(-20)
    with pytest.raises(KienanError) as refused:
        entered_points(late, "Phường A", "-25")
    assert refused.value.args[0].template == (
        "{member}, criterion {criterion}: the penalty {points} is over its cap of {cap}"
    )
    assert refused.value.args[0].values == {
        "member": "Phường A",
        "criterion": "V.1",
        "points": "-25",
        "cap": "-20",
    }
    with pytest.raises(KienanError, match="negative points, not 5"):
        entered_points(late, "Phường A", 5)


def test_a_member_that_fails_a_must_cannot_lead(wards):
    results = score_cluster(wards, table_of(wards), members_of(wards))
    ranking = rank_members(results, table_of(wards).tie_breaks, leading_count=2)
    assert [(m.rank, m.result.name, m.leads) for m in ranking.members] == [
        (1, "Phường Nam Sơn", True),
        (2, "Phường Đồng Hòa", False),  # failed II.1, a must: ranked, never leading
        (3, "Phường Bắc Sơn", True),
        (4, "Phường Lãm Hà", False),
    ]
    assert [r.name for r in ranking.leaders] == ["Phường Nam Sơn", "Phường Bắc Sơn"]
    assert ranking.rank_of("Phường Đồng Hòa") == 2
    assert dict((r.name, r.musts_failed) for r in results)["Phường Đồng Hòa"] == ("II.1",)
    flag_only = rank_members(results, table_of(wards).tie_breaks, leading_count=1)
    assert [r.name for r in flag_only.leaders] == ["Phường Nam Sơn"]


def test_the_agreed_total_counts_once_reviewed(wards):
    agreed = {"Phường Nam Sơn": {"I.3": 7, "III.1": 14, "V.1": Events(2)}}
    results = {r.name: r for r in score_cluster(wards, table_of(wards), members_of(wards, agreed))}
    nam_son = results["Phường Nam Sơn"]
    # 20 + 11 + 7 + 10 + 14 - 10 + 10 = 62.00; the self total stays 76.00
    assert nam_son.reviewed and nam_son.agreed_total == D("62.00") == nam_son.total
    assert nam_son.self_total == D("76.00")
    assert results["Phường Bắc Sơn"].total == D("68.99")


def test_when_the_figures_change_the_points_follow_and_a_differing_agreed_score_is_marked(
    wards,
):
    agreed = {"Phường Lãm Hà": {"I.1": "18.54", "I.2": "9.91"}}
    before = score_cluster(wards, table_of(wards), members_of(wards, agreed))[2]
    assert before.agreed_differs == () and before.total == D("66.88")
    report_progress(
        wards,
        target_id(wards, "Phường Lãm Hà", BUDGET),
        {"reported_on": "2025-01-15", "actual_value": "36800"},
    )
    after = score_cluster(wards, table_of(wards), members_of(wards, agreed))[2]
    assert after.score("I.1").computed_points == D("20.00")  # 100% of plan now
    assert after.score("I.1").agreed_points == D("18.54")  # never changed
    assert after.agreed_differs == ("I.1",) and after.total == D("66.88")


def _plain_member(name, **scores):
    return MemberScores(name, None, scores)


def _plain_table(tie_breaks):
    criteria = (
        Criterion("A", "must", "yesno", D(10), must=True),
        Criterion("B", "judged", "judged", D(50)),
        Criterion("C", "bonus", "bonus", points_per_event=D(5), cap=D(10)),
        Criterion("D", "penalty", "penalty", points_per_event=D(-2), cap=D(-10)),
    )
    return ScoringTable(2025, criteria, tie_breaks=tuple(tie_breaks))


def test_ties_are_broken_by_the_tables_rules_in_their_order(db):
    members = [
        _plain_member("Khối Một", A=10, B=40, C=0, D=0),  # 50, bonus 0, penalty 0
        _plain_member("Khối Hai", A=10, B=37, C=Events(1), D=Events(1)),  # 50, bonus 5, -2
    ]
    for rules, first in [
        (["higher_bonus_points", "fewer_penalty_points"], "Khối Hai"),
        (["fewer_penalty_points", "higher_bonus_points"], "Khối Một"),
    ]:
        table = _plain_table(rules)
        ranking = rank_members(score_cluster(db, table, members), table.tie_breaks, 1)
        assert [m.rank for m in ranking.members] == [1, 2]
        assert ranking.members[0].result.name == first and ranking.leaders[0].name == first


def test_members_level_after_every_rule_share_the_rank_and_go_to_the_vote(db):
    table = _plain_table(["more_musts_met", "higher_self_total"])
    members = [
        _plain_member("Khối Ba", A=10, B=30),
        _plain_member("Khối Một", A=10, B=40),
        _plain_member("Khối Hai", A=10, B=40),
    ]
    ranking = rank_members(score_cluster(db, table, members), table.tie_breaks, 1)
    assert [(m.rank, m.result.name) for m in ranking.members] == [
        (1, "Khối Hai"),
        (1, "Khối Một"),
        (3, "Khối Ba"),
    ]
    assert ranking.leaders == () and ranking.places_to_vote == 1
    assert [r.name for r in ranking.to_vote] == ["Khối Hai", "Khối Một"]


def test_every_tie_break_rule_compares_something():
    assert RULE_VALUES.keys() == TIE_BREAKS.keys()


def _refusal(call):
    with pytest.raises(KienanError) as refused:
        call()
    return refused.value.args[0]


def test_impossible_scores_are_refused_naming_the_member_and_the_criterion(wards):
    table = table_of(wards)

    def scored(ward, **scores):
        member = MemberScores(ward, unit_id(wards, ward), scores)
        return lambda: score_cluster(wards, table, [member])

    over = _refusal(scored("Phường Bắc Sơn", **{"III.1": 21}))
    assert over.template == (
        "{member}, criterion {criterion}: {points} points is over the maximum of {maximum}"
    )
    assert (over.values["member"], over.values["criterion"]) == ("Phường Bắc Sơn", "III.1")
    negative = _refusal(scored("Phường Lãm Hà", **{"III.1": -1}))
    assert negative.values["criterion"] == "III.1" and "cannot be negative" in negative
    between = _refusal(scored("Phường Lãm Hà", **{"II.1": 5}))
    assert "yes or no scores 0 or 10, not 5" in between
    bonus = _refusal(scored("Phường Lãm Hà", **{"V.2": 30}))
    assert "the bonus 30 is over its cap of 20" in bonus
    unknown = _refusal(scored("Phường Lãm Hà", **{"IX.9": 1}))
    assert unknown == "Phường Lãm Hà: the scoring table has no criterion IX.9"
    words = _refusal(scored("Phường Lãm Hà", **{"III.1": "nhiều"}))
    assert words.values["criterion"] == "III.1"
    times = _refusal(scored("Phường Lãm Hà", **{"III.1": Events(2)}))
    assert "a number of times is given" in times


def test_a_target_criterion_whose_target_has_no_plan_is_refused(wards):
    lam_ha = target_id(wards, "Phường Lãm Hà", BUDGET)
    wards.execute("DELETE FROM target_plans WHERE target_id = ?", [lam_ha])
    refused = _refusal(lambda: score_cluster(wards, table_of(wards), members_of(wards)))
    assert refused.template == (
        "{member}, criterion {criterion}: target {target} has no plan to score on"
    )
    assert refused.values == {"member": "Phường Lãm Hà", "criterion": "I.1", "target": lam_ha}


def test_a_table_that_cannot_work_is_refused():
    no_target = (Criterion("I.1", "x", "target", D(5)),)
    assert "needs a target" in _refusal(lambda: ScoringTable(2024, no_target))
    twice = (Criterion("I.1", "x", "judged", D(5)), Criterion("I.1", "y", "judged", D(5)))
    assert "used twice" in _refusal(lambda: ScoringTable(2024, twice))
    upside_down = (Criterion("V.1", "x", "penalty", points_per_event=D(5), cap=D(20)),)
    assert "are negative" in _refusal(lambda: ScoringTable(2024, upside_down))
    assert "unknown" in _refusal(lambda: ScoringTable(2024, (), tie_breaks=("by_luck",)))


def test_last_years_table_is_copied_with_new_ids_and_the_same_criteria(wards):
    last_year = table_of(wards, source_document="Quyết định 12/QĐ-HĐTĐKT")
    moved = {last_year.criterion("I.1").target_id: 33}
    this_year = copy_table(last_year, 2025, targets=moved, source_document="QĐ 7/QĐ-HĐTĐKT")
    assert this_year.id != last_year.id and this_year.year == 2025
    assert {c.id for c in this_year.criteria}.isdisjoint(c.id for c in last_year.criteria)
    for old, new in zip(last_year.criteria, this_year.criteria, strict=True):
        same = ("number", "text", "method", "maximum", "must", "bonus_cap", "cap")
        assert [getattr(old, name) for name in same] == [getattr(new, name) for name in same]
    assert this_year.criterion("I.1").target_id == 33
    assert this_year.criterion("I.2").target_id == last_year.criterion("I.2").target_id
    assert this_year.tie_breaks == last_year.tie_breaks and this_year.most_points == D(70)


def test_a_target_criterion_may_name_which_of_the_plans_it_is_scored_on(demo_db):
    budget = demo_db.execute(
        "SELECT id FROM targets WHERE movement_id = 1 AND indicator = ?",
        ["Tổng thu ngân sách nhà nước trên địa bàn"],
    ).fetchone()[0]
    district = MemberScores("Quận Kiến An", None)

    def points(plan_source):
        criterion = Criterion(
            "I.1",
            "Thu ngân sách",
            "target",
            D(10),
            target_id=budget,
            plan_source=plan_source,
            bonus_per_percent=D(1),
            bonus_cap=D(5),
        )
        (result,) = score_cluster(demo_db, ScoringTable(2023, (criterion,)), [district])
        score = result.score("I.1")
        return score.computed_points, score.evidence.plan.source, score.evidence.percent_of_plan

    city, council = points(None), points("Kế hoạch HĐND quận giao")
    # The first plan, the city's: 100.5%: 10 + 1 × 0.5; the evidence names the plan scored on.
    assert city[0] == D("10.50") and city[1] != "Kế hoạch HĐND quận giao"
    assert str(city[2]) == "100.5"  # as the office writes it, the second decimal dropped
    assert council == (D("8.74"), "Kế hoạch HĐND quận giao", D("87.4"))  # 87.4% × 10
    refused = _refusal(lambda: points("Nghị quyết HĐND phường"))
    assert refused.values["member"] == "Quận Kiến An" and "no plan to score on" in refused
