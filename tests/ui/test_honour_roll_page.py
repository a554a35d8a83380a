import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from kienan_awards.core import demo
from kienan_awards.core.records import units
from kienan_awards.core.search.award_search import AwardSearch, award_ids
from kienan_awards.ui.main_window import MainWindow
from kienan_awards.ui.pages.honour_roll_page import HonourRollPage


@pytest.fixture
def demo_db(db):
    demo.load_demo(db)
    return db


@pytest.fixture
def page(qtbot, demo_db):
    widget = HonourRollPage(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    settle(qtbot, widget)
    yield widget
    widget.stop()


def settle(qtbot, page):
    qtbot.waitUntil(lambda: not page.model.is_searching())


def shown_ids(page) -> list[int]:
    return page.model.ids()


def most_honoured_person(db) -> tuple[int, str]:
    return db.execute(
        "SELECT person_id, recipient_name FROM awards WHERE person_id IS NOT NULL "
        "GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 1"
    ).fetchone()


def without_marks(name: str) -> str:
    from kienan_awards.core.text import fold

    return fold(name)


def test_typing_a_name_without_diacritics_lists_the_persons_awards_and_their_history(
    qtbot, page, demo_db
):
    person_id, name = most_honoured_person(demo_db)
    qtbot.keyClicks(page.search_edit, without_marks(name))
    qtbot.waitUntil(lambda: page.model.rowCount() < 699)
    settle(qtbot, page)
    theirs = {
        row[0] for row in demo_db.execute("SELECT id FROM awards WHERE person_id = ?", [person_id])
    }
    assert theirs <= set(shown_ids(page))
    # The best match is shown with the recipient's whole history underneath.
    assert page.history.heading.text() == name
    assert page.history.table.rowCount() == len(theirs)
    assert page.list_page.count_label.text().startswith(str(page.model.rowCount()))


def test_the_search_waits_for_a_pause_in_typing_and_runs_off_the_gui_thread(qtbot, page):
    searches = []
    page.model.searching.connect(lambda: searches.append(page.search_edit.text()))
    qtbot.keyClicks(page.search_edit, "nguyen van")
    assert searches == []  # nothing ran while the keys came in
    qtbot.waitUntil(lambda: searches == ["nguyen van"])
    settle(qtbot, page)


def test_only_the_newest_search_reaches_the_table(qtbot, page, demo_db):
    for text in ("n", "ng", "nguyen", "zzzz", "le thi"):
        page.model.set_filter_text(text)
    settle(qtbot, page)
    assert shown_ids(page) == award_ids(demo_db, AwardSearch("le thi"))


@pytest.mark.parametrize("text", ['"', "(", "NEAR(", "a OR b", "*", "'); DROP TABLE awards;--"])
def test_hostile_text_in_the_box_is_searched_as_text(qtbot, page, demo_db, text):
    page.search_edit.setText(text)
    page.search_now()
    settle(qtbot, page)
    assert "failed" not in page.list_page.count_label.text()
    assert demo_db.execute("SELECT count(*) FROM awards").fetchone()[0] == 699


def test_filters_narrow_the_results_and_clear_brings_everything_back(qtbot, page, demo_db):
    page.from_year.setValue(2023)
    page.to_year.setValue(2023)
    settle(qtbot, page)
    in_2023 = demo_db.execute("SELECT count(*) FROM awards WHERE achievement_year = 2023")
    assert page.model.rowCount() == in_2023.fetchone()[0]
    page.kind_choice.setCurrentIndex(page.kind_choice.findData("collective"))
    settle(qtbot, page)
    collectives = demo_db.execute(
        "SELECT count(*) FROM awards WHERE achievement_year = 2023 "
        "AND recipient_kind = 'collective'"
    ).fetchone()[0]
    assert 0 < page.model.rowCount() == collectives
    page.clear_button.click()
    settle(qtbot, page)
    assert page.model.rowCount() == 699
    assert page.kind_choice.currentIndex() == 0 and page.from_year.text() == "any"


def test_form_and_movement_filters(qtbot, page, demo_db):
    form_id, form_count = demo_db.execute(
        "SELECT form_id, count(*) FROM awards GROUP BY form_id ORDER BY count(*) DESC"
    ).fetchone()
    page.form_choice.setCurrentIndex(page.form_choice.findData(form_id))
    settle(qtbot, page)
    assert page.model.rowCount() == form_count
    page.form_choice.setCurrentIndex(0)
    movement_id, count = demo_db.execute(
        "SELECT d.movement_id, count(*) FROM awards a JOIN decisions d ON d.id = a.decision_id "
        "WHERE d.movement_id IS NOT NULL GROUP BY d.movement_id"
    ).fetchone()
    page.movement_choice.setCurrentIndex(page.movement_choice.findData(movement_id))
    settle(qtbot, page)
    assert page.model.rowCount() == count


def test_a_unit_filter_takes_in_the_units_merged_into_it(qtbot, demo_db):
    # A unit still open on the day, not yet taken over (the demo records the 2025 reform).
    old = demo_db.execute(
        "SELECT a.unit_id, count(*) FROM awards a JOIN units u ON u.id = a.unit_id "
        "WHERE coalesce(u.valid_to, '9999') >= '2025-06-30' AND u.valid_from <= '2025-06-30' "
        "AND u.id NOT IN (SELECT predecessor_id FROM unit_successions) "
        "GROUP BY a.unit_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    successor = units.merge_units(
        demo_db, [old[0]], dt.date(2025, 7, 1), successor_name="Phường Hợp Nhất"
    ).record_id
    page = HonourRollPage(demo_db)
    qtbot.addWidget(page)
    page.unit_choice.setCurrentIndex(page.unit_choice.findData(successor))
    settle(qtbot, page)
    assert page.model.rowCount() >= old[1]
    assert "→ Phường Hợp Nhất" in page.unit_choice.itemText(page.unit_choice.findData(old[0]))
    page.stop()


def test_sorting_a_column_and_going_back_to_best_match(qtbot, page):
    page.search_edit.setText("thi")
    page.search_now()
    settle(qtbot, page)
    best = shown_ids(page)
    year_column = 3
    page.table.sortByColumn(year_column, Qt.SortOrder.AscendingOrder)
    settle(qtbot, page)
    years = [page.model.index(row, year_column).data() for row in range(page.model.rowCount())]
    assert years == sorted(years)
    page.best_match_button.click()
    settle(qtbot, page)
    assert shown_ids(page) == best


def test_the_history_follows_the_chosen_row_and_a_collective_shows_its_own(qtbot, page, demo_db):
    page.kind_choice.setCurrentIndex(page.kind_choice.findData("collective"))
    settle(qtbot, page)
    page.table.selectRow(1)
    award_id = page.model.record_id(1)
    unit_id = demo_db.execute(
        "SELECT recipient_unit_id FROM awards WHERE id = ?", [award_id]
    ).fetchone()[0]
    count = demo_db.execute(
        "SELECT count(*) FROM awards WHERE recipient_unit_id = ?", [unit_id]
    ).fetchone()[0]
    assert page.history.table.rowCount() == count
    assert page.history.summary.text().startswith("Collective")


def test_no_result_says_so_and_empties_the_history(qtbot, page):
    page.search_edit.setText("khong co ai ten nay")
    page.search_now()
    settle(qtbot, page)
    assert page.model.rowCount() == 0
    assert page.list_page.count_label.text().startswith("0")
    assert page.history.table.rowCount() == 0


def test_the_results_export_and_print_as_shown(qtbot, demo_db, window_settings, tmp_path):
    window = MainWindow(demo_db, window_settings)
    qtbot.addWidget(window)
    window.show_page("honour_roll")
    page = window.pages["honour_roll"]
    page.search_edit.setText("nguyen thi")
    page.search_now()
    settle(qtbot, page)
    assert 0 < page.model.rowCount() < 699
    page.list_page.choose_export_path = lambda: str(tmp_path / "roll.xlsx")
    assert page.list_page.export_to_excel() == tmp_path / "roll.xlsx"
    from openpyxl import load_workbook

    written = list(load_workbook(tmp_path / "roll.xlsx").active.iter_rows(min_row=2))
    assert len(written) == page.model.rowCount()
    assert written[0][0].value == page.model.index(0, 0).data()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "roll.pdf"))
    assert window.print_page(printer)
    text = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "roll.pdf").pages
    )
    assert page.model.index(0, 0).data() in text
    window.close()


