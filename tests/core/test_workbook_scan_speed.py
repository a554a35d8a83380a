"""The quick reading of a sheet's rows by pattern (worksheet_scan._PlainRows) against expat's
reading of the same bytes: the same extent, hidden rows and dimension, or the same refusal,
however the XML is written and wherever the chunks are cut."""

from __future__ import annotations

import random

import pytest

from kienan_awards.core.lists import worksheet_scan as limits

HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<dimension ref="A1:C4"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
    b"<sheetData>"
)
TAIL = b'</sheetData><pageMargins left="0.7" right="0.7"/></worksheet>'


def _cell(ref: str, value: str | None = "1", kind: str = "", style: str = "") -> str:
    attrs = f' r="{ref}"' + (f' s="{style}"' if style else "") + (f' t="{kind}"' if kind else "")
    return f"<c{attrs}/>" if value is None else f"<c{attrs}><v>{value}</v></c>"


def _row(number: int, cells: list[str], extra: str = ' spans="1:3"') -> str:
    return f'<row r="{number}"{extra}>' + "".join(cells) + "</row>"


def _plain_rows(count: int, first: int = 1, columns: str = "ABC") -> bytes:
    return "".join(
        _row(n, [_cell(f"{c}{n}", str(n), style="1" if c == "B" else "") for c in columns])
        for n in range(first, first + count)
    ).encode()


def _sheet(rows: bytes, head: bytes = HEAD, tail: bytes = TAIL) -> bytes:
    return head + rows + tail


def _outcome(read):
    try:
        extent = read()
    except Exception as error:  # noqa: BLE001 - the refusal is what is compared
        return type(error).__name__, str(error)
    return (
        extent.sheet,
        extent.first_row,
        extent.last_row,
        extent.first_column,
        extent.last_column,
        sorted(extent.hidden_rows),
        extent.declared,
    )


def _chunks(data: bytes, cuts: list[int]) -> list[bytes]:
    edges = [0, *sorted(cuts), len(data)]
    return [data[a:b] for a, b in zip(edges, edges[1:], strict=False) if b > a]


def _same_both_ways(data: bytes, cuts: list[int] | None = None) -> tuple:
    chunks = _chunks(data, cuts or [])
    by_expat = _outcome(lambda: limits._scan_by_expat(iter(chunks), "Sheet1", "list.xlsx"))
    quick = _outcome(lambda: limits._scan_worksheet(lambda: iter(chunks), "Sheet1", "list.xlsx"))
    assert quick == by_expat
    return quick


def _taken_by_pattern(data: bytes, cuts: list[int] | None = None) -> bool:
    """Whether the rows were read by pattern, not handed to expat."""
    scan = limits._PlainRows("Sheet1", "list.xlsx")
    assert scan.scan(iter(_chunks(data, cuts or []))) is not None
    return scan.last is not None


def test_a_plain_sheet_is_read_by_pattern_with_expat_s_answer():
    data = _sheet(_plain_rows(50))
    assert _same_both_ways(data) == ("Sheet1", 0, 49, 0, 2, [], "A1:C4")
    assert _taken_by_pattern(data)


def test_chunks_cut_anywhere_give_the_same_answer():
    data = _sheet(_plain_rows(30, first=3, columns="BCDE"))
    for cut in range(len(HEAD) - 5, len(data)):
        _same_both_ways(data, [cut])
    assert _taken_by_pattern(data, [len(HEAD) + 7, len(HEAD) + 400])


def test_values_past_the_extent_so_far_widen_it():
    rows = _plain_rows(5) + _row(6, [_cell("AD6", "x"), _cell("a6", "y")]).encode()
    rows += _row(7, [_cell("GQ7", None), _cell("Z7", "z")]).encode()
    data = _sheet(rows)
    cuts = [len(HEAD) + len(_plain_rows(5)) - 3]
    assert _same_both_ways(data, cuts)[3:5] == (0, 29)
    assert _taken_by_pattern(data, cuts)


