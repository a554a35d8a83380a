"""Who may be proposed upward next, by the consecutive-year paths of the Law: two consecutive
years of Grassroots Emulation Fighter lead to the city chairman's Diploma of Merit; three
consecutive with a recognised initiative lead to City Emulation Fighter. People are followed
by their record, so a unit merger does not break their run."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class Candidate:
    person_id: int
    name: str
    unit: str | None
    suggested: str
    reason: str
    years: tuple[int, ...]


def _years_with(db: Database, person_id: int, code: str) -> set[int]:
    return {
        row[0]
        for row in db.execute(
            "SELECT a.achievement_year FROM awards a JOIN award_forms f ON f.id = a.form_id "
            "WHERE a.person_id = ? AND f.code = ? AND a.status = 'awarded'",
            [person_id, code],
        )
    }


def _initiative_in(db: Database, person_id: int, years: tuple[int, ...]) -> bool:
    marks = ", ".join("?" for _ in years)
    return bool(
        db.execute(
            f"""SELECT 1 FROM proposal_lines l JOIN awards a ON a.id = l.award_id
            JOIN award_forms f ON f.id = a.form_id
            WHERE l.person_id = ? AND f.code = 'CSTDCS' AND l.has_initiative = 1
              AND a.achievement_year IN ({marks}) LIMIT 1""",
            [person_id, *years],
        ).fetchone()
    )


def candidates(db: Database, year: int) -> list[Candidate]:
    """People whose record meets a path ending in the given year."""
    found = []
    rows = db.execute(
        """SELECT DISTINCT p.id, p.full_name, u.name FROM awards a
           JOIN award_forms f ON f.id = a.form_id JOIN people p ON p.id = a.person_id
           LEFT JOIN units u ON u.id = p.unit_id
           WHERE f.code = 'CSTDCS' AND a.achievement_year = ? AND a.status = 'awarded'
           ORDER BY p.name_sort_key""",
        [year],
    ).fetchall()
    for person_id, name, unit in rows:
        fighter = _years_with(db, person_id, "CSTDCS")
        three = (year - 2, year - 1, year)
        if (
            set(three) <= fighter
            and _initiative_in(db, person_id, three)
            and (year not in _years_with(db, person_id, "CSTD_CITY"))
        ):
            found.append(
                Candidate(
                    person_id,
                    name,
                    unit,
                    "Chiến sĩ thi đua thành phố",
                    "3 năm liên tục Chiến sĩ thi đua cơ sở, có sáng kiến",
                    three,
                )
            )
        two = (year - 1, year)
        if set(two) <= fighter and year not in _years_with(db, person_id, "BK_CITY"):
            found.append(
                Candidate(
                    person_id,
                    name,
                    unit,
                    "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố",
                    "2 năm liên tục Chiến sĩ thi đua cơ sở",
                    two,
                )
            )
    return found
