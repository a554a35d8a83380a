"""The score summary as an Excel workbook: one sheet with the title, a row per member in rank
order (self and agreed totals, the points of each criterion group, the total, the rank, the
remark) and the leading members under it. Numbers are numbers; the sheet prints on A4
landscape, one page wide, its header row repeated on every page and the pages numbered.

Written with XlsxWriter through the lists' workbook_file, as every workbook the program
writes (openpyxl is only the tests' reader)."""

from __future__ import annotations

from pathlib import Path

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.cluster_papers import (
    AGREED_TOTAL,
    KIND_WORDS,
    RANK,
    REMARK,
    SELF_TOTAL,
    SUMMARY_HEADING,
    SUMMARY_SUBJECT,
    TOTAL,
    criterion_groups,
    summary_note,
    summary_rows,
)
from kienan_awards.core.documents.text_width import approximate_width_mm

SHEET_NAME = "Tổng hợp"
# A character unit of the column widths in points at 12 pt Times New Roman (report_sheets).
POINTS_PER_WIDTH = 6.05
LINE_POINTS = 15.0  # a line of 12 pt text in a row
CELL_PADDING_MM = 1.5
FONT = {"font_name": "Times New Roman", "font_size": 12}
A4_PAPER = 9
# Column widths in characters: STT, Đơn vị, the figures, Ghi chú.
NUMBER_WIDTH, NAME_WIDTH, FIGURE_WIDTH, RANK_WIDTH, REMARK_WIDTH = 6, 34, 14, 9, 36


def _formats(workbook) -> dict:
    border = {"border": 1, "valign": "vcenter", **FONT}
    return {
        "title": workbook.add_format({"bold": True, "align": "center", **FONT, "font_size": 14}),
        "subtitle": workbook.add_format({"bold": True, "align": "center", **FONT}),
        "note": workbook.add_format(
            {"italic": True, "align": "center", "valign": "top", "text_wrap": True, **FONT}
        ),
        "header": workbook.add_format(
            {"bold": True, "align": "center", "text_wrap": True, **border}
        ),
        "text": workbook.add_format({"text_wrap": True, **border}),
        "count": workbook.add_format({"align": "center", **border}),
        "points": workbook.add_format(border),
        "bold_points": workbook.add_format({"bold": True, **border}),
        "line": workbook.add_format({**FONT}),
    }


def write_summary_sheet(scored, leading_lines: list[str], path: Path | str) -> Path:
    """The cluster-year's summary as .xlsx at path; leading_lines: the sentences under the
    table naming the leading members, as the summary's document writes them."""
    from kienan_awards.core.lists.spreadsheet_export import workbook_file

    path = Path(path)
    groups = criterion_groups(scored)
    kind = KIND_WORDS[scored.cluster.kind]
    headers = [words.ROW_NUMBER, words.UNIT, SELF_TOTAL, AGREED_TOTAL.format(kind=kind)]
    headers += [group.header for group in groups] + [TOTAL, RANK, REMARK]
    last = len(headers) - 1
    widths = [NUMBER_WIDTH, NAME_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH]
    widths += [FIGURE_WIDTH] * len(groups) + [FIGURE_WIDTH, RANK_WIDTH, REMARK_WIDTH]
    with workbook_file(path, FONT) as workbook:
        sheet = workbook.add_worksheet(SHEET_NAME)
        styles = _formats(workbook)
        row = 0
        subject = SUMMARY_SUBJECT.format(cluster=scored.cluster.name, year=scored.year)
        sheet.merge_range(row, 0, row, last, SUMMARY_HEADING, styles["title"])
        sheet.merge_range(row + 1, 0, row + 1, last, subject, styles["subtitle"])
        note = summary_note(scored.stored.table)
        sheet.set_row(row + 2, _height([(note, sum(widths), False)]))
        sheet.merge_range(row + 2, 0, row + 2, last, note, styles["note"])
        row += 4
        header_row = row
        header_texts = [(text, width, True) for text, width in zip(headers, widths, strict=True)]
        sheet.set_row(header_row, _height(header_texts))
        for col, text in enumerate(headers):
            sheet.write_string(header_row, col, text, styles["header"])
        for n, line in enumerate(summary_rows(scored), start=1):
            row += 1
            texts = [(line.name, widths[1], False), (line.remark, widths[-1], False)]
            sheet.set_row(row, _height(texts))
            sheet.write_number(row, 0, n, styles["count"])
            sheet.write_string(row, 1, line.name, styles["text"])
            sheet.write_number(row, 2, float(line.self_total), styles["points"])
            if line.agreed_total is None:
                sheet.write_blank(row, 3, None, styles["points"])
            else:
                sheet.write_number(row, 3, float(line.agreed_total), styles["points"])
            for col, points in enumerate(line.group_points, start=4):
                sheet.write_number(row, col, float(points), styles["points"])
            sheet.write_number(row, last - 2, float(line.total), styles["bold_points"])
            sheet.write_number(row, last - 1, line.rank, styles["count"])
            sheet.write_string(row, last, line.remark, styles["text"])
        row += 1
        for text in leading_lines:
            row += 1
            sheet.write_string(row, 0, text, styles["line"])
        _set_page(sheet, widths, header_row)
    return path


def _lines(text: str, width: float, bold: bool) -> int:
    """The lines a wrapped cell takes in a column that wide (in character units)."""
    room = width * POINTS_PER_WIDTH * 25.4 / 72 - CELL_PADDING_MM
    space = approximate_width_mm(" ", FONT["font_size"], bold)
    lines, used = 1, 0.0
    for word in text.split():
        size = approximate_width_mm(word, FONT["font_size"], bold)
        if used and used + space + size > room:
            lines, used = lines + 1, size
        else:
            used += (space if used else 0.0) + size
    return lines


def _height(texts: list[tuple[str, float, bool]]) -> float:
    """A row's height in points: as many lines as its longest wrapped text takes."""
    return max(_lines(text, width, bold) for text, width, bold in texts) * LINE_POINTS + 3


def _set_page(sheet, widths: list[float], header_row: int) -> None:
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
    sheet.set_paper(A4_PAPER)
    sheet.set_landscape()
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.7)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(header_row)
    sheet.freeze_panes(header_row + 1, 2)
    sheet.set_footer("&C" + words.PAGE_NUMBER.format(page="&P", pages="&N"))
