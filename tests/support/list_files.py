"""Builds office-style spreadsheets for the tests: title rows, merged cells, section rows."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import xlsxwriter

TITLE_ROWS = [
    ["ỦY BAN NHÂN DÂN QUẬN MẪU"],
    ["DANH SÁCH"],
    ["Tập thể, cá nhân được tặng Giấy khen"],
    ["(Kèm theo Quyết định số 15/QĐ-UBND ngày 12/01/2024)"],
]
AWARD_HEADER = [
    "STT",
    "Họ và tên",
    "Năm sinh",
    "Giới tính",
    "Chức vụ",
    "Đơn vị",
    "Hình thức khen thưởng",
    "Thành tích",
    "Số quyết định",
    "Ngày quyết định",
]


# The manifest of an OpenDocument spreadsheet holding one content.xml.
ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
    ' manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type='
    '"application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def write_xlsx(path: Path, sheets: dict[str, list[list]], merge_titles: bool = True) -> Path:
    """Each sheet is a list of rows; a row of one cell in the title area is merged across."""
    workbook = xlsxwriter.Workbook(str(path))
    date_format = workbook.add_format({"num_format": "dd/mm/yyyy"})
    for name, rows in sheets.items():
        sheet = workbook.add_worksheet(name)
        width = max(len(row) for row in rows)
        for r, row in enumerate(rows):
            if merge_titles and len(row) == 1 and r < 8 and width > 1:
                sheet.merge_range(r, 0, r, width - 1, row[0])
                continue
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, dt.date):
                    sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_format)
                else:
                    sheet.write(r, c, value)
    workbook.close()
    return path


def write_ods(path: Path, sheets: dict[str, list[list]]) -> Path:
    """A minimal OpenDocument spreadsheet, as LibreOffice would save it."""
    tables = []
    for name, rows in sheets.items():
        xml_rows = []
        for row in rows:
            cells = []
            for value in row:
                if value is None:
                    cells.append("<table:table-cell/>")
                elif isinstance(value, (int, float)):
                    cells.append(
                        f'<table:table-cell office:value-type="float" '
                        f'office:value="{value}"><text:p>{value}</text:p>'
                        "</table:table-cell>"
                    )
                elif isinstance(value, dt.date):
                    cells.append(
                        f'<table:table-cell office:value-type="date" '
                        f'office:date-value="{value.isoformat()}"><text:p>'
                        f"{value:%d/%m/%Y}</text:p></table:table-cell>"
                    )
                else:
                    cells.append(
                        f'<table:table-cell office:value-type="string"><text:p>'
                        f"{escape(str(value))}</text:p></table:table-cell>"
                    )
            xml_rows.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        tables.append(f'<table:table table:name="{escape(name)}">{"".join(xml_rows)}</table:table>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        "<office:document-content "
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{''.join(tables)}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype",
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST)
    return path


def award_list(rows: list[list], titles: bool = True) -> list[list]:
    return [*(TITLE_ROWS if titles else []), [], AWARD_HEADER, *rows]


_HIDDEN_LIST_DECISION = ["12/QĐ-UBND", dt.datetime(2025, 12, 20)]


def _hidden_list_row(n, name):
    return [
        n,
        name,
        1980,
        "Nam",
        "Chuyên viên",
        "Phòng Văn hóa - Xã hội",
        "Giấy khen",
        "Hoàn thành xuất sắc nhiệm vụ năm 2025",
        *_HIDDEN_LIST_DECISION,
    ]


def list_with_hidden_parts(path):
    """A visible sheet whose row 4 is hidden (a name struck off by the sender), and a hidden
    sheet with last year's list left in the file."""
    workbook = xlsxwriter.Workbook(str(path))
    dates = workbook.add_format({"num_format": "dd/mm/yyyy"})
    for title, names in (
        ("DS", ["Phạm Thị Lan", "Đỗ Văn Nam", "Hà Minh Thư"]),
        ("Năm trước", ["Lý Văn Tài"]),
    ):
        sheet = workbook.add_worksheet(title)
        for r, values in enumerate(
            [AWARD_HEADER] + [_hidden_list_row(i + 1, n) for i, n in enumerate(names)]
        ):
            for c, value in enumerate(values):
                if isinstance(value, dt.datetime):
                    sheet.write_datetime(r, c, value, dates)
                else:
                    sheet.write(r, c, value)
        if title == "DS":
            sheet.set_row(3, None, None, {"hidden": True})
        else:
            sheet.hide()
    workbook.close()
    return path
