"""Vietnamese text: normalisation on the way in, folding for search, name sort keys."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from kienan_awards.core.messages import Message

# Base letters in Vietnamese alphabetical order; a letter's tone marks sort after it.
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}
# Tone order used by Vietnamese dictionaries: level, grave, hook, tilde, acute, dot below.
_TONE_RANK = {"": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Marks that make a different letter rather than a tone.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn


# Characters that reach names from other programs and must not make a second spelling:
# zero-width spaces, non-joiners and word joiners, the Mongolian vowel separator (zero-width
# since Unicode 6.3) and the byte-order mark vanish; the Icelandic eth "Ð"/"ð", which old
# Vietnamese fonts and keyboards give for "Đ"/"đ", becomes the Vietnamese letter. No-break
# spaces are spaces already (str.split).
_SAME_LETTER_INSTEAD = str.maketrans(
    {
        "\u200b": None,
        "\u200c": None,
        "\u2060": None,
        "\u180e": None,
        "\ufeff": None,
        "Ð": "Đ",
        "ð": "đ",
    }
)
_ZERO_WIDTH_JOINER = "\u200d"


def _without_hidden_joiners(value: str) -> str:
    """A zero-width joiner between letters hides a second spelling of a name and goes; one
    inside an emoji sequence (after a symbol, variation selector or skin tone) stays."""
    kept = []
    for index, char in enumerate(value):
        if char == _ZERO_WIDTH_JOINER:
            before = value[index - 1] if index else ""
            if not before or unicodedata.category(before)[0] not in "SM":
                continue
        kept.append(char)
    return "".join(kept)


def _same_letters(value: str) -> str:
    value = value.translate(_SAME_LETTER_INSTEAD)
    return _without_hidden_joiners(value) if _ZERO_WIDTH_JOINER in value else value


@lru_cache(maxsize=262_144)
def _clean_text(value: str) -> str:
    return " ".join(_same_letters(unicodedata.normalize("NFC", value)).split())


def clean(value: str | None) -> str:
    """Text as stored: NFC, trimmed, inner runs of white space folded to one space, no
    zero-width characters, "Ð" read as "Đ"."""
    if value is None:
        return ""
    return _clean_text(str(value))


# Characters nobody types into a name and that can hide or reorder what is shown: control
# characters (a tab or new line is folded to a space by clean instead) and the bidirectional
# overrides and isolates. The plain direction marks are kept as typed.
_BIDI_CONTROLS = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))


def _is_control(char: str) -> bool:
    return not char.isspace() and (
        unicodedata.category(char) == "Cc" or ord(char) in _BIDI_CONTROLS
    )


def text_problem(value: str | None) -> str | None:
    """Why a typed text cannot be stored, naming the character and where; None when it can."""
    for position, char in enumerate(value or "", start=1):
        if _is_control(char):
            return Message(
                "holds an invisible control character ({code}) at position {position}",
                code=f"U+{ord(char):04X}",
                position=position,
            )
    return None


# The longest name (of a body, a signer, a place, a decision number) a printed line can hold.
NAME_MOST = 250


def name_problem(value: str | None) -> str | None:
    """Why a typed name cannot be stored (a control character, or too long); None when it can."""
    problem = text_problem(value)
    if problem is None and len(" ".join((value or "").split())) > NAME_MOST:
        return Message(
            "is {length} characters long; a name holds at most {most}",
            length=len(" ".join((value or "").split())),
            most=NAME_MOST,
        )
    return problem


def without_controls(value: str) -> str:
    """The text with each character text_problem refuses replaced by U+FFFD."""
    return "".join("\ufffd" if _is_control(char) else char for char in value)


def _folding_table() -> dict[int, str]:
    table = {ord("đ"): "d"}
    for code in range(0xC0, 0x2000):
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
        )
        if base != char and base.isascii():
            table[code] = base
    return table


_FOLDING_TABLE = _folding_table()


@lru_cache(maxsize=262_144)
def _fold_text(value: str) -> str:
    # A table lookup over precomposed letters does the common case in one pass; anything
    # still carrying marks (decomposed input, rarer scripts) takes the general path.
    folded = _same_letters(unicodedata.normalize("NFC", value)).casefold().translate(_FOLDING_TABLE)
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFD", folded)
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        folded = folded.translate(_FOLDING_TABLE)
    return " ".join(folded.split())


def fold(value: str | None) -> str:
    """Search form: no case, no diacritics, đ as d, single spaces.

    "Trần Thị Hồng", "TRAN THI HONG" and a decomposed copy all fold alike, and so do
    both tone positions ("hòa", "hoà").
    """
    if not value:
        return ""
    return _fold_text(str(value))


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook, dot below
_DROP_TONES = str.maketrans("", "", _TONE_MARKS)
_ALL_BUT_TONES = re.compile(f"[^{_TONE_MARKS}]")


@lru_cache(maxsize=200_000)  # imports ask for the same names again and again
def spelling_key(value: str | None) -> tuple:
    """Tells apart names that fold alike but are spelt differently ("Hoa" and "Hòa"), while
    the two tone positions ("hòa", "hoà") and letter case stay the same spelling: the tone
    is the one mark whose place varies, so each word keeps its letters and its tone apart."""
    # The same letters as clean reads them: a name stored with "Ð" is spelt as one with "Đ".
    same = _same_letters(unicodedata.normalize("NFC", str(value or "")))
    words = unicodedata.normalize("NFD", fold_spaces(same).casefold()).split(" ")
    return tuple((word.translate(_DROP_TONES), _ALL_BUT_TONES.sub("", word)) for word in words)


def has_diacritics(value: str | None) -> bool:
    return bool(value) and not str(value).isascii()


def fold_spaces(value: str | None) -> str:
    return " ".join(str(value or "").split())


def split_full_name(full_name: str) -> tuple[str, str, str]:
    """(family, middle names, given name) of a Vietnamese full name."""
    parts = clean(full_name).split(" ")
    if len(parts) == 1:
        return "", "", parts[0]
    return parts[0], " ".join(parts[1:-1]), parts[-1]


@lru_cache(maxsize=65_536)  # a few thousand syllables make up every Vietnamese name
def _syllable_key(word: str) -> tuple:
    letters: list[int] = []
    tone = 0
    for ch in unicodedata.normalize("NFD", word.casefold()):
        if ch in _TONE_RANK and ch:
            tone = _TONE_RANK[ch]
        elif ch in _LETTER_MARKS and letters:
            base = _ALPHABET[letters[-1]] if letters[-1] < len(_ALPHABET) else ""
            combined = unicodedata.normalize("NFC", base + ch)
            letters[-1] = _LETTER_RANK.get(combined, letters[-1])
        elif ch == "đ":
            letters.append(_LETTER_RANK["đ"])
        else:
            letters.append(_LETTER_RANK.get(ch, len(_ALPHABET) + ord(ch)))
    return tuple(letters), tone


def _words_key(text: str) -> tuple:
    words = [_syllable_key(word) for word in text.split(" ") if word]
    # Letters of every word decide first, tones only break ties (as dictionaries do).
    return tuple(w[0] for w in words), tuple(w[1] for w in words)


def name_sort_key(full_name: str) -> tuple:
    """Order Vietnamese lists: by given name, then family name, then middle names."""
    family, middle, given = split_full_name(full_name)
    return _words_key(given), _words_key(family), _words_key(middle)


def _encode_words_key(key: tuple) -> str:
    letters, tones = key
    # One character a letter, in rank order; a space between words sorts a shorter word first,
    # as tuple comparison does. Characters SQLite compares byte by byte in code point order.
    encoded = " ".join("".join(chr(min(0x30 + rank, 0xD7FF)) for rank in word) for word in letters)
    return encoded + "\x1f" + "".join(str(tone) for tone in tones)


@lru_cache(maxsize=65_536)  # given, family and middle names repeat across thousands of people
def _encoded_part(text: str) -> str:
    return _encode_words_key(_words_key(text))


def name_sort_text(full_name: str) -> str:
    """name_sort_key as text that sorts the same way in SQL (ORDER BY on a stored column)."""
    family, middle, given = split_full_name(full_name)
    return "\x1e".join(_encoded_part(part) for part in (given, family, middle))


def text_sort_text(text: str) -> str:
    """Vietnamese alphabetical order of any text (unit names, forms), as sortable text."""
    return _encode_words_key(_words_key(clean(text)))


VIETNAMESE_MARKS = (".", ",")  # between thousands, before decimals
ENGLISH_MARKS = (",", ".")


def format_decimal(value: str | None, marks: tuple[str, str] = VIETNAMESE_MARKS) -> str:
    """A figure written out whole, with the given marks between thousands and before decimals:
    754.505 and 6,6 the Vietnamese way (documents always), 754,505 and 6.6 the English way."""
    if value is None or value == "":
        return ""
    group, point = marks
    number = Decimal(value)
    whole, _, fraction = f"{number:f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    grouped = f"{int(whole.lstrip('-')):,}".replace(",", group)
    return f"{sign}{grouped}{point}{fraction}" if fraction else f"{sign}{grouped}"
