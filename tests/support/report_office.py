"""A small office with known answers for the reports' tests: two units, five people, three
decisions over 2023-2024, one revoked award, one movement with targets."""

from __future__ import annotations

from kienan_awards.core.records import units
from kienan_awards.core.storage.database import write_transaction
from kienan_awards.core.text import name_sort_text

PEOPLE = [
    # name, gender, position, unit
    ("Nguyễn Văn An", "male", "Trưởng phòng", "Phòng Nội vụ"),
    ("Trần Thị Bình", "female", "Chuyên viên", "Phòng Nội vụ"),
    ("Lê Thị Cúc", "female", "Công nhân", "Phường Bắc Sơn"),
    ("Phạm Văn Dũng", "male", None, "Phường Bắc Sơn"),
    ("Đỗ Thị Yến", "female", "Giáo viên Trường Tiểu học Bắc Sơn", "Phường Bắc Sơn"),
]
# year, decision, form code, kind, recipient, unit, bonus, status
AWARDS = [
    (
        2023,
        "5/QĐ-UBND",
        "GIAY_KHEN",
        "individual",
        "Nguyễn Văn An",
        "Phòng Nội vụ",
        540_000,
        "awarded",
    ),
    (2023, "5/QĐ-UBND", "LDTT", "individual", "Trần Thị Bình", "Phòng Nội vụ", 540_000, "awarded"),
    (
        2023,
        "5/QĐ-UBND",
        "TTLDTT",
        "collective",
        "Phòng Nội vụ",
        "Phòng Nội vụ",
        1_440_000,
        "awarded",
    ),
    (
        2023,
        "5/QĐ-UBND",
        "GIAY_KHEN",
        "individual",
        "Lê Thị Cúc",
        "Phường Bắc Sơn",
        540_000,
        "awarded",
    ),
    (
        2023,
        "5/QĐ-UBND",
        "LDTT",
        "individual",
        "Phạm Văn Dũng",
        "Phường Bắc Sơn",
        540_000,
        "revoked",
    ),
    (
        2023,
        "6/QĐ-UBND",
        "GDVH",
        "household",
        "Hộ ông Phạm Văn Dũng",
        "Phường Bắc Sơn",
        None,
        "awarded",
    ),
    (
        2024,
        "9/QĐ-UBND",
        "GIAY_KHEN",
        "individual",
        "Nguyễn Văn An",
        "Phòng Nội vụ",
        710_000,
        "awarded",
    ),
    (
        2024,
        "9/QĐ-UBND",
        "GIAY_KHEN",
        "individual",
        "Đỗ Thị Yến",
        "Phường Bắc Sơn",
        710_000,
        "awarded",
    ),
    (2024, "9/QĐ-UBND", "LDTT", "individual", "Lê Thị Cúc", "Phường Bắc Sơn", 710_000, "awarded"),
]
DECISIONS = {"5/QĐ-UBND": "2023-12-20", "6/QĐ-UBND": "2023-12-28", "9/QĐ-UBND": "2025-01-08"}


def build_office(db) -> dict:
    """Fill db; returns the ids the tests need."""
    unit_ids = {
        name: units.save_unit(db, None, {"name": name, "kind": kind}).record_id
        for name, kind in (("Phòng Nội vụ", "department"), ("Phường Bắc Sơn", "ward"))
    }
    forms = dict(db.execute("SELECT code, id FROM award_forms").fetchall())
    with write_transaction(db):
        movement = db.execute(
            "INSERT INTO movements (name, kind, starts_on, ends_on, status) VALUES "
            "('Phong trào thi đua năm 2024', 'regular', '2024-01-01', '2024-12-31', 'closed')"
        ).lastrowid
        decision_ids = {}
        for number, day in DECISIONS.items():
            decision_ids[number] = db.execute(
                "INSERT INTO decisions (number, decided_on, title, movement_id, status) "
                "VALUES (?, ?, ?, ?, 'signed')",
                [number, day, f"Khen thưởng {number}", movement if number == "9/QĐ-UBND" else None],
            ).lastrowid
        person_ids = {}
        for name, gender, position, unit in PEOPLE:
            person_ids[name] = db.execute(
                "INSERT INTO people (full_name, name_folded, name_sort_key, gender, position, "
                "unit_id) VALUES (?, fold(?), ?, ?, ?, ?)",
                [name, name, name_sort_text(name), gender, position, unit_ids[unit]],
            ).lastrowid
        award_ids = []
        for number_in_book, award in enumerate(AWARDS, start=1):
            year, decision, form, kind, recipient, unit, bonus, status = award
            person = person_ids.get(recipient) if kind == "individual" else None
            position = next((p[2] for p in PEOPLE if p[0] == recipient), None)
            award_ids.append(
                db.execute(
                    "INSERT INTO awards (decision_id, form_id, recipient_kind, person_id, "
                    "recipient_unit_id, recipient_name, unit_id, unit_name, position, "
                    "achievement_year, register_number, bonus_amount, status) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        decision_ids[decision],
                        forms[form],
                        kind,
                        person,
                        unit_ids[unit] if kind == "collective" else None,
                        recipient,
                        unit_ids[unit],
                        unit,
                        position,
                        year,
                        number_in_book,
                        bonus,
                        status,
                    ],
                ).lastrowid
            )
        targets = []
        for unit, indicator, plan, actual in (
            ("Phòng Nội vụ", "Hồ sơ giải quyết đúng hạn", 95, 98),
            ("Phường Bắc Sơn", "Thu ngân sách", 1000, 900),
        ):
            target = db.execute(
                "INSERT INTO targets (movement_id, unit_id, indicator, measure_unit, "
                "period_year) VALUES (?, ?, ?, '%', 2024)",
                [movement, unit_ids[unit], indicator],
            ).lastrowid
            db.execute(
                "INSERT INTO target_plans (target_id, source, plan_form, value) "
                "VALUES (?, 'district', 'at_least', ?)",
                [target, str(plan)],
            )
            db.execute(
                "INSERT INTO progress_reports (target_id, reported_on, actual_value) "
                "VALUES (?, '2024-12-31', ?)",
                [target, str(actual)],
            )
            targets.append(target)
    return {"units": unit_ids, "movement": movement, "awards": award_ids, "targets": targets}
