"""The council on the year's cycle page: members added and a term ended, the rules saved
(a title shows "no threshold set" until one is), a meeting recorded through its dialog with
the quorum shown as members are ticked, the count typed per candidate with shares and
verdicts, the papers written to a folder as .docx and PDF, a meeting removed; each refusal
says what is wrong and where, and stores nothing; each save is told to the window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.catalogue import find_award_form
from kienan_awards.core.cycle import council
from kienan_awards.core.records import people, units
from kienan_awards.core.storage import database
from kienan_awards.core.storage.database import open_database
from kienan_awards.ui.pages.cycle import council_meetings_part
from kienan_awards.ui.pages.cycle_page import CyclePage

MEMBERS = [
    ("Nguyễn Trường Sơn", "Chủ tịch Hội đồng"),
    ("Phạm Thị Thu Hương", "Phó Chủ tịch Hội đồng"),
    ("Lê Đức Quang", "Ủy viên thường trực"),
    ("Bùi Thị Hạnh", "Ủy viên, Thư ký Hội đồng"),
]
REGULATION = "Quy chế hoạt động của Hội đồng Thi đua - Khen thưởng phường Mẫu"
DAY = dt.date(2025, 12, 16)


@pytest.fixture
def page(qtbot, db):
    db.execute(
        "INSERT INTO issuing_authorities (name, issuer_title, body_name, signer_title, "
        "signer_name, place, valid_from, level) VALUES ('Chủ tịch UBND phường Mẫu', "
        "'CHỦ TỊCH UBND PHƯỜNG MẪU', 'Ủy ban nhân dân phường Mẫu', 'CHỦ TỊCH', 'Lê Văn Ký', "
        "'Mẫu', '2025-07-01', 'commune')"
    )
    unit = units.save_unit(db, None, {"name": "Phòng Văn hóa - Xã hội", "kind": "department"})
    proposal = decisions.create_proposal(db, "Đề nghị danh hiệu năm 2025", 2025).record_id
    ldtt = find_award_form(db, "LDTT").id
    for name in ("Vũ Văn Cường", "Đặng Minh Tuấn"):
        person = people.save_person(
            db, None, {"full_name": name, "unit_id": unit.record_id}
        ).record_id
        decisions.add_line(db, proposal, {"form_id": ldtt, "person_id": person})
    widget = CyclePage(db, year=2025)
    qtbot.addWidget(widget)
    widget.tabs.setCurrentWidget(widget.council)
    widget.told = []
    widget.changed.connect(widget.told.append)
    return widget


def add_members(part) -> None:
    for name, role in MEMBERS:
        part.name_edit.setText(name)
        part.role_edit.setText(role)
        part.from_edit.setDate(dt.date(2025, 7, 1))
        assert part.add(), part.problem.text()


def set_rules(part) -> None:
    part.share_of_combo.setCurrentIndex(part.share_of_combo.findData("present"))
    part.quorum_edit.setText("2/3")
    part.regulation_edit.setText(REGULATION)
    part.table.item(part.codes.index("LDTT"), 1).setText("70%")
    part.table.item(part.codes.index("LDTT"), 4).setText("khoản 2 Điều 8")
    assert part.save(), part.problem.text()


def record_meeting(part, db) -> int:
    dialog = part.meeting_dialog()
    dialog.day_edit.setDate(DAY)
    dialog.proposals.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.number_edit.setText("01/BB-HĐTĐKT")
    dialog.save()
    assert dialog.meeting_id, dialog.problem.text()
    part.refresh()
    part.choose(dialog.meeting_id)
    return dialog.meeting_id


def test_members_are_added_and_a_term_ended(page, db):
    part = page.council.members
    add_members(part)
    assert part.table.rowCount() == 4 and len(page.told) == 4
    part.name_edit.setText("  ")
    part.role_edit.setText("Ủy viên")
    assert not part.add() and "needs a name" in part.problem.text()
    assert len(council.council_members(db)) == 4
    assert not part.end() and "Choose a member" in part.problem.text()
    part.choose(part.member_ids[1])
    part.end_edit.setDate(dt.date(2025, 6, 1))
    assert not part.end() and "term began on 01/07/2025" in part.problem.text()
    part.end_edit.setDate(dt.date(2025, 12, 31))
    assert part.end()
    assert part.table.item(1, 3).text() == "31/12/2025"


def test_rules_show_no_threshold_until_set_and_refuse_a_bad_row(page, db):
    part = page.council.rules
    row = part.codes.index("LDTT")
    assert part.table.item(row, 5).text() == "no threshold set"
    part.table.item(row, 1).setText("abc")
    part.share_of_combo.setCurrentIndex(part.share_of_combo.findData("present"))
    assert not part.save()
    assert part.problem.text() == "Lao động tiên tiến: abc is not a share"
    part.table.item(row, 1).setText("70%")
    assert not part.save() and "Lao động tiên tiến: name the regulation" in part.problem.text()
    assert council.council_rules(db) is None
    set_rules(part)
    rules = council.council_rules(db)
    assert rules.thresholds["LDTT"].article == "khoản 2 Điều 8"
    assert rules.thresholds["LDTT"].regulation == REGULATION  # the quorum's, left empty
    assert part.table.item(row, 5).text() == "at least 70%"
    assert part.table.item(part.codes.index("CSTDCS"), 5).text() == "no threshold set"


def test_a_meeting_is_recorded_counted_and_papered(page, db, tmp_path, monkeypatch):
    add_members(page.council.members)
    meetings = page.council.meetings
    dialog = meetings.meeting_dialog()
    dialog.day_edit.setDate(DAY)
    assert dialog.quorum_label.text() == "4 of 4 members in office present (100%); no quorum set"
    dialog.present.item(3).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.quorum_label.text().startswith("3 of 4 members in office present (75%)")
    dialog.save()
    assert dialog.meeting_id is None and "choose the proposals" in dialog.problem.text()
    assert council.meetings(db) == []
    meeting = record_meeting(meetings, db)
    count = meetings.count
    assert count.summary.text() == "No count entered yet."
    for row, votes in enumerate([("4", "0", "0"), ("2", "2", "")]):
        for column, text in zip((2, 3, 4), votes, strict=True):
            count.table.item(row, column).setText(text)
    assert not count.save()
    assert count.problem.text() == (
        "row 2 (Đặng Minh Tuấn), Spoiled: '' is not a number of ballots"
    )
    count.table.item(1, 4).setText("0")
    count.number_edit.setText("02/BB-KP")
    assert count.save(), count.problem.text()
    assert "has not said what a share is counted against" in count.summary.text()
    assert count.table.item(0, 6).text() == ""
    set_rules(page.council.rules)
    meetings.choose(meeting)
    assert [count.table.item(r, 5).text() for r in range(2)] == ["100%", "50%"]
    assert [count.table.item(r, 6).text() for r in range(2)] == ["passed", "not passed"]
    assert council.stored_meeting(db, meeting).count_number == "02/BB-KP"
    said = []
    monkeypatch.setattr(meetings, "choose_folder", lambda: str(tmp_path / "papers"))
    monkeypatch.setattr(
        council_meetings_part.QMessageBox,
        "information",
        lambda _parent, _title, text: said.append(text),
    )
    meetings.write_papers()
    assert sorted(p.name for p in (tmp_path / "papers").iterdir()) == sorted(
        f"2025-12-16 {stem}.{suffix}"
        for stem in ("Phiếu bầu", "Biên bản họp Hội đồng", "Biên bản kiểm phiếu")
        for suffix in ("docx", "pdf")
    )
    assert said == [f"Wrote 6 files in {tmp_path / 'papers'}."]
    monkeypatch.setattr(meetings, "confirm", lambda _text: True)
    meetings.remove()
    assert meetings.table.rowCount() == 0 and council.meetings(db) == []
    assert page.told and all(changes for changes in page.told)


def test_a_read_only_database_offers_no_writing(qtbot, db, db_path, monkeypatch):
    council.record_member(db, *MEMBERS[0], dt.date(2025, 7, 1))
    db.close()
    # Root may write any file, so the permission is taken away where the program asks for it.
    monkeypatch.setattr(database.os, "access", lambda path, mode: False)
    read_only = open_database(db_path)
    widget = CyclePage(read_only, year=2025)
    qtbot.addWidget(widget)
    widget.council.members.table.selectRow(0)
    assert widget.council.members.chosen_member() is not None
    assert [c.objectName() for c in widget.council.writing_controls() if c.isEnabled()] == []
