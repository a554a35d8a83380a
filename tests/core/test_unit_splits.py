"""Units that split and merge: the 2025 reform's shape. Wards Đồng Hòa and Bắc Sơn each split
between the new phường Kiến An and Phù Liễn (as reported, unconfirmed), Ngọc Sơn went wholly
into Phù Liễn, and Lãm Hà had merged into Bắc Hà in 2020, which went into Phù Liễn in 2025."""

import datetime as dt

import pytest

from kienan_awards.core.changes import RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists import spreadsheet_export
from kienan_awards.core.records import people, record_edits, unit_successions, units
from kienan_awards.core.records.unit_splits import split_unit
from kienan_awards.core.search.award_search import (
    AwardFilters,
    AwardSearch,
    award_ids,
    filter_choices,
    recipient_history,
    search_index_differences,
)
from tests.support.unit_history import add_award, add_unit

REFORM = dt.date(2025, 7, 1)


@pytest.fixture
def reform(db):
    """The wards, their awards and the links of the reform, made through the doors."""
    ward = {
        name: add_unit(db, f"Phường {name}", valid_from="2010-01-01")
        for name in ("Lãm Hà", "Bắc Hà", "Đồng Hòa", "Bắc Sơn", "Ngọc Sơn")
    }
    award = {
        "lam_ha": add_award(db, ward["Lãm Hà"], 2019),
        "ngoc_son": add_award(db, ward["Ngọc Sơn"], 2023),
        "dong_hoa": add_award(db, ward["Đồng Hòa"], 2024),
        "bac_son": add_award(db, ward["Bắc Sơn"], 2024, "Nguyễn Văn Sơn", "individual"),
    }
    units.merge_units(db, [ward["Lãm Hà"]], dt.date(2020, 1, 1), successor_id=ward["Bắc Hà"])
    phu_lien = units.merge_units(
        db, [ward["Ngọc Sơn"], ward["Bắc Hà"]], REFORM, successor_name="Phường Phù Liễn"
    ).record_id
    kien_an = (
        split_unit(
            db, ward["Đồng Hòa"], [phu_lien], REFORM, new_names=["Phường Kiến An"], confirmed=False
        )
        .edits[0]
        .record_id
    )
    split_unit(db, ward["Bắc Sơn"], [kien_an, phu_lien], REFORM, confirmed=False)
    ward.update({"Phù Liễn": phu_lien, "Kiến An": kien_an})
    award["kien_an"] = add_award(db, kien_an, 2025)
    return {"ward": ward, "award": award}


def found(db, text, **filters):
    return award_ids(db, AwardSearch(text, AwardFilters(**filters)))


def test_a_ward_split_between_two_new_wards_is_linked_to_each_in_part(db, reform):
    ward = reform["ward"]
    links = unit_successions.successors_of(db, ward["Đồng Hòa"])
    assert {
        (link.successor_name, link.valid_from, link.whole, link.confirmed) for link in links
    } == {
        ("Phường Kiến An", "2025-07-01", False, False),
        ("Phường Phù Liễn", "2025-07-01", False, False),
    }
    assert record_edits.fetch(db, "units", ward["Đồng Hòa"])["valid_to"] == "2025-06-30"
    new = record_edits.fetch(db, "units", ward["Kiến An"])
    assert (new["valid_from"], new["kind"]) == ("2025-07-01", "ward")
    into_phu_lien = unit_successions.predecessors_of(db, ward["Phù Liễn"])
    assert {(link.predecessor_name, link.whole) for link in into_phu_lien} == {
        ("Phường Ngọc Sơn", True),
        ("Phường Bắc Hà", True),
        ("Phường Đồng Hòa", False),
        ("Phường Bắc Sơn", False),
    }
    assert set(units.with_predecessors(db, ward["Phù Liễn"])) == {
        ward[name] for name in ("Phù Liễn", "Ngọc Sơn", "Bắc Hà", "Lãm Hà", "Đồng Hòa", "Bắc Sơn")
    }
    assert search_index_differences(db) == 0


