"""The tables a decision comes with: the list of recipients (sections I. TẬP THỂ / II. CÁ NHÂN),
the receipt sheet and the bonus sheet. Column widths are set here, from the content, so the
.docx and the PDF draw the same table."""

from __future__ import annotations

from dataclasses import dataclass, field
from math import ceil

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.amount_words import amount_in_words
from kienan_awards.core.documents.decision_articles import KIND_ORDER
from kienan_awards.core.documents.text_width import approximate_width_mm
from kienan_awards.core.text import format_decimal

TABLE_POINT_SIZE = 12
TEXT_WIDTH_MM = 165.0  # A4 less the Decree 30 margins of 30 and 15 mm
SIGN_COLUMN_MM = 38.0  # room to sign in: at least 35 mm
SIGN_ROW_MM = 13.0  # and at least 12 mm high
CELL_PADDING_MM = 2.6  # left and right together
MIN_TEXT_COLUMN_MM = 20.0
SHORT_VALUE_MM = 24.0
WIDTH_STEP_MM = 2
WRAP_SLACK = 1.1  # a line breaks between words, so it holds a little less than its width


@dataclass(frozen=True)
class Column:
    header: str
    width_mm: float
    align: str = "left"  # left, right or center


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    kind: str = "line"  # line; section (one cell across the table, bold); total (bold)


@dataclass(frozen=True)
class SignatureBlock:
    title: str
    hint: str
    name: str = ""


@dataclass(frozen=True)
class Attachment:
    """A table the decision comes with, from a page of its own."""

    title: str
    note: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    min_row_height_mm: float = 0.0
    closing: tuple[str, ...] = ()  # lines under the table
    signatures: tuple[SignatureBlock, ...] = field(default=())

    @property
    def headers(self) -> list[str]:
        return [column.header for column in self.columns]


def money(amount: int | None) -> str:
    return "" if amount is None else format_decimal(str(amount))


def _width_mm(text: str, bold: bool = False) -> float:
    return approximate_width_mm(text, TABLE_POINT_SIZE, bold) + CELL_PADDING_MM


def _rows_high(widths: dict[int, float], texts: dict[int, list[float]]) -> int:
    """Lines the table takes: each row as many as its fullest cell."""
    count = len(next(iter(texts.values()), []))
    return sum(
        max(
            [1]
            + [
                ceil(texts[i][r] * WRAP_SLACK / max(widths[i] - CELL_PADDING_MM, 1.0))
                for i in texts
            ]
        )
        for r in range(count)
    )


def fit_columns(specs: list[tuple[str, str]], rows: list[list[str]]) -> tuple[Column, ...]:
    """Widths summing to the text width. specs: (header, kind) with kind "number" (as wide as
    its longest value, right-aligned), "sign" (room for a signature) or "text": each text
    column as wide as its longest word, then the rest of the width given, a few millimetres at
    a time, where it saves the most lines."""
    values = [[row[i] for row in rows if i < len(row)] for i in range(len(specs))]
    widths: dict[int, float] = {}
    for i, (header, kind) in enumerate(specs):
        words_of = [w for v in [header, *values[i]] for w in v.split()] or [""]
        longest_word = max(_width_mm(w, bold=True) for w in words_of)
        if kind == "number":
            widths[i] = max([longest_word] + [_width_mm(v, bold=True) for v in values[i]])
        elif kind == "sign":
            widths[i] = SIGN_COLUMN_MM
        else:  # a column of short values ("Giấy khen") keeps them on one line
            longest = max([_width_mm(v) for v in values[i]] + [0.0]) * WRAP_SLACK
            widths[i] = max(longest_word, MIN_TEXT_COLUMN_MM, min(longest, SHORT_VALUE_MM))
    texts = {
        i: [approximate_width_mm(v, TABLE_POINT_SIZE) for v in values[i]]
        for i, (_, kind) in enumerate(specs)
        if kind == "text"
    }
    left = TEXT_WIDTH_MM - sum(widths.values())
    while texts and left > 0.05:
        now = _rows_high(widths, texts)
        best: tuple[float, int, float] | None = None  # lines saved a millimetre, column, step
        for i in texts:
            for step in range(WIDTH_STEP_MM, int(left) + 1, WIDTH_STEP_MM):
                saved = now - _rows_high({**widths, i: widths[i] + step}, texts)
                if saved > 0:
                    if best is None or saved / step > best[0]:
                        best = (saved / step, i, float(step))
                    break
        if best is None:  # no more lines to save: shared by how long each one's values are
            longest = {i: max(texts[i], default=1.0) for i in texts}
            for i in texts:
                widths[i] += left * longest[i] / sum(longest.values())
            break
        widths[best[1]] += best[2]
        left -= best[2]
    return tuple(
        Column(header, round(widths[i], 1), "right" if kind == "number" else "left")
        for i, (header, kind) in enumerate(specs)
    )


