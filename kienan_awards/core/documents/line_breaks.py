"""Where a line of a document may break, for the certificate, the decision's .docx and its PDF
alike: only at a space, and never inside a place name after its kind ("phường Kiến An",
"QUẬN KIẾN AN"), a number after its word ("năm 2025", "số 15/QĐ-UBND", "ngày 05"), or next to
a spaced dash ("Văn hóa -" / "Xã hội", never a line that starts with "-")."""

from __future__ import annotations

import unicodedata

from kienan_awards.core.documents.text_width import approximate_width_mm

# The kinds of administrative unit as a name follows them ("thành phố", "thị trấn", "đặc
# khu", "tổ dân phố"), and the words a number follows.
PLACE_KINDS = ("phường", "xã", "quận", "huyện", "tỉnh", "trấn", "phố", "khu", "thôn", "xóm", "ấp")
NUMBER_WORDS = ("năm", "số", "ngày", "tháng")
NAME_WORDS = 4  # the longest place name kept on one line ("Trần Thành Ngọ")
DASHES = ("-", "–", "—")
NAME_ENDS = ",;:.)”\"'"  # a name ends with the word that ends with one of these
NO_BREAK_SPACE = "\u00a0"

_PLACE_KINDS = frozenset(PLACE_KINDS)
_NUMBER_WORDS = frozenset(NUMBER_WORDS)


def _folded(word: str) -> str:
    return unicodedata.normalize("NFC", word).casefold()


def pieces(
    text: str, within_mm: float | None = None, size_pt: float = 13, bold: bool = False
) -> list[str]:
    """The text in the pieces a line may not break inside, in order; joined by single spaces
    they are the text with its runs of spaces made one. within_mm: a piece wider than that (a
    long place name in a narrow column) breaks after its kind ("Phường" / "Đồng Hòa"), or
    between its words if the name alone is wider still."""
    found = _pieces(text)
    if within_mm is None:
        return found

    def fits(part: str) -> bool:
        return approximate_width_mm(part, size_pt, bold) <= within_mm

    split: list[str] = []
    for piece in found:
        first, _, rest = piece.partition(" ")
        if not rest or fits(piece):
            split.append(piece)
        elif fits(rest):
            split += [first, rest]
        else:
            split += piece.split(" ")
    return split


def _pieces(text: str) -> list[str]:
    found: list[str] = []
    name_left = 0  # capitalised words that may still join the place name the last piece ends in
    for word in text.split():
        last = _folded(found[-1].rsplit(" ", 1)[-1]) if found else ""
        if last in _PLACE_KINDS and (word[:1].isupper() or word[:1].isdigit()):
            found[-1] += f" {word}"
            name_left = NAME_WORDS - 1
        elif last in _NUMBER_WORDS and word[:1].isdigit():
            found[-1] += f" {word}"
            name_left = 0
        elif name_left > 0 and word[:1].isupper() and last[-1:] not in NAME_ENDS:
            found[-1] += f" {word}"
            name_left -= 1
        elif found and word in DASHES:
            found[-1] += f" {word}"
            name_left = 0
        else:
            found.append(word)
            name_left = 0
    return found


def joined(
    text: str, within_mm: float | None = None, size_pt: float = 13, bold: bool = False
) -> str:
    """The text with the spaces a line may not break at made non-breaking (U+00A0), as a
    word processor keeps them."""
    return " ".join(
        piece.replace(" ", NO_BREAK_SPACE) for piece in pieces(text, within_mm, size_pt, bold)
    )