def test_searching_a_new_ward_finds_the_awards_of_every_ward_it_came_from(db, reform):
    award = reform["award"]
    phu_lien = set(found(db, "Phu Lien"))
    assert {award["lam_ha"], award["ngoc_son"], award["dong_hoa"], award["bac_son"]} <= phu_lien
    kien_an = set(found(db, "Kien An"))
    assert {award["dong_hoa"], award["bac_son"], award["kien_an"]} <= kien_an
    assert award["ngoc_son"] not in kien_an and award["lam_ha"] not in kien_an
    # The old names still find their own awards, and not the wards they never were.
    assert award["dong_hoa"] in found(db, "Đồng Hòa")
    assert award["ngoc_son"] not in found(db, "Đồng Hòa")


def test_the_unit_filter_takes_every_unit_a_ward_came_from(db, reform):
    ward, award = reform["ward"], reform["award"]
    under = set(found(db, "", unit_id=ward["Phù Liễn"]))
    assert under == {award["lam_ha"], award["ngoc_son"], award["dong_hoa"], award["bac_son"]}
    assert set(found(db, "", unit_id=ward["Kiến An"])) == {
        award["dong_hoa"],
        award["bac_son"],
        award["kien_an"],
    }
    assert set(found(db, "", unit_id=ward["Đồng Hòa"])) == {award["dong_hoa"]}
    labels = dict(filter_choices(db).units)
    assert labels[ward["Đồng Hòa"]] == "Phường Đồng Hòa → Phường Kiến An, Phường Phù Liễn"
    assert labels[ward["Ngọc Sơn"]] == "Phường Ngọc Sơn → Phường Phù Liễn"


def test_the_exact_spelling_ranks_first_among_names_that_differ_only_in_diacritics(db, reform):
    school = add_unit(db, "Trường Mầm non Kiên An", kind="agency")
    kien_an_school = add_award(db, school, 2024)
    first = found(db, "Kiên An")
    assert first[0] == kien_an_school
    by_new_ward = found(db, "Kiến An")
    assert by_new_ward[0] != kien_an_school and kien_an_school in by_new_ward


def test_a_units_history_runs_both_ways_along_its_line(db, reform):
    ward, award = reform["ward"], reform["award"]
    earlier = recipient_history(db, award["dong_hoa"])
    assert [entry.award_id for entry in earlier.entries] == [award["dong_hoa"], award["kien_an"]]
    later = recipient_history(db, award["kien_an"])
    assert [entry.award_id for entry in later.entries] == [award["dong_hoa"], award["kien_an"]]
    # Lãm Hà's line reaches Phù Liễn (through Bắc Hà) but not Kiến An.
    assert [e.award_id for e in recipient_history(db, award["lam_ha"]).entries] == [award["lam_ha"]]
    assert [row[3] for row in units.awards_under(db, ward["Kiến An"])] == [
        "Phường Kiến An",
        "Phường Đồng Hòa",
        "Phường Bắc Sơn",
    ]


def test_the_spreadsheet_names_every_successor(db, reform):
    rows = {row[0]: row[5] for row in spreadsheet_export._unit_rows(db)}
    assert rows["Phường Bắc Sơn"] == "Phường Kiến An, Phường Phù Liễn"
    assert rows["Phường Lãm Hà"] == "Phường Bắc Hà"
    assert rows["Phường Phù Liễn"] is None


