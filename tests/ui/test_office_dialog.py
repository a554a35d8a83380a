import datetime as dt

from PySide6.QtWidgets import QDialog, QLabel

from kienan_awards.core import demo
from kienan_awards.core.records.office import office_on
from kienan_awards.core.records.record_counts import record_counts
from kienan_awards.ui.dialogs.office_dialog import OfficeDialog
from kienan_awards.ui.main_window import MainWindow
from kienan_awards.ui.pages.settings_page import SettingsPage
from tests.support.qt_input import type_text

WARD = ("Ủy ban nhân dân phường Kiến An", "Kiến An", "Chủ tịch", "Lê Văn Bình")


def fill(dialog: OfficeDialog, values=WARD) -> None:
    for edit, value in zip(dialog.edits.values(), values, strict=True):
        edit.clear()
        type_text(edit, value)


def test_the_first_start_asks_for_the_office_and_can_load_the_demo(qtbot, db, window_settings):
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    seen = []

    def answer(dialog):
        seen.append(dialog.windowTitle())
        assert str(db.path) in " ".join(label.text() for label in dialog.findChildren(QLabel))
        fill(dialog)
        dialog.demo_check.setChecked(True)
        dialog.save()
        return dialog.result()

    assert window.offer_welcome(answer)
    assert seen == ["Welcome"]
    assert record_counts(db)["awards"] == 412
    assert office_on(db).signer_name == "Lê Văn Bình"
    # Asked once: with the office recorded, the next start goes straight to work.
    assert not window.offer_welcome(lambda dialog: seen.append("again"))
    assert seen == ["Welcome"]


def test_later_leaves_everything_as_it_was(qtbot, db, window_settings):
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    assert not window.offer_welcome(lambda dialog: QDialog.DialogCode.Rejected)
    assert office_on(db) is None and record_counts(db)["awards"] == 0


def test_a_missing_field_is_marked_and_nothing_is_saved(qtbot, db):
    dialog = OfficeDialog(db, welcome=True)
    qtbot.addWidget(dialog)
    fill(dialog, (*WARD[:3], ""))
    assert not dialog.save()
    assert dialog.problem_labels["signer_name"].text() == "the signer's full name is required"
    assert dialog.failure.text() == "Please correct the marked fields."
    assert office_on(db) is None


def test_the_demo_is_not_offered_on_a_database_that_has_records(qtbot, db):
    demo.load_demo(db)
    dialog = OfficeDialog(db, welcome=True)
    qtbot.addWidget(dialog)
    assert not dialog.demo_check.isEnabled()


def test_settings_shows_the_office_and_changes_it_from_today(qtbot, db):
    demo.load_demo(db)
    page = SettingsPage(db)
    qtbot.addWidget(page)
    assert page.office_label.text().startswith("No office is recorded for today")

    def change(dialog):
        assert dialog.windowTitle() == "The office" and not dialog.demo_check.isVisibleTo(dialog)
        fill(dialog)
        dialog.save()
        return dialog.result()

    assert page.change_office(change)
    assert page.office_label.text() == (
        "Ủy ban nhân dân phường Kiến An, signed by Chủ tịch Lê Văn Bình; place: Kiến An"
    )
    assert office_on(db, dt.date(2024, 12, 25)).signer_name == "Nguyễn Trường Sơn"
