"""The dossier filled from the records: a proposal's lines the city decides (its
Bằng khen, its Emulation Fighter, Tập thể lao động xuất sắc) and no other, each candidate with
the awards decided by the dossier's day (the district's, the ward's, the city's), the
initiatives recognised, the unit's targets of the year with their figures; the office in force
signs and the city recorded as another body is addressed. The demo's 2026 proposals hold no
city line, so the proposal here is made through the core's doors."""

from __future__ import annotations

import datetime as dt

import pytest

from kienan_awards.core import demo
from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.other_decisions import (
    OtherAuthority,
    OtherAward,
    record_other_decision,
)
from kienan_awards.core.cycle import initiatives
from kienan_awards.core.cycle.dossier_data import (
    body_in_text,
    city_lines,
    dossier_file_name,
    has_city_lines,
    proposal_dossier,
)
from kienan_awards.core.documents.dossier_papers import COLLECTIVE, INDIVIDUAL
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import shown
from kienan_awards.core.movements.progress import target_progress

DAY = dt.date(2025, 12, 20)
CITY = "Ủy ban nhân dân thành phố Hải Phòng"
INITIATIVE = "Ứng dụng bản đồ số quản lý trật tự xây dựng đô thị"


@pytest.fixture
def db(db):
    """The demo in the test's own database (a copy of the session's)."""
    demo.load_demo(db)
    return db


def form_ids(db) -> dict[str, int]:
    return dict(db.execute("SELECT code, id FROM award_forms").fetchall())


def fighter(db) -> tuple[int, str, int]:
    """(id, name, unit id) of the person with the most Grassroots Emulation Fighter titles
    whose unit has targets in 2025."""
    return db.execute(
        """SELECT p.id, p.full_name, p.unit_id FROM awards a
           JOIN people p ON p.id = a.person_id JOIN award_forms f ON f.id = a.form_id
           WHERE f.code = 'CSTDCS' AND p.unit_id IN (
               SELECT t.unit_id FROM targets t JOIN movements m ON m.id = t.movement_id
               WHERE coalesce(t.period_year, CAST(strftime('%Y', m.starts_on) AS INTEGER))
                     = 2025)
           GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1"""
    ).fetchone()


def unit_under_a_parent(db) -> tuple[int, str, str]:
    return db.execute(
        """SELECT u.id, u.name, parent.name FROM units u JOIN units parent
           ON parent.id = u.parent_id WHERE u.deleted_at IS NULL ORDER BY u.id LIMIT 1"""
    ).fetchone()


@pytest.fixture
def proposal(db):
    """A proposal for 2025: a person for the city's Emulation Fighter, a unit for Tập thể lao
    động xuất sắc, a person for the city's Bằng khen whose line was returned, and an Advanced
    Worker (this office's own)."""
    forms = form_ids(db)
    person, _name, _unit = fighter(db)
    unit = unit_under_a_parent(db)[0]
    others = [
        row[0]
        for row in db.execute(
            "SELECT id FROM people WHERE id <> ? AND deleted_at IS NULL ORDER BY id LIMIT 2",
            [person],
        )
    ]
    proposal_id = decisions.create_proposal(
        db, "Đề nghị khen thưởng cấp thành phố năm 2025", 2025, "Phòng Văn hóa - Xã hội"
    ).record_id
    add = decisions.add_line
    add(
        db,
        proposal_id,
        {
            "form_id": forms["CSTD_CITY"],
            "person_id": person,
            "achievement": "Hoàn thành xuất sắc nhiệm vụ ba năm liền",
        },
    )
    add(
        db,
        proposal_id,
        {
            "form_id": forms["TTLDXS"],
            "recipient_unit_id": unit,
            "achievement": "Tập thể hoàn thành xuất sắc nhiệm vụ năm 2025",
        },
    )
    returned = add(db, proposal_id, {"form_id": forms["BK_CITY"], "person_id": others[0]})
    decisions.review_line(db, returned.record_id, "returned", reason="Thiếu báo cáo thành tích")
    add(db, proposal_id, {"form_id": forms["LDTT"], "person_id": others[1]})
    return proposal_id


