"""A person's name cell as offices type it: an honorific or a rank may come before the name
("Ông Nguyễn Văn An", "Đ/c Trần Thị Bình", "Đại tá Lê Văn Cường"). The honorific is kept apart
so the register holds the name alone, and "Ông"/"Bà" also say the person's gender.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kienan_awards.core import vocabulary as words
from kienan_awards.core.text import clean

# Honorifics and ranks as they are typed before a name, compared with their diacritics (case
# aside). Longer ones are tried first, so "Đại tá" is not read as some "Đại".
HONORIFICS = (
    *words.HONORIFICS.values(),  # "Ông", "Bà": they say the gender too
    "Đồng chí",
    "Đ/c",
    "Đ/C",
    "Đc",
    "Đ.c",
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
    "Đại úy",
    "Đại uý",
    "Thượng úy",
    "Thượng uý",
    "Trung úy",
    "Trung uý",
    "Thiếu úy",
    "Thiếu uý",
    "Chuẩn úy",
    "Chuẩn uý",
    "Thượng sĩ",
    "Trung sĩ",
    "Hạ sĩ",
)
# What a name keeps after its honorific: at least a family and a given name, so a one-word
# name ("Ông Ích") is left as it was typed.
_LEAST_WORDS_LEFT = 2
_GENDER_OF = {
    clean(word).casefold(): gender for gender, word in words.HONORIFICS.items()
}  # "ông" -> male

_PATTERN = re.compile(
    r"^("
    + "|".join(re.escape(clean(h)) for h in sorted(set(HONORIFICS), key=len, reverse=True))
    + r")[\s.:]+(?=\S)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class NameCell:
    name: str
    honorific: str = ""  # as typed, "" when there is none

    @property
    def gender(self) -> str | None:
        """The gender the honorific says ("Ông" male, "Bà" female), or None."""
        return _GENDER_OF.get(self.honorific.casefold())


def split_honorific(name: str) -> NameCell:
    """The name without the honorific typed before it, and the honorific. `name` is stored
    text already (cleaned)."""
    match = _PATTERN.match(name)
    if match is None:
        return NameCell(name)
    rest = name[match.end() :]
    if len(rest.split()) < _LEAST_WORDS_LEFT:
        return NameCell(name)
    return NameCell(rest, match.group(1))
