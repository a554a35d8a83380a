"""A person's disciplines on the People page: recorded through the dialog (a wrong field said in
the dialog, nothing written), shown newest first, removed, and undone with the window's undo;
what the person may be proposed for follows."""

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from kienan_awards.core.records import discipline, people
from kienan_awards.ui.dialogs.discipline_dialog import DisciplineDialog
from kienan_awards.ui.forms import discipline_box as box_module
from kienan_awards.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db, window_settings):
    main_window = MainWindow(db, window_settings)
    qtbot.addWidget(main_window)
    main_window.show()
    main_window.show_page("people")
    return main_window


@pytest.fixture
def person(db):
    return people.save_person(db, None, {"full_name": "Đặng Thị Ngọc Ánh"}).record_id


def fill_and_save(dialog, form="demotion", until=None, number="7/QĐ-UBND"):
    dialog.form_box.setCurrentIndex(discipline.FORM_CODES.index(form))
    dialog.decided_edit.setDate(QDate(2025, 4, 3))
    dialog.number_edit.setText(number)
    dialog.until_check.setChecked(until is not None)
    if until is not None:
        dialog.until_edit.setDate(until)
    return dialog.save()


def test_a_discipline_is_recorded_shown_removed_and_undone(qtbot, window, db, person, monkeypatch):
    page = window.pages["people"]
    page.open_person(person)
    box = page.discipline_box
    assert box.add_button.isEnabled() and not box.remove_button.isEnabled()

    def run_dialog(dialog):
        assert fill_and_save(dialog, until=QDate(2026, 4, 2))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DisciplineDialog, "exec", run_dialog)
    box.record()
    assert box.table.rowCount() == 1
    cells = [box.table.item(0, column).text() for column in range(4)]
    assert cells == ["03/04/2025", "demotion", "7/QĐ-UBND", "02/04/2026"]
    assert discipline.under_discipline(db, person, 2026)
    window.undo_action.trigger()
    page.open_person(person)
    assert box.table.rowCount() == 0
    assert discipline.disciplines(db) == []

    box.record()
    box.table.selectRow(0)
    assert box.remove_button.isEnabled()
    box.remove_chosen()
    assert box.table.rowCount() == 0
    assert not discipline.under_discipline(db, person, 2025)


def test_a_wrong_field_is_said_in_the_dialog_and_nothing_is_written(qtbot, db, person):
    dialog = DisciplineDialog(db, person, "Đặng Thị Ngọc Ánh")
    qtbot.addWidget(dialog)
    assert not fill_and_save(dialog, until=QDate(2025, 1, 1))
    assert "its effect ends before the decision's date" in dialog.failure.text()
    assert not fill_and_save(dialog, number="7/QĐ\x07UBND")
    assert "control character" in dialog.failure.text()
    assert discipline.disciplines(db) == []


def test_without_a_person_nothing_can_be_recorded(qtbot, db):
    box = box_module.DisciplineBox(db)
    qtbot.addWidget(box)
    assert not box.add_button.isEnabled()
    assert box.add_button.toolTip() == "Choose a person first"


def test_the_dialog_and_the_page_as_a_clerk_sees_them(qtbot, window, db, person, tmp_path):
    page = window.pages["people"]
    page.open_person(person)
    discipline.record_discipline(
        db, {"person_id": person, "form": "warning", "decided_on": "2025-04-03", "reason": "x"}
    )
    page.open_person(person)
    window.resize(1366, 768)
    assert window.grab().save(str(tmp_path / "people_discipline.png"))
    dialog = DisciplineDialog(db, person, "Đặng Thị Ngọc Ánh")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() >= dialog.sizeHint().width()
    assert dialog.grab().save(str(tmp_path / "discipline_dialog.png"))
