"""Units with a history to merge and split: wards with people, residential groups and awards,
made through the program's doors (the demo's own wards change with the demo)."""

from kienan_awards.core.records import people, units


def add_unit(db, name, kind="ward", **fields):
    return units.save_unit(db, None, {"name": name, "kind": kind, **fields}).record_id


def add_award(db, unit_id, year, recipient=None, kind="collective"):
    number = f"{unit_id}/QĐ-UBND"
    found = db.execute(
        "SELECT id FROM decisions WHERE number = ? AND decided_on = ?",
        [number, f"{year + 1}-01-15"],
    ).fetchone()
    decision = (
        found[0]
        if found
        else db.table("decisions")
        .insert({"number": number, "decided_on": f"{year + 1}-01-15"})
        .last_pk
    )
    unit_name = db.execute("SELECT name FROM units WHERE id = ?", [unit_id]).fetchone()[0]
    form = db.execute("SELECT id FROM award_forms ORDER BY id LIMIT 1").fetchone()[0]
    return (
        db.table("awards")
        .insert(
            {
                "decision_id": decision,
                "form_id": form,
                "recipient_kind": kind,
                "recipient_unit_id": unit_id if kind == "collective" else None,
                "person_id": people.save_person(
                    db, None, {"full_name": recipient, "unit_id": unit_id}
                ).record_id
                if kind == "individual"
                else None,
                "recipient_name": recipient or unit_name,
                "unit_id": unit_id,
                "unit_name": unit_name,
                "achievement_year": year,
                "status": "awarded",
            }
        )
        .last_pk
    )


def wards_with_history(db, names, valid_from="2010-01-01"):
    """Wards, each with three residential groups, two people and a collective award of 2024
    and an individual one of 2023; returns their ids in the order named."""
    wards = []
    for name in names:
        ward = add_unit(db, name, valid_from=valid_from)
        for number in (1, 2, 3):
            add_unit(db, f"Tổ dân phố số {number}", kind="residential_group", parent_id=ward)
        people.save_person(db, None, {"full_name": f"Lê Văn An {name}", "unit_id": ward})
        add_award(db, ward, 2024)
        add_award(db, ward, 2023, f"Trần Thị Bình {name}", "individual")
        wards.append(ward)
    return wards
