"""The city's answer to a proposal sent up to it, imported from the list attached to its
decision: awards of the city (in the honour roll and its search), each linked to the line it
answers, the lines it leaves out not chosen, all or nothing. The list is shaped as a city sends
it: title lines above the header in merged cells, the decision named in them, sections for
collectives and individuals, names typed in capitals or without diacritics, two namesakes told
apart by their units, a signature block under it."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from kienan_awards.core import demo
from kienan_awards.core.awards import decisions
from kienan_awards.core.cycle import city_answer
from kienan_awards.core.cycle.city_answer import heading_decision
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import shown
from kienan_awards.core.lists.city_answer_list import import_city_answer
from kienan_awards.core.lists.planners.city_answer import same_form, same_unit
from kienan_awards.core.records import people
from kienan_awards.core.search.award_search import AwardSearch, award_ids, award_summaries
from tests.support.word_lists import WordTable, signature_table, write_docx

CITY = "Ủy ban nhân dân thành phố Hải Phòng"
DAY = dt.date(2026, 4, 10)
HEADING = (
    "(Kèm theo Quyết định số 1234/QĐ-UBND ngày 10/4/2026 của Chủ tịch UBND thành phố Hải Phòng)"
)
CENTRE = "Trung tâm Phục vụ hành chính công phường"
HEADER = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"]


@pytest.fixture
def db(db):
    """The demo in the test's own database (a copy of the session's)."""
    demo.load_demo(db)
    return db


def unit_id(db, name: str) -> int:
    return db.execute(
        "SELECT id FROM units WHERE name = ? AND deleted_at IS NULL ORDER BY id DESC", [name]
    ).fetchone()[0]


def person(db, name: str, unit: str, position: str = "Chuyên viên") -> int:
    fields = {"full_name": name, "unit_id": unit_id(db, unit), "position": position}
    return people.save_person(db, None, fields).record_id


@pytest.fixture
def proposal(db):
    return make_proposal(db)


def make_proposal(db) -> tuple[int, dict[str, int]]:
    """A proposal for 2025: two people named Nguyễn Thị Hòa of two departments for the city's
    Bằng khen, Trần Văn Bình for the city's Emulation Fighter, the ward's service centre for
    Tập thể lao động xuất sắc, and Lê Minh Châu for the city's Bằng khen (whom the city leaves
    out); an Advanced Worker line is this office's own."""
    forms = dict(db.execute("SELECT code, id FROM award_forms").fetchall())
    proposal_id = decisions.create_proposal(
        db, "Đề nghị khen thưởng cấp thành phố năm 2025", 2025, "Phòng Nội vụ"
    ).record_id
    culture = person(db, "Nguyễn Thị Hòa", "Phòng Văn hóa - Xã hội")
    economy = person(db, "Nguyễn Thị Hòa", "Phòng Kinh tế, Hạ tầng và Đô thị")
    fighter = person(db, "Trần Văn Bình", "Văn phòng HĐND và UBND phường", "Chánh Văn phòng")
    left_out = person(db, "Lê Minh Châu", "Phòng Văn hóa - Xã hội")
    worker = person(db, "Phạm Thu Hà", "Phòng Văn hóa - Xã hội")
    lines = {}
    for key, fields in (
        ("culture", {"form_id": forms["BK_CITY"], "person_id": culture}),
        ("economy", {"form_id": forms["BK_CITY"], "person_id": economy}),
        ("fighter", {"form_id": forms["CSTD_CITY"], "person_id": fighter}),
        ("unit", {"form_id": forms["TTLDXS"], "recipient_unit_id": unit_id(db, CENTRE)}),
        ("left_out", {"form_id": forms["BK_CITY"], "person_id": left_out}),
        ("worker", {"form_id": forms["LDTT"], "person_id": worker}),
    ):
        fields["achievement"] = "Hoàn thành xuất sắc nhiệm vụ năm 2025"
        lines[key] = decisions.add_line(db, proposal_id, fields).record_id
    return proposal_id, lines


