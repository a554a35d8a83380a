"""How text becomes search words, and a clerk's query a safe full-text expression.

The index holds two forms of each word: folded (no case, no diacritics, đ as d), which is
what matching uses, and spelt (the letters' marks and the tone kept apart, as digits), which
only ranks exact spellings first. Both tone positions ("hòa", "hoà") spell alike. Nothing
the clerk types reaches the full-text syntax: the query is cut into words, each quoted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kienan_awards.core.text import clean, fold

# Letters and digits, as SQLite's unicode61 tokenizer splits them; anything else separates.
_WORD = re.compile(r"[^\W_]+")
# Marks that make another letter (circumflex, horn, breve), then the five tones; digits as
# in the VNI typing method, so a spelt word is plain letters and digits to the tokenizer.
_LETTER_MARK_DIGITS = {"\u0302": "6", "\u031b": "7", "\u0306": "8"}
_TONE_DIGITS = {"\u0301": "1", "\u0300": "2", "\u0309": "3", "\u0303": "4", "\u0323": "5"}


def search_tokens(value: str | None) -> list[str]:
    """The folded words of a text, as the index and the query split them."""
    return _WORD.findall(fold(value))


@lru_cache(maxsize=65_536)  # a few thousand syllables make up most names
def _spelled_word(word: str) -> str:
    letters: list[str] = []
    tone = "0"
    for ch in unicodedata.normalize("NFD", word):
        if ch in _TONE_DIGITS:
            tone = _TONE_DIGITS[ch]
        elif ch in _LETTER_MARK_DIGITS:
            letters.append(_LETTER_MARK_DIGITS[ch])
        elif ch == "đ":
            letters.append("d9")
        elif not unicodedata.combining(ch):
            letters.append(ch)
    # The tone goes last: where it was written inside the word does not matter.
    return "".join(letters) + tone


def spelled_tokens(value: str | None) -> list[str]:
    """Words with their marks kept, one token each: "Nguyễn" -> "nguye6n4", "hoà" -> "hoa2"."""
    return [_spelled_word(word) for word in _WORD.findall(clean(value).casefold())]


# The same names, units and achievements come back award after award, and one value often
# in two places (the name written on the award and the person's): each value is cut into
# words once. typed: SQLite may pass 1 and 1.0, which are one key to an untyped cache.
@lru_cache(maxsize=131_072, typed=True)
def _folded_words(value) -> tuple[str, ...]:
    return tuple(dict.fromkeys(search_tokens(value)))


@lru_cache(maxsize=131_072, typed=True)
def _spelt_words(value) -> tuple[str, ...]:
    return tuple(dict.fromkeys(spelled_tokens(value)))


def _unique_words(values, words) -> str:
    given = [value for value in values if value]
    if len(given) == 1:
        return " ".join(words(given[0]))
    seen: dict[str, None] = {}
    for value in given:
        seen.update(dict.fromkeys(words(value)))
    return " ".join(seen)


# An import or a rebuild computes each combination of values once.
@lru_cache(maxsize=131_072, typed=True)
def search_words(*values: str | None) -> str:
    """SQL function: the folded words of all values, each once."""
    return _unique_words(values, _folded_words)


@lru_cache(maxsize=131_072, typed=True)
def spelled_words(*values: str | None) -> str:
    """SQL function: the spelt words of all values, each once."""
    return _unique_words(values, _spelt_words)


def spelling_score(spelled: str | None, wanted: str | None) -> int:
    """SQL function: how many of the wanted spelt words a record holds, a word found in the
    names counting above any number found in the units ("Thị Hòa" puts Trần Thị Hòa before
    Phạm Thị Hoa of Phường Đồng Hòa). A wanted word ending in "*" is the word still being
    typed: its letters match as a prefix, and its tone only when one was typed."""
    if not spelled or not wanted:
        return 0
    wanted_words = wanted.split(" ")
    score = 0
    for part in spelled.split(" | "):
        tokens = part.split(" ")
        score = score * 100 + sum(1 for want in wanted_words if _spelt_in(want, tokens))
    return score


def _spelt_in(want: str, tokens: list[str]) -> bool:
    if want.endswith("*"):
        letters, tone = want[:-2], want[-2]
        return any(t.startswith(letters) and (tone == "0" or t[-1] == tone) for t in tokens)
    return want in tokens


@dataclass(frozen=True)
class ParsedQuery:
    match: str | None  # FTS5 expression over the folded columns; None when nothing to match
    spelling: str | None  # wanted spelt words, when the query was typed with diacritics


def _quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def parse_query(text: str | None) -> ParsedQuery:
    """Every word must match; the last one as a prefix unless the clerk typed a space after
    it. Quotes, stars, brackets and operator words are searched as words or dropped."""
    raw = text or ""
    tokens = search_tokens(raw)
    if not tokens:
        return ParsedQuery(None, None)
    last_is_prefix = not raw[-1:].isspace()
    terms = [_quoted(token) for token in tokens]
    if last_is_prefix:
        terms[-1] += "*"
    match = "{names units about} : (" + " AND ".join(terms) + ")"
    spelling = None
    if any(not token.isascii() for token in _WORD.findall(clean(raw))):
        wanted = spelled_tokens(raw)
        if wanted and last_is_prefix:
            wanted[-1] += "*"
        spelling = " ".join(wanted)
    return ParsedQuery(match, spelling)
