"""Tells a collective or a household from a person by the words its name begins with, for
lists that have neither a kind column nor section rows.

The words are compared with their diacritics (case aside): "Tổ dân phố" is a collective and
"Tô" a family name, "Hộ" a household and "Hồ" a family name. No word here begins a
Vietnamese full name; "Đoàn" is left out for that reason (it is a family name), and the
collectives named so ("Đoàn Thanh niên") are caught by their longer openings.
"""

from __future__ import annotations

from kienan_awards.core import vocabulary as words
from kienan_awards.core.text import clean

# The opening words of a collective's name, as offices write them.
COLLECTIVE_OPENINGS = (
    "Sở",
    "Phòng",
    "Ban",
    "UBND",
    "Ủy ban",
    "Uỷ ban",
    "HĐND",
    "Hội đồng",
    "Trường",
    "Tổ",  # Tổ dân phố, tổ công tác
    "Khu phố",
    "Khu dân cư",
    "Thôn",
    "Ấp",
    "Bản",
    "Phường",
    "Xã",
    "Thị trấn",
    "Thị xã",
    "Thành phố",
    "Quận",
    "Huyện",
    "Tỉnh",
    "Đặc khu",
    "Văn phòng",
    "Công an",
    "Trung tâm",
    "Chi cục",
    "Cục",
    "Viện",
    "Hội",
    "Thanh tra",
    "Công ty",
    "Doanh nghiệp",
    "Hợp tác xã",
    "HTX",
    "Bệnh viện",
    "Trạm",
    "Đội",
    "Chi bộ",
    "Chi đoàn",
    "Chi hội",
    "Đoàn Thanh niên",
    "Đoàn TNCS",
    "Đảng bộ",
    "Đảng ủy",
    "Đảng uỷ",
    "Mặt trận",
    "MTTQ",
    "Liên đoàn",
    "Công đoàn",
    words.RECIPIENT_KINDS["collective"],  # "Tập thể"
    words.UNIT_KINDS["agency"],  # "Cơ quan"
    words.UNIT,  # "Đơn vị"
    "Lớp",
    "Khoa",
    "Khối",
    "Bộ phận",
    "Nhà văn hóa",
    "Nhà văn hoá",
)

# The opening words of a household's name ("Gia đình ông Nguyễn Văn A", "Hộ bà Trần Thị B").
HOUSEHOLD_OPENINGS = (words.RECIPIENT_KINDS["household"], "Hộ", "Gia đình")


def _openings(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(clean(word).casefold() + " " for word in words)


_COLLECTIVE = _openings(COLLECTIVE_OPENINGS)
_HOUSEHOLD = _openings(HOUSEHOLD_OPENINGS)


def kind_by_name(name: str) -> str | None:
    """'collective' or 'household' when the name begins as such names do; None otherwise
    (a person's name, or a name that says nothing)."""
    spoken = clean(name).casefold() + " "
    if spoken.startswith(_HOUSEHOLD):
        return "household"
    if spoken.startswith(_COLLECTIVE):
        return "collective"
    return None
