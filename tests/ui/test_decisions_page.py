import datetime as dt

import pytest

from kienan_awards.app import main
from kienan_awards.core import demo
from kienan_awards.core.awards import decisions
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.ui.dialogs import award_dialog as award_dialog_module
from kienan_awards.ui.main_window import MainWindow
from kienan_awards.ui.pages import decisions_page as decisions_page_module
from kienan_awards.ui.pages.decisions_page import DecisionsPage
from kienan_awards.ui.pages.window_page import WindowPage


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    for module in (decisions_page_module, award_dialog_module):
        monkeypatch.setattr(
            module.QMessageBox, "warning", lambda parent, title, text: shown.append(text)
        )
    return shown


# The demo's district authority ends on 30/06/2025; the decisions these tests make in 2026
# are signed by its ward's, in force from 01/07/2025.


def register_row(page, number: int) -> int:
    """The register table's row of a register number."""
    return next(
        row
        for row in range(page.register_table.rowCount())
        if page.register_table.item(row, 0).text() == str(number)
    )


@pytest.fixture
def page(qtbot, db, warnings):
    demo.load_demo(db)
    widget = DecisionsPage(db)
    qtbot.addWidget(widget)
    return widget


def test_a_proposal_is_checked_reviewed_and_decided_into_the_register(page, db, warnings):
    page.new_proposal("Giấy khen năm 2025", 2025)
    person = db.execute(
        "SELECT full_name FROM people p WHERE (SELECT count(*) FROM people q "
        "WHERE q.name_folded = p.name_folded) = 1 LIMIT 1"
    ).fetchone()[0]
    page.recipient_edit.setText(person)
    page.form_combo.setCurrentIndex(page.form_combo.findText("Giấy khen"))
    page.add_line_from_form()
    assert page.lines_table.rowCount() == 1
    assert page.lines_table.item(0, 3).text() == "passes"
    page.recipient_edit.setText(person)
    page.rating_combo.setCurrentIndex(page.rating_combo.findData("not_completed"))
    page.add_line_from_form()
    assert "did not complete" in page.lines_table.item(1, 3).text()
    assert not page.review(page.line_ids[1], "accepted")
    assert warnings and "give a reason" in warnings[-1]
    assert page.review(page.line_ids[1], "rejected", "chưa hoàn thành nhiệm vụ")
    assert page.review(page.line_ids[0], "accepted")
    numbered = db.execute(
        "SELECT max(register_number) FROM awards WHERE register_year = 2026"
    ).fetchone()[0]
    result = page.decide("5/QĐ-UBND", dt.date(2026, 1, 15))
    assert result.register_numbers == [numbered + 1]
    page.register_year.setValue(2026)
    assert page.register_table.item(register_row(page, numbered + 1), 1).text() == person


def test_the_register_shows_the_latest_year_and_the_decision_pack_is_written(page, db, tmp_path):
    assert page.register_table.rowCount() > 0
    # The ward's own year-end decision (the newest in the list is the city's, not this
    # office's to print).
    decision = decisions.find_decision(db, "31/QĐ-UBND", dt.date(2026, 1, 9)).id
    written = page.write_pack(decision, tmp_path)
    assert [p.suffix for p in written] == [".docx", ".pdf"] and all(p.exists() for p in written)


def test_the_window_and_the_command_line_write_the_same_pack(page, db, db_path, tmp_path):
    decision = decisions.find_decision(db, "15/QĐ-UBND", dt.date(2024, 1, 12))
    by_window, by_command = tmp_path / "window", tmp_path / "command"
    by_window.mkdir()
    by_command.mkdir()
    written = page.write_pack(decision.id, by_window)
    argv = ["decision-pack", "15/QĐ-UBND", "--date", "12/01/2024", "--out", str(by_command)]
    assert main(["--db", str(db_path), *argv]) == 0
    names = ["QD 15-QĐ-UBND 2024-01-12.docx", "QD 15-QĐ-UBND 2024-01-12.pdf"]
    assert [p.name for p in written] == names
    assert sorted(p.name for p in by_window.iterdir()) == names
    assert sorted(p.name for p in by_command.iterdir()) == names


def test_the_page_tells_the_window_what_each_door_changed_and_shows_it_in_every_tab(
    page, db, qtbot
):
    assert isinstance(page, WindowPage)
    assert {RecordKind.PROPOSALS, RecordKind.DECISIONS, RecordKind.AWARDS} <= page.shows
    told = []
    page.changed.connect(told.append)
    proposal = page.new_proposal("Giấy khen năm 2025", 2025)
    assert told[-1] == ChangeSet.of(RecordKind.PROPOSALS, proposal)
    person = db.execute(
        "SELECT full_name FROM people p WHERE (SELECT count(*) FROM people q "
        "WHERE q.name_folded = p.name_folded) = 1 LIMIT 1"
    ).fetchone()[0]
    page.recipient_edit.setText(person)
    page.form_combo.setCurrentIndex(page.form_combo.findText("Giấy khen"))
    page.add_line_from_form()
    line = page.line_ids[0]
    assert told[-1] == ChangeSet.of(RecordKind.PROPOSALS, line)
    assert page.review(line, "accepted")
    assert told[-1] == ChangeSet.of(RecordKind.PROPOSALS, line)
    assert page.lines_table.item(0, 2).text() == "accepted"
    decisions_before = page.list_page.model.rowCount()
    result = page.decide("7/QĐ-UBND", dt.date(2026, 2, 3))
    assert told[-1] == result.changes and told[-1].ids[RecordKind.DECISIONS] == {result.decision_id}
    # The decision shows at once in the other tabs: the list, the register, the line.
    assert page.list_page.model.rowCount() == decisions_before + 1
    assert page.register_year.value() == 2026
    (number,) = result.register_numbers
    assert page.register_table.item(register_row(page, number), 1).text() == person
    assert page.lines_table.item(0, 3).text() == "decided"
    assert not page.review(line, "rejected", "nhầm")  # a decided line keeps its review


