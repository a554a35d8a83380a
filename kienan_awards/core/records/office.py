"""The office the program works for: the authority that signs decisions and certificates, as it
stands from a given day (an authority's name and signer change; earlier decisions keep theirs).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core import vocabulary
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message, joined
from kienan_awards.core.storage.database import write_transaction
from kienan_awards.core.text import clean, fold, name_problem

if TYPE_CHECKING:
    from sqlite_utils import Database

# The levels of People's Committee this office may be; the schema's CHECK holds these too.
OFFICE_LEVELS = ("commune", "district", "city")

# How the signer signs (Decree 30/2020, Appendix I): the chairman himself, a deputy on the
# chairman's behalf ("KT."), for the committee as a body ("TM.") or as acting chairman ("Q.").
# The schema's CHECK holds these too.
SIGNING_CAPACITIES = ("", "KT.", "TM.", "Q.")
ON_BEHALF, FOR_THE_BODY, ACTING = "KT.", "TM.", "Q."
# Whoever signs, a People's Committee's decisions and certificates are the chairman's.
CHAIRMAN_TITLE = "Chủ tịch"
COMMITTEE_WORDS = vocabulary.COMMITTEE


@dataclass(frozen=True)
class Office:
    body_name: str  # "Ủy ban nhân dân phường Kiến An"
    place: str  # "Kiến An": the place in "Kiến An, ngày … tháng … năm …"
    signer_title: str  # the signer's own title: "Chủ tịch", "Phó Chủ tịch"
    signer_name: str
    signing_capacity: str = ""  # one of SIGNING_CAPACITIES

    @property
    def issuer_title(self) -> str:
        """The certificate's header line, the chairman's whoever signs: 'CHỦ TỊCH ỦY BAN NHÂN
        DÂN PHƯỜNG KIẾN AN'."""
        return issuer_title_of(self.body_name)

    @property
    def signature_lines(self) -> list[str]:
        return signature_lines(self.signing_capacity, self.signer_title, self.body_name)


def issuer_title_of(body_name: str) -> str:
    return f"{CHAIRMAN_TITLE} {body_name}".upper()


def body_of_issuer(issuer_title: str) -> str:
    """The body an issuer line names: 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG X' -> 'ỦY BAN NHÂN DÂN
    PHƯỜNG X'."""
    chairman = f"{CHAIRMAN_TITLE.upper()} "
    return issuer_title[len(chairman) :] if issuer_title.startswith(chairman) else issuer_title


def inferred_capacity(signer_title: str | None) -> str:
    """The capacity a signer's own title plainly says: a deputy ("Phó Chủ tịch") signs KT. on
    the chairman's behalf, an acting chairman ("Quyền Chủ tịch") Q.; anyone else himself."""
    words = fold(signer_title).split()
    if words[:1] == ["pho"]:
        return ON_BEHALF
    if words[:1] == ["quyen"]:
        return ACTING
    return ""


def _committee_line(body_name: str) -> str:
    """ "ỦY BAN NHÂN DÂN" for a People's Committee (the body as TM. names it), else the body."""
    if body_key(body_name).split()[:1] == ["ubnd"]:
        return COMMITTEE_WORDS.upper()
    return (body_name or "").upper()


def signature_lines(capacity: str | None, signer_title: str | None, body_name: str) -> list[str]:
    """The lines over the signature, in capitals: "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH"; "TM. ỦY
    BAN NHÂN DÂN" over "CHỦ TỊCH"; "Q. CHỦ TỊCH" alone when the signer's title says no more;
    the signer's title alone when he signs himself."""
    title = (signer_title or CHAIRMAN_TITLE).upper()
    if capacity == FOR_THE_BODY:
        return [f"{FOR_THE_BODY} {_committee_line(body_name)}", title]
    if capacity in (ON_BEHALF, ACTING):
        head = f"{capacity} {CHAIRMAN_TITLE.upper()}"
        if capacity == ACTING and fold(signer_title) in ("chu tich", "quyen chu tich"):
            return [head]
        return [head, title]
    return [title]


