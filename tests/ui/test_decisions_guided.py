"""Guided work on the Decisions & awards page: the recipient picked from the people
and units (typed with or without diacritics, namesakes told apart), the trích yếu asked for at
the decision, every button off with the reason while it cannot act, the first step explained
on an empty tab, the status bar's counts after each change, one title on the page."""

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from kienan_awards.core import demo
from kienan_awards.core.documents.decision_document import decision_content
from kienan_awards.core.records import people, units
from kienan_awards.core.storage import database
from kienan_awards.core.storage.database import open_database
from kienan_awards.ui.main_window import MainWindow
from kienan_awards.ui.pages.decisions import proposals_part
from kienan_awards.ui.pages.decisions.review_part import ReviewPart
from kienan_awards.ui.pages.decisions_page import DECISIONS_TAB, PROPOSALS_TAB, DecisionsPage

GIAY_KHEN = "Giấy khen"


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def namesakes(db):
    """Two people named Nguyễn Văn An, told apart by birth year and unit."""
    demo.load_demo(db)
    ward = units.save_unit(db, None, {"name": "Phường Mẫu", "kind": "ward"}).record_id
    team = units.save_unit(
        db, None, {"name": "Tổ dân phố 9", "kind": "residential_group", "parent_id": ward}
    ).record_id
    older = people.save_person(
        db, None, {"full_name": "Nguyễn Văn An", "birth_year": 1971, "unit_id": team}
    ).record_id
    younger = people.save_person(
        db, None, {"full_name": "Nguyễn Văn An", "birth_year": 1994, "unit_id": ward}
    ).record_id
    return older, younger


@pytest.fixture
def page(qtbot, db, warnings):
    if not db.execute("SELECT 1 FROM units").fetchone():
        demo.load_demo(db)
    widget = DecisionsPage(db)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    return widget


def unique_person(db) -> str:
    return db.execute(
        "SELECT full_name FROM people p WHERE deleted_at IS NULL AND (SELECT count(*) FROM people "
        "q WHERE q.name_folded = p.name_folded) = 1 LIMIT 1"
    ).fetchone()[0]


def proposal_with_a_line(page, db, review: str | None = None) -> int:
    page.new_proposal("Giấy khen năm 2025", 2025)
    page.recipient_edit.setText(unique_person(db))
    page.form_combo.setCurrentIndex(page.form_combo.findText(GIAY_KHEN))
    page.add_line_from_form()
    line = page.line_ids[0]
    if review:
        assert page.review(line, review, None if review == "accepted" else "thiếu hồ sơ")
    return line


def select_line(page, row: int = 0) -> None:
    page.lines_table.selectRow(row)


# --- the recipient, picked from a list -----------------------------------------------------


