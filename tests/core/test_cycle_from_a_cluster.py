"""The year's cycle started from a cluster's leading unit, on the demo: the city cluster's 2025
table scored, the ward ranked first and voted to lead at the review; its ranking proposed for
the city's flag in one action; the dossier sent up carries the ward's score sheet and cites the
ranking; the city's answer recorded; the flag then on the honour roll."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import openpyxl
import pytest
from docx import Document

from kienan_awards.core import demo
from kienan_awards.core.awards.catalogue import find_award_form
from kienan_awards.core.awards.other_decisions import OtherAuthority
from kienan_awards.core.clusters import scoring_store
from kienan_awards.core.clusters.clusters import find_cluster
from kienan_awards.core.clusters.ranking_proposals import (
    propose_from_ranking,
    ranked_lines,
    ranking_proposal,
)
from kienan_awards.core.clusters.review_meetings import cluster_review
from kienan_awards.core.cycle.city_answer import ChosenLine, record_city_answer
from kienan_awards.core.cycle.dossier_data import write_proposal_dossier
from kienan_awards.core.documents.dossier_package import SCORE_SHEETS_FOLDER, package_problems
from kienan_awards.core.search.award_search import (
    AwardFilters,
    AwardSearch,
    award_ids,
    award_summaries,
)
from tests.core.test_ranking_proposals import CRITERIA, FLAG

CLUSTER = "Cụm thi đua số 4 (các phường)"
WARD = "Phường Kiến An"
YEAR = 2025
# The city's scores of its cluster by member, in the order recorded (the ward, Phù Liễn,
# Dương Kinh, Đồ Sơn, Hưng Đạo); illustrative, as the demo's table is.
SCORES = (
    {"II.1": "30", "II.2": "66.5", "III.1": "1"},
    {"II.1": "30", "II.2": "61"},
    {"II.1": "30", "II.2": "64"},
    {"II.1": "30", "II.2": "58.25"},
    {"II.1": "0", "II.2": "69"},
)
PROPOSED_ON = dt.date(2026, 1, 8)
SENT_ON = dt.date(2026, 1, 12)
CITY_DECIDED_ON = dt.date(2026, 3, 20)


@pytest.fixture
def db(db):
    """The demo in the test's own database (a copy of the session's)."""
    demo.load_demo(db)
    return db


def score_the_city_cluster(db) -> int:
    """The city's 2025 table for its cluster, and the scores the review agreed."""
    cluster = find_cluster(db, CLUSTER)
    members = [
        unit_id
        for (unit_id,) in db.execute(
            "SELECT unit_id FROM cluster_members WHERE cluster_id = ? AND year = ? ORDER BY id",
            [cluster.id, YEAR],
        )
    ]
    order = [
        db.execute("SELECT name FROM units WHERE id = ?", [unit_id]).fetchone()[0]
        for unit_id in members
    ]
    by_name = dict(zip(order, members, strict=True))
    names = [WARD, "Phường Phù Liễn", "Phường Dương Kinh", "Phường Đồ Sơn", "Phường Hưng Đạo"]
    scoring_store.save_table(db, cluster.id, YEAR, CRITERIA, leading_count=1)
    for name, scores in zip(names, SCORES, strict=True):
        unit_id = by_name[name]
        own = {number: _value(value, number) for number, value in scores.items()}
        scoring_store.enter_self_scores(db, cluster.id, YEAR, unit_id, own)
        scoring_store.enter_agreed_scores(db, cluster.id, YEAR, unit_id, own)
    return cluster.id


def _value(value: str, number: str):
    from kienan_awards.core.clusters.scoring import Events

    return Events(int(value)) if number == "III.1" else value


def submission_text(archive: zipfile.ZipFile) -> str:
    (name,) = [n for n in archive.namelist() if "/" not in n and n.endswith(".docx")]
    document = Document(io.BytesIO(archive.read(name)))
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def test_the_city_clusters_leading_ward_goes_from_its_ranking_to_the_honour_roll(db, tmp_path):
    cluster_id = score_the_city_cluster(db)
    # The demo's review meeting voted the ward to lead: the ranking agrees.
    review = cluster_review(db, cluster_id, YEAR)
    assert review is not None and max(review.votes.values()) == review.present
    # One action: the ranking proposed for the city's flag.
    propose_from_ranking(db, cluster_id, YEAR, [(FLAG, 1)], PROPOSED_ON)
    proposal = ranking_proposal(db, cluster_id, YEAR)
    (line,) = ranked_lines(db, proposal)
    assert (line.recipient_name, line.form, line.rank, line.member_count) == (WARD, FLAG, 1, 5)
    assert line.achievement == f"Xếp thứ 1/5 {CLUSTER} năm 2025, 106,5 điểm"
    # The dossier to the city: the ward's score sheet goes with it, cited by the submission.
    package = write_proposal_dossier(db, proposal, tmp_path, SENT_ON, "05/TTr-UBND")
    assert package_problems(package.path) == []
    with zipfile.ZipFile(package.path) as archive:
        sheet_name = f"{SCORE_SHEETS_FOLDER}/{WARD}.xlsx"
        assert sheet_name in archive.namelist()
        sheet = openpyxl.load_workbook(io.BytesIO(archive.read(sheet_name)))
        cells = [str(c) for ws in sheet for row in ws.iter_rows(values_only=True) for c in row]
        assert any(WARD in cell for cell in cells)
        text = submission_text(archive)
    assert f"Căn cứ kết quả chấm điểm, xếp hạng thi đua năm 2025 của {CLUSTER};" in text
    assert f"Bảng chấm điểm thi đua của {WARD}" in text
    # Months later the city's answer: the flag conferred.
    city = OtherAuthority(
        "Ủy ban nhân dân thành phố Hải Phòng", "city", "Chủ tịch", "Lê Minh Quang", "Hải Phòng"
    )
    answer = record_city_answer(
        db, proposal, city, "720/QĐ-UBND", CITY_DECIDED_ON, [ChosenLine(line.id)]
    )
    assert answer.decided == [line.id]
    # On the honour roll, found without diacritics among the city's flags.
    flag = find_award_form(db, FLAG)
    found = award_summaries(
        db, award_ids(db, AwardSearch(text="phuong kien an", filters=AwardFilters(form_id=flag.id)))
    )
    assert [(a["name"], a["decision_number"]) for a in found] == [(WARD, "720/QĐ-UBND")]
    assert found[0]["achievement"] == line.achievement
