import datetime as dt

import pytest

from kienan_awards.core.errors import KienanError
from kienan_awards.core.records import people, record_edits, unit_successions, units
from tests.support.unit_history import wards_with_history


def add_unit(db, name, kind="ward", parent_id=None, **fields):
    return units.save_unit(
        db, None, {"name": name, "kind": kind, "parent_id": parent_id, **fields}
    ).record_id


def test_validation_rejects_a_unit_under_itself_and_reversed_dates(db):
    district = add_unit(db, "Quận Mẫu", kind="district")
    ward = add_unit(db, "Phường Một", parent_id=district)
    assert "parent_id" in units.validate_unit(
        db, district, {"name": "Quận Mẫu", "kind": "district", "parent_id": ward}
    )
    assert "valid_to" in units.validate_unit(
        db,
        None,
        {"name": "X", "kind": "ward", "valid_from": "2024-01-01", "valid_to": "2023-01-01"},
    )
    assert "kind" in units.validate_unit(db, None, {"name": "X", "kind": "galaxy"})


def test_merging_wards_closes_them_moves_people_and_keeps_award_history(db):
    wards = wards_with_history(db, ("Phường Một", "Phường Hai", "Phường Ba"))
    people_before = db.execute(
        f"SELECT count(*) FROM people WHERE unit_id IN ({','.join('?' * 3)})", wards
    ).fetchone()[0]
    names_before = db.execute(
        f"SELECT group_concat(unit_name) FROM awards WHERE unit_id IN ({','.join('?' * 3)})", wards
    ).fetchone()[0]
    group = units.merge_units(db, wards, dt.date(2025, 7, 1), successor_name="Phường Mới")
    successor = group.record_id
    for ward in wards:
        assert record_edits.fetch(db, "units", ward)["valid_to"] == "2025-06-30"
        (link,) = unit_successions.successors_of(db, ward)
        assert (link.successor_id, link.valid_from, link.whole, link.confirmed) == (
            successor,
            "2025-07-01",
            True,
            True,
        )
    assert (
        db.execute("SELECT count(*) FROM people WHERE unit_id = ?", [successor]).fetchone()[0]
        == people_before
    )
    assert (
        db.execute(
            f"SELECT group_concat(unit_name) FROM awards WHERE unit_id IN ({','.join('?' * 3)})",
            wards,
        ).fetchone()[0]
        == names_before
    )
    assert set(units.with_predecessors(db, successor)) == {successor, *wards}
    history = units.awards_under(db, successor)
    assert history and {row[3] for row in history} <= set(names_before.split(","))
    groups_now = db.execute(
        "SELECT count(*) FROM units WHERE parent_id = ?", [successor]
    ).fetchone()[0]
    assert groups_now == 9  # the residential groups of the three wards


def test_a_merger_into_an_existing_unit_and_its_undo(db):
    a, b, c = (
        add_unit(db, name, valid_from="2019-01-01") for name in ("Phường A", "Phường B", "Phường C")
    )
    person = people.save_person(db, None, {"full_name": "Lê Văn A", "unit_id": a}).record_id
    group = units.merge_units(db, [a, b], dt.date(2025, 7, 1), successor_id=c)
    assert record_edits.fetch(db, "people", person)["unit_id"] == c
    assert {link.predecessor_id for link in unit_successions.predecessors_of(db, c)} == {a, b}
    record_edits.undo(db, group)
    assert record_edits.fetch(db, "people", person)["unit_id"] == a
    assert record_edits.fetch(db, "units", a)["valid_to"] is None
    assert db.execute("SELECT count(*) FROM unit_successions").fetchone()[0] == 0


def test_a_unit_with_history_cannot_be_deleted_only_closed(db):
    ward = add_unit(db, "Phường A")
    people.save_person(db, None, {"full_name": "Lê Văn A", "unit_id": ward})
    with pytest.raises(KienanError, match="cannot be deleted, only closed"):
        units.move_unit_to_trash(db, ward)
    empty = add_unit(db, "Phường Trống")
    units.move_unit_to_trash(db, empty)
    assert empty not in [unit.id for unit in units.list_units(db)]
    record_edits.restore_from_trash(db, "units", empty, "restore")
    assert empty in [unit.id for unit in units.list_units(db)]


def test_merging_needs_units_and_a_successor(db):
    with pytest.raises(KienanError, match="choose the units"):
        units.merge_units(db, [], dt.date(2025, 7, 1), successor_name="X")
    a = add_unit(db, "Phường A")
    with pytest.raises(KienanError, match="name the unit"):
        units.merge_units(db, [a], dt.date(2025, 7, 1))
