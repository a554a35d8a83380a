"""The register of initiatives: authors with shares, unit, year, recognising decision and scope,
written in one transaction with their audit rows; the rules and the candidates read it (a
Grassroots Emulation Fighter needs one recognised in the year or excellent completion; the
city's Emulation Fighter one whose effect reaches the city)."""

import datetime as dt

import pytest

from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.candidates import CITY_FIGHTER, INITIATIVE, candidates
from kienan_awards.core.awards.catalogue import find_award_form
from kienan_awards.core.cycle import initiatives
from kienan_awards.core.cycle.initiatives import CITY, GRASSROOTS, NATIONAL, scope_code
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.list_import import import_list
from kienan_awards.core.records import people, units
from tests.support.list_files import award_list, write_xlsx

NAME = "Phạm Thị Thu Hà"


@pytest.fixture
def staff(db):
    unit = units.save_unit(db, None, {"name": "Phòng Văn hóa", "kind": "department"}).record_id
    ids = [
        people.save_person(db, None, {"full_name": name, "unit_id": unit}).record_id
        for name in (NAME, "Đỗ Văn Hùng")
    ]
    return unit, ids


def recognised(db, authors, year=2025, scope=GRASSROOTS, **fields):
    values = {
        "title": "Số hóa hồ sơ khen thưởng",
        "year": year,
        "decision_number": "12/QĐ-UBND",
        "decided_on": dt.date(year, 11, 10),
        "authority": "Chủ tịch UBND phường",
        "scope": scope,
        **fields,
    }
    return initiatives.record_initiative(db, values, authors)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Cơ sở", GRASSROOTS),
        ("cấp cơ sở", GRASSROOTS),
        ("Cấp thành phố", CITY),
        ("Tỉnh, thành phố", CITY),
        ("Cấp Bộ, ngành", CITY),
        ("Toàn quốc", NATIONAL),
        ("TOÀN QUỐC", NATIONAL),
        ("city", CITY),
        ("", None),
        ("lớn", None),
    ],
)
def test_a_scope_is_read_from_the_words_offices_write(text, code):
    assert scope_code(text) == code


def test_an_initiative_is_recorded_with_its_authors_and_audited(db, staff):
    unit, (ha, hung) = staff
    recognised(db, [(ha, "60"), (hung, "40%")], unit_id=unit, effect=" Giảm  thời gian ")
    (entry,) = initiatives.initiatives(db, person_name="pham thi thu ha")
    assert (entry.title, entry.unit_name, entry.year, entry.scope, entry.effect) == (
        "Số hóa hồ sơ khen thưởng",
        "Phòng Văn hóa",
        2025,
        GRASSROOTS,
        "Giảm thời gian",
    )
    assert [(a.name, a.share) for a in entry.authors] == [(NAME, 60.0), ("Đỗ Văn Hùng", 40.0)]
    assert entry.recognised and entry.decided_on == "2025-11-10"
    tables = {
        table
        for (table,) in db.execute(
            "SELECT table_name FROM audit_log WHERE table_name LIKE 'initiative%'"
        )
    }
    assert tables == {"initiatives", "initiative_authors"}
    assert initiatives.initiatives(db, year=2024) == []


@pytest.mark.parametrize(
    ("fields", "authors", "match"),
    [
        ({"title": " "}, None, "title"),
        ({}, "none", "at least one author"),
        ({}, "shares", "more than 100%"),
        ({}, "twice", "named twice"),
        ({"scope": "galactic"}, None, "scope"),
        ({}, "bad share", "share"),
    ],
)
def test_a_wrong_initiative_is_refused_whole(db, staff, fields, authors, match):
    _unit, (ha, hung) = staff
    authors = {
        None: [(ha, None)],
        "shares": [(ha, 70), (hung, 40)],
        "twice": [(ha, 50), (ha, 50)],
        "bad share": [(ha, "nhiều")],
        "none": [],
    }.get(authors, authors)
    with pytest.raises(KienanError, match=match):
        recognised(db, authors, **fields)
    assert initiatives.initiatives(db) == []


def test_a_grassroots_fighter_rests_on_an_initiative_of_the_register(db, staff):
    _unit, (ha, _hung) = staff
    proposal = decisions.create_proposal(db, "Đề nghị CSTĐCS 2025", 2025).record_id
    line = decisions.add_line(
        db,
        proposal,
        {"form_id": find_award_form(db, "CSTDCS").id, "person_id": ha, "task_rating": "good"},
    ).record_id
    rules = lambda: {f.rule for f in decisions.line_findings(db, line)}  # noqa: E731
    assert "CSTDCS_EXCELLENCE" in rules()
    recognised(db, [(ha, None)], year=2024)  # another year's does not count
    assert "CSTDCS_EXCELLENCE" in rules()
    recognised(db, [(ha, None)], year=2025, decision_number=None, decided_on=None)
    assert "CSTDCS_EXCELLENCE" in rules()  # not recognised yet
    recognised(db, [(ha, None)], year=2025)
    assert "CSTDCS_EXCELLENCE" not in rules()


def test_the_city_fighter_needs_an_initiative_whose_effect_reaches_the_city(db, staff, tmp_path):
    _unit, (ha, _hung) = staff
    for year in (2023, 2024, 2025):
        row = [1, NAME, None, "Nữ", "Chuyên viên", "Phòng Văn hóa", "Chiến sĩ thi đua cơ sở"]
        row += [
            f"Hoàn thành tốt nhiệm vụ năm {year}",
            f"{year % 100}/QĐ-UBND",
            dt.date(year, 12, 20),
        ]
        assert (
            import_list(db, write_xlsx(tmp_path / f"{year}.xlsx", {"DS": award_list([row])})).errors
            == []
        )
    found = lambda: {c.path: c for c in candidates(db, 2025) if c.name == NAME}  # noqa: E731
    assert CITY_FIGHTER not in found()
    recognised(db, [(ha, 100)], year=2024, scope=GRASSROOTS)
    assert CITY_FIGHTER not in found()
    recognised(db, [(ha, 100)], year=2025, scope=CITY, title="Ứng dụng bản đồ số")
    suggestion = found()[CITY_FIGHTER]
    (ground,) = [g for g in suggestion.grounds if g.stands_for == INITIATIVE]
    assert (ground.year, ground.form, ground.decision) == (
        2025,
        "Sáng kiến “Ứng dụng bản đồ số”",
        "12/QĐ-UBND",
    )


def test_an_initiative_removed_goes_to_the_trash(db, staff):
    _unit, (ha, _hung) = staff
    changes = recognised(db, [(ha, None)])
    (initiative_id,) = next(iter(changes.ids.values()))
    initiatives.remove_initiative(db, initiative_id)
    assert initiatives.initiatives(db) == []
    with pytest.raises(KienanError):
        initiatives.remove_initiative(db, initiative_id)