def decision_capacity(kept: str | None, kept_title: str | None, authority: str | None) -> str:
    """The capacity a decision was signed in: the one it keeps; for a decision that keeps a
    signer but no capacity (one of a past list), what the signer's title says; else that of
    the authority that signs it."""
    if kept is not None:
        return kept
    if kept_title is not None:
        return inferred_capacity(kept_title)
    return authority or ""


FIELDS = {
    "body_name": Message("the office (e.g. Ủy ban nhân dân phường Kiến An) is required"),
    "place": Message("the place written before the date is required"),
    "signer_title": Message("the signer's title (e.g. Chủ tịch) is required"),
    "signer_name": Message("the signer's full name is required"),
}


# The first words of a body's name after "Ủy ban nhân dân", folded, and the level they say.
# "thi xa" comes before "xa" and "thi tran": a thị xã is a district-level town.
_LEVEL_WORDS = (
    (("thi", "xa"), "district"),
    (("thi", "tran"), "commune"),
    (("dac", "khu"), "commune"),
    (("thanh", "pho"), "city"),
    (("phuong",), "commune"),
    (("xa",), "commune"),
    (("quan",), "district"),
    (("huyen",), "district"),
    (("tinh",), "city"),
)


def body_key(body_name: str | None) -> str:
    """A body's name as compared with another's: folded, "Ủy ban nhân dân" written "ubnd"."""
    words = fold(body_name).split()
    if words[:4] == ["uy", "ban", "nhan", "dan"]:
        words = ["ubnd", *words[4:]]
    return " ".join(words)


def level_of_office(body_name: str | None) -> str | None:
    """The level a People's Committee is at, read from its name: "Ủy ban nhân dân phường Kiến
    An" -> commune, "UBND quận Kiến An" -> district, "Ủy ban nhân dân thành phố Hải Phòng" ->
    city; None when the name does not say."""
    words = fold(body_name).split()
    for prefix in (["uy", "ban", "nhan", "dan"], ["ubnd"]):
        if words[: len(prefix)] == prefix:
            words = words[len(prefix) :]
            break
    for start, level in _LEVEL_WORDS:
        if tuple(words[: len(start)]) == start:
            return level
    return None


def _capacity_problem(values: dict) -> Message | None:
    capacity = values.get("signing_capacity")
    if capacity is None:
        return None
    if capacity not in SIGNING_CAPACITIES:
        return Message(
            "the signer signs as the chairman himself, KT., TM. or Q., not {capacity}",
            capacity=capacity,
        )
    deputy = inferred_capacity(values.get("signer_title")) == ON_BEHALF
    if capacity == "" and deputy:
        return Message(
            "a deputy signs KT. on the chairman's behalf (or Q. when acting), not as chairman"
        )
    if capacity == ON_BEHALF and fold(values.get("signer_title")) == fold(CHAIRMAN_TITLE):
        return Message("the chairman signs himself, not KT. on his own behalf")
    return None


def _level_problem(values: dict) -> Message | None:
    given = clean(values.get("level"))
    if given and given not in OFFICE_LEVELS:
        return Message("the level is one of commune, district or city, not {level}", level=given)
    if not given and clean(values.get("body_name")) and not level_of_office(values["body_name"]):
        return Message("the office's name does not say its level: choose commune, district or city")
    return None


def office_problems(values: dict) -> dict[str, str]:
    """Field -> what is wrong with it; empty when the office can be saved. The level, when not
    given, is read from the office's name."""
    problems = {}
    for key, required in FIELDS.items():
        value = values.get(key)
        problem = name_problem(value)
        if problem:
            problems[key] = Message("the text {problem}", problem=problem)
        elif not clean(value):
            problems[key] = required
    level = _level_problem(values)
    if level is not None:
        problems["level"] = level
    capacity = _capacity_problem(values)
    if capacity is not None:
        problems["signing_capacity"] = capacity
    return problems


@dataclass(frozen=True)
class OfficePeriod:
    """An issuing authority and the days it is in force (valid_to None: until another)."""

    id: int
    office: Office
    valid_from: dt.date | None
    valid_to: dt.date | None
    # 'commune', 'district' or 'city'; None for an authority recorded before levels were
    # (one whose name did not say), which decides nothing until the clerk records it.
    level: str | None = None