def test_only_the_lines_the_city_decides_go_up(db, proposal):
    lines = city_lines(db, proposal, DAY)
    assert [line.form.code for line in lines] == ["CSTD_CITY", "TTLDXS"]
    assert has_city_lines(db, proposal, DAY)
    demo_2026 = db.execute(
        "SELECT id, title FROM proposals WHERE achievement_year = 2026 ORDER BY id"
    ).fetchall()
    # Of the demo's proposals of the year, only the one to the city has lines that go up.
    going_up = [title for p, title in demo_2026 if has_city_lines(db, p, DAY)]
    assert len(demo_2026) == 3
    assert going_up == ["Đề nghị Chủ tịch Ủy ban nhân dân thành phố khen thưởng năm 2026"]


def test_the_office_in_force_signs_and_the_recorded_city_is_addressed(db, proposal):
    dossier = proposal_dossier(db, proposal, DAY, " 25/TTr-UBND ")
    assert dossier.office.body_name == "Ủy ban nhân dân phường Kiến An"
    assert dossier.addressee == CITY
    assert dossier.number == "25/TTr-UBND" and dossier.year == 2025
    assert any("Luật Thi đua, khen thưởng" in basis for basis in dossier.legal_bases)


def test_a_person_is_reported_with_awards_initiatives_and_targets(db, proposal):
    person, name, unit = fighter(db)
    initiatives.record_initiative(
        db,
        {
            "title": INITIATIVE,
            "unit_id": unit,
            "year": 2025,
            "decision_number": "318/QĐ-UBND",
            "decided_on": "2025-10-15",
            "authority": "Chủ tịch Ủy ban nhân dân phường Kiến An",
            "scope": "city",
        },
        [(person, 100)],
    )
    record_other_decision(
        db,
        OtherAuthority(CITY),
        "90/QĐ-UBND",
        dt.date(2025, 3, 2),
        [OtherAward("BK_CITY", person_id=person, year=2024)],
    )
    record_other_decision(  # decided after the dossier's day: not in its history
        db,
        OtherAuthority(CITY),
        "95/QĐ-UBND",
        dt.date(2026, 1, 5),
        [OtherAward("BK_CITY", person_id=person, year=2025)],
    )
    candidate = proposal_dossier(db, proposal, DAY).candidates[0]
    assert (candidate.kind, candidate.name) == (INDIVIDUAL, name)
    assert candidate.form.name == "Chiến sĩ thi đua thành phố" and candidate.form.is_title
    assert candidate.achievement == "Hoàn thành xuất sắc nhiệm vụ ba năm liền"
    titles = [a for a in candidate.awards if a.form == "Chiến sĩ thi đua cơ sở"]
    assert titles and all(a.is_title and a.decision_number.endswith("/QĐ-UBND") for a in titles)
    assert {a.issuer for a in titles} <= {
        "Chủ tịch Ủy ban nhân dân quận Kiến An",
        "Chủ tịch Ủy ban nhân dân phường Kiến An",
    }
    city = [a for a in candidate.awards if not a.is_title]
    assert [(a.decision_number, a.issuer) for a in city] == [("90/QĐ-UBND", f"Chủ tịch {CITY}")]
    assert all(a.decided_on <= DAY for a in candidate.awards)
    assert [(x.title, x.decision_number, x.scope) for x in candidate.initiatives][-1] == (
        INITIATIVE,
        "318/QĐ-UBND",
        "Cấp thành phố, bộ, ngành",
    )
    expected = [t for t in target_progress(db, year=2025) if t.unit_id == unit]
    assert [t.indicator for t in candidate.targets] == [t.indicator for t in expected]
    reported = [t for t in candidate.targets if t.actual is not None]
    assert reported and all(t.plan and t.percent_of_plan is not None for t in reported)


