"""A member's score sheet (bảng tự chấm điểm thi đua) as an office hands it out: the Decree 30
heading (the cluster above the member, the nation and its motto), the title with the year, then
every criterion of the year's table in its order under its group, with its maximum, the figures
the program already holds for a target criterion (plan, actual, % of plan), the self-score
proposed from them (shaded), the scores already entered, and a total row of formulas. The
sheet prints on A4 landscape, one page wide, its header repeated; it is read back by
importing.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING

from kienan_awards.core import vocabulary as words
from kienan_awards.core.clusters.score_sheets import layout as sheet_words
from kienan_awards.core.clusters.scored_cluster import scored_cluster
from kienan_awards.core.clusters.scoring import CriterionScore, MemberResult
from kienan_awards.core.clusters.scoring_store import member_name
from kienan_awards.core.clusters.scoring_table import PENALTY, TARGET, Criterion
from kienan_awards.core.documents.report_sheets import LINE_HEIGHT, lines_needed
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.cell_values import column_letter
from kienan_awards.core.lists.spreadsheet_export import workbook_file
from kienan_awards.core.messages import Message
from kienan_awards.core.text import format_decimal

if TYPE_CHECKING:
    from sqlite_utils import Database

FONT = {"font_name": "Times New Roman", "font_size": 12}
# The columns left to right, each with its width in characters.
COLUMNS = (
    (words.ROW_NUMBER, 6),
    (sheet_words.CRITERION_TEXT, 44),
    (sheet_words.METHOD, 12),
    (sheet_words.MAXIMUM, 8),
    (words.PLAN, 10),
    (words.ACTUAL, 10),
    (words.PERCENT_OF_PLAN, 9),
    (sheet_words.SELF, 9),
    (None, 9),  # the agreed score: the cluster's or the block's, by its kind
    (sheet_words.REASON, 18),
    (sheet_words.EVIDENCE, 36),
)
(STT, TEXT, METHOD, MAXIMUM, PLAN, ACTUAL, PERCENT, SELF, AGREED, REASON, EVIDENCE) = range(
    len(COLUMNS)
)
LAST = len(COLUMNS) - 1
SUMMED = (MAXIMUM, SELF, AGREED)
HEADER_ROW = 7  # the table's header, under the heading (Excel's row 8)


def _marks(value: Decimal) -> str:
    return format_decimal(format(value.normalize(), "f"))


def _signed(value: Decimal) -> str:
    return ("+" if value > 0 else "") + _marks(value)


def _summed(score: CriterionScore) -> dict[int, Decimal | None]:
    """A criterion's figures in the summed columns: its maximum (none for a bonus or penalty
    item, counted in events), the self-score proposed (computed from the figures where the
    program has them) and the agreed score."""
    criterion = score.criterion
    own = score.computed_points if score.computed_points is not None else score.self_points
    return {
        MAXIMUM: None if criterion.counted else criterion.maximum,
        SELF: own,
        AGREED: score.agreed_points,
    }


def evidence_text(score: CriterionScore) -> str:
    """What a criterion's points rest on and how it is scored, in the sheet's words."""
    criterion = score.criterion
    parts = []
    if criterion.must:
        parts.append(sheet_words.MUST)
    if criterion.method == TARGET:
        evidence = score.evidence
        if evidence is not None:
            line = sheet_words.TARGET_EVIDENCE.format(
                indicator=evidence.indicator,
                plan=evidence.plan.in_words(),
                actual=_marks(evidence.actual),
                percent=_marks(evidence.percent_of_plan),
            )
            if evidence.reported_on is not None:
                line += sheet_words.REPORTED.format(day=evidence.reported_on)
            parts.extend([line + ".", sheet_words.COMPUTED])
        else:
            parts.append(sheet_words.NO_PROGRAM_FIGURES)
        if criterion.bonus_per_percent:
            parts.append(
                sheet_words.ABOVE_PLAN_BONUS.format(
                    points=_marks(criterion.bonus_per_percent), cap=_marks(criterion.bonus_cap)
                )
            )
    if criterion.counted:
        parts.append(
            sheet_words.PER_EVENT.format(
                points=_signed(criterion.points_per_event), cap=_signed(criterion.cap)
            )
        )
        if criterion.method == PENALTY:
            parts.append(sheet_words.PENALTY_HOW_TO)
    return " ".join(parts)


class _Formats:
    def __init__(self, workbook):
        cell = {"border": 1, "valign": "top", "text_wrap": True}
        add = workbook.add_format
        self.upper = add({"align": "center", "text_wrap": True})
        self.upper_bold = add({"align": "center", "bold": True, "text_wrap": True})
        self.date_line = add({"align": "center", "italic": True})
        self.title = add({"align": "center", "bold": True, "font_size": 14})
        self.centre = add({"align": "center", "text_wrap": True})
        self.centre_bold = add({"align": "center", "bold": True, "text_wrap": True})
        self.header = add({**cell, "bold": True, "align": "center", "valign": "vcenter"})
        self.text = add(cell)
        self.number = add({**cell, "align": "right"})
        self.computed = add({**cell, "align": "right", "italic": True, "bg_color": "#FFF2CC"})
        self.group = add({**cell, "bold": True})
        self.group_number = add({**cell, "bold": True, "align": "right"})
        self.total = add({**cell, "bold": True, "align": "center"})
        self.total_number = add({**cell, "bold": True, "align": "right"})
        self.note = add({"italic": True, "text_wrap": True, "valign": "top"})


class _SheetWriter:
    """Writes the sheet row by row, top to bottom (the workbook keeps rows on disk)."""

    def __init__(self, workbook, result: MemberResult, cluster, year: int, source: str):
        self.sheet = workbook.add_worksheet(sheet_words.SHEET_NAME)
        self.formats = _Formats(workbook)
        self.result, self.cluster, self.year, self.source = result, cluster, year, source
        self.row = 0

    def write(self) -> None:
        for column, (_header, width) in enumerate(COLUMNS):
            self.sheet.set_column(column, column, width)
        self._heading()
        self._header()
        first = self.row
        for group, scores in groupby(self.result.criteria, key=lambda s: s.criterion.group):
            scores = list(scores)
            if group:
                self._group_row(group, scores)
            for score in scores:
                self._criterion_row(score)
        self._sums(self.row, words.TOTAL, self.result.criteria, first, self.row - 1)
        self.row += 2
        self._notes()
        self._page()

    def _heading(self) -> None:
        sheet, formats = self.sheet, self.formats
        sheet.merge_range(0, STT, 0, METHOD, self.cluster.name.upper(), formats.upper)
        sheet.merge_range(0, PLAN, 0, LAST, words.NATION, formats.upper_bold)
        sheet.merge_range(1, STT, 1, METHOD, self.result.name.upper(), formats.upper_bold)
        sheet.merge_range(1, PLAN, 1, LAST, words.MOTTO, formats.upper_bold)
        sheet.merge_range(2, PLAN, 2, LAST, sheet_words.BLANK_PLACE_AND_DATE, formats.date_line)
        sheet.merge_range(4, STT, 4, LAST, sheet_words.TITLE.format(year=self.year), formats.title)
        sheet.merge_range(5, STT, 5, LAST, self.cluster.name, formats.centre)
        sheet.merge_range(
            6,
            STT,
            6,
            LAST,
            sheet_words.UNIT_LINE.format(unit=self.result.name),
            formats.centre_bold,
        )
        self.row = HEADER_ROW

    def _header(self) -> None:
        agreed = sheet_words.AGREED_BY_KIND[self.cluster.kind]
        for column, (header, _width) in enumerate(COLUMNS):
            self.sheet.write_string(self.row, column, header or agreed, self.formats.header)
        self.sheet.set_row(self.row, 2 * LINE_HEIGHT)
        self.row += 1

    def _group_row(self, group: str, scores: list[CriterionScore]) -> None:
        """The group's row: its numeral and text, and the sums of its criteria below."""
        numeral, text = sheet_words.group_heading(group)
        at = self.row
        self.sheet.write_string(at, STT, numeral, self.formats.group)
        self.sheet.write_string(at, TEXT, text, self.formats.group)
        self.sheet.write_blank(at, METHOD, None, self.formats.group)
        self._sums(at, None, scores, at + 1, at + len(scores))
        self._fit(at, text, TEXT, bold=True)
        self.row += 1

    def _criterion_row(self, score: CriterionScore) -> None:
        sheet, formats, at = self.sheet, self.formats, self.row
        criterion: Criterion = score.criterion
        sheet.write_string(at, STT, criterion.number, formats.text)
        sheet.write_string(at, TEXT, criterion.text, formats.text)
        sheet.write_string(at, METHOD, sheet_words.METHOD_WORDS[criterion.method], formats.text)
        evidence = score.evidence
        figures = {
            PLAN: evidence.plan.value if evidence else None,
            ACTUAL: evidence.actual if evidence else None,
            PERCENT: evidence.percent_of_plan if evidence else None,
            **_summed(score),
        }
        for column, value in figures.items():
            computed = column == SELF and score.computed_points is not None
            style = formats.computed if computed else formats.number
            if value is None:
                sheet.write_blank(at, column, None, style)
            else:
                sheet.write_number(at, column, float(value), style)
        sheet.write_string(at, REASON, score.agreed_reason, formats.text)
        explained = evidence_text(score)
        sheet.write_string(at, EVIDENCE, explained, formats.text)
        self._fit(at, criterion.text, TEXT, explained)
        self.row += 1

    def _fit(self, row: int, text: str, column: int, evidence: str = "", bold=False) -> None:
        """The row as high as its longest wrapped text needs."""
        lines = max(
            lines_needed(text, COLUMNS[column][1], bold=bold),
            lines_needed(evidence, COLUMNS[EVIDENCE][1]) if evidence else 1,
        )
        self.sheet.set_row(row, lines * LINE_HEIGHT)

    def _sums(self, row: int, label, scores, first: int, last: int) -> None:
        """SUBTOTAL formulas over rows first to last (0-based) in the summed columns, with the
        values the spreadsheet will find; SUBTOTAL leaves the groups' own sums out of the
        total. label: the total row's words, None on a group's row."""
        sheet, formats = self.sheet, self.formats
        bold_text, bold_number = (formats.total, formats.total_number)
        if label is not None:
            sheet.merge_range(row, STT, row, TEXT, label, bold_text)
            sheet.write_blank(row, METHOD, None, bold_text)
        values = [_summed(score) for score in scores]
        for column in range(MAXIMUM, LAST + 1):
            # A group of bonus and penalty items has no maximum; its scores may yet come.
            nothing = label is None and column == MAXIMUM and all(v[column] is None for v in values)
            if column not in SUMMED or nothing:
                sheet.write_blank(row, column, None, bold_text if label else formats.group)
                continue
            letter = column_letter(column)
            found = sum((v[column] for v in values if v[column] is not None), Decimal(0))
            sheet.write_formula(
                row,
                column,
                f"=SUBTOTAL(9,{letter}{first + 1}:{letter}{last + 1})",
                bold_number if label else formats.group_number,
                float(found),
            )

    def _notes(self) -> None:
        sheet, formats = self.sheet, self.formats
        notes = [sheet_words.LEGEND]
        if self.source:
            notes.append(sheet_words.TABLE_LINE.format(source=self.source))
        width = sum(width for _header, width in COLUMNS)
        for note in notes:
            sheet.merge_range(self.row, STT, self.row, LAST, note, formats.note)
            sheet.set_row(self.row, lines_needed(note, width) * LINE_HEIGHT)
            self.row += 1
        self.row += 1
        # The rows are written in order: both titles, then both lines under them.
        for offset, (left, right, style) in enumerate(
            (
                (words.PREPARER, words.HEAD_OF_OFFICE, formats.centre_bold),
                (words.SIGN_WITH_NAME, words.SIGN_AND_SEAL, formats.date_line),
            )
        ):
            sheet.write_string(self.row + offset, TEXT, left, style)
            sheet.merge_range(self.row + offset, SELF, self.row + offset, LAST, right, style)
        self.row += 2

    def _page(self) -> None:
        sheet = self.sheet
        sheet.set_paper(9)  # A4
        sheet.set_landscape()
        sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.7)
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(HEADER_ROW)
        sheet.freeze_panes(HEADER_ROW + 1, 0)
        sheet.set_footer("&C" + words.PAGE_NUMBER.format(page="&P", pages="&N"))


