"""The one action that turns a cluster-year's ranking into a proposal: the leading members in
rank order, the first ones for the first form, each line saying its rank and points and
keeping them; a city cluster's wards go to the city's forms, a block of this office's to its
own; refused, nothing written, where it cannot be right."""

import datetime as dt
from decimal import Decimal

import pytest

from kienan_awards.core.awards import decisions
from kienan_awards.core.changes import RecordKind
from kienan_awards.core.clusters import clusters, scoring_store
from kienan_awards.core.clusters.ranking_proposals import (
    propose_from_ranking,
    ranked_lines,
    ranking_proposal,
)
from kienan_awards.core.clusters.review_meetings import record_review
from kienan_awards.core.clusters.scoring import Events
from kienan_awards.core.clusters.scoring_table import BONUS, JUDGED, YES_NO, Criterion
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import shown
from kienan_awards.core.records import units

CLUSTER = "Cụm thi đua số 4 (các phường)"
FLAG = "Cờ thi đua của Ủy ban nhân dân thành phố"
BANG_KHEN = "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố"
PROPOSED_ON = dt.date(2026, 1, 10)
WARDS = ("Phường Kiến An", "Phường Phù Liễn", "Phường An Hải", "Phường Lê Chân", "Phường Ngô Quyền")
# Agreed scores by ward: II.1 a must (yes/no, 30), II.2 judged (70), III.1 a bonus (10 a time,
# at most 40). Lê Chân scores most but failed the must: it ranks first and never leads.
SCORES = (
    {"II.1": "30", "II.2": "65"},
    {"II.1": "30", "II.2": "60.5"},
    {"II.1": "30", "II.2": "58"},
    {"II.1": "0", "II.2": "70", "III.1": Events(4)},
    {"II.1": "30", "II.2": "50"},
)
CRITERIA = [
    Criterion(
        "II.1", "Không để xảy ra điểm nóng về an ninh, trật tự", YES_NO, Decimal(30), must=True
    ),
    Criterion("II.2", "Cải cách hành chính, chuyển đổi số", JUDGED, Decimal(70)),
    Criterion(
        "III.1",
        "Mô hình mới được thành phố công nhận",
        BONUS,
        points_per_event=Decimal(10),
        cap=Decimal(40),
    ),
]


def city_cluster(db, year=2025, scores=SCORES, leading_count=3):
    """A city cluster of five wards scored and ranked for the year; (cluster id, ward ids)."""
    city = units.save_unit(db, None, {"name": "Thành phố Hải Phòng", "kind": "province"}).record_id
    wards = [
        units.save_unit(db, None, {"name": name, "kind": "ward", "parent_id": city}).record_id
        for name in WARDS
    ]
    changes = clusters.record_cluster(db, CLUSTER, "cluster", "city")
    (cluster_id,) = changes.ids[RecordKind.CLUSTERS]
    clusters.set_members(db, cluster_id, year, wards, wards[0], wards[1])
    scoring_store.save_table(db, cluster_id, year, CRITERIA, leading_count=leading_count)
    for unit_id, own in zip(wards, scores, strict=True):
        scoring_store.enter_self_scores(db, cluster_id, year, unit_id, own)
        scoring_store.enter_agreed_scores(db, cluster_id, year, unit_id, own)
    return cluster_id, wards


@pytest.fixture
def cluster(db):
    return (db, *city_cluster(db))


def written(db) -> tuple:
    return tuple(
        db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("proposals", "proposal_lines", "proposal_line_rankings")
    )


def test_the_leading_wards_are_proposed_in_rank_order_each_line_keeping_its_rank(cluster):
    db, cluster_id, wards = cluster
    assert ranking_proposal(db, cluster_id, 2025) is None
    changes = propose_from_ranking(db, cluster_id, 2025, [(FLAG, 1), (BANG_KHEN, 2)], PROPOSED_ON)
    proposal_id = ranking_proposal(db, cluster_id, 2025)
    assert proposal_id in changes.ids[RecordKind.PROPOSALS]
    title, year, received_on, proposed_by = db.execute(
        "SELECT title, achievement_year, received_on, proposed_by FROM proposals WHERE id = ?",
        [proposal_id],
    ).fetchone()
    assert title == f"Đề nghị khen thưởng tập thể dẫn đầu {CLUSTER} năm 2025"
    assert (year, received_on, proposed_by) == (2025, "2026-01-10", "Phường Kiến An")
    lines = ranked_lines(db, proposal_id)
    # Lê Chân ranks first on points but failed the must: it is on no line.
    assert [(line.recipient_name, line.form) for line in lines] == [
        ("Phường Kiến An", FLAG),
        ("Phường Phù Liễn", BANG_KHEN),
        ("Phường An Hải", BANG_KHEN),
    ]
    assert [(line.rank, line.member_count, line.total_points) for line in lines] == [
        (2, 5, "95"),
        (3, 5, "90.5"),
        (4, 5, "88"),
    ]
    assert lines[1].achievement == f"Xếp thứ 3/5 {CLUSTER} năm 2025, 90,5 điểm"
    kinds = db.execute(
        "SELECT DISTINCT recipient_kind, recipient_unit_id IS NOT NULL FROM proposal_lines "
        "WHERE proposal_id = ?",
        [proposal_id],
    ).fetchall()
    assert kinds == [("collective", 1)]
    # The lines are checked by the rules as any line is.
    for line in lines:
        decisions.line_findings(db, line.id, PROPOSED_ON)