def test_a_collective_is_listed_under_the_unit_above_it(db, proposal):
    _unit, name, parent = unit_under_a_parent(db)
    candidate = proposal_dossier(db, proposal, DAY).candidates[1]
    assert (candidate.kind, candidate.name, candidate.unit) == (COLLECTIVE, name, parent)
    assert candidate.form.code == "TTLDXS" and candidate.birth_year is None


def test_refusals_say_why(db, proposal):
    with pytest.raises(KienanError) as missing:
        proposal_dossier(db, 9999, DAY)
    assert "9999" in shown(missing.value)
    (giay_khen,) = db.execute(
        "SELECT id FROM proposals WHERE title LIKE 'Đề nghị tặng Giấy khen năm 2026'"
    ).fetchone()
    with pytest.raises(KienanError) as no_city:
        proposal_dossier(db, giay_khen, DAY)
    assert "Giấy khen năm 2026" in shown(no_city.value)
    with pytest.raises(KienanError) as unsigned:
        proposal_dossier(db, proposal, dt.date(1990, 1, 1))
    assert "01/01/1990" in shown(unsigned.value)


def test_the_archive_name_tells_years_and_proposals_apart():
    this_year = dossier_file_name(7, "25/TTr-UBND", dt.date(2026, 12, 10))
    assert this_year == "Hồ sơ trình khen 25-TTr-UBND 2026-12-10.zip"
    assert dossier_file_name(7, "25/TTr-UBND", dt.date(2025, 12, 10)) != this_year
    assert dossier_file_name(7, "", DAY) != dossier_file_name(8, "", DAY)
    long = dossier_file_name(7, "9" * 400, DAY)
    assert long.endswith(" 2025-12-20.zip") and len(long.encode()) <= 180


def test_a_body_in_capitals_is_written_as_a_sentence_writes_it():
    assert body_in_text("ỦY BAN NHÂN DÂN QUẬN KIẾN AN") == "Ủy ban nhân dân quận Kiến An"
    assert body_in_text("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG") == CITY
    assert body_in_text("Ủy ban nhân dân phường Kiến An") == "Ủy ban nhân dân phường Kiến An"
    assert body_in_text("SỞ NỘI VỤ") == "SỞ NỘI VỤ"


def test_a_line_from_a_clusters_ranking_carries_the_members_score_sheet(db, tmp_path, monkeypatch):
    from kienan_awards.core.clusters.ranking_proposals import propose_from_ranking, ranking_proposal
    from kienan_awards.core.clusters.score_sheets import writing
    from kienan_awards.core.cycle.dossier_data import write_proposal_dossier
    from tests.core.test_cycle_from_a_cluster import score_the_city_cluster
    from tests.core.test_ranking_proposals import FLAG

    written = []

    def sheet(db, cluster_id, year, unit_id, path):
        written.append((cluster_id, year, unit_id))
        path.write_bytes(b"sheet")
        return path

    monkeypatch.setattr(writing, "write_scoring_sheet", sheet)
    cluster_id = score_the_city_cluster(db)
    propose_from_ranking(db, cluster_id, 2025, [(FLAG, 1)], dt.date(2026, 1, 8))
    proposal_id = ranking_proposal(db, cluster_id, 2025)
    (line,) = city_lines(db, proposal_id, dt.date(2026, 1, 12))
    (candidate,) = proposal_dossier(db, proposal_id, dt.date(2026, 1, 12)).candidates
    assert (candidate.standing.rank, candidate.standing.member_count) == (1, 5)
    assert candidate.standing.cluster == "Cụm thi đua số 4 (các phường)"
    package = write_proposal_dossier(db, proposal_id, tmp_path, dt.date(2026, 1, 12))
    assert written == [(cluster_id, 2025, line.recipient_unit_id)]
    assert "Bảng chấm điểm thi đua/Phường Kiến An.xlsx" in [m.name for m in package.members]
