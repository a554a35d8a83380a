import pytest

from kienan_awards.core import demo
from kienan_awards.core.records.record_counts import holds_records, record_counts
from kienan_awards.core.records.record_lists import AWARDS, PEOPLE
from kienan_awards.ui.main_window import MainWindow
from kienan_awards.ui.models.record_table_model import RecordTableModel

PAGES = [
    "overview",
    "movements",
    "units",
    "people",
    "cycle",
    "clusters",
    "decisions",
    "honour_roll",
    "reports",
    "audit",
    "settings",
]


@pytest.fixture
def window(qtbot, db, window_settings):
    main_window = MainWindow(db, window_settings)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


@pytest.fixture
def demo_db(db):
    demo.load_demo(db)
    return db


def test_window_opens_with_every_page_and_closes_cleanly(window):
    assert list(window.pages) == PAGES
    assert window.navigation.count() == len(PAGES)
    for row, key in enumerate(PAGES):
        window.navigation.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[key]
    assert window.close()


def test_status_bar_shows_database_file_and_schema_version(window, db):
    text = window.database_label.text()
    assert str(db.path) in text
    assert f"schema {db.schema_version}" in text


def test_first_start_on_empty_database_offers_demo_and_loads_it_when_accepted(window, db):
    questions = []
    loaded = window.offer_demo_data(lambda parent, title, text: questions.append(text) or True)
    assert loaded and len(questions) == 1
    assert record_counts(db)["awards"] > 0
    assert "awards" in window.counts_label.text()
    assert not window.load_demo_action.isEnabled()


def test_declining_the_demo_leaves_the_database_empty(window, db):
    assert not window.offer_demo_data(lambda parent, title, text: False)
    assert not holds_records(db)


def test_database_with_records_is_not_offered_the_demo(qtbot, demo_db, window_settings):
    main_window = MainWindow(demo_db, window_settings)
    qtbot.addWidget(main_window)
    asked = []
    assert not main_window.offer_demo_data(lambda *args: asked.append(args) or True)
    assert asked == []


def test_window_remembers_its_page_between_runs(qtbot, db, window_settings):
    first = MainWindow(db, window_settings)
    qtbot.addWidget(first)
    first.show_page("honour_roll")
    first.close()
    second = MainWindow(db, window_settings)
    qtbot.addWidget(second)
    assert second.current_page_key() == "honour_roll"


def test_pages_show_the_demo_records(qtbot, demo_db, window_settings):
    main_window = MainWindow(demo_db, window_settings)
    qtbot.addWidget(main_window)
    counts = record_counts(demo_db)
    assert main_window.pages["people"].list_page.model.rowCount() == counts["people"]
    # The honour roll searches off the GUI thread: its rows arrive a moment later.
    qtbot.waitUntil(lambda: main_window.pages["honour_roll"].model.rowCount() == counts["awards"])
    assert main_window.pages["movements"].targets_table.rowCount() > 0
    assert main_window.pages["units"].model.rowCount() >= 1
    assert "BÁO CÁO TỔNG HỢP" in main_window.pages["reports"].view.toPlainText()


@pytest.mark.parametrize("record_list", [PEOPLE, AWARDS], ids=lambda r: r.name)
def test_record_table_model_passes_qt_model_checks(qtmodeltester, demo_db, record_list):
    model = RecordTableModel(demo_db, record_list)
    qtmodeltester.check(model)


def test_record_table_sorts_and_filters_in_sql(demo_db):
    model = RecordTableModel(demo_db, PEOPLE)
    total = model.rowCount()
    model.sort(PEOPLE.columns.index(PEOPLE.column("birth_year")))
    years = [model.index(row, 2).data() for row in range(total)]
    assert years == sorted(years, key=lambda y: (y == "", y))
    name = model.index(0, 0).data()
    model.set_filter_text(name.upper().replace("Ư", "U"))
    assert 1 <= model.rowCount() < total
    model.set_filter_text("")
    assert model.rowCount() == total


def test_record_table_without_sort_column_keeps_the_lists_default_order(demo_db):
    model = RecordTableModel(demo_db, PEOPLE)
    model.sort(-1)
    assert [model.record_id(row) for row in range(model.rowCount())] == PEOPLE.ids(demo_db)


def test_back_up_now_writes_a_copy_and_shows_it_in_the_status_bar(window, db):
    path = window.back_up_now()
    assert path is not None and path.exists()
    assert str(path) in window.statusBar().currentMessage()
    assert "Last backup" in window.backup_label.text()


def test_the_last_backup_shown_is_this_databases_own(window, db):
    folder = db.path.parent / "backups"
    folder.mkdir()
    (folder / "another-20990101-000000-000000-manual.sqlite3").write_bytes(b"")
    window.refresh_status()
    assert window.backup_label.text() == "No backup yet"


def test_costly_pages_catch_up_with_a_change_when_they_are_next_shown(
    qtbot, demo_db, window_settings
):
    from kienan_awards.core.records import people

    window = MainWindow(demo_db, window_settings)
    qtbot.addWidget(window)
    reports, audit = window.pages["reports"], window.pages["audit"]
    shown_before = audit.model.rowCount()
    refreshed = []
    original = reports.refresh
    reports.refresh = lambda: (refreshed.append(1), original())
    people.save_person(demo_db, None, {"full_name": "Lê Văn Mới"})
    window.refresh()
    assert refreshed == [] and audit.model.rowCount() == shown_before  # not on screen: waits
    window.show_page("audit")
    assert audit.model.rowCount() == shown_before + 1
    window.show_page("reports")
    assert refreshed == [1]
    window.refresh()  # on screen: made again at once
    assert refreshed == [1, 1]