def test_a_split_leaves_people_where_they_are_unless_the_clerk_moves_them(db):
    old = add_unit(db, "Phường Cũ", valid_from="2010-01-01")
    group_unit = add_unit(db, "Tổ dân phố số 1", kind="residential_group", parent_id=old)
    a, b = add_unit(db, "Phường A"), add_unit(db, "Phường B")
    person = people.save_person(db, None, {"full_name": "Lê Văn Một", "unit_id": old}).record_id
    split_unit(db, old, [a, b], REFORM)
    assert record_edits.fetch(db, "people", person)["unit_id"] == old
    assert record_edits.fetch(db, "units", group_unit)["parent_id"] == old

    other = add_unit(db, "Phường Khác", valid_from="2010-01-01")
    moved = people.save_person(db, None, {"full_name": "Lê Văn Hai", "unit_id": other}).record_id
    split_unit(db, other, [a, b], REFORM, members_to=b)
    assert record_edits.fetch(db, "people", moved)["unit_id"] == b


def test_a_split_is_undone_whole(db):
    old = add_unit(db, "Phường Cũ", valid_from="2010-01-01")
    a = add_unit(db, "Phường A")
    award = add_award(db, old, 2024)
    group = split_unit(db, old, [a], REFORM, new_names=["Phường Mới"])
    assert group.changes.kinds == {RecordKind.UNITS}
    assert award in found(db, "Phuong Moi")
    record_edits.undo(db, group)
    assert db.execute("SELECT count(*) FROM unit_successions").fetchone()[0] == 0
    assert record_edits.fetch(db, "units", old)["valid_to"] is None
    assert db.execute("SELECT count(*) FROM units WHERE name = 'Phường Mới'").fetchone()[0] == 0
    assert award not in found(db, "Phuong Moi")
    assert search_index_differences(db) == 0


def test_a_second_successor_may_be_added_to_a_unit_already_split(db):
    old = add_unit(db, "Phường Cũ", valid_from="2010-01-01")
    a, b = add_unit(db, "Phường A"), add_unit(db, "Phường B")
    split_unit(db, old, [a], REFORM, confirmed=False)
    group = split_unit(db, old, [b], REFORM, confirmed=True, note="Nghị quyết 1/2025")
    # Only a link was written (the unit had closed already): the window still hears of units.
    assert [edit.table for edit in group.edits] == ["unit_successions"]
    assert group.changes.kinds == {RecordKind.UNITS}
    links = {link.successor_id: link for link in unit_successions.successors_of(db, old)}
    assert set(links) == {a, b}
    assert not links[a].confirmed and links[b].confirmed
    assert links[b].note == "Nghị quyết 1/2025"


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("itself", "cannot succeed itself"),
        ("twice", "already succeeds"),
        ("circle", "cannot also be one of its successors"),
        ("trash", "is in the trash"),
        ("missing", "no longer exists"),
        ("before_it_began", "only began on 2010-01-01"),
        ("successor_later", "only begins on 2026-01-01"),
        ("successor_closed", "had already closed on 2020-12-31"),
        ("already_closed", "had already closed on 2024-12-31"),
        ("wholly_to_two", "taken over wholly has one successor"),
        ("after_whole", "already went wholly to"),
        ("whole_after_parts", "cannot also go wholly to one"),
        ("nobody", "choose the units that take it over"),
        ("move_elsewhere", "only move to one of its successors"),
    ],
)
def test_a_split_that_cannot_be_is_refused_and_nothing_written(db, case, message):
    old = add_unit(db, "Phường Cũ", valid_from="2010-01-01")
    a, b = add_unit(db, "Phường A"), add_unit(db, "Phường B")
    whole_of = add_unit(db, "Phường Gộp", valid_from="2010-01-01")
    units.merge_units(db, [whole_of], REFORM, successor_id=a)
    parted = add_unit(db, "Phường Tách", valid_from="2010-01-01")
    split_unit(db, parted, [a], REFORM)
    split_unit(db, old, [b], REFORM)
    trashed = add_unit(db, "Phường Bỏ")
    units.move_unit_to_trash(db, trashed)
    later = add_unit(db, "Phường Sau", valid_from="2026-01-01")
    closed = add_unit(db, "Phường Đã Đóng", valid_to="2020-12-31")
    shut = add_unit(db, "Phường Đóng Sớm", valid_from="2010-01-01", valid_to="2024-12-31")
    calls = {
        "itself": lambda: split_unit(db, old, [old], REFORM),
        "twice": lambda: split_unit(db, old, [b], REFORM),
        "circle": lambda: split_unit(db, b, [old], dt.date(2026, 1, 1)),
        "trash": lambda: split_unit(db, old, [trashed], REFORM),
        "missing": lambda: split_unit(db, old, [9999], REFORM),
        "before_it_began": lambda: split_unit(db, old, [a], dt.date(2010, 1, 1)),
        "successor_later": lambda: split_unit(db, old, [later], REFORM),
        "successor_closed": lambda: split_unit(db, old, [closed], REFORM),
        "already_closed": lambda: split_unit(db, shut, [a], REFORM),
        "wholly_to_two": lambda: split_unit(db, shut, [a, b], dt.date(2025, 1, 1), whole=True),
        "after_whole": lambda: split_unit(db, whole_of, [b], REFORM),
        "whole_after_parts": lambda: split_unit(db, parted, [b], REFORM, whole=True),
        "nobody": lambda: split_unit(db, old, [], REFORM, new_names=["  "]),
        "move_elsewhere": lambda: split_unit(db, old, [a], REFORM, members_to=b),
    }
    tables = ("units", "unit_successions", "audit_log", "people")
    before = [db.execute(f"SELECT count(*), total(id) FROM {t}").fetchone() for t in tables]
    with pytest.raises(KienanError, match=message):
        calls[case]()
    assert [db.execute(f"SELECT count(*), total(id) FROM {t}").fetchone() for t in tables] == before


