"""The register of discipline: each discipline of a person with its form, decision and the end
of its effect, refused whole when a field is wrong, undone like any edit, and read by the rules
that a disciplined person is not proposed and that a collective title needs no member
disciplined at warning level or above (Law 2022, Art. 27 and 28)."""

import datetime as dt

import pytest

from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.catalogue import find_award_form
from kienan_awards.core.errors import KienanError
from kienan_awards.core.records import discipline, people, record_edits, units
from kienan_awards.core.storage.step_data import rules_0017
from tests.core.test_collective_rules import accepted, collective_findings

YEAR = 2024


@pytest.fixture
def staff(db):
    """A department of ten people (rules of the 2022 law): (unit id, person ids)."""
    rules_0017.collective_rules_step(db)
    unit_id = units.save_unit(db, None, {"name": "Phòng Nội vụ", "kind": "department"}).record_id
    names = ["An", "Bình", "Cường", "Dũng", "Em", "Giang", "Hà", "Khoa", "Long", "Minh"]
    person_ids = [
        people.save_person(
            db, None, {"full_name": f"Trần Văn {name}", "unit_id": unit_id}
        ).record_id
        for name in names
    ]
    return unit_id, person_ids


def disciplined(db, person_id, form="warning", decided_on="2024-05-10", **fields):
    values = {"person_id": person_id, "form": form, "decided_on": decided_on, **fields}
    return discipline.record_discipline(db, values)


def test_a_discipline_is_recorded_listed_and_undone(db, staff):
    _unit, person_ids = staff
    before = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    group = disciplined(db, person_ids[0], decision_number=" 15/QĐ-UBND ", reason="Vi phạm")
    (entry,) = discipline.disciplines(db, person_id=person_ids[0])
    assert (entry.person_name, entry.unit_name, entry.form) == (
        "Trần Văn An",
        "Phòng Nội vụ",
        "warning",
    )
    assert (entry.decided_on, entry.decision_number, entry.effect_until) == (
        "2024-05-10",
        "15/QĐ-UBND",
        None,
    )
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before + 1
    record_edits.undo(db, group)
    assert discipline.disciplines(db) == []


def test_a_discipline_has_effect_from_its_decision_to_the_end_of_its_effect(db, staff):
    _unit, (first, second, *_rest) = staff
    disciplined(db, first, decided_on="2023-11-20", effect_until="2024-11-19")
    disciplined(db, second, decided_on="2024-02-01")
    assert [discipline.under_discipline(db, first, y) for y in (2022, 2023, 2024, 2025)] == [
        False,
        True,
        True,
        False,
    ]
    # Without the end of its effect: the year of its decision only.
    assert [discipline.under_discipline(db, second, y) for y in (2023, 2024, 2025)] == [
        False,
        True,
        False,
    ]
    assert [d.person_id for d in discipline.disciplines(db, year=2023)] == [first]


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        ({"person_id": 999}, "person id: there is no person 999"),
        ({"form": "scolding"}, "form: choose the form of discipline"),
        ({"decided_on": ""}, "decided on: the decision's date is required"),
        ({"decided_on": "2024-02-30"}, "decided on: the decision's date is required"),
        ({"effect_until": "2024-01-01"}, "effect until: its effect ends before the decision"),
        ({"effect_until": "sometime"}, "effect until: the end of its effect is not a date"),
        ({"reason": "Vi\x07phạm"}, "reason: holds an invisible control character"),
    ],
)
def test_a_wrong_field_is_named_and_nothing_is_written(db, staff, fields, where):
    _unit, person_ids = staff
    values = {"person_id": person_ids[0], "form": "warning", "decided_on": "2024-05-10"}
    with pytest.raises(KienanError) as raised:
        discipline.record_discipline(db, {**values, **fields})
    assert str(raised.value).startswith(where)
    assert db.execute("SELECT count(*) FROM disciplines").fetchone()[0] == 0


def test_a_decision_dated_after_today_is_refused(db, staff):
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(KienanError, match="after today"):
        disciplined(db, staff[1][0], decided_on=tomorrow.isoformat())


def test_the_form_is_named_by_code_or_by_its_vietnamese_name_with_or_without_marks(db):
    assert discipline.form_code("Cảnh cáo") == "warning"
    assert discipline.form_code("canh cao") == "warning"
    assert discipline.form_code("BUỘC THÔI VIỆC") == "forced_resignation"
    assert discipline.form_code("salary_lowered") == "salary_lowered"
    assert discipline.form_code("phê bình") is None


def test_a_removed_discipline_no_longer_counts(db, staff):
    _unit, person_ids = staff
    group = disciplined(db, person_ids[0])
    discipline.remove_discipline(db, group.record_id)
    assert not discipline.under_discipline(db, person_ids[0], 2024)
    assert discipline.disciplines(db) == []


def test_a_person_under_discipline_that_year_is_not_proposed(db, staff):
    _unit, person_ids = staff
    proposal = decisions.create_proposal(db, "Giấy khen năm 2024", YEAR).record_id
    form = find_award_form(db, "GIAY_KHEN").id
    line = decisions.add_line(db, proposal, {"form_id": form, "person_id": person_ids[0]})
    assert "NO_DISCIPLINE" not in {f.rule for f in decisions.line_findings(db, line.record_id)}
    disciplined(db, person_ids[0], form="reprimand")
    findings = {f.rule: f for f in decisions.line_findings(db, line.record_id)}
    assert findings["NO_DISCIPLINE"].message.startswith("Trần Văn An")


def test_a_member_warned_that_year_bars_the_collective_titles_a_reprimand_does_not(db, staff):
    unit_id, person_ids = staff
    accepted(db, "LDTT", person_ids[:8], year=YEAR)
    accepted(db, "CSTDCS", person_ids[:1], year=YEAR, task_rating="excellent")
    disciplined(db, person_ids[9], form="reprimand")
    disciplined(db, person_ids[8], form="warning", decided_on="2023-03-01")  # another year's
    assert collective_findings(db, unit_id, "TTLDTT", year=YEAR) == {}
    assert collective_findings(db, unit_id, "TTLDXS", year=YEAR) == {}
    disciplined(db, person_ids[8], form="demotion", decided_on="2024-09-09")
    advanced = collective_findings(db, unit_id, "TTLDTT", year=YEAR)["COLLECTIVE_NO_DISCIPLINE"]
    assert advanced.message == "Phòng Nội vụ has members under discipline this year: Trần Văn Long"
    excellent = collective_findings(db, unit_id, "TTLDXS", year=YEAR)
    assert set(excellent) == {"EXCELLENT_COLLECTIVE_NO_DISCIPLINE"}
