"""How a certificate words what the register keeps: the achievement after the template's
lead-in, a position joined to its unit, and a unit's name completed with its place.

Words are compared folded (no case, no diacritics, both tone positions alike), so "Phường",
"phường" and a decomposed copy are the same kind.
"""

from __future__ import annotations

from functools import lru_cache

from kienan_awards.core import vocabulary as words
from kienan_awards.core.text import clean, fold

# The words the wording reads (it prints none of its own: the lead-in is the template's).
# An achievement that begins with one of these is already a verb phrase and is printed as it
# stands ("Đã hoàn thành tốt nhiệm vụ ..."); any other follows the lead-in.
ACHIEVEMENT_VERB_OPENINGS = (
    "đã",
    "đang",
    "luôn",
    "có",
    "hoàn thành",
    "xuất sắc hoàn thành",
    "thực hiện",
    "làm tốt",
    "đạt",
    "được",
    "tham gia",
    "tích cực",
    "góp phần",
    "lập",
    "tổ chức",
    "triển khai",
    "dũng cảm",
    "nhiều năm",
)
# The kinds of administrative unit, in lower case after a position or a unit's name
# ("Công chức Tư pháp - Hộ tịch phường Đồng Hòa", "Văn phòng HĐND và UBND quận Kiến An").
ADMINISTRATIVE_KINDS = (
    "Thành phố",
    "Thị xã",
    "Thị trấn",
    "Đặc khu",
    "Tỉnh",
    "Quận",
    "Huyện",
    "Phường",
    "Xã",
)
RESIDENTIAL_KINDS = (words.UNIT_KINDS["residential_group"], "Khu phố", "Thôn", "Xóm", "Ấp")
# Kinds a position may end with and its unit's name begin with: "Trưởng phòng" and "Phòng
# Nội vụ" read "Trưởng phòng Nội vụ"; the longest kind is taken ("Văn phòng", not "Phòng").
UNIT_NAME_KINDS = (
    *ADMINISTRATIVE_KINDS,
    *RESIDENTIAL_KINDS,
    "Văn phòng",
    "Phòng",
    "Ban",
    "Sở",
    "Thanh tra",
    "Trung tâm",
    "Trường",
    "Trạm",
    "Chi cục",
    "Cục",
    "Đội",
    "Hội",
    "Đảng ủy",
    "Chi bộ",
    "Công đoàn",
)
# Written in lower case after a position ("Tổ trưởng tổ dân phố", "... phường Bắc Sơn").
LOWER_CASE_UNIT_KINDS = (*ADMINISTRATIVE_KINDS, *RESIDENTIAL_KINDS)


@lru_cache(maxsize=4096)
def _folded_words(text: str) -> tuple[str, ...]:
    return tuple(fold(text).split())


def _starts_with(text_words: tuple[str, ...], opening: str) -> bool:
    wanted = _folded_words(opening)
    return bool(wanted) and text_words[: len(wanted)] == wanted


def _ends_with(text_words: tuple[str, ...], ending: str) -> bool:
    wanted = _folded_words(ending)
    return bool(wanted) and len(text_words) >= len(wanted) and text_words[-len(wanted) :] == wanted


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lowered(text: str) -> str:
    # An acronym ("UBND", "COVID-19") keeps its capitals.
    first = text.split(" ", 1)[0]
    return text if first[1:2].isupper() else text[:1].lower() + text[1:]


def _is_verb_phrase(text: str) -> bool:
    text_words = _folded_words(text)
    return any(_starts_with(text_words, opening) for opening in ACHIEVEMENT_VERB_OPENINGS)


def _without_lead_in(text: str, lead_in: str) -> str | None:
    """The text after the lead-in it begins with; None when it does not begin with it."""
    count = len(lead_in.split())
    if lead_in.split() and _starts_with(_folded_words(text), lead_in):
        return " ".join(text.split()[count:])
    return None


def achievement_sentence(achievement: str, lead_in: str = words.ACHIEVEMENT_OPENING) -> str:
    """The achievement as the certificate prints it: a verb phrase as it stands ("Đã hoàn
    thành tốt nhiệm vụ ..."), any other phrase after the lead-in ("Đã có thành tích xuất sắc
    ..."); the lead-in is never printed twice, nor put before a verb."""
    text = clean(achievement).rstrip(" .;")
    if not text:
        return ""
    lead_in = clean(lead_in)
    # A lead-in typed before a verb phrase or before itself is dropped.
    while (
        (rest := _without_lead_in(text, lead_in)) is not None
        and rest
        and (_is_verb_phrase(rest) or _without_lead_in(rest, lead_in) is not None)
    ):
        text = rest
    if not lead_in or _is_verb_phrase(text) or _without_lead_in(text, lead_in) is not None:
        return _capitalised(text)
    # "thành tích xuất sắc ..." completes "Đã có" rather than following "Đã có thành tích".
    lead_words = lead_in.split()
    for start in range(1, len(lead_words) - 1):
        if _without_lead_in(text, " ".join(lead_words[start:])) is not None:
            return " ".join([*lead_words[:start], _lowered(text)])
    return f"{lead_in} {_lowered(text)}"


# Longest first, so the first found is the longest ("Văn phòng" before "Phòng").
_UNIT_NAME_KINDS = sorted(
    ((kind, _folded_words(kind)) for kind in UNIT_NAME_KINDS), key=lambda pair: -len(pair[1])
)