def test_a_new_successor_refused_with_its_split_is_not_kept(db):
    old = add_unit(db, "Phường Cũ", valid_from="2010-01-01")
    trashed = add_unit(db, "Phường Bỏ")
    units.move_unit_to_trash(db, trashed)
    count = db.execute("SELECT count(*) FROM units").fetchone()[0]
    with pytest.raises(KienanError, match="in the trash"):
        split_unit(db, old, [trashed], REFORM, new_names=["Phường Mới"])
    assert db.execute("SELECT count(*) FROM units").fetchone()[0] == count
    assert record_edits.fetch(db, "units", old)["valid_to"] is None


def test_a_merger_refuses_a_circle_and_a_unit_already_taken_over(db):
    a = add_unit(db, "Phường A", valid_from="2010-01-01")
    b = add_unit(db, "Phường B", valid_from="2010-01-01")
    units.merge_units(db, [a], dt.date(2020, 1, 1), successor_id=b)
    with pytest.raises(KienanError, match="cannot also be one of its successors"):
        units.merge_units(db, [b], dt.date(2021, 1, 1), successor_id=a)
    c = add_unit(db, "Phường C")
    with pytest.raises(KienanError, match="already went wholly to Phường B"):
        units.merge_units(db, [a], dt.date(2020, 1, 1), successor_id=c)
    assert [link.successor_id for link in unit_successions.successors_of(db, a)] == [b]


def test_a_merger_may_be_recorded_as_reported(db):
    a = add_unit(db, "Phường A", valid_from="2010-01-01")
    group = units.merge_units(
        db, [a], REFORM, successor_name="Phường Mới", confirmed=False, note="theo báo chí"
    )
    (link,) = unit_successions.predecessors_of(db, group.record_id)
    assert (link.whole, link.confirmed, link.note) == (True, False, "theo báo chí")


def test_a_unit_in_a_line_of_succession_cannot_be_deleted(db):
    old = add_unit(db, "Phường Cũ", valid_from="2010-01-01")
    new = add_unit(db, "Phường Mới")
    split_unit(db, old, [new], REFORM)
    for unit in (old, new):
        with pytest.raises(KienanError, match="cannot be deleted"):
            units.move_unit_to_trash(db, unit)
    assert record_edits.fetch(db, "units", new)["deleted_at"] is None