@pytest.mark.parametrize(
    "rows",
    [
        # hidden rows, however written
        _row(2, [_cell("A2")], ' spans="1:3" hidden="1"')
        + _row(3, [_cell("A3")], ' hidden="true"'),
        _row(2, [_cell("A2")], ' hidden="0"') + _row(5, [], ' hidden="1" customHeight="1"'),
        _row(2, [_cell("A2")], ' hidden="1" hidden="1"'),  # twice: expat refuses
        _row(2, [_cell("A2")], ' hidden="&#49;"'),
        _row(2, [_cell("A2")], ' x14ac:dyDescent="0.25" hidden="1"'),
        # cells and rows without r=, cells of another row
        "<row>" + _cell("A1") + "<c><v>2</v></c></row>" + _row(9, ["<c><v>2</v></c>"]),
        _row(4, [_cell("A5"), _cell("B4")]),
        _row(4, [_cell("A04")]),
        _row(4, ['<c r="!4"/>', "<c><v>1</v></c>"]),
        # values of every kind, formulas, inline strings, empty cells
        _row(3, ['<c r="A3" t="inlineStr"><is><t xml:space="preserve"> a </t></is></c>']),
        _row(3, ['<c r="A3" t="inlineStr"><is><r><t>rich</t></r></is></c>']),
        _row(3, ['<c r="A3"><f>SUM(B1:B2)</f><v>3</v></c>', '<c r="B3"><f>1+1</f></c>']),
        _row(3, ['<c r="A3"><f t="shared" ref="A3:A9" si="0">B3</f><v>3</v></c>']),
        _row(3, ['<c r="A3"><f t="shared" si="0"/><v>3</v></c>', '<c r="C3" s="2"></c>']),
        _row(3, ['<c r="A3"/>', "<v>7</v>"]),
        _row(3, ['<c r="A3"><x/><v>7</v></c>']),
        _row(3, ['<c r="A3"><v/></c>']),
        _row(3, ['<c r="A3" t="s" s="1"><v>7</v></c>']),
        # text expat reads otherwise, or refuses
        _row(3, ['<c r="A3" t="str"><v>a &amp; b &lt; c</v></c>']),
        _row(3, ['<c r="A3" t="str"><v>a &#38; b</v></c>']),
        _row(3, ['<c r="A3" t="str"><v>a &nbsp; b</v></c>']),
        _row(3, ['<c r="A3" t="str"><v>a ]]&gt; b</v></c>']),
        _row(3, ['<c r="A3" t="str"><v>a ]]> b</v></c>']),
        _row(3, ['<c r="A3" t="str"><v>Nguyễn Văn Ánh</v></c>']),
        _row(3, ['<c r="A3" t="str"><v>a \x01 b</v></c>']),
        _row(3, ['<c r="A3" t="str"><v>a \ufffe b</v></c>']),
        _row(3, ['<c r="A3" t="str"><v>Table1[[#This Row],[x]]</v></c>']),
        # prefixes, comments, CDATA, processing instructions, whitespace between rows
        '<x:row r="3"><x:c r="A3"><x:v>1</x:v></x:c></x:row>',
        _row(3, ['<c r="A3"><x:v>1</x:v></c>']),
        "<!-- " + _row(3, [_cell("Q3")]) + " -->" + _row(4, [_cell("A4")]),
        _row(3, [_cell("A3")]) + "<!-- " + _row(4, [_cell("Q4")]) + " -->",
        _row(3, ['<c r="A3"><v><![CDATA[1]]></v></c>']),
        _row(3, [_cell("A3")]) + "<?pi <row r='9'><c r='Z9'><v>1</v></c></row>?>",
        _row(3, [_cell("A3")]) + "\n  " + _row(4, [_cell("B4")]),
        # far values, damaged references, broken XML
        _row(3, [_cell("GR3")]),
        _row(3, [_cell("GS3")]),
        _row(1048577, [_cell("A1048577")]),
        _row(1048577, [_cell("A1048577", None)]),
        _row(3, [_cell("ABCDEFGH3")]),
        _row(3, [_cell("ABCDEFGH3", None)]),
        '<row r="0"><c r="A0"><v>1</v></c></row>',
        '<row r="12345678901"></row>',
        _row(3, [_cell("A3")]) + "<row r='4'><c r='A4'><v>1</v></c></row>",
        _row(3, [_cell("A3")])[:-3],
        _row(3, ['<c r="A3"><v>1</c></v>']),
        _row(3, ['<c r="A3" s="1" s="2"><v>1</v></c>']),
        _row(3, [_cell("A3")]) + "</sheetData><sheetData>" + _row(4, [_cell("B4")]),
    ],
)
def test_sheets_written_otherwise_are_read_as_expat_reads_them(rows):
    data = _sheet(_plain_rows(3) + rows.encode() + _plain_rows(2, first=20))
    for cut in (None, len(HEAD) + len(_plain_rows(3)) + 5, len(data) - len(TAIL) - 9):
        _same_both_ways(data, [cut] if cut else None)


