import datetime as dt
import re

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from kienan_awards.core.records import people, record_edits
from kienan_awards.ui.models import audit_log_model
from kienan_awards.ui.pages.audit_page import AuditPage


@pytest.fixture
def office(db):
    an = people.save_person(
        db, None, {"full_name": "Lê Văn An", "personal_id": "031185000123"}
    ).record_id
    binh = people.save_person(db, None, {"full_name": "Trần Thị Bình"}).record_id
    record_edits.update_record(db, "people", binh, {"note": "chuyển công tác"}, "note")
    return db, an, binh


@pytest.fixture
def page(qtbot, office):
    widget = AuditPage(office[0])
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def column_texts(page, column: int) -> list[str]:
    model = page.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_the_page_lists_every_change_newest_first_with_the_user(page):
    assert column_texts(page, 4) == ["Changed", "Added", "Added"]
    assert page.list_page.count_label.text() == "3 changes"
    assert "Note: ∅ → chuyển công tác" in column_texts(page, 5)[0]
    assert page.table.isSortingEnabled() is False


def test_the_vietnamese_window_names_tables_and_actions_in_vietnamese(
    qtbot, office, interface_language
):
    interface_language("vi")
    page = AuditPage(office[0])
    qtbot.addWidget(page)
    page.refresh()
    assert column_texts(page, 4) == ["Sửa", "Thêm", "Thêm"]
    assert column_texts(page, 2) == ["Cá nhân"] * 3
    choices = [page.table_choice.itemText(i) for i in range(page.table_choice.count())]
    assert "Cá nhân" in choices and "people" not in choices
    page.table.selectRow(0)
    assert page.details_heading.text().startswith("Sửa bản ghi")


def test_choosing_a_change_shows_its_fields_before_and_after(page):
    page.table.selectRow(0)
    details = page.details
    rows = [tuple(details.item(r, c).text() for c in range(3)) for r in range(details.rowCount())]
    assert rows == [("Note", "", "chuyển công tác")]
    assert page.details_heading.text().startswith("Changed People record")


def test_personal_ids_are_masked_in_the_list_the_details_and_the_export(page, tmp_path):
    assert not [t for t in column_texts(page, 5) if "031185000123" in t]
    page.table.selectRow(2)
    shown = [page.details.item(r, 2).text() for r in range(page.details.rowCount())]
    assert "•••••••••123" in shown
    page.list_page.choose_export_path = lambda: str(tmp_path / "audit.xlsx")
    written = page.list_page.export_to_excel()
    cells = [
        str(c) for row in load_workbook(written).active.iter_rows(values_only=True) for c in row
    ]
    assert not [c for c in cells if "031185000123" in c]
    assert any("Trần Thị Bình" in c for c in cells)


def test_filters_narrow_the_list_and_clear_brings_it_back(page, office, qtbot):
    _db, an, binh = office
    page.action_choice.setCurrentIndex(page.action_choice.findData("update"))
    assert page.model.rowCount() == 1
    page.action_choice.setCurrentIndex(0)
    page.record_edit.setText(str(an))
    page.record_edit.editingFinished.emit()
    assert page.model.rowCount() == 1 and column_texts(page, 3) == [an]
    page.clear_filters()
    assert page.model.rowCount() == 3
    page.find_edit.setText("Bình")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.clear_filters()
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    page.from_day.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert page.model.rowCount() == 0
    assert page.list_page.count_label.text() == "No change matches the filters"
    assert page.details.rowCount() == 0
    page.clear_filters()
    assert page.user_choice.count() == 2 and page.table_choice.findData("people") == 1


def test_nothing_on_the_page_edits_the_log(page):
    flags = page.model.flags(page.model.index(0, 0))
    assert not flags & Qt.ItemFlag.ItemIsEditable
    page.table.selectRow(0)
    assert page.details.editTriggers() == page.details.EditTrigger.NoEditTriggers


def test_a_very_long_log_shows_its_newest_rows_and_says_how_many_match(page, office, monkeypatch):
    monkeypatch.setattr(audit_log_model, "SHOWN_AT_MOST", 2)
    page.refresh()
    assert page.model.rowCount() == 2 and page.model.matching == 3
    assert page.list_page.count_label.text().startswith("The newest 2 of 3 changes")


def test_the_page_follows_new_changes_on_refresh(page, office):
    db, an, _binh = office
    record_edits.move_to_trash(db, "people", an, "delete")
    page.refresh()
    assert page.model.rowCount() == 4 and "Moved to the trash" in column_texts(page, 5)[0]


@pytest.fixture
def demo_page(qtbot, db):
    from kienan_awards.core import demo

    demo.load_demo(db)
    widget = AuditPage(db)
    qtbot.addWidget(widget)
    return widget


def details_of(page, table: str) -> list[tuple[str, str, str]]:
    """The details of the newest change to the table."""
    page.table_choice.setCurrentIndex(page.table_choice.findData(table))
    page.table.selectRow(0)
    details = page.details
    return [tuple(details.item(r, c).text() for c in range(3)) for r in range(details.rowCount())]


def test_the_details_name_each_field_and_write_its_value_for_a_clerk(demo_page):
    line = dict((field, after) for field, _before, after in details_of(demo_page, "proposal_lines"))
    assert line["Recipient kind"] in ("Individual", "Collective")
    assert line["Review"] in ("pending", "accepted", "returned", "rejected")
    assert line["Has an initiative"] in ("yes", "no")
    assert line["Award form"].endswith(")") and "(no. " in line["Award form"]  # "Giấy khen (no. 1)"
    certificate = dict(
        (field, after) for field, _before, after in details_of(demo_page, "certificates")
    )
    assert certificate["QR code"] == "the pattern of the certificate's QR code"
    assert certificate["Certificate text"].startswith("Achievement: ")
    assert "{" not in certificate["Certificate text"]
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d:\d\d", certificate["Fixed on"])
    shown = [text for row in details_of(demo_page, "awards") for text in row]
    shown += [demo_page.model.index(row, 5).data() for row in range(20)]
    # No column's own name is left: award_id, data_json, qr_modules and the like.
    assert not [text for text in shown if re.search(r"\b[a-z]+_[a-z_]+\b", text)]


def test_a_vietnamese_clerk_reads_the_details_in_vietnamese(qtbot, db, interface_language):
    interface_language("vi")
    person = people.save_person(db, None, {"full_name": "Lê Văn An", "gender": "male"}).record_id
    record_edits.update_record(db, "people", person, {"birth_date": "1985-03-02"}, "birth")
    page = AuditPage(db)
    qtbot.addWidget(page)
    page.table.selectRow(1)
    details = {page.details.item(r, 0).text(): page.details.item(r, 2).text() for r in range(3)}
    assert details["Họ và tên"] == "Lê Văn An" and details["Giới tính"] == "Nam"
    page.table.selectRow(0)
    assert page.details.item(0, 2).text() == "02/03/1985"


def test_every_column_the_trail_records_has_a_name_for_the_clerk(db):
    from kienan_awards.core.records.audit_log import DERIVED_COLUMNS, TABLE_TITLES
    from kienan_awards.core.records.field_titles import FIELD_TITLES

    columns = {
        column
        for table in TABLE_TITLES
        for (_cid, column, *_rest) in db.execute(f"PRAGMA table_info({table})")
    }
    assert columns - DERIVED_COLUMNS - set(FIELD_TITLES) == set()
