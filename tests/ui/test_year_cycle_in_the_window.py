"""The desk's year on the demo's 2026, in the window: the registrations of January and the
year's initiative on the cycle page, the council's meeting recorded through its dialog and its
count typed in, the dossier to the city written from the Decisions page with the council's
minutes, the city's answer read through the import wizard, and each line's answer shown on
the Decisions page."""

from __future__ import annotations

import datetime as dt
import zipfile

import openpyxl
import pytest
from PySide6.QtCore import Qt

from kienan_awards.core import demo
from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.proposals import proposal_lines
from kienan_awards.core.cycle.city_answer import proposals_to_answer
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import shown
from kienan_awards.core.text import fold
from kienan_awards.ui import file_dialogs
from kienan_awards.ui.dialogs import import_dialog as dialog_module
from kienan_awards.ui.dialogs.import_dialog import ImportDialog
from kienan_awards.ui.pages.cycle_page import CyclePage
from kienan_awards.ui.pages.decisions import dossier_action
from kienan_awards.ui.pages.decisions.proposal_lines_table import CHECK_COLUMN, ProposalLinesTable
from kienan_awards.ui.pages.decisions_page import DecisionsPage
from tests.ui.test_import_dialog import read_and_check, wait_idle

TITLES = "Đề nghị công nhận danh hiệu thi đua năm 2026"
TO_THE_CITY = "Đề nghị Chủ tịch Ủy ban nhân dân thành phố khen thưởng năm 2026"
# Held before today: the window's dossier is dated today and carries what was held by then.
MET_ON = dt.date(2026, 12, 5)


@pytest.fixture
def demo_db(db):
    demo.load_demo(db)
    return db


def proposal_id(db, title: str) -> int:
    return db.execute("SELECT id FROM proposals WHERE title = ?", [title]).fetchone()[0]


def review_the_titles(db, proposal: int) -> None:
    for (line,) in db.execute(
        "SELECT id FROM proposal_lines WHERE proposal_id = ? AND review_status = 'pending'",
        [proposal],
    ).fetchall():
        try:
            decisions.review_line(db, line, "accepted")
        except KienanError as refused:
            decisions.review_line(db, line, "returned", reason=shown(refused))


def check(items, wanted: set[str]) -> None:
    for row in range(items.count()):
        item = items.item(row)
        if any(fold(text) in fold(item.text()) for text in wanted):
            item.setCheckState(Qt.CheckState.Checked)


def city_list(path, lines) -> None:
    """As the city types it: the decision in a merged title line, sections, no diacritics."""
    book = openpyxl.Workbook()
    sheet = book.active
    rows = [
        ["ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"],
        ["(Kèm theo Quyết định số 2150/QĐ-UBND ngày 20/3/2027 của Chủ tịch UBND thành phố)"],
        [],
        ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"],
        ["I", "TẬP THỂ"],
        [1, lines["collective"], None, "Phường Kiến An", "Tập thể lao động xuất sắc"],
        ["II", "CÁ NHÂN"],
        [1, fold(lines["person"]).title(), "Chuyên viên", lines["unit"], "Bằng khen"],
    ]
    for row in rows:
        sheet.append(row)
    for number in (1, 2):
        sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=5)
    book.save(path)