def test_typing_without_diacritics_lists_the_namesakes_with_birth_year_and_unit(
    qtbot, namesakes, page, db
):
    older, younger = namesakes
    page.new_proposal("Giấy khen năm 2025", 2025)
    picker = page.recipient_edit
    picker.setFocus()
    qtbot.keyClicks(picker, "nguyen van an")
    popup = picker.completion.popup()
    assert popup.isVisible()
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown[:2] == [
        "Nguyễn Văn An · born 1971 · Tổ dân phố 9 / Phường Mẫu",
        "Nguyễn Văn An · born 1994 · Phường Mẫu",
    ]
    popup.setCurrentIndex(popup.model().index(1, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.text() == "Nguyễn Văn An" and picker.picked.id == younger
    page.form_combo.setCurrentIndex(page.form_combo.findText(GIAY_KHEN))
    page.add_line_from_form()
    (person,) = db.execute(
        "SELECT person_id FROM proposal_lines WHERE id = ?", [page.line_ids[0]]
    ).fetchone()
    assert person == younger
    assert picker.text() == "" and picker.picked is None


def test_a_name_two_people_bear_is_not_added_until_one_is_picked(namesakes, page, db, warnings):
    page.new_proposal("Giấy khen năm 2025", 2025)
    page.recipient_edit.setText("Nguyen Van An")
    page.add_line_from_form()
    assert page.line_ids == []
    assert warnings == [
        "2 recorded people or units are named 'Nguyen Van An': pick one from the list, where "
        "each shows the birth year and unit"
    ]
    assert page.recipient_edit.completion.popup().isVisible()


def test_a_unit_is_picked_like_a_person_and_a_picked_name_edited_is_no_longer_picked(
    namesakes, page
):
    picker = page.recipient_edit
    picker.setText("to dan pho 9")
    assert picker.picked.kind == "unit" and picker.picked.name == "Tổ dân phố 9"
    assert picker.toolTip() == "Tổ dân phố 9 · unit under Phường Mẫu"
    picker.setText("Tổ dân phố")
    assert picker.picked is None


# --- the decision and its trích yếu --------------------------------------------------------


def test_the_decision_dialog_offers_the_trich_yeu_from_the_forms_and_year(page, db):
    proposal_with_a_line(page, db, "accepted")
    dialog = page.reviewing.decision_dialog()
    assert dialog.title() == "Về việc tặng Giấy khen năm 2025"
    assert dialog.windowTitle() == "Decision"
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # no number typed yet
    assert ok.toolTip() == "Type the decision's number, e.g. 15/QĐ-UBND"
    dialog.number_edit.setText("9/QĐ-UBND")
    assert ok.isEnabled()
    dialog.title_edit.clear()
    assert not ok.isEnabled() and ok.toolTip() == "Write the decision's summary line (trích yếu)"


def test_the_trich_yeu_the_clerk_types_is_stored_and_printed(page, db, monkeypatch):
    proposal_with_a_line(page, db, "accepted")
    typed = "Về việc tặng Giấy khen cho Tổ dân phố 3 năm 2025"

    def clerk(dialog):
        dialog.number_edit.setText("9/QĐ-UBND")
        dialog.day_edit.setDate(dt.date(2026, 2, 3))
        dialog.title_edit.setText(typed)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewPart, "run_decision_dialog", staticmethod(clerk))
    told = []
    page.changed.connect(told.append)
    page.reviewing.ask_decide()
    (decision_id, title) = db.execute(
        "SELECT id, title FROM decisions WHERE number = '9/QĐ-UBND'"
    ).fetchone()
    assert title == typed
    assert decision_content(db, decision_id).title == typed
    assert told  # the window hears of it


# --- buttons that cannot act say why ------------------------------------------------------


def test_decide_with_nothing_selected_says_what_to_select(qtbot, db, warnings):
    widget = DecisionsPage(db)  # an empty database: nothing to choose
    qtbot.addWidget(widget)
    decide = widget.reviewing.decide_button
    assert not decide.isEnabled()
    assert decide.toolTip() == "Choose a proposal in the list on the left first"
    widget.reviewing.ask_decide()
    assert warnings == ["Choose a proposal in the list on the left first"]


def test_decide_waits_for_an_accepted_line_and_says_so(page, db):
    proposal_with_a_line(page, db)
    decide = page.reviewing.decide_button
    assert not decide.isEnabled()
    assert decide.toolTip() == (
        "Accept at least one line of this proposal first: only accepted lines are decided"
    )
    assert page.review(page.line_ids[0], "accepted")
    assert decide.isEnabled() and decide.toolTip() == ""


def test_the_review_buttons_act_only_on_a_chosen_line_that_can_take_the_review(page, db):
    proposal_with_a_line(page, db)
    review = page.reviewing
    buttons = (review.accept_button, review.return_button, review.reject_button)
    assert [b.isEnabled() for b in buttons] == [False] * 3
    assert {b.toolTip() for b in buttons} == {
        "Select a line of the proposal first: click its row in the table"
    }
    select_line(page)
    assert [b.isEnabled() for b in buttons] == [True] * 3
    assert page.review(page.line_ids[0], "accepted")
    assert [b.isEnabled() for b in buttons] == [False, True, True]
    assert review.accept_button.toolTip() == "This line is accepted already"
    assert page.decide("9/QĐ-UBND", dt.date(2026, 2, 3))
    select_line(page)
    assert [b.isEnabled() for b in buttons] == [False] * 3
    assert review.reject_button.toolTip() == (
        "This line is decided: correct or revoke its award instead"
    )
    assert not review.decide_button.isEnabled()
    assert review.decide_button.toolTip() == (
        "Every accepted line of this proposal is decided already"
    )


def test_adding_a_line_waits_for_a_proposal_and_a_recipient(page, db):
    add = page.line_form.add_button
    page.proposal_list.setCurrentRow(-1)
    assert not add.isEnabled() and add.toolTip() == "Choose or create a proposal first."
    page.new_proposal("Giấy khen năm 2025", 2025)
    assert not add.isEnabled()
    assert add.toolTip() == "Type the recipient's name and pick them from the list"
    page.recipient_edit.setText("Phòng Nội vụ")
    assert add.isEnabled()


def test_the_pack_and_certificates_wait_for_a_decision_this_office_made(page, db):
    page.tabs.setCurrentIndex(DECISIONS_TAB)
    decided = page.decided
    buttons = (decided.pack_button, decided.certificates_button)
    assert [b.isEnabled() for b in buttons] == [False, False]
    assert decided.pack_button.toolTip() == "Select a decision in the list first"
    model = page.list_page.model
    statuses = {model.index(r, 5).data(): r for r in range(model.rowCount())}
    page.list_page.table.selectRow(statuses["Another body's decision"])
    assert [b.isEnabled() for b in buttons] == [False, False]
    assert decided.certificates_button.toolTip() == (
        "Another body made this decision: it is kept for the honour roll only"
    )
    page.list_page.table.selectRow(statuses["Signed"])
    assert [b.isEnabled() for b in buttons] == [True, True]


def test_a_read_only_database_keeps_the_buttons_off_with_its_own_reason(
    qtbot, db, db_path, warnings, monkeypatch
):
    demo.load_demo(db)
    db.close()
    # Root may write any file, so the permission is taken away where the program asks for it.
    monkeypatch.setattr(database.os, "access", lambda path, mode: False)
    read_only = open_database(db_path)
    widget = DecisionsPage(read_only)
    qtbot.addWidget(widget)
    widget.proposal_list.setCurrentRow(0)
    widget.lines_table.selectRow(0)
    for button in (widget.reviewing.accept_button, widget.reviewing.decide_button):
        assert not button.isEnabled() and button.toolTip().startswith("Read-only")


# --- the empty tab, the title, the tables -------------------------------------------------


def test_the_empty_proposals_tab_explains_the_first_step_with_its_button(qtbot, db, monkeypatch):
    widget = DecisionsPage(db)
    qtbot.addWidget(widget)
    widget.show()
    part = widget.proposals
    assert part.first_step.isVisible() and not widget.lines_table.isVisible()
    texts = " ".join(label.text() for label in part.first_step.findChildren(QLabel))
    assert "No proposal yet" in texts and "then decide" in texts
    answers = iter([("Giấy khen năm 2025", True), (2025, True)])
    monkeypatch.setattr(proposals_part.QInputDialog, "getText", lambda *a: next(answers))
    monkeypatch.setattr(proposals_part.QInputDialog, "getInt", lambda *a: next(answers))
    qtbot.mouseClick(part.first_step.new_button, Qt.MouseButton.LeftButton)
    assert widget.proposal_list.count() == 1
    assert widget.lines_table.isVisible() and not part.first_step.isVisible()


def test_the_page_has_one_title_and_the_register_numbers_its_rows_once(page):
    headings = [
        label
        for label in page.findChildren(QLabel)
        if label.objectName() == "page_heading" and label.isVisibleTo(page)
    ]
    assert [label.text() for label in headings] == ["Decisions & awards"]
    page.tabs.setCurrentIndex(DECISIONS_TAB)
    assert not page.list_page.heading.isVisibleTo(page)
    assert page.printable_table()[0] == "Decisions"  # still the printed list's heading
    page.tabs.setCurrentIndex(2)
    assert not page.register_table.verticalHeader().isVisibleTo(page)
    assert page.register_table.horizontalHeaderItem(0).text() == "No."


@pytest.mark.parametrize("table", ["register_table", "lines_table", "decisions"])
def test_the_tables_fill_their_width_with_columns_fitted_to_what_they_hold(qtbot, page, db, table):
    if table == "lines_table":
        proposal_with_a_line(page, db)
        page.tabs.setCurrentIndex(PROPOSALS_TAB)
        view = page.lines_table
    elif table == "register_table":
        page.tabs.setCurrentIndex(2)
        view = page.register_table
    else:
        page.tabs.setCurrentIndex(DECISIONS_TAB)
        view = page.list_page.table
    qtbot.wait(20)
    header = view.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert abs(sum(widths) - view.viewport().width()) <= 2
    for column in range(header.count()):
        if header.sectionResizeMode(column) != header.ResizeMode.Stretch:
            assert widths[column] >= view.sizeHintForColumn(column), column


# --- the status bar -----------------------------------------------------------------------


@pytest.fixture
def window(qtbot, db, window_settings, warnings):
    demo.load_demo(db)
    main = MainWindow(db, window_settings)
    qtbot.addWidget(main)
    return main


def test_the_status_bar_counts_follow_a_decision_made_on_the_page(window, db):
    page = window.pages["decisions"]
    before = window.counts_label.text()
    proposal_with_a_line(page, db, "accepted")
    assert window.counts_label.text() == before  # a proposal is not counted
    assert page.decide("9/QĐ-UBND", dt.date(2026, 2, 3))
    counts = db.execute("SELECT (SELECT count(*) FROM decisions), (SELECT count(*) FROM awards)")
    decisions_now, awards_now = counts.fetchone()
    assert f"{decisions_now} decisions, {awards_now} awards" in window.counts_label.text()


def test_the_status_bar_counts_follow_a_new_person_and_its_undo(window, db):
    before = window.counts_label.text()
    group = people.save_person(db, None, {"full_name": "Trần Văn Mới"})
    window.edit_made(group)
    assert window.counts_label.text() != before
    assert window.undo_last()
    assert window.counts_label.text() == before


def test_the_status_bar_counts_follow_a_person_moved_to_the_trash(window, db):
    before = window.counts_label.text()
    person = db.execute("SELECT id FROM people WHERE deleted_at IS NULL LIMIT 1").fetchone()[0]
    window.edit_made(people.move_person_to_trash(db, person))
    assert window.counts_label.text() != before


# --- looked at ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_page_renders_whole_at_1366x768(
    qtbot, db, window_settings, tmp_path, language, interface_language
):
    interface_language(language)
    demo.load_demo(db)
    folder = Path(os.environ.get("KIENAN_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    main = MainWindow(db, window_settings)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    main.show_page("decisions")
    page = main.pages["decisions"]
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        qtbot.wait(10)
        path = folder / f"decisions-guided-{language}-tab{tab}.png"
        assert main.grab().save(str(path))
    # Each button's words are whole at this size.
    for button in page.reviewing.findChildren(type(page.reviewing.decide_button)):
        assert button.width() >= button.sizeHint().width(), button.text()