def _kind_of(name_words: tuple[str, ...]) -> str | None:
    """The longest kind a unit's name begins with ("Văn phòng", not "Phòng")."""
    return next(
        (kind for kind, folded in _UNIT_NAME_KINDS if name_words[: len(folded)] == folded), None
    )


def _position_kind(position_words: tuple[str, ...]) -> str | None:
    """The longest kind a position ends with ("Chánh Văn phòng": "Văn phòng")."""
    return next(
        (kind for kind, folded in _UNIT_NAME_KINDS if position_words[-len(folded) :] == folded),
        None,
    )


def _contains(outer: str, inner: str) -> bool:
    return f" {fold(inner)} " in f" {fold(outer)} "


def position_with_unit(position: str, unit: str) -> str:
    """A person's position and unit as one phrase, the way documents write it:
    "Chủ tịch UBND phường" and "Phường Đồng Hòa" read "Chủ tịch UBND phường Đồng Hòa";
    "Chuyên viên" and "Phòng Nội vụ" read "Chuyên viên Phòng Nội vụ"; an administrative unit
    or residential group follows in lower case ("Công chức Tư pháp - Hộ tịch phường Bắc
    Sơn"); a unit the position already names is not repeated, only its place added
    ("Trưởng phòng Văn hóa - Thông tin" in "Phòng Văn hóa - Thông tin quận Kiến An" reads
    "Trưởng phòng Văn hóa - Thông tin quận Kiến An")."""
    position, unit = clean(position), clean(unit)
    if not unit or not position:
        return position or unit
    if _contains(position, unit):
        return position
    if (place := _place_after_named_unit(position, unit)) is not None:
        return position + place
    unit_words, position_words = unit.split(), _folded_words(position)
    kind = _kind_of(_folded_words(unit))
    if kind is not None:
        size = len(kind.split())
        proper = " ".join(unit_words[size:])
        if proper and fold(_position_kind(position_words) or "") == fold(kind):
            return f"{position} {proper}"
        if any(fold(kind) == fold(lower) for lower in LOWER_CASE_UNIT_KINDS):
            return f"{position} {unit[:1].lower()}{unit[1:]}"
    return f"{position} {unit}"


def administrative_kind(name: str) -> str | None:
    """The administrative kind a unit's name begins with ("Quận Kiến An": "Quận")."""
    name_words = _folded_words(name)
    found = [kind for kind in ADMINISTRATIVE_KINDS if _starts_with(name_words, kind)]
    return max(found, key=lambda kind: len(kind.split()), default=None)


def _place_start(name: str) -> int | None:
    """The word the place a name says begins at: a kind of administrative unit, in lower case
    or after a comma, before a proper name ("Tổ dân phố số 1, phường Lãm Hà": 5). A kind it
    ends with is no place ("... quận"), nor a capitalised word of its own name ("Văn hóa - Xã
    hội"), nor a common word ("Công tác xã hội"); None when it says none."""
    name_words = name.split()
    for start in range(1, len(name_words)):
        for kind in ADMINISTRATIVE_KINDS:
            size = len(kind_words := _folded_words(kind))
            if start + size >= len(name_words):
                continue
            found = name_words[start : start + size]
            following = name_words[start + size]
            if (
                tuple(fold(word.strip(",;")) for word in found) == kind_words
                and (found[0].islower() or name_words[start - 1].endswith(","))
                and (following[:1].isupper() or following[:1].isdigit())
            ):
                return start
    return None


def _names_a_place(name: str) -> bool:
    return _place_start(name) is not None


def _place_after_named_unit(position: str, unit: str) -> str | None:
    """The unit's place alone, when the position already ends with the unit's own name:
    "Trưởng phòng Văn hóa - Thông tin" in "Phòng Văn hóa - Thông tin quận Kiến An" needs only
    " quận Kiến An", "... HĐND và UBND" in "UBND phường Lê Chân" only " phường Lê Chân"."""
    start = _place_start(unit)
    if start is None:
        return None
    unit_words = unit.split()
    named = " ".join(unit_words[:start]).rstrip(",")
    kind = _kind_of(_folded_words(named))
    own_name = " ".join(named.split()[len(kind.split()) :]) if kind else named
    position_words = _folded_words(position)
    if not own_name or not (
        _ends_with(position_words, own_name) or _ends_with(position_words, named)
    ):
        return None
    separator = ", " if unit_words[start - 1].endswith(",") else " "
    return separator + " ".join(unit_words[start:])


def name_with_place(
    name: str, place_name: str, *, residential: bool = False, only_when_cut: bool = False
) -> str:
    """A unit's name completed with the administrative unit it belongs to: "Văn phòng HĐND
    và UBND quận" in "Quận Kiến An" reads "Văn phòng HĐND và UBND quận Kiến An", "Phòng Nội
    vụ" reads "Phòng Nội vụ quận Kiến An", a residential group "Tổ dân phố số 1, phường Bắc
    Sơn". only_when_cut completes only a name that ends with the place's kind. A name that
    already says its place, or a place of no known kind, is left as it is."""
    name, place_name = clean(name), clean(place_name)
    kind = administrative_kind(place_name)
    if not name or kind is None:
        return name
    proper = " ".join(place_name.split()[len(kind.split()) :])
    if not proper or _contains(name, proper) or _names_a_place(name):
        return name
    if _ends_with(_folded_words(name), kind):
        return f"{name} {proper}"
    if only_when_cut:
        return name
    separator = ", " if residential else " "
    return f"{name}{separator}{kind.lower()} {proper}"