def test_a_decision_made_on_the_page_shows_in_the_window(qtbot, db, window_settings, warnings):
    demo.load_demo(db)
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    awards_before = db.execute("SELECT count(*) FROM awards").fetchone()[0]
    page = window.pages["decisions"]
    page.new_proposal("Giấy khen năm 2025", 2025)
    page.recipient_edit.setText("Phòng Nội vụ")
    page.form_combo.setCurrentIndex(page.form_combo.findText("Giấy khen"))
    page.add_line_from_form()
    assert page.review(page.line_ids[0], "accepted")
    assert page.decide("8/QĐ-UBND", dt.date(2026, 2, 3))
    figure = f"{awards_before + 1} awards"
    assert figure in window.counts_label.text(), window.counts_label.text()


def test_revoking_an_award_keeps_it_in_the_register_as_revoked(
    qtbot, db, window_settings, warnings
):
    demo.load_demo(db)
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    award_id, year, number = db.execute(
        "SELECT id, register_year, register_number FROM awards ORDER BY id LIMIT 1"
    ).fetchone()
    dialog = window.open_award(award_id)
    qtbot.addWidget(dialog)
    assert not dialog.revoke("  ")
    assert dialog.revoke("khai không đúng thành tích")
    page = window.pages["decisions"]
    page.register_year.setValue(year)
    statuses = {
        page.register_table.item(r, 0).text(): page.register_table.item(r, 5).text()
        for r in range(page.register_table.rowCount())
    }
    assert statuses[str(number)] == "Revoked"


def test_a_persons_page_shows_what_they_may_be_proposed_for(qtbot, db, window_settings):
    demo.load_demo(db)
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    from kienan_awards.core.awards.candidates import candidates
    from kienan_awards.core.records.award_details import latest_award_year

    # A Grassroots Emulation Fighter of 2024 (the district's) and 2025 (the ward's) the city
    # has not honoured yet.
    candidate = next(
        c
        for c in candidates(db, 2025)
        if c.suggested.startswith("Bằng khen") and latest_award_year(db, c.person_id) == 2025
    )
    people_page = window.pages["people"]
    people_page.open_person(candidate.person_id)
    assert "Bằng khen" in people_page.proposable_label.text()


def test_the_register_prints_as_a_book(qtbot, db, window_settings, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    demo.load_demo(db)
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    window.show_page("decisions")
    page = window.pages["decisions"]
    page.tabs.setCurrentIndex(2)
    page.register_year.setValue(2024)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "register.pdf"))
    assert window.print_page(printer)
    text = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "register.pdf").pages
    )
    assert "Award register 2024" in text
    assert page.register_table.item(0, 1).text().split()[0] in text


def test_the_clerk_reads_switches_off_and_adjusts_rules_in_settings(qtbot, db):
    from PySide6.QtCore import Qt

    from kienan_awards.core.awards import eligibility
    from kienan_awards.ui.pages.settings_page import SettingsPage

    page = SettingsPage(db)
    qtbot.addWidget(page)
    warnings = []
    page.show_warning = lambda title, text: warnings.append(text)
    codes = [
        page.rules_table.item(r, 0).data(Qt.ItemDataRole.UserRole)
        for r in range(page.rules_table.rowCount())
    ]
    row = codes.index("CSTDCS_SHARE")
    assert "91/2017" in page.rules_table.item(row, 2).text()
    page.rules_table.item(row, 1).setText("20")
    assert eligibility.rules(db)["CSTDCS_SHARE"].parameter == "20"
    page.rules_table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    assert eligibility.rules(db)["CSTDCS_SHARE"].enabled is False
    page.rules_table.item(row, 1).setText("nhiều")
    assert eligibility.rules(db)["CSTDCS_SHARE"].parameter == "20"
    page.rules_table.item(row, 1).setText("150")
    assert eligibility.rules(db)["CSTDCS_SHARE"].parameter == "20"
    assert len(warnings) == 2 and "between 0 and 100" in warnings[1]
    assert warnings[1].startswith(page.rules_table.item(row, 0).text())  # which rule
    assert page.rules_table.item(row, 1).text() == "20"  # put back, the clerk told why
    page.rules_table.item(row, 1).setText("15,5")  # as a Vietnamese clerk types it
    assert eligibility.rules(db)["CSTDCS_SHARE"].parameter == "15.5"
    page.books_combo.setCurrentIndex(1)
    page.books_combo.activated.emit(1)
    assert (
        db.execute("SELECT value FROM settings WHERE key = 'register.books'").fetchone()[0]
        == "per_form"
    )