def city_list(path, rows, heading=HEADING):
    """A list as the city sends it: its title in merged cells, the header, the rows (a row
    of one cell is a section), the signature block."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "DS"
    titles = ["ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "DANH SÁCH KHEN THƯỞNG", heading]
    for number, title in enumerate(titles, start=1):
        sheet.cell(number, 1, title)
        sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=5)
    sheet.append([])
    sheet.append(HEADER)
    sheet.append(["(1)", "(2)", "(3)", "(4)", "(5)"])
    for row in rows:
        sheet.append(list(row))
    sheet.append([])
    sheet.append([None, None, None, "KT. CHỦ TỊCH"])
    sheet.append([None, None, None, "PHÓ CHỦ TỊCH"])
    book.save(path)
    return path


ANSWER = [
    ["I. TẬP THỂ"],
    [1, CENTRE, None, "UBND phường Kiến An", "Tập thể lao động xuất sắc"],
    ["II. CÁ NHÂN"],
    [2, "NGUYỄN THỊ HOÀ", "Chuyên viên", "Phòng Kinh tế, Hạ tầng và Đô thị", "Bằng khen"],
    [3, "Nguyen Thi Hoa", "Chuyên viên", "Phòng Văn hóa - Xã hội, UBND phường", "Bằng khen"],
    [4, "Ông Trần Văn Bình", "Chánh Văn phòng", "Văn phòng HĐND và UBND phường", "CSTĐ TP"],
]
# The form of row 4 as the catalogue names it.
ANSWER[5][4] = "Chiến sĩ thi đua thành phố"


def outcomes(db, proposal_id) -> dict[int, tuple]:
    return {
        line: (outcome, award)
        for line, outcome, award in db.execute(
            "SELECT id, city_outcome, award_id FROM proposal_lines WHERE proposal_id = ?",
            [proposal_id],
        )
    }


def test_the_heading_names_the_decision_its_date_and_the_city():
    heading = heading_decision(["DANH SÁCH", HEADING])
    assert heading.number == "1234/QĐ-UBND"
    assert heading.decided_on == DAY
    assert heading.body_name == CITY and heading.signer_title == "Chủ tịch"
    capitals = heading_decision(
        ["KÈM THEO QUYẾT ĐỊNH SỐ 56/QĐ-UBND NGÀY 02 THÁNG 3 NĂM 2026 CỦA UBND TP HẢI PHÒNG"]
    )
    assert (capitals.number, capitals.decided_on) == ("56/QĐ-UBND", dt.date(2026, 3, 2))
    assert capitals.body_name == CITY and capitals.signer_title == ""
    assert heading_decision(["DANH SÁCH KHEN THƯỞNG"]).number is None


def test_units_and_forms_are_read_as_lists_write_them():
    assert same_unit("UBND phường Kiến An", "Phường Kiến An")
    assert same_unit("Phòng Văn hóa - Xã hội, UBND phường", "Phòng Văn hoá - Xã hội")
    assert not same_unit("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội")

    def line(name, code):
        return city_answer.CityLine(
            1, "individual", "", None, None, "", 1, code, name, "", None, "", ()
        )

    bang_khen = line("Bằng khen của Chủ tịch Ủy ban nhân dân thành phố", "BK_CITY")
    assert same_form("Bằng khen", bang_khen)
    assert same_form("Bằng khen của Chủ tịch UBND thành phố Hải Phòng", bang_khen)
    assert not same_form("Chiến sĩ thi đua thành phố", bang_khen)
    assert same_form(
        "Danh hiệu Chiến sĩ thi đua thành phố", line("Chiến sĩ thi đua thành phố", "X")
    )


def test_the_city_answer_becomes_the_city_decision_and_answers_each_line(db, proposal, tmp_path):
    proposal_id, lines = proposal
    path = city_list(tmp_path / "QĐ 1234 danh sách.xlsx", ANSWER)
    done = import_city_answer(db, path, proposal_id)
    plan = done.plan
    assert not plan.errors, [shown(e.line()) for e in plan.errors]
    assert plan.summary()["city_lines_decided"] == 4
    assert plan.summary()["city_lines_not_chosen"] == 1
    decision = db.execute(
        "SELECT d.id, d.number, d.decided_on, a.body_name, a.is_this_office FROM decisions d "
        "JOIN issuing_authorities a ON a.id = d.authority_id WHERE d.number = '1234/QĐ-UBND'"
    ).fetchone()
    assert decision[1:] == ("1234/QĐ-UBND", "2026-04-10", CITY, 0)
    answered = outcomes(db, proposal_id)
    for key in ("culture", "economy", "fighter", "unit"):
        outcome, award = answered[lines[key]]
        assert outcome == "decided" and award is not None, key
    assert answered[lines["left_out"]] == ("not_chosen", None)
    assert answered[lines["worker"]] == (None, None)  # this office's own line
    # Each award is the line's: the namesakes keep their own units.
    awarded = db.execute(
        "SELECT l.id, a.person_id = l.person_id, a.recipient_unit_id IS l.recipient_unit_id, "
        "a.form_id = l.form_id, a.achievement_year, a.decision_id, a.bonus_amount > 0, "
        "a.register_number FROM proposal_lines l JOIN awards a ON a.id = l.award_id "
        "WHERE l.proposal_id = ?",
        [proposal_id],
    ).fetchall()
    assert len(awarded) == 4
    for _line, same_person, same_unit_, same_form_, year, decision_id, bonus, number in awarded:
        assert (same_person or same_person is None) and same_unit_ and same_form_
        assert (year, decision_id, bonus, number) == (2025, decision[0], 1, None)
    outcome = city_answer.line_outcomes(db, [lines["left_out"]])[lines["left_out"]]
    assert (outcome.outcome, outcome.decision_number, outcome.decided_on) == (
        "not_chosen",
        "1234/QĐ-UBND",
        DAY,
    )
    assert {"awards", "proposals", "decisions"} <= {kind.value for kind in done.changes.kinds}


def test_the_city_awards_are_found_in_the_honour_roll_search(db, proposal, tmp_path):
    proposal_id, _lines = proposal
    import_city_answer(db, city_list(tmp_path / "ds.xlsx", ANSWER), proposal_id)
    found = award_summaries(db, award_ids(db, AwardSearch(text="tran van binh")))
    assert ("Trần Văn Bình", "1234/QĐ-UBND") in [(a["name"], a["decision_number"]) for a in found]
    namesakes = award_summaries(db, award_ids(db, AwardSearch(text="Nguyễn Thị Hòa")))
    assert len([a for a in namesakes if a["decision_number"] == "1234/QĐ-UBND"]) == 2


def test_a_row_that_fits_no_line_stops_the_import_and_writes_nothing(db, proposal, tmp_path):
    proposal_id, lines = proposal
    rows = [*ANSWER, [5, "Đỗ Văn Khang", "Chuyên viên", "Phòng Văn hóa - Xã hội", "Bằng khen"]]
    before = db.execute("SELECT count(*) FROM awards").fetchone()[0]
    audit = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    done = import_city_answer(db, city_list(tmp_path / "ds.xlsx", rows), proposal_id)
    (wrong,) = done.plan.errors
    assert shown(wrong.line()) == (
        "sheet 'DS' row 13: Đỗ Văn Khang (individual) is not among the lines of 'Đề nghị khen "
        "thưởng cấp thành phố năm 2025' for the city"
    )
    assert not done.changes
    assert db.execute("SELECT count(*) FROM awards").fetchone()[0] == before
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit
    assert all(outcome == (None, None) for outcome in outcomes(db, proposal_id).values())
    assert not db.execute("SELECT 1 FROM decisions WHERE number = '1234/QĐ-UBND'").fetchone()


def test_namesakes_without_a_unit_are_ambiguous(db, proposal, tmp_path):
    proposal_id, _lines = proposal
    rows = [[1, "Nguyễn Thị Hòa", None, None, "Bằng khen"]]
    done = import_city_answer(db, city_list(tmp_path / "ds.xlsx", rows), proposal_id)
    (wrong,) = done.plan.errors
    assert "fits 2 lines of the proposal" in shown(wrong.message)
    assert "Phòng Kinh tế, Hạ tầng và Đô thị" in shown(wrong.message)


def test_a_form_other_than_proposed_is_named_and_refused(db, proposal, tmp_path):
    proposal_id, _lines = proposal
    rows = [[1, "Trần Văn Bình", None, "Văn phòng HĐND và UBND phường", "Bằng khen"]]
    done = import_city_answer(db, city_list(tmp_path / "ds.xlsx", rows), proposal_id)
    (wrong,) = done.plan.errors
    assert "was proposed for Chiến sĩ thi đua thành phố" in shown(wrong.message)
    assert "'Bằng khen'" in shown(wrong.message)


def test_a_unit_other_than_proposed_is_named(db, proposal, tmp_path):
    proposal_id, _lines = proposal
    rows = [[1, "Lê Minh Châu", None, "Phòng Kinh tế, Hạ tầng và Đô thị", "Bằng khen"]]
    done = import_city_answer(db, city_list(tmp_path / "ds.xlsx", rows), proposal_id)
    (wrong,) = done.plan.errors
    assert "it proposes Lê Minh Châu of Phòng Văn hóa - Xã hội" in shown(wrong.message)


def test_flags_give_the_decision_a_heading_does_not_and_override_one_it_does(
    db, proposal, tmp_path
):
    proposal_id, _lines = proposal
    bare = city_list(tmp_path / "bare.xlsx", ANSWER, heading="DANH SÁCH")
    with pytest.raises(KienanError, match="number and date are not in the list's heading"):
        import_city_answer(db, bare, proposal_id)
    done = import_city_answer(
        db, bare, proposal_id, number="77/QĐ-UBND", decided_on=dt.date(2026, 5, 2), authority=CITY
    )
    assert not done.plan.errors
    assert db.execute(
        "SELECT decided_on FROM decisions WHERE number = '77/QĐ-UBND'"
    ).fetchone() == ("2026-05-02",)


def test_a_later_decision_answers_a_line_left_out_and_not_one_decided(db, proposal, tmp_path):
    proposal_id, lines = proposal
    import_city_answer(db, city_list(tmp_path / "first.xlsx", ANSWER), proposal_id)
    again = city_list(tmp_path / "again.xlsx", [ANSWER[3]], heading="DANH SÁCH")
    done = import_city_answer(db, again, proposal_id, number="80/QĐ-UBND", decided_on=DAY)
    (wrong,) = done.plan.errors
    assert "already decided by the city's decision 1234/QĐ-UBND (10/04/2026)" in shown(
        wrong.message
    )
    later = city_list(
        tmp_path / "later.xlsx",
        [[1, "Lê Minh Châu", None, "Phòng Văn hóa - Xã hội", "Bằng khen"]],
        heading="DANH SÁCH",
    )
    done = import_city_answer(db, later, proposal_id, number="81/QĐ-UBND", decided_on=DAY)
    assert not done.plan.errors and done.plan.summary()["city_lines_not_chosen"] == 0
    assert outcomes(db, proposal_id)[lines["left_out"]][0] == "decided"


def test_a_proposal_without_city_lines_is_refused(db, tmp_path):
    proposal_id = db.execute(
        "SELECT id FROM proposals WHERE achievement_year = 2026 ORDER BY id"
    ).fetchone()[0]
    with pytest.raises(KienanError, match="has no line the city decides"):
        import_city_answer(db, city_list(tmp_path / "ds.xlsx", ANSWER), proposal_id)
    with pytest.raises(KienanError, match="there is no proposal 999"):
        import_city_answer(db, city_list(tmp_path / "ds.xlsx", ANSWER), 999)


def test_the_answer_is_audited_with_the_new_columns(db, proposal, tmp_path):
    proposal_id, lines = proposal
    import_city_answer(db, city_list(tmp_path / "ds.xlsx", ANSWER), proposal_id)
    after = db.execute(
        "SELECT after_json FROM audit_log WHERE table_name = 'proposal_lines' "
        "AND record_id = ? AND action = 'update' ORDER BY id DESC",
        [lines["left_out"]],
    ).fetchone()[0]
    assert '"city_outcome":"not_chosen"' in after.replace(" ", "")


def test_a_decision_already_recorded_is_refused_before_any_row_is_read(db, proposal, tmp_path):
    proposal_id, _lines = proposal
    import_city_answer(db, city_list(tmp_path / "ds.xlsx", ANSWER), proposal_id)
    other = city_list(tmp_path / "other.xlsx", ANSWER[:2])
    with pytest.raises(KienanError, match="decision 1234/QĐ-UBND of 10/04/2026 already exists"):
        import_city_answer(db, other, proposal_id)


def test_a_word_list_is_read_with_the_decision_given(db, proposal, tmp_path):
    """Word's title paragraphs are not read: the decision is given beside the list."""
    proposal_id, lines = proposal
    table = WordTable([HEADER, *([*row, *[None] * (5 - len(row))] for row in ANSWER)])
    path = write_docx(tmp_path / "ds.docx", ["DANH SÁCH", HEADING, table, signature_table()])
    with pytest.raises(KienanError, match="not in the list's heading"):
        import_city_answer(db, path, proposal_id)
    done = import_city_answer(db, path, proposal_id, number="1234/QĐ-UBND", decided_on=DAY)
    assert not done.plan.errors, [shown(e.line()) for e in done.plan.errors]
    assert outcomes(db, proposal_id)[lines["left_out"]] == ("not_chosen", None)