def test_double_clicking_a_result_opens_the_award(qtbot, demo_db, window_settings):
    window = MainWindow(demo_db, window_settings)
    qtbot.addWidget(window)
    page = window.pages["honour_roll"]
    settle(qtbot, page)
    opened = []
    window.open_award = opened.append  # the dialog itself is tested elsewhere
    page.award_opened.disconnect()
    page.award_opened.connect(window.open_award)
    index = page.model.index(2, 0)
    page.table.doubleClicked.emit(index)
    assert opened == [page.model.record_id(2)]
    page.history.table.cellDoubleClicked.emit(0, 0)
    assert len(opened) == 2
    window.close()


def test_ctrl_f_on_the_honour_roll_goes_to_the_search_box(qtbot, demo_db, window_settings):
    window = MainWindow(demo_db, window_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("honour_roll")
    window.activateWindow()
    window.find_action.trigger()
    qtbot.waitUntil(lambda: window.pages["honour_roll"].search_edit.hasFocus())
    window.close()


def test_stopping_the_page_ends_its_worker_thread(qtbot, demo_db):
    import threading

    def searchers() -> int:
        return sum(t.name.startswith("award-search") for t in threading.enumerate())

    before = searchers()
    page = HonourRollPage(demo_db)
    qtbot.addWidget(page)
    settle(qtbot, page)
    assert searchers() == before + 1
    page.stop()
    assert searchers() == before
    page.refresh()  # a late refresh after stopping is harmless
