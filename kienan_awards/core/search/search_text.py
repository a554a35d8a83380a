"""How text becomes search words, and a clerk's query the words to look for.

The index holds two forms of each word: folded (no case, no diacritics, đ as d), which is
what matching uses, and spelt (the tone first, as a digit, then the letters, a letter's mark
as a digit before it), which tells exact spellings apart. Both tone positions ("hòa",
"hoà") spell alike. The tone and the marks coming first let a word still being typed match
by its start: "Hoà" ("2hoa") begins "Hoàng" ("2hoang") but not "Hoang" ("0hoang"), and
"Hà" ("2ha") does not begin "Hằng" ("2h8ang"). Nothing the clerk types reaches
the full-text syntax: the query is cut into words, each quoted (see search.tiers).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from kienan_awards.core.text import clean, fold

# Letters and digits, as SQLite's unicode61 tokenizer splits them; anything else separates.
_WORD = re.compile(r"[^\W_]+")
# Marks that make another letter (circumflex, horn, breve), then the five tones; digits as
# in the VNI typing method, so a spelt word is plain letters and digits to the tokenizer.
_LETTER_MARK_DIGITS = {"\u0302": "6", "\u031b": "7", "\u0306": "8"}
_TONE_DIGITS = {"\u0301": "1", "\u0300": "2", "\u0309": "3", "\u0303": "4", "\u0323": "5"}
NO_TONE = "0"
TONES = NO_TONE + "".join(_TONE_DIGITS.values())


def search_tokens(value: str | None) -> list[str]:
    """The folded words of a text, as the index and the query split them."""
    return _WORD.findall(fold(value))


@lru_cache(maxsize=65_536)  # a few thousand syllables make up most names
def _spelled_word(word: str) -> str:
    letters: list[str] = []
    tone = NO_TONE
    for ch in unicodedata.normalize("NFD", word):
        if ch in _TONE_DIGITS:
            tone = _TONE_DIGITS[ch]
        elif ch in _LETTER_MARK_DIGITS and letters:
            letters[-1] = _LETTER_MARK_DIGITS[ch] + letters[-1]
        elif ch == "đ":
            letters.append("9d")
        elif not unicodedata.combining(ch):
            letters.append(ch)
    # Where the tone was written inside the word does not matter: it goes first.
    return tone + "".join(letters)


def spelled_tokens(value: str | None) -> list[str]:
    """Words with their marks kept, one token each: "Nguyễn" -> "4nguy6en", "hoà" -> "2hoa"."""
    return [_spelled_word(word) for word in _WORD.findall(clean(value).casefold())]


# The same names, units and achievements come back award after award, and one value often
# in two places (the name written on the award and the person's): each value is cut into
# words once. typed: SQLite may pass 1 and 1.0, which are one key to an untyped cache.
@lru_cache(maxsize=131_072, typed=True)
def _folded_words(value) -> tuple[str, ...]:
    return tuple(search_tokens(value))


@lru_cache(maxsize=131_072, typed=True)
def _spelt_words(value) -> tuple[str, ...]:
    return tuple(spelled_tokens(value))


def _words_of_each_value(values, words) -> str:
    """The words of each value in their order (a name's words stay a phrase), a value that
    repeats one before it (the person's name written on the award) once."""
    given = [value for value in values if value]
    if len(given) == 1:
        return " ".join(words(given[0]))
    seen: dict[tuple[str, ...], None] = {}
    for value in given:
        seen[words(value)] = None
    return " ".join(word for value_words in seen for word in value_words)


# An import or a rebuild computes each combination of values once.
@lru_cache(maxsize=131_072, typed=True)
def search_words(*values: str | None) -> str:
    """SQL function: the folded words of the values, in order, a repeated value once."""
    return _words_of_each_value(values, _folded_words)


@lru_cache(maxsize=131_072, typed=True)
def spelled_words(*values: str | None) -> str:
    """SQL function: the spelt words of the values, in order, a repeated value once."""
    return _words_of_each_value(values, _spelt_words)


class EntryWords:
    """The words of many awards' index entries at once, from each award's texts as the view
    award_search_source gives them: the same words the view award_search_text makes through
    search_words and spelled_words, a call a column, here each name's, unit's and
    achievement's worked out once. Holds the words of at most `kept` of each."""

    def __init__(self, kept: int = 65_536):
        self._kept = kept
        self._names: dict[tuple, tuple[str, str, str, str]] = {}
        self._units: dict[tuple, tuple[frozenset, str, str]] = {}
        self._about: dict[tuple, tuple[tuple[tuple[str, ...], str], ...]] = {}
        self.words: set[str] = set()  # every word of the entries made, folded and spelt

    def entry(self, source: tuple) -> tuple:
        """An award's row of search_index_entries (award_id, recency, name_folded,
        name_spelled, names, others, spelled_names, spelled_others) from its row of
        award_search_source."""
        name = source[2:6]  # as written, the person's or collective's name now, later units
        names = self._names.get(name) or self._name_words(name)
        units = self._units.get(source[6:9]) or self._unit_words(source[6:9])
        about = self._about.get(source[9:11]) or self._about_words(source[9:11])
        # As search_words() over all five: a value whose words repeat one before it, once.
        others = units[1]
        for words, text in about:
            if text and words not in units[0]:
                others = f"{others} {text}" if others else text
        return (source[0], source[1], *names[:3], others, names[3], units[2])

    def _name_words(self, name: tuple) -> tuple[str, str, str, str]:
        recipient, person, unit, later_units = name
        folded, spelt = search_words(recipient), spelled_words(recipient)
        if not person and not unit and not later_units:
            words = (folded, spelt, folded, spelt)
        else:
            words = (folded, spelt, search_words(*name), spelled_words(*name))
        self.words.update(words[2].split(), words[3].split())
        return self._kept_in(self._names, name, words)

    def _unit_words(self, units: tuple) -> tuple[frozenset, str, str]:
        """The units' word groups, their words folded and spelt."""
        groups = frozenset(_folded_words(value) for value in units if value)
        words = (groups, search_words(*units), spelled_words(*units))
        self.words.update(words[1].split(), words[2].split())
        return self._kept_in(self._units, units, words)

    def _about_words(self, about: tuple) -> tuple[tuple[tuple[str, ...], str], ...]:
        """The achievement's and the decision number's word groups, each once, with their
        words."""
        groups = dict.fromkeys(_folded_words(value) for value in about if value)
        for group in groups:
            self.words.update(group)
        return self._kept_in(self._about, about, tuple((g, " ".join(g)) for g in groups))

    def _kept_in(self, kept: dict, key: tuple, value):
        if len(kept) >= self._kept:
            kept.clear()
        kept[key] = value
        return value


@dataclass(frozen=True)
class SearchWords:
    """A clerk's query as words: folded, and spelt as typed."""

    folded: tuple[str, ...]
    spelt: tuple[str, ...]
    marked: bool  # typed with diacritics: exact spellings come first
    last_is_prefix: bool  # the clerk has not typed a space after the last word
    # The whole words of the index that begin with a word still being typed, when they were
    # looked up (search.award_search): the index is then asked for them, not for the start.
    completions: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)

    @property
    def name(self) -> str:
        """The whole query as a recipient's folded name."""
        return " ".join(self.folded)

    @property
    def spelt_name(self) -> str:
        """The whole query spelt as typed (typed without marks, spelt without them, as a
        name may be stored)."""
        return " ".join(self.spelt)


def parse_query(text: str | None) -> SearchWords | None:
    """The words of a query; None when it holds nothing to search. Quotes, stars, brackets
    and operator words are words like any other."""
    raw = text or ""
    folded = tuple(search_tokens(raw))
    if not folded:
        return None
    spelt = tuple(spelled_tokens(raw))
    typed = _WORD.findall(clean(raw))
    return SearchWords(
        folded=folded,
        spelt=spelt,
        # The spelt words line up with the folded ones (one each) to be compared.
        marked=len(spelt) == len(folded) and any(not word.isascii() for word in typed),
        last_is_prefix=not raw[-1:].isspace(),
    )
