"""Rows of a Word table written the usual way, taken by pattern before expat sees them.

A row whose every cell is one paragraph of at most one run of plain text, without merges or
numbering, in the w: prefix only, is taken by pattern, a few times quicker than expat's
handlers (document_tables.TableReader): expat is given an empty element in its place, so the
row joins the tables in document order, wherever it stands. Whatever the pattern cannot vouch
for is left to expat. The rows of a table mostly differ only in their texts: the pattern
vouches once for a row's skeleton (the row split on its runs' texts), and a later row of the
same skeleton is read by that split alone, several times quicker again.
"""

from __future__ import annotations

import re
import secrets
from collections import deque

from kienan_awards.core.lists.document_tables import W
from kienan_awards.core.lists.sheet_extent import _CHUNK, MAX_COLUMNS

# Possessive only on a class of characters: a possessive group repeated reads wrongly in the
# re of Python before 3.11.5 (Debian 12 ships 3.11.2).
_ATTRIBUTES = rb'(?: [^\s=<>"/]++="[^"<&]*+")*'
_NAME = rb"[A-Za-z][A-Za-z0-9]*+"
# Elements that mean something to TableReader, or hold text, are never in a plain row.
# The elements whose start or end changes what TableReader reads even empty, wherever they
# stand (a tab or a break counts in a run only, the rest it leaves to the run's elements).
_MEANINGFUL = (
    rb"(?!p[ />]|t(?:c|r|bl)[ />]|gridSpan[ />]|gridBefore[ />]|[vh]Merge[ />]|numId[ />])"
)
_EMPTY = rb"<w:" + _MEANINGFUL + _NAME + _ATTRIBUTES + rb" ?/>"
_MARK = rb"<w:(?:proofErr|bookmarkStart|bookmarkEnd|permStart|permEnd)" + _ATTRIBUTES + rb" ?/>"
_PLAIN_TEXT = rb"[^<&\r\x00-\x08\x0b\x0c\x0e-\x1f]*+"


def _properties(group: str) -> bytes:
    """Elements without content, or holding only such elements, as properties are."""
    return (
        rb"(?:"
        + _EMPTY
        + rb"|<w:"
        + _MEANINGFUL
        + rb"(?P<"
        + group.encode()
        + rb">"
        + _NAME
        + rb")"
        + _ATTRIBUTES
        + rb">(?:"
        + _EMPTY
        + rb")*</w:(?P="
        + group.encode()
        + rb")>)*"
    )


def _plain_cell(index: int) -> bytes:
    run = (
        rb"<w:r" + _ATTRIBUTES + rb">(?:<w:rPr>(?:" + _EMPTY + rb")*</w:rPr>)?"
        rb'<w:t(?: xml:space="preserve")?>(?P<v'
        + str(index).encode()
        + rb">"
        + _PLAIN_TEXT
        + rb")</w:t></w:r>"
    )
    paragraph = (
        rb"<w:p" + _ATTRIBUTES + rb"(?: ?/>|>(?:<w:pPr>" + _properties(f"p{index}") + rb"</w:pPr>)?"
        rb"(?:" + _MARK + rb")*(?:" + run + rb")?(?:" + _MARK + rb")*</w:p>)"
    )
    properties = rb"(?:<w:tcPr>" + _properties(f"c{index}") + rb"</w:tcPr>)?"
    return rb"<w:tc>" + properties + paragraph + rb"</w:tc>"


_ROW_PATTERNS: dict[int, tuple[re.Pattern, tuple[str, ...]]] = {}


def _plain_row(cells: int) -> tuple[re.Pattern, tuple[str, ...]]:
    """A plain row of so many cells, and the names of its cells' text groups."""
    found = _ROW_PATTERNS.get(cells)
    if found is None:
        pattern = re.compile(
            rb"<w:tr" + _ATTRIBUTES + rb">(?:<w:trPr>" + _properties("r") + rb"</w:trPr>)?"
            rb"(?:<w:tblPrEx>"
            + _properties("x")
            + rb"</w:tblPrEx>)?"
            + b"".join(_plain_cell(index) for index in range(cells))
            + rb"</w:tr>"
        )
        found = _ROW_PATTERNS[cells] = (pattern, tuple(f"v{index}" for index in range(cells)))
    return found


