"""A unit's registration and a list of initiatives come in through the import wizard too,
with the year (and the unit) given in the wizard when the list says them only in its title."""

import pytest

from kienan_awards.core.records import people, units
from kienan_awards.ui.dialogs import import_dialog as dialog_module
from kienan_awards.ui.dialogs.import_dialog import ImportDialog
from tests.cli.test_cycle_commands import WARD, registration_rows
from tests.support.list_files import write_xlsx
from tests.ui.test_import_dialog import read_and_check, wait_idle


@pytest.fixture
def dialog(qtbot, db, monkeypatch):
    monkeypatch.setattr(dialog_module.QMessageBox, "warning", lambda *args: None)
    ward = units.save_unit(db, None, {"name": WARD, "kind": "ward"}).record_id
    units.save_unit(
        db, None, {"name": "Tổ dân phố số 3", "kind": "residential_group", "parent_id": ward}
    )
    for name, born in (("Nguyễn Văn An", 1980), ("Đỗ Thị Hoa", 1985), ("Lê Thị Hòa", 1990)):
        people.save_person(db, None, {"full_name": name, "unit_id": ward, "birth_year": born})
    widget = ImportDialog(db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_year_and_unit_fields_show_for_a_registration_only(dialog):
    file_step = dialog.file_step
    assert not file_step.year_spin.isVisibleTo(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("registrations"))
    assert file_step.year_spin.isVisibleTo(dialog) and file_step.unit_edit.isVisibleTo(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("initiatives"))
    assert file_step.year_spin.isVisibleTo(dialog)
    assert not file_step.unit_edit.isVisibleTo(dialog)


def test_a_units_registration_is_imported_through_the_wizard(qtbot, dialog, db, tmp_path):
    path = write_xlsx(tmp_path / "dang-ky.xlsx", {"Đăng ký": registration_rows()})
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("registrations"))
    dialog.file_step.year_spin.setValue(2026)
    dialog.file_step.unit_edit.setText(WARD)
    read_and_check(qtbot, dialog, path)
    assert dialog.import_button.isEnabled()
    dialog.start_import()
    wait_idle(qtbot, dialog)
    registered = db.execute("SELECT count(*) FROM registrations WHERE year = 2026").fetchone()
    assert registered[0] == 5
