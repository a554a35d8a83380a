import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QLabel

from kienan_awards.core import demo
from kienan_awards.core.records.office import add_office, office_on, office_period_on
from kienan_awards.core.records.record_counts import record_counts
from kienan_awards.ui.dialogs.office_dialog import OfficeDialog
from kienan_awards.ui.main_window import MainWindow
from kienan_awards.ui.pages.settings_page import SettingsPage
from tests.support.qt_input import type_text

WARD = ("Ủy ban nhân dân phường Kiến An", "Kiến An", "Chủ tịch", "Lê Văn Bình")
DISTRICT = {
    "body_name": "ỦY BAN NHÂN DÂN QUẬN KIẾN AN",
    "place": "Kiến An",
    "signer_title": "CHỦ TỊCH",
    "signer_name": "Nguyễn Trường Sơn",
}


def dissolved_district(db) -> None:
    """The district signed from 01/01/2019 until it was dissolved on 30/06/2025."""
    add_office(db, DISTRICT, dt.date(2019, 1, 1))
    db.execute("UPDATE issuing_authorities SET valid_to = '2025-06-30'")
    db.conn.commit()


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
    assert record_counts(db)["awards"] > 0  # the demo's
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
    dissolved_district(db)
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


def test_the_level_follows_the_name_until_the_clerk_chooses_one(qtbot, db):
    dialog = OfficeDialog(db)
    qtbot.addWidget(dialog)
    combo = dialog.fields.level_combo
    assert combo.currentIndex() == -1  # no name, no level
    fill(dialog, ("UBND quận Mẫu", *WARD[1:]))
    assert combo.currentData() == "district"
    fill(dialog)
    assert combo.currentData() == "commune"
    combo.setCurrentIndex(combo.findData("city"))
    combo.activated.emit(combo.currentIndex())  # as the clerk's choice
    fill(dialog, ("Ủy ban nhân dân huyện Mẫu", *WARD[1:]))
    assert combo.currentData() == "city"


def test_an_office_whose_name_does_not_say_its_level_is_marked_and_not_saved(qtbot, db):
    dialog = OfficeDialog(db)
    qtbot.addWidget(dialog)
    fill(dialog, ("Ban Thi đua - Khen thưởng", *WARD[1:]))
    assert not dialog.save()
    assert not dialog.problem_labels["level"].isHidden()
    assert "does not say its level" in dialog.problem_labels["level"].text()
    assert office_on(db) is None
    combo = dialog.fields.level_combo
    combo.setCurrentIndex(combo.findData("commune"))
    assert dialog.save()
    assert office_period_on(db).level == "commune"


def test_a_past_authority_is_recorded_from_its_day_with_its_level(qtbot, db):
    dissolved_district(db)
    dialog = OfficeDialog(db)
    qtbot.addWidget(dialog)
    fill(dialog)
    assert dialog.fields.from_edit.date() == QDate.currentDate()
    dialog.fields.set_day(dt.date(2025, 7, 1))
    dialog.show()
    dialog.grab().save("/tmp/office_dialog_level.png")
    assert dialog.save()
    ward = office_period_on(db, dt.date(2025, 7, 1))
    assert (ward.valid_from, ward.level, ward.office.signer_name) == (
        dt.date(2025, 7, 1),
        "commune",
        "Lê Văn Bình",
    )
    assert office_on(db, dt.date(2025, 6, 30)).signer_name == "Nguyễn Trường Sơn"


def test_a_day_another_authority_holds_is_refused_and_the_day_one_began_corrects_it(qtbot, db):
    dissolved_district(db)
    overlapping = OfficeDialog(db)
    qtbot.addWidget(overlapping)
    fill(overlapping)
    overlapping.fields.set_day(dt.date(2025, 3, 1))
    assert not overlapping.save()
    assert "would overlap ỦY BAN NHÂN DÂN QUẬN KIẾN AN" in overlapping.failure.text()
    # Opened on the day the district began (as for a decision of that day), it shows the
    # district, and saving gives it its level: corrected, not doubled.
    db.execute("UPDATE issuing_authorities SET level = NULL")  # as a migrated unclear name
    district = office_on(db, dt.date(2019, 1, 1))
    correcting = OfficeDialog(db, signs_from=dt.date(2019, 1, 1))
    qtbot.addWidget(correcting)
    assert correcting.values()["signer_name"] == district.signer_name
    assert correcting.fields.level_combo.currentData() == "district"  # read from its name
    assert correcting.save()
    assert office_period_on(db, dt.date(2019, 1, 1)).level == "district"
    assert office_on(db, dt.date(2019, 1, 1)) == district
    assert db.execute("SELECT count(*) FROM issuing_authorities").fetchone()[0] == 1
