"""Turns spreadsheet cells, typed however offices type them, into checked values.

Each parser returns the value or raises CellError with a message naming what is wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from functools import cache

from kienan_awards.core import vocabulary as words
from kienan_awards.core.messages import Message
from kienan_awards.core.text import clean, fold, has_diacritics, text_problem, without_controls

# Excel counts 29/02/1900, a day that never was (serial 60): serials after it are off by one.
EXCEL_EPOCH = dt.date(1899, 12, 30)
_EXCEL_PHANTOM_DAY = 60
# Dates and years a record may hold: anything outside is a typing slip, not history.
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)
# The longest text a list's cell may hold: an achievement runs to a few hundred words; more
# is a pasted document or a hostile file, which matching would pay for.
MAX_TEXT_CHARACTERS = 4_000
_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_WORDS_DATE = re.compile(r"^ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$")
_YEAR = re.compile(r"^\d{4}$")


class CellError(ValueError):
    """A cell's content cannot be what its column says it is."""


def is_empty(value) -> bool:
    """No value: None, or text of nothing but spaces (non-breaking ones too) or zero-width
    characters, which offices leave in cells they cleared by typing over them."""
    return value is None or (isinstance(value, str) and not clean(value))


def dmy(iso: str | None) -> str:
    """A stored ISO date as offices write it: '1982-06-05' -> '05/06/1982'; '' for none."""
    if not iso:
        return ""
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