# Another body's authority (the city's) signs the decisions recorded from it, never this
# office's: the periods below are this office's only.
THIS_OFFICE = "is_this_office = 1"
_PERIOD_COLUMNS = (
    "id, body_name, place, signer_title, signer_name, valid_from, valid_to, level, signing_capacity"
)


def _period(row) -> OfficePeriod:
    authority_id, *office, valid_from, valid_to, level, capacity = row
    return OfficePeriod(
        authority_id,
        Office(*(clean(value) for value in office), capacity or ""),
        dt.date.fromisoformat(valid_from) if valid_from else None,
        dt.date.fromisoformat(valid_to) if valid_to else None,
        level,
    )


def office_periods(db: Database) -> list[OfficePeriod]:
    """Every issuing authority with its dates, the newest first."""
    return [
        _period(row)
        for row in db.execute(
            f"""SELECT {_PERIOD_COLUMNS} FROM issuing_authorities WHERE {THIS_OFFICE}
                ORDER BY valid_from IS NULL, valid_from DESC, id DESC"""
        )
    ]


def office_period_on(db: Database, day: dt.date | None = None) -> OfficePeriod | None:
    """The authority in force on the day (default today) with its dates, or None."""
    day = day or dt.date.today()
    row = db.execute(
        f"""SELECT {_PERIOD_COLUMNS} FROM issuing_authorities WHERE {THIS_OFFICE}
             AND (valid_from IS NULL OR valid_from <= :d) AND (valid_to IS NULL OR valid_to >= :d)
           ORDER BY valid_from DESC LIMIT 1""",
        {"d": day.isoformat()},
    ).fetchone()
    return _period(row) if row else None


def office_on(db: Database, day: dt.date | None = None) -> Office | None:
    """The office in force on the day (default today), or None when none is recorded."""
    period = office_period_on(db, day)
    return period.office if period else None


def _checked_office(values: dict) -> tuple[Office, str]:
    """The office and its level (given, else read from its name); refused naming each field
    that is wrong."""
    problems = office_problems(values)
    if problems:
        raise KienanError(
            joined(
                [
                    Message("{field}: {problem}", field=key, problem=problem)
                    for key, problem in problems.items()
                ]
            )
        )
    capacity = values.get("signing_capacity")
    office = Office(
        *(clean(values[key]) for key in FIELDS),
        inferred_capacity(values["signer_title"]) if capacity is None else capacity,
    )
    return office, clean(values.get("level")) or level_of_office(office.body_name)


def _authority_row(values: dict) -> dict:
    office, level = _checked_office(values)
    return {
        # The chairman's, whoever signs: the note under a list names him.
        "name": f"{CHAIRMAN_TITLE} {office.body_name}",
        "issuer_title": office.issuer_title,
        "body_name": office.body_name,  # the decision's header shows it in capitals
        "signer_title": office.signer_title,
        "signer_name": office.signer_name,
        "signing_capacity": office.signing_capacity,
        "place": office.place,
        "decision_suffix": vocabulary.DECISION_SUFFIX,
        "level": level,
    }


def _insert_authority(db: Database, row: dict, day: dt.date) -> int:
    columns = ", ".join([*row, "valid_from"])
    marks = ", ".join("?" for _ in range(len(row) + 1))
    return db.execute(
        f"INSERT INTO issuing_authorities ({columns}) VALUES ({marks})",
        [*row.values(), day.isoformat()],
    ).lastrowid


def _begun_on(db: Database, day: dt.date) -> int | None:
    """This office's authority that began on the day, if one did."""
    row = db.execute(
        f"SELECT id FROM issuing_authorities WHERE {THIS_OFFICE} AND valid_from = ?",
        [day.isoformat()],
    ).fetchone()
    return row[0] if row else None


def _correct(db: Database, authority_id: int, row: dict) -> list[int]:
    assignments = ", ".join(f"{key} = ?" for key in row)
    db.execute(
        f"UPDATE issuing_authorities SET {assignments} WHERE id = ?",
        [*row.values(), authority_id],
    )
    return [authority_id]