def refusal(db, cluster_id, year, awards) -> str:
    before = written(db)
    with pytest.raises(KienanError) as refused:
        propose_from_ranking(db, cluster_id, year, awards, PROPOSED_ON)
    assert written(db) == before
    return shown(refused.value)


@pytest.mark.parametrize(
    ("awards", "message"),
    [
        (
            [(FLAG, 1), (BANG_KHEN, 3)],
            "more members proposed (4) than lead Cụm thi đua số 4 (các phường) in 2025 (3)",
        ),
        ([("Huân chương Lao động hạng Ba", 1)], "'Huân chương Lao động hạng Ba' is not in the"),
        ([("Giấy khen", 1)], "Giấy khen is not conferred by the city on 10/01/2026"),
        ([(FLAG, 0)], "must be at least 1"),
        ([], "say which award form"),
    ],
)
def test_a_proposal_that_cannot_be_right_is_refused_and_nothing_written(cluster, awards, message):
    db, cluster_id, _wards = cluster
    assert message in refusal(db, cluster_id, 2025, awards)


def test_a_year_without_a_table_or_without_scores_is_refused(cluster):
    db, cluster_id, wards = cluster
    assert "has no scoring table for 2026" in refusal(db, cluster_id, 2026, [(FLAG, 1)])
    clusters.set_members(db, cluster_id, 2026, wards, wards[1], wards[0])
    scoring_store.save_table(db, cluster_id, 2026, CRITERIA)
    assert "has no scores for 2026" in refusal(db, cluster_id, 2026, [(FLAG, 1)])


def test_a_ranking_is_proposed_once(cluster):
    db, cluster_id, _wards = cluster
    propose_from_ranking(db, cluster_id, 2025, [(FLAG, 1)], PROPOSED_ON)
    proposal_id = ranking_proposal(db, cluster_id, 2025)
    message = refusal(db, cluster_id, 2025, [(BANG_KHEN, 1)])
    assert f"is proposed already (proposal {proposal_id})" in message


def test_wards_level_where_a_line_would_part_them_wait_for_the_vote(db):
    level = (SCORES[0], SCORES[1], SCORES[1], SCORES[3], SCORES[4])  # Phù Liễn = An Hải
    cluster_id, wards = city_cluster(db, scores=level)
    message = refusal(db, cluster_id, 2025, [(FLAG, 1), (BANG_KHEN, 1)])
    assert "Phường An Hải, Phường Phù Liễn are level at rank 3" in message
    assert "the vote decides" in message
    # Both get the Bằng khen: no line parts them.
    propose_from_ranking(db, cluster_id, 2025, [(FLAG, 1), (BANG_KHEN, 2)], PROPOSED_ON)


def test_the_review_meetings_vote_settles_wards_level_on_points(db):
    level = (SCORES[0], SCORES[1], SCORES[1], SCORES[3], SCORES[4])
    cluster_id, wards = city_cluster(db, scores=level)
    present = [(unit_id, "") for unit_id in wards]
    record_review(db, cluster_id, 2025, dt.date(2025, 12, 20), present, {wards[2]: 4, wards[1]: 2})
    propose_from_ranking(db, cluster_id, 2025, [(FLAG, 1), (BANG_KHEN, 1)], PROPOSED_ON)
    lines = ranked_lines(db, ranking_proposal(db, cluster_id, 2025))
    assert [(line.recipient_name, line.rank) for line in lines] == [
        ("Phường Kiến An", 2),
        ("Phường An Hải", 3),
    ]


def test_a_block_of_this_office_leads_to_its_own_forms(db):
    ward = units.save_unit(db, None, {"name": "Phường Kiến An", "kind": "ward"}).record_id
    groups = [
        units.save_unit(
            db, None, {"name": f"Tổ dân phố số {n}", "kind": "residential_group", "parent_id": ward}
        ).record_id
        for n in (1, 2, 3)
    ]
    changes = clusters.record_cluster(db, "Khối thi đua các tổ dân phố", "block", "office")
    (block_id,) = changes.ids[RecordKind.CLUSTERS]
    clusters.set_members(db, block_id, 2025, groups, groups[0], groups[1])
    scoring_store.save_table(db, block_id, 2025, CRITERIA[:2])
    for unit_id, own in zip(groups, SCORES[2::-1], strict=True):
        scoring_store.enter_self_scores(db, block_id, 2025, unit_id, own)
    message = refusal(db, block_id, 2025, [(BANG_KHEN, 1)])
    assert "is not conferred by this office" in message
    propose_from_ranking(db, block_id, 2025, [("Giấy khen", 1)], PROPOSED_ON)
    (line,) = ranked_lines(db, ranking_proposal(db, block_id, 2025))
    # Ranked on the self-scores: no review yet.
    assert (line.recipient_name, line.form, line.rank) == ("Tổ dân phố số 3", "Giấy khen", 1)
    assert line.achievement == "Xếp thứ 1/3 Khối thi đua các tổ dân phố năm 2025, 95 điểm"
