"""The demo's years around the proposals: 2025's registrations, each with what became of it,
and 2026's registered in January, the year under way; the initiatives recognised in each.

Every title awarded for 2025 or proposed for 2026 was registered; a few people of each office
registered for more than they reached, so the year's rates are not all full. The initiatives'
authors are people whose records already state an initiative."""

from __future__ import annotations

from sqlite_utils import Database

from kienan_awards.core.cycle.initiatives import GRASSROOTS, insert_initiative

REGISTERED_ON = {2025: "2025-01-15", 2026: "2026-01-14"}
EXTRA_PER_UNIT = 2  # people who registered for Advanced Worker beyond those who reached it

# What each year's title holders and proposed recipients are: (person, unit, recipient unit,
# form), the recipient unit of a collective.
_AWARDED = """SELECT a.person_id, coalesce(a.unit_id, a.recipient_unit_id), a.recipient_unit_id,
    a.form_id FROM awards a JOIN award_forms f ON f.id = a.form_id
    WHERE a.achievement_year = ? AND f.category = 'title' AND a.status = 'awarded'
      AND f.code IN ('LDTT', 'CSTDCS', 'TTLDTT', 'TTLDXS')"""
_PROPOSED = """SELECT l.person_id, coalesce(l.unit_id, l.recipient_unit_id), l.recipient_unit_id,
    l.form_id FROM proposal_lines l JOIN proposals p ON p.id = l.proposal_id
    JOIN award_forms f ON f.id = l.form_id
    WHERE p.achievement_year = ? AND f.category = 'title'"""

INITIATIVES = {
    2025: (
        "Số hóa hồ sơ thi đua, khen thưởng của phường",
        "12/QĐ-UBND",
        "2025-11-14",
        "Rút ngắn thời gian tra cứu hồ sơ khen thưởng từ nhiều ngày xuống vài phút.",
    ),
    2026: (
        "Bản đồ số các tổ dân phố phục vụ cải cách hành chính",
        "205/QĐ-UBND",
        "2026-10-20",
        "Người dân tra cứu nơi làm thủ tục và tổ dân phố trên điện thoại.",
    ),
}
AUTHORITY = "Chủ tịch Ủy ban nhân dân phường Kiến An"


def insert_cycle(db: Database) -> None:
    form_ids = dict(db.execute("SELECT code, id FROM award_forms").fetchall())
    for year, query in ((2025, _AWARDED), (2026, _PROPOSED)):
        rows = {
            (person, unit, form)
            for person, unit, recipient_unit, form in db.execute(query, [year]).fetchall()
            if unit is not None
        }
        registered = {person for person, _unit, _form in rows}
        units = sorted({unit for person, unit, _form in rows if person is not None})
        for unit in units:
            others = [
                person
                for (person,) in db.execute(
                    "SELECT id FROM people WHERE unit_id = ? AND deleted_at IS NULL "
                    "ORDER BY name_sort_key, id",
                    [unit],
                )
                if person not in registered
            ]
            rows |= {(person, unit, form_ids["LDTT"]) for person in others[:EXTRA_PER_UNIT]}
        db.conn.executemany(
            "INSERT INTO registrations (year, unit_id, recipient_kind, person_id, form_id, "
            "registered_on) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    year,
                    unit,
                    "individual" if person else "collective",
                    person,
                    form,
                    REGISTERED_ON[year],
                )
                for person, unit, form in sorted(rows, key=lambda r: (r[1], r[0] or 0, r[2]))
            ],
        )
    _initiatives(db)


def _initiatives(db: Database) -> None:
    """One initiative a year, by the fighters whose records state one."""
    authors = {
        2025: db.execute(
            "SELECT a.person_id, a.unit_id FROM awards a JOIN award_forms f ON f.id = a.form_id "
            "WHERE a.achievement_year = 2025 AND f.code = 'CSTDCS' AND a.status = 'awarded' "
            "AND a.achievement LIKE '%sáng kiến%' ORDER BY a.id LIMIT 2"
        ).fetchall(),
        2026: db.execute(
            "SELECT l.person_id, l.unit_id FROM proposal_lines l "
            "JOIN proposals p ON p.id = l.proposal_id JOIN award_forms f ON f.id = l.form_id "
            "WHERE p.achievement_year = 2026 AND f.code = 'CSTDCS' AND l.has_initiative = 1 "
            "ORDER BY l.id LIMIT 1"
        ).fetchall(),
    }
    for year, (title, number, day, effect) in INITIATIVES.items():
        people = authors[year]
        if not people:
            continue
        share = round(100 / len(people), 1)
        insert_initiative(
            db,
            {
                "title": title,
                "unit_id": people[0][1],
                "year": year,
                "decision_number": number,
                "decided_on": day,
                "authority": AUTHORITY,
                "scope": GRASSROOTS,
                "effect": effect,
                "authors": [(person, share) for person, _unit in people],
            },
        )