def add_office(db: Database, values: dict, valid_from: dt.date) -> ChangeSet:
    """Record a new authority in force from the day. The one in force before it, when it has
    no end, is closed the day before. A day on which another authority is already in force, or
    one before a recorded authority begins, is refused, naming that authority, and nothing is
    written. The level, when not given, is read from the office's name, and the signing
    capacity (values["signing_capacity"]) from the signer's title. Returns the authorities
    written."""
    row = _authority_row(values)
    with write_transaction(db):
        written = _add(db, row, valid_from)
    return ChangeSet.of(RecordKind.OFFICE, *written)


def record_office(db: Database, values: dict, day: dt.date | None = None) -> ChangeSet:
    """Record the office as it stands from the day (default today; the office dialog's save):
    the authority that began on the day is corrected (its signer, its level); otherwise one is
    added from the day as add_office does, so a past authority can be recorded and one that
    would overlap another is refused. The level, when not given, is read from the office's
    name, and the signing capacity from the signer's title. Returns the authorities written."""
    row = _authority_row(values)
    day = day or dt.date.today()
    with write_transaction(db):
        same_day = _begun_on(db, day)
        written = _correct(db, same_day, row) if same_day else _add(db, row, day)
    return ChangeSet.of(RecordKind.OFFICE, *written)


def _add(db: Database, row: dict, valid_from: dt.date) -> list[int]:
    closing, overlapping = [], []
    for period in map(
        _period,
        db.execute(
            f"""SELECT {_PERIOD_COLUMNS} FROM issuing_authorities
                WHERE {THIS_OFFICE} AND (valid_to IS NULL OR valid_to >= ?)
                ORDER BY valid_from""",
            [valid_from.isoformat()],
        ),
    ):
        begins_before = period.valid_from is None or period.valid_from < valid_from
        (closing if begins_before and period.valid_to is None else overlapping).append(period)
    if overlapping:
        raise KienanError(_overlap(valid_from, overlapping[0]))
    day_before = (valid_from - dt.timedelta(days=1)).isoformat()
    for period in closing:
        db.execute(
            "UPDATE issuing_authorities SET valid_to = ? WHERE id = ?", [day_before, period.id]
        )
    return [*(period.id for period in closing), _insert_authority(db, row, valid_from)]


def _overlap(day: dt.date, period: OfficePeriod) -> Message:
    """What a new authority from the day would overlap, in one line."""
    values = {
        "day": f"{day:%d/%m/%Y}",
        "authority": period.office.body_name,
        "signer": period.office.signer_name,
    }
    start = f"{period.valid_from:%d/%m/%Y}" if period.valid_from else None
    end = f"{period.valid_to:%d/%m/%Y}" if period.valid_to else None
    if start and end:
        return Message(
            "from {day} the office would overlap {authority} ({signer}), in force from "
            "{start} to {end}",
            start=start,
            end=end,
            **values,
        )
    if start:
        return Message(
            "from {day} the office would overlap {authority} ({signer}), in force from {start}",
            start=start,
            **values,
        )
    return Message(
        "from {day} the office would overlap {authority} ({signer}), in force until {end}",
        end=end,
        **values,
    )


def set_office_level(db: Database, day: dt.date, level: str) -> ChangeSet:
    """Record the level of this office's authority in force on the day (an authority recorded
    before levels were kept, or one whose name does not say it). Refused when none is in force
    that day or the level is not one an office has; nothing is written. Returns the authority
    written."""
    if level not in OFFICE_LEVELS:
        raise KienanError(
            Message("the level is one of commune, district or city, not {level}", level=level)
        )
    with write_transaction(db):
        period = office_period_on(db, day)
        if period is None:
            raise KienanError(
                Message(
                    "no issuing authority of this office is in force on {day}",
                    day=f"{day:%d/%m/%Y}",
                )
            )
        db.execute("UPDATE issuing_authorities SET level = ? WHERE id = ?", [level, period.id])
    return ChangeSet.of(RecordKind.OFFICE, period.id)