def test_the_whole_year_runs_in_the_window(qtbot, demo_db, tmp_path, monkeypatch):
    db = demo_db
    monkeypatch.setattr(dialog_module.QMessageBox, "warning", lambda *args: None)
    said = []
    monkeypatch.setattr(
        dossier_action.QMessageBox, "information", lambda _p, _t, text: said.append(text)
    )
    # January and the year: the registrations and the initiative on the cycle page.
    page = CyclePage(db, year=2026)
    qtbot.addWidget(page)
    assert page.registrations.table.rowCount() > 20
    assert page.initiatives.table.rowCount() == 1
    # December: the council meets on the titles and on the proposal to the city.
    titles, to_the_city = proposal_id(db, TITLES), proposal_id(db, TO_THE_CITY)
    review_the_titles(db, titles)
    page.tabs.setCurrentWidget(page.council)
    meetings = page.council.meetings
    dialog = meetings.meeting_dialog()
    dialog.day_edit.setDate(MET_ON)
    check(dialog.proposals, {TITLES, TO_THE_CITY})
    dialog.number_edit.setText("05/BB-HĐTĐKT")
    assert dialog.quorum_label.text().startswith("5 of 5 members in office present")
    dialog.save()
    assert dialog.meeting_id, dialog.problem.text()
    meetings.refresh()
    meetings.choose(dialog.meeting_id)
    count = meetings.count
    for spin in (count.issued, count.cast):
        spin.setValue(5)
    check(count.counters, {"Đỗ Thị Ngọc Ánh"})
    count.number_edit.setText("06/BB-KP")
    for row in range(count.table.rowCount()):
        for column, text in zip((2, 3, 4), ("5", "0", "0"), strict=True):
            count.table.item(row, column).setText(text)
    assert count.save(), count.problem.text()
    verdicts = {count.table.item(row, 6).text() for row in range(count.table.rowCount())}
    assert "passed" in verdicts and "not passed" not in verdicts
    # This office's titles decided, then the dossier to the city from the Decisions page.
    decisions.decide(db, titles, "520/QĐ-UBND", MET_ON + dt.timedelta(days=1))
    decided_page = DecisionsPage(db)
    qtbot.addWidget(decided_page)
    decided_page.refresh()
    for row in range(decided_page.proposal_list.count()):
        item = decided_page.proposal_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == to_the_city:
            decided_page.proposal_list.setCurrentRow(row)
    button = decided_page.proposals.dossier_button
    assert button.isEnabled(), button.toolTip()
    folder = tmp_path / "gửi thành phố"
    folder.mkdir()
    monkeypatch.setattr(
        file_dialogs.QFileDialog, "getExistingDirectory", lambda *_args: str(folder)
    )
    button.click()
    assert button.written and button.written.is_file(), said
    with zipfile.ZipFile(button.written) as archive:
        assert any(n.startswith("Biên bản Hội đồng/") for n in archive.namelist())
    # The city's answer through the import wizard.
    person, unit = db.execute(
        "SELECT l.recipient_name, u.name || ' Kiến An' FROM proposal_lines l "
        "JOIN units u ON u.id = l.unit_id WHERE l.proposal_id = ? "
        "AND l.recipient_kind = 'individual' ORDER BY l.id LIMIT 1",
        [to_the_city],
    ).fetchone()
    (collective,) = db.execute(
        "SELECT recipient_name FROM proposal_lines WHERE proposal_id = ? "
        "AND recipient_kind = 'collective'",
        [to_the_city],
    ).fetchone()
    answer = tmp_path / "DS kem QD 2150.xlsx"
    city_list(answer, {"person": person, "unit": unit, "collective": collective})
    wizard = ImportDialog(db)
    qtbot.addWidget(wizard)
    wizard.show()
    assert to_the_city in [p.id for p in proposals_to_answer(db)]
    wizard.kind_combo.setCurrentIndex(wizard.kind_combo.findData("city_answer"))
    proposals = wizard.file_step.proposal_combo
    proposals.setCurrentIndex(proposals.findData(to_the_city))
    read_and_check(qtbot, wizard, answer)
    assert "Proposal lines decided by the city: 2; not chosen: 1" in wizard.summary_label.text()
    wizard.start_import()
    wait_idle(qtbot, wizard)
    # Each line shows the city's answer.
    table = ProposalLinesTable(db)
    qtbot.addWidget(table)
    table.show_lines(proposal_lines(db, to_the_city))
    answers = sorted(table.item(row, CHECK_COLUMN).text() for row in range(table.rowCount()))
    assert answers == [
        "decided by the city (2150/QĐ-UBND, 20/03/2027)",
        "decided by the city (2150/QĐ-UBND, 20/03/2027)",
        "not chosen by the city (2150/QĐ-UBND, 20/03/2027)",
    ]
