"""The tables a decision comes with: the list of recipients (sections I. TẬP THỂ / II. CÁ NHÂN),
the receipt sheet and the bonus sheet, their column widths fitted to the content once
(table_columns), so the .docx and the PDF draw the same table."""

from __future__ import annotations

from dataclasses import dataclass, field

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.amount_words import amount_in_words
from kienan_awards.core.documents.decision_articles import KIND_ORDER
from kienan_awards.core.documents.table_columns import Column, fit_columns
from kienan_awards.core.text import format_decimal

SIGN_ROW_MM = 13.0  # room to sign in: at least 12 mm high


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
    columns = fit_columns(specs, [list(row.cells) for row in rows], SIGN_ROW_MM)
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
    columns = fit_columns(specs, [list(row.cells) for row in rows], SIGN_ROW_MM)
    signatures = (
        SignatureBlock(words.PREPARER, words.SIGN_WITH_NAME),
        SignatureBlock(words.CHIEF_ACCOUNTANT, words.SIGN_WITH_NAME),
        SignatureBlock(words.HEAD_OF_OFFICE, words.SIGN_AND_SEAL),
    )
    closing = (words.TOTAL_IN_WORDS.format(words=amount_in_words(total)),)
    return Attachment(
        words.PAYMENT_TITLE, note, columns, tuple(rows), SIGN_ROW_MM, closing, signatures
    )
