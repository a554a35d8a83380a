"""The widths of a table's columns, worked out once from its content so the .docx and the PDF
draw the same table: each text column at least as wide as its longest word, then the rest of
the page's width given where it saves the most height, a place name kept whole (line_breaks)
where that costs little; the lines of a cell are counted as Word and Qt wrap them, from the
widths of Times New Roman's letters (text_width)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kienan_awards.core.documents.line_breaks import pieces
from kienan_awards.core.documents.text_width import approximate_width_mm

TABLE_POINT_SIZE = 13  # Decree 30/2020: a table's text 13 pt
TEXT_WIDTH_MM = 165.0  # A4 less the Decree 30 margins of 30 and 15 mm
SIGN_COLUMN_MM = 38.0  # room to sign in: at least 35 mm
CELL_PADDING_MM = 2.0  # left and right together
CELL_PADDING_V_MM = 0.3  # above and below the text, each: 40 rows of two lines on two pages
LINE_MM = TABLE_POINT_SIZE * 1.15 * 25.4 / 72  # a line of single spacing
SPLIT_COST_MM = 5.0  # a place name broken after its kind ("phường" / "Đồng Hòa") weighs this
MIN_TEXT_COLUMN_MM = 20.0
SHORT_VALUE_MM = 24.0
# The estimate of a width is within a few per cent of the font's; a line is filled to this
# share of the column only, so a text the estimate puts on two lines never takes three.
FILL = 0.99
_SEARCH_STEPS = 12  # halvings of the width a text needs for so many lines: to 0.05 mm
TRADES = 12  # moves of width between columns, at most


@dataclass(frozen=True)
class Column:
    header: str
    width_mm: float
    align: str = "left"  # left, right or center


def cell_room_mm(column_mm: float) -> float:
    """The width a cell's lines are filled to: its column's less the padding, and a little."""
    return max(column_mm - CELL_PADDING_MM, 1.0) * FILL


@lru_cache(maxsize=8192)
def _pieces_widths(text: str, bold: bool) -> tuple[tuple[float, float, tuple[float, ...]], ...]:
    """For each of the text's pieces, in mm at the table's size: its width, the width of all
    but its first word, and the widths of its words."""

    def width(part: str) -> float:
        return approximate_width_mm(part, TABLE_POINT_SIZE, bold)

    return tuple(
        (width(piece), width(piece.partition(" ")[2]), tuple(map(width, piece.split(" "))))
        for piece in pieces(text)
    )


def _parts(piece: float, rest: float, words_of: tuple[float, ...], room: float):
    """The widths a piece is set in within the room, as line_breaks.pieces splits it."""
    if piece <= room or len(words_of) == 1:
        return (piece,)
    return (words_of[0], rest) if rest <= room else words_of


def cell_width_mm(text: str, bold: bool = False) -> float:
    return approximate_width_mm(text, TABLE_POINT_SIZE, bold) + CELL_PADDING_MM


def _longest_word_mm(text: str, bold: bool = False) -> float:
    return max((w for *_, words_of in _pieces_widths(text, bold) for w in words_of), default=0.0)


@lru_cache(maxsize=65536)
def lines_of(text: str, column_mm: float, bold: bool = False) -> int:
    """The lines the text takes in a column that wide, wrapped between its pieces (a piece
    wider than the column between its words, as line_breaks.pieces splits it)."""
    space = approximate_width_mm(" ", TABLE_POINT_SIZE)
    room = cell_room_mm(column_mm)
    lines, used = 1, -space
    for piece, rest, words_of in _pieces_widths(text, bold):
        for width in _parts(piece, rest, words_of, room):
            if used + space + width > room and used > 0:
                lines, used = lines + 1, -space
            used += space + width
            while used > room:  # a word wider than the column runs on to the next line
                lines, used = lines + 1, used - room
    return lines


@lru_cache(maxsize=65536)
def width_for_lines(text: str, lines: int, bold: bool = False) -> float:
    """The narrowest column the text takes at most that many lines in (0.05 mm over)."""
    widths = _pieces_widths(text, bold)
    space = approximate_width_mm(" ", TABLE_POINT_SIZE)
    high = (sum(w for w, *_ in widths) + space * max(len(widths) - 1, 0)) / FILL
    high += CELL_PADDING_MM + 0.1
    low = _longest_word_mm(text, bold) / FILL + CELL_PADDING_MM
    if lines_of(text, low, bold) <= lines:
        return low
    for _ in range(_SEARCH_STEPS):
        middle = (low + high) / 2
        if lines_of(text, middle, bold) <= lines:
            high = middle
        else:
            low = middle
    return high


@lru_cache(maxsize=65536)
def splits_of(text: str, column_mm: float, bold: bool = False) -> int:
    """How many of the text's pieces of several words (a place name after its kind) are
    wider than the column, and break after all."""
    room = cell_room_mm(column_mm)
    widths = _pieces_widths(text, bold)
    return sum(1 for piece, _, words_of in widths if len(words_of) > 1 and piece > room)


class _Table:
    """The text columns' cells, and what a choice of widths costs: the height of the rows,
    and a little for each place name broken after its kind."""

    def __init__(self, cells: dict[int, list[str]], bold_rows: frozenset[int], min_row_mm: float):
        self.cells = cells
        self.bold_rows = bold_rows
        self.min_row_mm = min_row_mm
        self.count = len(next(iter(cells.values()), []))
        self._columns: dict[tuple[int, float], tuple[tuple[int, ...], int]] = {}

    def column(self, i: int, width: float) -> tuple[tuple[int, ...], int]:
        """The lines of each of the column's cells at that width, and its broken names."""
        key = (i, round(width, 3))
        if key not in self._columns:
            texts = [(text, row in self.bold_rows) for row, text in enumerate(self.cells[i])]
            self._columns[key] = (
                tuple(lines_of(text, width, bold) for text, bold in texts),
                sum(splits_of(text, width, bold) for text, bold in texts),
            )
        return self._columns[key]

    def row_height(self, lines: int) -> float:
        return max(lines * LINE_MM + 2 * CELL_PADDING_V_MM, self.min_row_mm)

    def rows_lines(self, widths: dict[int, float]) -> list[int]:
        columns = [self.column(i, widths[i])[0] for i in self.cells]
        return [max([1, *(lines[row] for lines in columns)]) for row in range(self.count)]

    def cost(self, widths: dict[int, float]) -> float:
        height = sum(self.row_height(lines) for lines in self.rows_lines(widths))
        return height + SPLIT_COST_MM * sum(self.column(i, widths[i])[1] for i in self.cells)

    def wider_choices(self, widths: dict[int, float]):
        """Widths to try next: each row a line lower (its columns widened together as far as
        it needs), each broken place name whole in its column."""
        for row, lines in enumerate(self.rows_lines(widths)):
            if lines > 1 and self.row_height(lines) > self.row_height(lines - 1):
                bold = row in self.bold_rows
                yield {
                    i: max(width, width_for_lines(self.cells[i][row], lines - 1, bold))
                    if i in self.cells
                    else width
                    for i, width in widths.items()
                }
        for i in self.cells:
            for text in set(self.cells[i]):
                for piece, _, words_of in _pieces_widths(text, False):
                    whole = piece / FILL + CELL_PADDING_MM
                    if len(words_of) > 1 and whole > widths[i]:
                        yield {**widths, i: whole}