W_DECLARATION = re.compile(rb"xmlns:w[ \t\r\n]*=[ \t\r\n]*(?:\"([^\"]*)\"|'([^']*)')")
_DEFAULT_DECLARATION = re.compile(rb"xmlns[ \t\r\n]*=")
_XML_DECLARATION = re.compile(rb"(?:\xef\xbb\xbf)?<\?xml[^<>]*\?>")
_ENCODING = re.compile(rb"encoding[ \t\r\n]*=[ \t\r\n]*[\"']([A-Za-z0-9._-]+)[\"']")
_LONGEST_ROW = 4 * _CHUNK  # a row longer than this is left to expat
# A run's text, as the row pattern takes it: splitting a row on it leaves the row's skeleton.
_RUN_TEXT = re.compile(rb'(<w:t(?: xml:space="preserve")?>)(' + _PLAIN_TEXT + rb")</w:t>")
_RUN_TEXT_END = len(b"</w:t>")
# Word writes an id of eight hex digits on each paragraph (w14:paraId) and the editing session
# of each run (w:rsidR...): no reading depends on them, and left in they make each row's
# skeleton its own.
_ID_VALUE = re.compile(rb'="[0-9A-Fa-f]{8}"')
_SKELETONS_KEPT = 256  # rows of one table share a few skeletons; a hostile one is not kept