@pytest.mark.parametrize(
    "head",
    [
        HEAD.replace(b"UTF-8", b"ISO-8859-1"),
        HEAD.replace(b"UTF-8", b"utf-8"),
        b"\xef\xbb\xbf" + HEAD,
        HEAD.split(b"\n", 1)[1],
        HEAD.replace(b"<sheetViews>", b'<!DOCTYPE x [<!ENTITY a "b">]><sheetViews>'),
        HEAD.replace(b"<sheetViews>", b"<!-- <sheetData> --><sheetViews>"),
        HEAD.replace(b"<sheetViews>", b"<?pi <sheetData> ?><sheetViews>"),
        HEAD.replace(b"<dimension", b'<x a="<sheetData>"/><dimension'),
        HEAD.replace(b"<sheetViews>", b'<x:dimension ref="B2"/><row r="2"/><sheetViews>'),
        b"<sheetData>",
        HEAD.replace(b"<worksheet ", b"<worksheet/><worksheet "),
    ],
)
def test_headers_written_otherwise_are_read_as_expat_reads_them(head):
    data = _sheet(_plain_rows(4) + _row(5, [_cell("B5", "\xe9")]).encode(), head=head)
    _same_both_ways(data)
    _same_both_ways(data.replace(b"\xc3\xa9", b"\xe9"))


def test_a_sheet_without_rows_or_sheet_data():
    _same_both_ways(_sheet(b""))
    _same_both_ways(HEAD.replace(b"<sheetData>", b"<sheetData/>") + b"</worksheet>")
    _same_both_ways(b"")


def test_rows_after_the_plain_ones_are_read_on_by_expat_from_where_they_stand():
    after = [
        "<row><c><v>1</v></c></row>",  # next row by number, first column
        '<row r="30"><c r="A30"/><c><v>1</v></c></row>',
        '<c><v>1</v></c><row r="31"><c r="!31"/><c><v>1</v></c></row>',
        "<v>1</v>",
    ]
    last_rows = [
        _row(7, [_cell("A7"), _cell("D7", None)]),
        _row(7, [_cell("A7"), _cell("D7")]),
        _row(7, []),
        '<row r="7"/>',
    ]
    for last in last_rows:
        for tail in after:
            rows = _plain_rows(3) + last.encode() + b"<!---->" + tail.encode()
            _same_both_ways(_sheet(rows))


def test_random_damage_is_refused_or_read_as_expat_reads_it():
    """Bytes deleted, doubled or changed in a sheet of every kind of row, at random."""
    pieces = [
        _row(2, [_cell("A2"), _cell("B2", None), _cell("C2", "x", "s", "1")], ' hidden="1"'),
        _row(
            3, ['<c r="A3"><f>1+1</f><v>2</v></c>', '<c r="B3" t="inlineStr"><is><t>a</t></is></c>']
        ),
        _row(4, ['<c r="D4"/>', _cell("E4", "a &amp; b")]),
        '<row r="5"/>',
    ]
    base = _sheet(_plain_rows(3, first=10) + "".join(pieces).encode() + _plain_rows(2, first=30))
    snippets = [
        b"<",
        b">",
        b'"',
        b"&",
        b"]]>",
        b"/",
        b"r=",
        b"<v>",
        b"</c>",
        b"<row>",
        b"\xff",
        b" ",
    ]
    rng = random.Random(20240611)
    for _ in range(1500):
        data = bytearray(base)
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(HEAD) - 20, len(data))
            what = rng.random()
            if what < 0.3:
                del data[at : at + rng.randint(1, 8)]
            elif what < 0.6:
                data[at:at] = rng.choice(snippets)
            elif what < 0.8:
                data[at] = rng.choice(b'0123456789ABZaz"<>/= ')
            else:
                span = rng.randint(1, 40)
                data[at:at] = data[at : at + span]
        cuts = [rng.randrange(len(data)) for _ in range(rng.randint(0, 3))]
        _same_both_ways(bytes(data), cuts)
