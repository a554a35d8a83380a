import datetime as dt

import pytest

from kienan_awards.core import demo
from kienan_awards.ui.dialogs import award_dialog as award_dialog_module
from kienan_awards.ui.main_window import MainWindow
from kienan_awards.ui.pages import decisions_page as decisions_page_module
from kienan_awards.ui.pages.decisions_page import DecisionsPage


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    for module in (decisions_page_module, award_dialog_module):
        monkeypatch.setattr(
            module.QMessageBox, "warning", lambda parent, title, text: shown.append(text)
        )
    return shown


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
    result = page.decide("5/QĐ-UBND", dt.date(2026, 1, 15))
    assert result.register_numbers == [1]
    page.register_year.setValue(2026)
    assert page.register_table.item(0, 1).text() == person


def test_the_register_shows_the_latest_year_and_the_decision_pack_is_written(page, tmp_path):
    assert page.register_table.rowCount() > 0
    decision = page.list_page.model.record_id(0)
    written = page.write_pack(decision, tmp_path)
    assert [p.suffix for p in written] == [".docx", ".pdf"] and all(p.exists() for p in written)


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

    candidate = candidates(db, 2024)[0]
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