@dataclass(frozen=True)
class RecipientLine:
    number: int
    name: str
    position_unit: str
    achievement: str
    form: str
    amount: int | None
    kind: str = "individual"
    form_code: str = ""
    is_title: bool = False
    year: int | None = None


def _number_cell(number: int) -> str:
    return f"{number}."


def recipient_list(lines: list[RecipientLine], note: str, total: int) -> Attachment:
    """Sections I. TẬP THỂ / II. CÁ NHÂN, each numbered from 1; the form has a column only when
    the decision gives more than one, the amount only when there is one."""
    several_forms = len({line.form for line in lines}) > 1
    with_amounts = any(line.amount is not None for line in lines)
    specs = [(words.ROW_NUMBER, "number"), (words.NAME_OR_COLLECTIVE, "text")]
    specs += [(words.POSITION_AND_UNIT, "text")]
    specs += [(words.FORM, "text")] if several_forms else []
    specs += [(words.ACHIEVEMENT, "text")]
    specs += [(words.AMOUNT, "number")] if with_amounts else []
    rows: list[Row] = []
    kinds = [kind for kind in KIND_ORDER if any(line.kind == kind for line in lines)]
    for numeral, kind in zip(words.ROMAN_NUMERALS, kinds, strict=False):
        heading = words.LIST_SECTION.format(numeral=numeral, kind=words.LIST_SECTIONS[kind])
        rows.append(Row((heading,), "section"))
        of_kind = [line for line in lines if line.kind == kind]
        for number, line in enumerate(of_kind, start=1):
            cells = [_number_cell(number), line.name, line.position_unit]
            cells += [line.form] if several_forms else []
            cells += [line.achievement]
            cells += [money(line.amount)] if with_amounts else []
            rows.append(Row(tuple(cells)))
    if with_amounts:
        rows.append(Row(("", words.TOTAL, *[""] * (len(specs) - 3), money(total)), "total"))
    columns = fit_columns(specs, [list(row.cells) for row in rows if row.kind != "section"])
    return Attachment(words.RECIPIENT_LIST_TITLE, note, columns, tuple(rows))


def _signing_rows(lines: list[RecipientLine], with_position: bool, total: int) -> list[Row]:
    rows = [
        Row(
            (
                _number_cell(line.number),
                line.name,
                *([line.position_unit] if with_position else []),
                line.form,
                money(line.amount),
                "",
            )
        )
        for line in lines
    ]
    blanks = [""] * (2 if with_position else 1)
    rows.append(Row(("", words.TOTAL, *blanks, money(total), ""), "total"))
    return rows


def receipt_sheet(lines: list[RecipientLine], note: str, total: int) -> Attachment:
    """Each recipient's amount and room to sign for it."""
    specs = [
        (words.ROW_NUMBER, "number"),
        (words.NAME_OR_COLLECTIVE, "text"),
        (words.FORM, "text"),
        (words.AMOUNT, "number"),
        (words.SIGNED_FOR, "sign"),
    ]
    rows = _signing_rows(lines, False, total)
    columns = fit_columns(specs, [list(row.cells) for row in rows])
    return Attachment(words.RECEIPT_TITLE, note, columns, tuple(rows), SIGN_ROW_MM)


def payment_sheet(lines: list[RecipientLine], note: str, total: int) -> Attachment:
    """The bonus sheet the accountant pays from: amounts, their total in words, signatures."""
    specs = [
        (words.ROW_NUMBER, "number"),
        (words.NAME_OR_COLLECTIVE, "text"),
        (words.POSITION_AND_UNIT, "text"),
        (words.FORM, "text"),
        (words.AMOUNT, "number"),
        (words.SIGNED_FOR, "sign"),
    ]
    rows = _signing_rows(lines, True, total)
    columns = fit_columns(specs, [list(row.cells) for row in rows])
    signatures = (
        SignatureBlock(words.PREPARER, words.SIGN_WITH_NAME),
        SignatureBlock(words.CHIEF_ACCOUNTANT, words.SIGN_WITH_NAME),
        SignatureBlock(words.HEAD_OF_OFFICE, words.SIGN_AND_SEAL),
    )
    closing = (words.TOTAL_IN_WORDS.format(words=amount_in_words(total)),)
    return Attachment(
        words.PAYMENT_TITLE, note, columns, tuple(rows), SIGN_ROW_MM, closing, signatures
    )