def _give_out(table: _Table, widths: dict[int, float], left: float) -> float:
    """Widen the text columns where a millimetre of width saves the most; returns the width
    left over."""
    while left > 0.05:
        now = table.cost(widths)
        best: tuple[float, float, dict[int, float]] | None = None  # saved a mm, mm, widths
        tried: set[tuple[float, ...]] = set()
        for wider in table.wider_choices(widths):
            key = tuple(round(wider[i], 2) for i in sorted(wider))
            spent = sum(wider.values()) - sum(widths.values())
            if key in tried or spent > left:
                continue
            tried.add(key)
            saved = now - table.cost(wider)
            if saved > 0.01 and (best is None or saved / max(spent, 0.01) > best[0]):
                best = (saved / max(spent, 0.01), spent, wider)
        if best is None:
            break
        widths.update(best[2])
        left -= best[1]
    return left


def _trade(table: _Table, widths: dict[int, float], least: dict[int, float]) -> None:
    """Move width from one text column to the others while that costs less: what giving out
    a millimetre at a time cannot see (a place name kept whole for a line more elsewhere)."""
    for _ in range(TRADES):
        now = table.cost(widths)
        best: tuple[float, dict[int, float]] | None = None
        for wider in table.wider_choices(widths):
            need = sum(wider.values()) - sum(widths.values())
            for j in table.cells:
                if wider[j] != widths[j] or widths[j] - need < least[j]:
                    continue
                trial = {**wider, j: widths[j] - need}
                cost = table.cost(trial)
                if cost < now - 0.01 and (best is None or cost < best[0]):
                    best = (cost, trial)
        if best is None:
            return
        widths.update(best[1])


def fit_columns(
    specs: list[tuple[str, str]], rows: list[list[str]], min_row_mm: float = 0.0
) -> tuple[Column, ...]:
    """Widths summing to the text width. specs: (header, kind) with kind "number" (as wide as
    its longest value, right-aligned), "sign" (room for a signature) or "text": each text
    column as wide as its longest word, then the rest of the width given where it saves the
    most height (rows no lower than min_row_mm), what is left over shared by how long each
    column's values are."""
    values = [[row[i] if i < len(row) else "" for row in rows] for i in range(len(specs))]
    widths: dict[int, float] = {}
    for i, (header, kind) in enumerate(specs):
        header_word = max(cell_width_mm(word, bold=True) for word in header.split() or [""])
        if kind == "number":  # on one line, whatever the font's widths
            widths[i] = max([header_word] + [cell_width_mm(v, bold=True) / FILL for v in values[i]])
        elif kind == "sign":
            widths[i] = SIGN_COLUMN_MM
        else:  # a column of short values ("Giấy khen") keeps them on one line
            longest = max([cell_width_mm(v) / FILL for v in values[i]] + [0.0])
            widths[i] = max(
                [header_word, MIN_TEXT_COLUMN_MM, min(longest, SHORT_VALUE_MM)]
                + [_longest_word_mm(v) / FILL + CELL_PADDING_MM for v in values[i]]
            )
    texts = [i for i, (_, kind) in enumerate(specs) if kind == "text"]
    # The header row counts too: it is printed on every page.
    table = _Table(
        {i: [specs[i][0], *values[i]] for i in texts}, frozenset({0}), min_row_mm=min_row_mm
    )
    least = dict(widths)
    left = _give_out(table, widths, TEXT_WIDTH_MM - sum(widths.values()))
    _trade(table, widths, least)
    if texts and left > 0:
        longest = {i: max(cell_width_mm(v) for v in [specs[i][0], *values[i]]) for i in texts}
        for i in texts:
            widths[i] += left * longest[i] / sum(longest.values())
    rounded = {i: round(width, 1) for i, width in widths.items()}
    if texts:  # the widest text column takes what rounding gained or lost
        widest = max(texts, key=rounded.__getitem__)
        rounded[widest] = round(rounded[widest] + TEXT_WIDTH_MM - sum(rounded.values()), 1)
    return tuple(
        Column(header, rounded[i], "right" if kind == "number" else "left")
        for i, (header, kind) in enumerate(specs)
    )
