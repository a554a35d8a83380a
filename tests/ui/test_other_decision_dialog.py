"""Another body's decision in the window: the decisions list opens a dialog that records it;
the list says another body decided it, and its certificates and pack are refused."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox

from kienan_awards.core.changes import RecordKind
from kienan_awards.core.records import people, units
from kienan_awards.core.records.office import record_office
from kienan_awards.ui.dialogs.other_decision_dialog import (
    ACHIEVEMENT,
    BONUS,
    RECIPIENT,
    OtherDecisionDialog,
)
from kienan_awards.ui.pages.decisions.decided_part import DecidedPart
from tests.core.test_never_unsigned import OFFICE

CITY = "Ủy ban nhân dân thành phố Hải Phòng"


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def ward(db):
    record_office(db, OFFICE, dt.date(2025, 7, 1))
    unit = units.save_unit(db, None, {"name": "Tổ dân phố số 5", "kind": "residential_group"})
    people.save_person(db, None, {"full_name": "Nguyễn Văn A", "unit_id": unit.record_id})
    return db


def fill(dialog: OtherDecisionDialog, recipient: str = "Nguyễn Văn A") -> None:
    dialog.authority_combo.setEditText(CITY)
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("city"))
    dialog.signer_title_edit.setText("Chủ tịch")
    dialog.number_edit.setText("3456/QĐ-UBND")
    dialog.date_edit.setDate(QDate(2025, 12, 20))
    table = dialog.awards_table
    forms = table.cellWidget(0, 1)
    forms.setCurrentIndex(forms.findData("BK_CITY"))
    table.set_text(0, RECIPIENT, recipient)
    table.set_text(0, ACHIEVEMENT, "Có thành tích xuất sắc")
    table.set_text(0, BONUS, "3.510.000")


def test_the_dialog_records_the_citys_award(qtbot, ward, tmp_path):
    dialog = OtherDecisionDialog(ward)
    qtbot.addWidget(dialog)
    fill(dialog)
    dialog.add_award()  # a second row takes the form of the one above
    dialog.awards_table.set_text(1, RECIPIENT, "Tổ dân phố số 5")
    dialog.awards_table.set_text(1, BONUS, "")
    dialog.grab().save(str(tmp_path / "other_decision.png"))
    assert dialog.awards_table.cellWidget(1, 3).value() == 2025  # the decision's year
    assert dialog.save()
    assert RecordKind.DECISIONS in dialog.changes.kinds
    rows = ward.execute(
        "SELECT a.recipient_kind, a.bonus_amount, f.code FROM awards a "
        "JOIN award_forms f ON f.id = a.form_id ORDER BY a.id"
    ).fetchall()
    assert rows == [("individual", 3510000, "BK_CITY"), ("collective", None, "BK_CITY")]


def test_a_refusal_is_said_in_the_dialog_and_nothing_is_written(qtbot, ward):
    dialog = OtherDecisionDialog(ward)
    qtbot.addWidget(dialog)
    fill(dialog, recipient="")
    assert not dialog.save()
    assert "award 1: recipient: give a person's or a unit's name" in dialog.failure.text()
    fill(dialog)
    forms = dialog.awards_table.cellWidget(0, 1)
    forms.setCurrentIndex(forms.findData("GIAY_KHEN"))
    assert not dialog.save()
    assert "not conferred at the city level" in dialog.failure.text()
    assert ward["decisions"].count == 0 and ward["awards"].count == 0


def test_a_recorded_body_is_offered_with_its_level(qtbot, ward):
    first = OtherDecisionDialog(ward)
    qtbot.addWidget(first)
    assert first.authority_combo.count() == 0
    fill(first)
    assert first.save()
    second = OtherDecisionDialog(ward)
    qtbot.addWidget(second)
    second.level_combo.setCurrentIndex(second.level_combo.findData("other"))
    second.authority_combo.setCurrentIndex(second.authority_combo.findText(CITY))
    assert second.level_combo.currentData() == "city"


def test_the_decisions_list_records_it_shows_it_and_prints_nothing(qtbot, ward, tmp_path, warnings):
    part = DecidedPart(ward)
    qtbot.addWidget(part)
    told = []
    part.changed.connect(told.append)

    def answer(dialog: OtherDecisionDialog) -> int:
        fill(dialog)
        dialog.save()
        return dialog.result()

    assert part.record_other_decision(ward, run=answer)
    assert told and RecordKind.AWARDS in told[0].kinds
    model = part.list_page.model
    assert model.rowCount() == 1
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert CITY in texts and "Another body's decision" in texts
    decision_id = model.record_id(0)
    assert part.open_certificates(decision_id) is None
    assert "was decided by Ủy ban nhân dân thành phố Hải Phòng" in warnings[-1]
    folder = tmp_path / "pack"
    folder.mkdir()
    part.list_page.table.selectRow(0)
    part.choose_pack_folder = lambda: str(folder)
    part.write_pack_for_selected()
    assert "decision pack is not this office's to print" in warnings[-1]
    assert list(folder.iterdir()) == []
    assert ward["print_log"].count == 0 and ward["certificates"].count == 0


def test_the_button_opens_the_dialog_and_a_cancel_writes_nothing(qtbot, ward):
    part = DecidedPart(ward)
    qtbot.addWidget(part)
    button = part.other_decision_button(ward)
    assert button.text() == "Record another body's decision..."
    assert not part.record_other_decision(ward, run=lambda dialog: QDialog.DialogCode.Rejected)
    assert ward["decisions"].count == 0