def _plain(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def text(value) -> str:
    """Any cell as stored text: NFC, trimmed; whole numbers typed as numbers lose their '.0'.
    A control character or a direction override, or a text too long for any field, is
    refused."""
    if value is None:
        return ""
    plain = _plain(value)
    if len(plain) > MAX_TEXT_CHARACTERS:
        raise CellError(
            Message(
                "the text is {length} characters long; a cell holds at most {most}",
                length=len(plain),
                most=MAX_TEXT_CHARACTERS,
            )
        )
    problem = text_problem(plain)
    if problem:
        raise CellError(Message("the text {problem}", problem=problem))
    return clean(plain)


def shown(value) -> str:
    """Any cell as text to show or to recognise (a header, a section, a name in a message),
    never refused: control characters become U+FFFD, so nothing hidden reaches a screen."""
    if value is None:
        return ""
    return clean(without_controls(_plain(value)))


def column_letter(index: int) -> str:
    """Excel's letters for a column index: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _in_range(day: dt.date, shown) -> dt.date:
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise CellError(
            Message(
                "date {value} lies outside {earliest} - {latest}",
                value=shown,
                earliest=f"{EARLIEST_DATE:%d/%m/%Y}",
                latest=f"{LATEST_DATE:%d/%m/%Y}",
            )
        )
    return day


def _make_date(year: int, month: int, day: int, shown: str) -> dt.date:
    try:
        made = dt.date(year, month, day)
    except ValueError:
        raise CellError(Message("impossible date {value}", value=shown)) from None
    return _in_range(made, shown)


def _excel_serial_date(value: int | float) -> dt.date:
    if not float(value).is_integer() or not 1 <= value <= 73_415:  # 73415: 31/12/2100
        raise CellError(Message("{value} is not a date", value=value))
    if value == _EXCEL_PHANTOM_DAY:
        raise CellError(Message("{value} is Excel's 29/02/1900, a day that never was", value=value))
    # Serials before the phantom day are one day later than the epoch suggests.
    shift = 1 if value < _EXCEL_PHANTOM_DAY else 0
    return EXCEL_EPOCH + dt.timedelta(days=int(value) + shift)


def date(value) -> dt.date | None:
    """Excel dates, dd/mm/yyyy text (also with - or .), yyyy-mm-dd text, 'ngày 12 tháng 01 năm
    2024', or a serial day number. None for an empty cell."""
    if is_empty(value):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return _in_range(value, f"{value:%d/%m/%Y}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _excel_serial_date(value)
    shown = clean(str(value))
    for pattern, order in ((_DMY, "dmy"), (_YMD, "ymd"), (_WORDS_DATE, "dmy")):
        match = pattern.match(fold(shown) if pattern is _WORDS_DATE else shown)
        if match:
            first, second, third = (int(group) for group in match.groups())
            if order == "dmy":
                return _make_date(third, second, first, shown)
            return _make_date(first, second, third, shown)
    raise CellError(Message("'{value}' is not a date (write it as dd/mm/yyyy)", value=shown))


def year(value, earliest: int = EARLIEST_DATE.year, latest: int | None = None) -> int | None:
    """A year typed as a number, as text, or given by a date. None for an empty cell."""
    latest = min(latest or dt.date.today().year + 1, LATEST_DATE.year)
    earliest = max(earliest, EARLIEST_DATE.year)
    if is_empty(value):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        result = value.year
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if not float(value).is_integer():
            raise CellError(Message("{value} is not a year", value=value))
        result = int(value)
    else:
        shown = clean(str(value))
        if not _YEAR.match(shown):
            raise CellError(Message("'{value}' is not a year", value=shown))
        result = int(shown)
    if not earliest <= result <= latest:
        raise CellError(Message("impossible year {value}", value=result))
    return result


def birth(value) -> tuple[dt.date | None, int | None]:
    """(birth date, birth year) from a cell holding either a year or a full date."""
    if is_empty(value):
        return None, None
    shown = text(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) or _YEAR.match(shown):
        return None, year(value, latest=dt.date.today().year)
    born = date(value)
    if born > dt.date.today():
        raise CellError(Message("birth date {day} is in the future", day=f"{born:%d/%m/%Y}"))
    return born, born.year


# Spellings the import reads besides the vocabulary's own words (folded).
_GENDER_SYNONYMS = {"male": "male", "m": "male", "female": "female", "f": "female"}
# Recipient kinds as other programs and offices write them (folded, without spaces): the
# codes of the provincial award system's templates, English, and "Gia đình ...".
_KIND_SYNONYMS = {
    "individual": "individual",
    "collective": "collective",
    "household": "household",
    "giadinh": "household",
    "tapthe": "collective",
    "canhan": "individual",
    "hogiadinh": "household",
}
# Words before the kind in a kind cell that say nothing about it: "Khen thưởng cá nhân".
_KIND_OPENINGS = ("khen thuong ", "doi tuong ")


def code_of(value, own: dict[str, str], synonyms: dict[str, str]) -> str | None:
    """The code a cell spells: by one of the vocabulary's words for the codes (own, code ->
    word), or by one of the synonyms (folded spelling -> code); None when by neither."""
    folded = fold(text(value))
    spellings = {**synonyms, **{fold(word): code for code, word in own.items()}}
    return spellings.get(folded)


def _known(own: dict[str, str]) -> str:
    return ", ".join(own.values())


def gender(value) -> str | None:
    if is_empty(value):
        return None
    code = code_of(value, words.GENDERS, _GENDER_SYNONYMS)
    if code is None:
        raise CellError(
            Message(
                "'{value}' is not a gender ({known})",
                value=text(value),
                known=_known(words.GENDERS),
            )
        )
    return code


def _kind_key(folded: str) -> str:
    for opening in _KIND_OPENINGS:
        folded = folded.removeprefix(opening)
    return folded.replace(" ", "")


def recipient_kind(value) -> str | None:
    """Individual, collective or household, by the vocabulary's word, a code such as TAPTHE
    or a phrase such as 'Khen thưởng cá nhân'."""
    if is_empty(value):
        return None
    spellings = {
        **_KIND_SYNONYMS,
        **{_kind_key(fold(word)): code for code, word in words.RECIPIENT_KINDS.items()},
    }
    code = spellings.get(_kind_key(fold(text(value))))
    if code is None:
        raise CellError(
            Message(
                "'{value}' is not a kind ({known})",
                value=text(value),
                known=_known(words.RECIPIENT_KINDS),
            )
        )
    return code


# The kinds of unit a list may name, each read as the tier it stands in (lower case, with
# diacritics: "Ban" is a board, "Bản" a village). The statistics office writes a centrally-run
# city "Thành phố Trung ương" and a city under a province "Thành phố", so "Thành phố" alone is
# read as the district tier.
_UNIT_KIND_SPELLINGS = {
    "tỉnh": "province",
    "thành phố trực thuộc trung ương": "province",
    "thành phố trung ương": "province",
    "province": "province",
    "thành phố": "district",
    "thành phố thuộc tỉnh": "district",
    "thị xã": "district",
    "quận": "district",
    "huyện": "district",
    "district": "district",
    "phường": "ward",
    "xã": "ward",
    "thị trấn": "ward",
    "đặc khu": "ward",
    "ward": "ward",
    "tổ dân phố": "residential_group",
    "khu phố": "residential_group",
    "thôn": "residential_group",
    "xóm": "residential_group",
    "ấp": "residential_group",
    "bản": "residential_group",
    "residential group": "residential_group",
    "sở": "agency",
    "văn phòng": "agency",
    "trường": "agency",
    "trạm": "agency",
    "trung tâm": "agency",
    "agency": "agency",
    "phòng": "department",
    "ban": "department",
    "department": "department",
    "khác": "other",
    "other": "other",
}
_PUNCTUATION = re.compile(r"[^\w\s]")
_LIST_MARKS = re.compile(r"[,/;]")


def _unit_kind_key(value: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", clean(value).casefold()).split())


@cache  # the vocabulary's words: made once, read for every unit's kind
def _unit_kind_spellings() -> dict[str, str]:
    own = {_unit_kind_key(word): code for code, word in words.UNIT_KINDS.items()}
    return {**_UNIT_KIND_SPELLINGS, **own}


def _spelled_kind(key: str, spellings: dict[str, str]) -> str | None:
    """The kind a spelling names: as written; without diacritics, the one kind whose
    spellings fold to it (CellError when two do: 'ban' is Ban or Bản)."""
    if key in spellings:
        return spellings[key]
    if has_diacritics(key):
        return None
    fitting = {spelling: code for spelling, code in spellings.items() if fold(spelling) == key}
    if len(set(fitting.values())) > 1:
        raise CellError(
            Message(
                "'{value}' without diacritics may be more than one kind of unit ({spellings})",
                value=key,
                spellings=", ".join(sorted(fitting)),
            )
        )
    return next(iter(fitting.values()), None)


def unit_kind(value) -> str | None:
    """The code of a unit's kind: by the vocabulary's word for a tier ('Phường, xã'), by any
    administrative kind or agency ('Thị trấn', 'Đặc khu', 'Sở'), or by a list of kinds of one
    tier ('Thôn/Xóm'). None for an empty cell."""
    if is_empty(value):
        return None
    shown = text(value)
    spellings = _unit_kind_spellings()
    code = _spelled_kind(_unit_kind_key(shown), spellings)
    if code is None:
        parts = {
            _spelled_kind(_unit_kind_key(part), spellings)
            for part in _LIST_MARKS.split(shown)
            if clean(part)
        }
        code = parts.pop() if len(parts) == 1 else None
    if code is None:
        raise CellError(
            Message(
                "unknown kind of unit '{kind_text}' (known: {known})",
                kind_text=shown,
                known="; ".join(words.UNIT_KINDS.values()),
            )
        )
    return code


def unit_kind_of_name(name: str) -> str | None:
    """The kind a unit's name begins with ('Thị trấn Trường Sơn' -> 'ward'), the longest
    kind word first; None when it begins with none, or only ambiguously. A name 'Thành phố
    ...' does not say whether the city is centrally run, so it gives no kind."""
    opening = _unit_kind_key(name).split(" ")[:-1]  # a name is more than its kind
    spellings = _unit_kind_spellings()
    for length in range(len(opening), 0, -1):
        key = " ".join(opening[:length])
        if fold(key) == "thanh pho":
            return None
        try:
            code = _spelled_kind(key, spellings)
        except CellError:
            return None
        if code is not None:
            return code
    return None


_ID_SEPARATORS = re.compile(r"[\s.\-]")
_ID_DIGITS = re.compile(r"[0-9]+")
# Excel drops the leading zero of every CCCD typed as a number (they all begin with 0).
_CCCD, _CMND, _CCCD_WITHOUT_ZERO = 12, 9, 11
# What the register keeps in people.personal_id (schema step 15): a CCCD or an old CMND.
KEPT_ID_LENGTHS = (_CCCD, _CMND)


def _kept_id(digits: str, shown) -> str:
    if len(digits) in KEPT_ID_LENGTHS:
        return digits
    raise CellError(
        Message(
            "personal ID '{value}' has {count} digits; a CCCD has 12 and a CMND 9",
            value=shown,
            count=len(digits),
        )
    )


def personal_id(value) -> str | None:
    """A 12-digit CCCD or a 9-digit CMND, kept as text as typed without spaces, dots, dashes
    or a leading apostrophe. A number of 11 digits is a CCCD Excel took the leading zero from
    and gets it back; any other count of digits is refused, naming the value as typed."""
    if is_empty(value):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and not value.is_integer() or value < 0:
            raise CellError(Message("{value} is not a personal ID", value=value))
        digits = str(int(value))
        if len(digits) == _CCCD_WITHOUT_ZERO:
            digits = "0" + digits
        return _kept_id(digits, str(int(value)))
    shown = text(value)
    digits = _ID_SEPARATORS.sub("", shown.lstrip("'\u2018\u2019`"))
    if not _ID_DIGITS.fullmatch(digits):
        raise CellError(Message("personal ID '{value}' holds more than digits", value=shown))
    return _kept_id(digits, shown)


_NUMBER = re.compile(r"^[+-]?[\d.,\s]+$")


def decimal_number(value) -> Decimal:
    """An exact figure as offices write it: 754.505 or 754,505 (thousands), 6,6 or 6.6
    (decimals), 12.670.113,5. A separator used more than once, or once before exactly three
    digits while the other one is absent, groups thousands; otherwise it marks decimals."""
    if isinstance(value, bool) or is_empty(value):
        raise CellError(Message("a number is required"))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    shown = clean(str(value)).replace(" ", "")
    if not _NUMBER.match(shown) or not any(ch.isdigit() for ch in shown):
        raise CellError(Message("'{value}' is not a number", value=shown))
    dots, commas = shown.count("."), shown.count(",")
    if dots and commas:
        decimal_mark = "," if shown.rfind(",") > shown.rfind(".") else "."
    elif dots + commas == 0:
        decimal_mark = None
    else:
        mark = "." if dots else ","
        digits_after = len(shown) - shown.rfind(mark) - 1
        decimal_mark = None if (shown.count(mark) > 1 or digits_after == 3) else mark
    thousands = {".", ","} - {decimal_mark}
    for mark in thousands:
        shown = shown.replace(mark, "")
    if decimal_mark:
        shown = shown.replace(decimal_mark, ".")
    try:
        return Decimal(shown)
    except InvalidOperation:
        raise CellError(Message("'{value}' is not a number", value=value)) from None
