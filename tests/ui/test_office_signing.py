"""The office dialog's "Signs as": a deputy's title chooses KT. until the clerk chooses, the
choice is saved with the signer, and a contradiction is marked on the field."""

import datetime as dt
import os
from pathlib import Path

import pytest

from kienan_awards.core.records.office import office_on, record_office
from kienan_awards.core.storage.step_data.signing_0018 import signing_capacity_step
from kienan_awards.ui.dialogs.office_dialog import OfficeDialog
from tests.support.qt_input import type_text

DEPUTY = ("Ủy ban nhân dân phường Kiến An", "Kiến An", "Phó Chủ tịch", "Phạm Thị Lan")


@pytest.fixture
def signed_db(db):
    signing_capacity_step(db)  # a no-op once the step is registered
    return db


def fill(dialog: OfficeDialog, values=DEPUTY) -> None:
    for edit, value in zip(dialog.edits.values(), values, strict=True):
        edit.clear()
        type_text(edit, value)


def test_a_deputys_title_signs_kt_and_is_saved_so(qtbot, signed_db):
    dialog = OfficeDialog(signed_db)
    qtbot.addWidget(dialog)
    combo = dialog.fields.capacity_combo
    assert combo.currentData() == ""
    fill(dialog)
    assert combo.currentData() == "KT."
    assert dialog.save()
    office = office_on(signed_db)
    assert (office.signing_capacity, office.issuer_title) == (
        "KT.",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG KIẾN AN",
    )
    if os.environ.get("KIENAN_SHOTS"):
        dialog.show()
        dialog.grab().save(str(Path(os.environ["KIENAN_SHOTS"]) / "office_signing.png"))


def test_the_clerks_choice_stays_and_a_contradiction_is_marked(qtbot, signed_db):
    dialog = OfficeDialog(signed_db)
    qtbot.addWidget(dialog)
    fill(dialog)
    combo = dialog.fields.capacity_combo
    combo.setCurrentIndex(combo.findData(""))
    combo.activated.emit(combo.currentIndex())
    dialog.edits["signer_name"].setText("Phạm Thị Lan")
    assert not dialog.save()
    assert dialog.problem_labels["signing_capacity"].isVisibleTo(dialog)
    assert office_on(signed_db) is None
    combo.setCurrentIndex(combo.findData("Q."))
    assert dialog.save()
    assert office_on(signed_db).signing_capacity == "Q."


def test_the_dialog_shows_how_the_office_signs(qtbot, signed_db):
    record_office(
        signed_db,
        {
            "body_name": DEPUTY[0],
            "place": DEPUTY[1],
            "signer_title": "Chủ tịch",
            "signer_name": "Lê Văn Bình",
            "signing_capacity": "TM.",
        },
        dt.date.today(),
    )
    dialog = OfficeDialog(signed_db)
    qtbot.addWidget(dialog)
    assert dialog.fields.capacity_combo.currentData() == "TM."
    assert dialog.values()["signing_capacity"] == "TM."