def write_scoring_sheet(db: Database, cluster_id: int, year: int, unit_id: int, path: Path) -> Path:
    """The member's score sheet for the cluster-year at path (.xlsx): the year's criteria with
    the figures and scores the program holds. Refused where the unit is not a member that year
    or the year has no table."""
    scored = scored_cluster(db, cluster_id, year)
    member_name(db, scored.cluster, year, unit_id)  # refuses a unit that is not a member
    result = next(r for r in scored.results if r.member.unit_id == unit_id)
    return _write_sheet(scored, result, Path(path))


def write_scoring_sheets(
    db: Database, cluster_id: int, year: int, folder: Path | str
) -> list[Path]:
    """Every member's score sheet for the cluster-year in folder, one .xlsx each named for the
    member, as the sheets are sent out; returns the files written. Refused before anything is
    written where the year has no table or no members."""
    from kienan_awards.core.output_files import made_folder, unique_file_name

    scored = scored_cluster(db, cluster_id, year)
    if not scored.results:
        raise KienanError(
            Message(
                "{cluster} has no members for {year}: no sheet to write",
                cluster=scored.cluster.name,
                year=year,
            )
        )
    folder = made_folder(folder)
    taken: set[str] = set()
    written = []
    for result in scored.results:
        name = unique_file_name(
            sheet_words.SHEET_FILE.format(year=year, member=result.name), taken, suffix=".xlsx"
        )
        written.append(_write_sheet(scored, result, folder / name))
    return written


def _write_sheet(scored, result: MemberResult, path: Path) -> Path:
    with workbook_file(path, FONT) as workbook:
        _SheetWriter(
            workbook, result, scored.cluster, scored.year, scored.stored.table.source_document
        ).write()
    return path