class PlainRows:
    """Cuts the plain rows out of the part's bytes on their way to expat, leaving in each
    one's place an element only this reading knows the name of; TableReader takes the row's
    values from here when expat meets that element. Stops for good at anything that could
    make a row's bytes mean something else: a comment, CDATA, a DTD, a processing
    instruction, the prefix w: bound twice or not to WordprocessingML, a default namespace,
    an encoding other than UTF-8."""

    def __init__(self) -> None:
        self.token = "plain" + secrets.token_hex(8)
        self.placeholder = f"<{self.token}/>".encode()
        self.rows: deque[list[str | None]] = deque()
        self.on = True
        self.started = False
        self.w_bound = False
        # skeleton (the row without its texts) -> its number of cells, the cell of each text
        self.skeletons: dict[tuple[bytes, ...], tuple[int, tuple[int, ...]]] = {}
        self.ids_left_out = False  # once rows turn out told apart by their ids

    def cut(self, data: bytes) -> tuple[bytes, bytes]:
        """What expat is given of data, and the tail kept back for the next piece: from its
        last "<", so that no tag is cut in two, or from a row that goes on past it."""
        if not self.on:
            return data, b""
        pos = 0
        if not self.started:
            self.started = True
            declaration = _XML_DECLARATION.match(data)
            if declaration is not None:
                encoding = _ENCODING.search(declaration.group(0))
                if encoding is not None and encoding.group(1).lower() not in (b"utf-8", b"utf8"):
                    self.on = False
                    return data, b""
                pos = declaration.end()
        limit = data.rfind(b"<")
        if limit <= pos:
            return data[:pos], data[pos:]
        pieces: list[bytes] = [data[:pos]]
        while True:
            at = data.find(b"<w:tr", pos, limit)
            if at < 0 or not self._vouch(data, pos, at):
                break
            if data[at + 5] not in b" >":  # <w:trPr>, <w:trHeight ...>
                pieces.append(data[pos : at + 5])
                pos = at + 5
                continue
            end = data.find(b"</w:tr>", at)
            if end < 0:  # the row goes on in the next piece, if it is not too long
                if len(data) - at > _LONGEST_ROW:
                    break
                pieces.append(data[pos:at])
                return b"".join(pieces), data[at:]
            end += 7
            values = self._values(data, at, end)
            if values is None:
                pieces.append(data[pos : at + 5])
                pos = at + 5
                continue
            self.rows.append(values)
            pieces += (data[pos:at], self.placeholder)
            pos = end
        limit = max(limit, pos)
        self._vouch(data, pos, limit)
        pieces.append(data[pos:limit])
        return b"".join(pieces), data[limit:]

    def _vouch(self, data: bytes, start: int, end: int) -> bool:
        """Whether what expat is given up to a row leaves its bytes meaning what they say."""
        if data.find(b"<!", start, end) >= 0 or data.find(b"<?", start, end) >= 0:
            self.on = False
        elif data.find(b"xmlns", start, end) >= 0:
            if _DEFAULT_DECLARATION.search(data, start, end):
                self.on = False
            for match in W_DECLARATION.finditer(data, start, end):
                uri = (match.group(1) or match.group(2) or b"").decode("utf-8", "replace")
                if self.w_bound or uri + "|" != W:
                    self.on = False
                self.w_bound = True
        if not self.w_bound:
            self.on = False
        return self.on

    def _values(self, data: bytes, start: int, end: int) -> list[str | None] | None:
        if data.find(b"]]>", start, end) >= 0:  # in text, an error to expat
            return None
        row = data[start:end]
        if self.ids_left_out:
            row = _ID_VALUE.sub(b'=""', row)
        # Rows of a table are mostly one skeleton with other texts: the row pattern has
        # vouched for a skeleton once, when each text it split off was one cell's whole text.
        pieces = _RUN_TEXT.split(row)  # between, opening tag, text, between ...
        skeleton = tuple(pieces[0::3]) + tuple(pieces[1::3])
        texts = pieces[2::3]
        cells = self.skeletons.get(skeleton)
        if cells is None and not self.ids_left_out and _ID_VALUE.search(row):
            self.ids_left_out = True
            return self._values(data, start, end)
        if cells is None:
            # The ids' values are those of attributes to the row pattern, as they were.
            cells = self._vouch_skeleton(row, 0, len(row), skeleton, texts)
            if cells is None:
                return None
        count, cell_of_text = cells
        if self.ids_left_out and any(b'=""' in text for text in texts):
            return None  # an id-like value in a text was left out with the ids
        # One decoding for the row: no cell's text holds a NUL (the pattern lets none by).
        try:
            joined = b"\0".join(texts).decode()
        except UnicodeDecodeError:
            return None
        if "\ufffe" in joined or "\uffff" in joined:  # no characters to expat
            return None
        values: list[str | None] = [None] * count
        if texts:
            for cell, text in zip(cell_of_text, joined.split("\0"), strict=True):
                values[cell] = text.strip() or None
        return values

    def _vouch_skeleton(
        self, data: bytes, start: int, end: int, skeleton: tuple[bytes, ...], texts: list[bytes]
    ) -> tuple[int, tuple[int, ...]] | None:
        """The number of cells and the cell of each text, if the row pattern takes the row and
        its cells' texts are exactly the texts split off, in order."""
        cells = data.count(b"<w:tc>", start, end)
        if not 0 < cells <= MAX_COLUMNS or data.find(b"xmlns", start, end) >= 0:
            return None
        pattern, names = _plain_row(cells)
        match = pattern.fullmatch(data, start, end)
        if match is None:
            return None
        taken = [(cell, match.span(name)) for cell, name in enumerate(names)]
        taken = [(cell, span) for cell, span in taken if span[0] >= 0]  # cells without text out
        split_spans = []
        at = start
        between, openings = skeleton[: len(texts)], skeleton[len(texts) + 1 :]
        for before, opening, text in zip(between, openings, texts, strict=True):
            at += len(before) + len(opening)
            split_spans.append((at, at + len(text)))
            at += len(text) + _RUN_TEXT_END
        if [span for _, span in taken] != split_spans:
            return None
        found = (cells, tuple(cell for cell, _ in taken))
        if len(self.skeletons) < _SKELETONS_KEPT:
            self.skeletons[skeleton] = found
        return found
