import datetime as dt

from PySide6.QtCore import QDate

from kienan_awards.core.awards.catalogue import bonus_amount, find_award_form
from kienan_awards.core.changes import RecordKind
from kienan_awards.ui.dialogs.bonus_rate_dialog import BonusRateDialog
from kienan_awards.ui.dialogs.bonus_rates_table import ENDED_COLOUR
from kienan_awards.ui.figures import figure
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


def shown_rows(table) -> list[tuple]:
    return [
        tuple(table.item(row, column).text() for column in range(table.columnCount()))
        for row in range(table.rowCount())
    ]


def test_the_rates_show_their_level_and_the_communes_0_15_as_ended(qtbot, db):
    page = SettingsPage(db)
    qtbot.addWidget(page)
    table = page.catalogue_tab.rates_table
    table.refresh(today=dt.date(2026, 1, 1))
    rows = shown_rows(table)
    giay_khen = [row[2:6] for row in rows if row[:2] == ("Giấy khen", "Individual")]
    assert giay_khen == [
        ("Any level", figure("0.3"), "(from the start)", "ended 30/06/2025"),
        ("Any level", figure("0.3"), "01/07/2025", "in force"),
        ("Commune", figure("0.15"), "(from the start)", "ended 30/06/2025"),
    ]
    commune = next(i for i, rate in enumerate(table.rates) if rate.level == "commune")
    assert rows[commune][6] == "Nghị định số 98/2023/NĐ-CP"
    assert table.item(commune, 0).foreground().color().name() == ENDED_COLOUR
    in_force = rows.index(next(row for row in rows if row[4] == "01/07/2025"))
    assert table.item(in_force, 0).foreground().color().name() != ENDED_COLOUR
    tab = page.catalogue_tab
    tab.parentWidget().parentWidget().setCurrentWidget(tab)  # the tab widget's stack
    page.resize(1100, 900)
    page.show()
    tab.grab().save("/tmp/bonus_rates_tab.png")


def test_a_rate_for_one_level_is_added_from_the_dialog_and_shown(qtbot, db):
    page = SettingsPage(db)
    qtbot.addWidget(page)
    table = page.catalogue_tab.rates_table
    count = table.rowCount()

    def run(dialog):
        fill(dialog, "GIAY_KHEN", "individual", "0,4", dt.date(2026, 1, 1), "Quyết định mẫu")
        dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("commune"))
        assert dialog.save()
        return dialog.result()

    assert page.catalogue_tab.add_rate(run)
    giay_khen = find_award_form(db, "GIAY_KHEN").id
    day = dt.date(2026, 1, 1)
    assert bonus_amount(db, giay_khen, "individual", day, level="commune") == 940_000
    assert bonus_amount(db, giay_khen, "individual", day) == 710_000  # any level: as it was
    assert table.rowCount() == count + 1
    assert ("Giấy khen", "Individual", "Commune", figure("0.4"), "01/01/2026", "in force") in [
        row[:6] for row in shown_rows(table)
    ]


def test_a_base_salary_added_from_settings_is_listed_and_the_page_says_what_changed(qtbot, db):
    page = SettingsPage(db)
    qtbot.addWidget(page)
    emitted = []
    page.changed.connect(emitted.append)
    assert "2.340.000" in page.catalogue_tab.salary_label.text()

    def run(dialog):
        dialog.amount_edit.setText("2530000")
        dialog.date_edit.setDate(QDate(2026, 7, 1))
        dialog.basis_edit.setText("Nghị định mẫu")
        assert dialog.save()
        return dialog.result()

    assert page.catalogue_tab.add_base_salary(run)
    assert "2.530.000" in page.catalogue_tab.salary_label.text()
    assert "01/07/2026" in page.catalogue_tab.salary_label.text()
    assert len(emitted) == 1 and RecordKind.CATALOGUE in emitted[0].ids


def test_a_base_salary_before_the_latest_is_refused_in_the_dialog(qtbot, db):
    from kienan_awards.ui.dialogs.base_salary_dialog import BaseSalaryDialog

    dialog = BaseSalaryDialog(db)
    qtbot.addWidget(dialog)
    dialog.amount_edit.setText("2530000")
    dialog.date_edit.setDate(QDate(2024, 1, 1))
    dialog.basis_edit.setText("Nghị định mẫu")
    assert not dialog.save()
    assert "01/07/2024" in dialog.failure.text()
    assert db.execute("SELECT count(*) FROM base_salaries").fetchone()[0] == 3
