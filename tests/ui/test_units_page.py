import datetime as dt

import pytest

from kienan_awards.core import demo
from kienan_awards.core.records import record_edits
from kienan_awards.ui.main_window import MainWindow
from kienan_awards.ui.pages import units_page as units_page_module
from tests.support.qt_input import type_text


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(
        units_page_module.QMessageBox, "warning", lambda parent, title, text: shown.append(text)
    )
    return shown


@pytest.fixture
def window(qtbot, db, window_settings, warnings):
    main_window = MainWindow(db, window_settings)
    qtbot.addWidget(main_window)
    main_window.ask_unsaved = lambda parent: "discard"
    main_window.show()
    main_window.show_page("units")
    return main_window


def test_a_unit_is_created_under_its_parent_and_edited(window, db):
    page = window.pages["units"]
    page.new_record()
    type_text(page.form.name_edit, "Quận Mẫu")
    page.form.kind_combo.setCurrentIndex(page.form.kind_combo.findData("district"))
    assert page.save_record()
    district = page.form.unit_id
    page.new_record()
    type_text(page.form.name_edit, "Phường Một")
    page.form.parent_combo.setCurrentIndex(page.form.parent_combo.findData(district))
    page.form.valid_from_edit.setText("01/01/2019")
    assert page.save_record()
    ward = record_edits.fetch(db, "units", page.form.unit_id)
    assert (ward["parent_id"], ward["valid_from"], ward["kind"]) == (district, "2019-01-01", "ward")
    assert page.model.item(0).child(0).text() == "Phường Một"
    page.form.valid_to_edit.setText("31/02/2025")
    assert not page.save_record()


def test_a_unit_with_people_cannot_be_deleted_an_empty_one_can(window, db, warnings):
    demo.load_demo(db)
    window.refresh()
    page = window.pages["units"]
    ward = db.execute("SELECT id FROM units WHERE kind = 'ward' LIMIT 1").fetchone()[0]
    page.open_unit(ward)
    page.delete_record()
    assert warnings and "only closed" in warnings[0]
    page.new_record()
    type_text(page.form.name_edit, "Phường Thử")
    page.save_record()
    empty = page.form.unit_id
    window.delete_action.trigger()
    assert record_edits.fetch(db, "units", empty)["deleted_at"]
    window.undo_action.trigger()
    assert record_edits.fetch(db, "units", empty)["deleted_at"] is None


def test_merging_wards_shows_their_awards_under_the_successor(window, db):
    demo.load_demo(db)
    window.refresh()
    page = window.pages["units"]
    wards = [row[0] for row in db.execute("SELECT id FROM units WHERE kind = 'ward' LIMIT 4")]
    assert page.merge(wards, dt.date(2025, 7, 1), successor_name="Phường Kiến Mới")
    successor = page.form.unit_id
    assert page.form.name_edit.text() == "Phường Kiến Mới"
    historical = {
        row[0]
        for row in db.execute(
            f"SELECT DISTINCT unit_name FROM awards WHERE unit_id IN ({','.join('?' * 4)})", wards
        )
    }
    shown = {page.awards_table.item(r, 3).text() for r in range(page.awards_table.rowCount())}
    assert shown and shown <= historical
    page.open_unit(wards[0])
    assert page.form.successor_label.text() == "Phường Kiến Mới"
    assert page.form.valid_to_edit.text() == "30/06/2025"
    assert record_edits.fetch(db, "units", successor)["valid_from"] == "2025-07-01"


def test_merge_dialog_returns_the_clerks_choice(qtbot, db):
    from kienan_awards.ui.dialogs.merge_units_dialog import MergeUnitsDialog

    demo.load_demo(db)
    wards = [row[0] for row in db.execute("SELECT id FROM units WHERE kind = 'ward' LIMIT 2")]
    dialog = MergeUnitsDialog(db, wards)
    qtbot.addWidget(dialog)
    type_text(dialog.new_name, "Phường Mới")
    ids, merged_on, successor_id, name = dialog.chosen()
    assert ids == wards or sorted(ids) == sorted(wards)
    assert successor_id is None and name == "Phường Mới"


def test_a_unit_changed_elsewhere_since_it_was_opened_is_not_overwritten(window, db, warnings):
    from kienan_awards.core.records import units

    page = window.pages["units"]
    page.new_record()
    type_text(page.form.name_edit, "Phường Hai")
    page.save_record()
    unit_id = page.form.unit_id
    units.save_unit(db, unit_id, {"name": "Phường Hai Mới", "kind": "ward"})  # another clerk
    page.form.valid_from_edit.setText("01/01/2020")
    assert not page.save_record()
    assert "changed elsewhere" in warnings[-1]
    assert record_edits.fetch(db, "units", unit_id)["name"] == "Phường Hai Mới"
