"""Vietnamese text: normalisation on the way in, folding for search, name sort keys."""

from __future__ import annotations

import unicodedata

# Base letters in Vietnamese alphabetical order; a letter's tone marks sort after it.
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}
# Tone order used by Vietnamese dictionaries: level, grave, hook, tilde, acute, dot below.
_TONE_RANK = {"": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Marks that make a different letter rather than a tone.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn


def clean(value: str | None) -> str:
    """Text as stored: NFC, trimmed, inner runs of white space folded to one space."""
    if value is None:
        return ""
    return " ".join(unicodedata.normalize("NFC", str(value)).split())


def fold(value: str | None) -> str:
    """Search form: no case, no diacritics, đ as d, single spaces.

    "Trần Thị Hồng", "TRAN THI HONG" and a decomposed copy all fold alike, and so do
    both tone positions ("hòa", "hoà").
    """
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFD", str(value).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.replace("đ", "d").split())


def split_full_name(full_name: str) -> tuple[str, str, str]:
    """(family, middle names, given name) of a Vietnamese full name."""
    parts = clean(full_name).split(" ")
    if len(parts) == 1:
        return "", "", parts[0]
    return parts[0], " ".join(parts[1:-1]), parts[-1]


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
