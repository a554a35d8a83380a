import datetime as dt

import pytest

from kienan_awards.core import demo
from kienan_awards.core.records import record_edits
from kienan_awards.ui.main_window import MainWindow
from kienan_awards.ui.pages import units_page as units_page_module
from tests.support.qt_input import type_text
from tests.support.unit_history import wards_with_history


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
    wards = wards_with_history(db, ("Phường Một", "Phường Hai", "Phường Ba", "Phường Bốn"))
    window.refresh()
    page = window.pages["units"]
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
    assert page.form.successor_label.text() == "Phường Kiến Mới (from 01/07/2025)"
    assert page.form.valid_to_edit.text() == "30/06/2025"
    assert record_edits.fetch(db, "units", successor)["valid_from"] == "2025-07-01"


def test_merge_dialog_returns_the_clerks_choice(qtbot, db):
    from kienan_awards.ui.dialogs.merge_units_dialog import MergeUnitsDialog

    wards = wards_with_history(db, ("Phường Một", "Phường Hai"))
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


def reform_wards(db):
    """Đồng Hòa and Bắc Sơn, open since 2010, and the new Phù Liễn and Kiến An of 2025."""
    from kienan_awards.core.records import units

    def add(name, **dates):
        return units.save_unit(db, None, {"name": name, "kind": "ward", **dates}).record_id

    return {
        name: add(name, valid_from="2010-01-01")
        for name in ("Phường Đồng Hòa", "Phường Bắc Sơn", "Phường Ngọc Sơn")
    } | {name: add(name, valid_from="2025-07-01") for name in ("Phường Phù Liễn",)}


def test_splitting_a_ward_shows_its_line_both_ways(window, db):
    from kienan_awards.ui.dialogs.split_unit_dialog import SplitChoice

    ward = reform_wards(db)
    window.refresh()
    page = window.pages["units"]
    choice = SplitChoice(
        unit_id=ward["Phường Đồng Hòa"],
        successor_ids=[ward["Phường Phù Liễn"]],
        day=dt.date(2025, 7, 1),
        new_names=["Phường Kiến An"],
        whole=False,
        confirmed=False,
        note="",
        members_to=None,
    )
    assert page.split(choice)
    assert page.merge([ward["Phường Ngọc Sơn"]], dt.date(2025, 7, 1), ward["Phường Phù Liễn"])
    page.open_unit(ward["Phường Đồng Hòa"])
    assert page.form.successor_label.text() == (
        "Phường Kiến An, Phường Phù Liễn (from 01/07/2025, part; unconfirmed)"
    )
    assert page.form.valid_to_edit.text() == "30/06/2025"
    page.open_unit(ward["Phường Phù Liễn"])
    assert page.form.came_from_label.text() == (
        "Phường Đồng Hòa (from 01/07/2025, part; unconfirmed); Phường Ngọc Sơn (from 01/07/2025)"
    )
    tree = {
        page.model.item(row, 0).text(): page.model.item(row, 4).text()
        for row in range(page.model.rowCount())
    }
    # The tree leaves out the day its own dates tell; hovering the row gives it.
    assert tree["Phường Đồng Hòa"] == "→ Phường Kiến An, Phường Phù Liễn (part; unconfirmed)"
    assert tree["Phường Kiến An"] == "← Phường Đồng Hòa (part; unconfirmed)"
    assert tree["Phường Bắc Sơn"] == ""
    closed = next(
        page.model.item(row, 0)
        for row in range(page.model.rowCount())
        if page.model.item(row, 0).text() == "Phường Đồng Hòa"
    )
    assert closed.toolTip() == (
        "Succeeded by: Phường Kiến An, Phường Phù Liễn (from 01/07/2025, part; unconfirmed)"
    )
    window.undo_action.trigger()  # the merger
    window.undo_action.trigger()  # the split
    assert record_edits.fetch(db, "units", ward["Phường Đồng Hòa"])["valid_to"] is None
    assert db.execute("SELECT count(*) FROM unit_successions").fetchone()[0] == 0


def test_a_split_the_core_refuses_is_shown_and_nothing_changes(window, db, warnings):
    from kienan_awards.ui.dialogs.split_unit_dialog import SplitChoice

    ward = reform_wards(db)
    page = window.pages["units"]
    choice = SplitChoice(
        ward["Phường Đồng Hòa"],
        [ward["Phường Đồng Hòa"]],
        dt.date(2025, 7, 1),
        [],
        False,
        True,
        "",
        None,
    )
    assert not page.split(choice)
    assert "cannot succeed itself" in warnings[-1]
    assert db.execute("SELECT count(*) FROM unit_successions").fetchone()[0] == 0


def test_split_dialog_returns_the_clerks_choice(qtbot, db):
    from kienan_awards.ui.dialogs.split_unit_dialog import SplitUnitDialog

    ward = reform_wards(db)
    dialog = SplitUnitDialog(db, ward["Phường Bắc Sơn"])
    qtbot.addWidget(dialog)
    dialog.check([ward["Phường Phù Liễn"]])
    type_text(dialog.new_name, "Phường Kiến An")
    dialog.day.setDate(dt.date(2025, 7, 1))
    dialog.members.setCurrentIndex(dialog.members.findData(ward["Phường Phù Liễn"]))
    choice = dialog.chosen()
    assert choice.unit_id == ward["Phường Bắc Sơn"]
    assert choice.successor_ids == [ward["Phường Phù Liễn"]]
    assert choice.new_names == ["Phường Kiến An"] and choice.day == dt.date(2025, 7, 1)
    assert (choice.whole, choice.confirmed) == (False, False)
    assert choice.members_to == ward["Phường Phù Liễn"]
    dialog.check([ward["Phường Ngọc Sơn"]])
    assert dialog.members.currentData() == ward["Phường Phù Liễn"]  # the choice stays
