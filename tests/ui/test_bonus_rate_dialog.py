import datetime as dt

from PySide6.QtCore import QDate

from kienan_awards.core.awards.catalogue import bonus_amount, find_award_form
from kienan_awards.core.changes import RecordKind
from kienan_awards.ui.dialogs.bonus_rate_dialog import BonusRateDialog
from kienan_awards.ui.pages.settings_page import SettingsPage


def fill(dialog, code, kind, coefficient, day, basis):
    dialog.form_combo.setCurrentIndex(
        next(
            i
            for i in range(dialog.form_combo.count())
            if dialog.form_combo.itemData(i).code == code
        )
    )
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
    dialog.coefficient_edit.setText(coefficient)
    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
    dialog.basis_edit.setText(basis)


def test_a_rate_added_from_settings_is_written_and_the_page_says_what_changed(qtbot, db):
    page = SettingsPage(db)
    qtbot.addWidget(page)
    emitted = []
    page.changed.connect(emitted.append)

    def run(dialog):
        fill(dialog, "CSTDCS", "individual", "1,2", dt.date(2026, 1, 1), "Nghị định mẫu")
        assert dialog.save()
        return dialog.result()

    assert page.catalogue_tab.add_rate(run)
    cstdcs = find_award_form(db, "CSTDCS").id
    assert bonus_amount(db, cstdcs, "individual", dt.date(2026, 1, 1)) == 2_810_000
    assert bonus_amount(db, cstdcs, "individual", dt.date(2025, 12, 31)) == 2_340_000
    assert len(emitted) == 1 and RecordKind.CATALOGUE in emitted[0].ids


def test_a_backwards_date_is_refused_in_the_dialog_and_nothing_is_written(qtbot, db):
    dialog = BonusRateDialog(db)
    qtbot.addWidget(dialog)
    count = db.execute("SELECT count(*) FROM bonus_rates").fetchone()[0]
    fill(dialog, "GIAY_KHEN", "household", "0,5", dt.date(2025, 7, 1), "Nghị định mẫu")
    assert dialog.kind_combo.count() == 3  # the Giấy khen's three recipient kinds
    assert not dialog.save()
    assert "01/07/2025" in dialog.failure.text()
    assert db.execute("SELECT count(*) FROM bonus_rates").fetchone()[0] == count
    dialog.show()
    dialog.grab().save("/tmp/bonus_rate_dialog.png")
