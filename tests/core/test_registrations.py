"""Each unit's registration for the year (đăng ký thi đua): its collective title and its
people's titles, written whole in one transaction with their audit rows; each registration's
outcome read from the register (achieved, proposed, not achieved, open); a proposal line for a
title nobody registered flagged by a rule the office may switch off; counts per unit."""

import datetime as dt

import pytest

from kienan_awards.core.awards import decisions, eligibility
from kienan_awards.core.awards.catalogue import find_award_form
from kienan_awards.core.cycle import registrations
from kienan_awards.core.cycle.registrations import ACHIEVED, NOT_ACHIEVED, OPEN, PROPOSED
from kienan_awards.core.errors import KienanError
from kienan_awards.core.records import people, units

YEAR = 2025


@pytest.fixture
def ward(db):
    """A ward's office of three: (unit id, [An, Bình, Cường])."""
    unit = units.save_unit(db, None, {"name": "Phường Văn Đẩu", "kind": "ward"}).record_id
    staff = [
        people.save_person(db, None, {"full_name": f"Lê Văn {name}", "unit_id": unit}).record_id
        for name in ("An", "Bình", "Cường")
    ]
    return unit, staff


def line(db, year, form, **recipient):
    proposal = decisions.create_proposal(db, f"Đề nghị năm {year}", year).record_id
    return decisions.add_line(
        db, proposal, {"form_id": find_award_form(db, form).id, "task_rating": "good", **recipient}
    ).record_id


def audit_rows(db):
    return db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'registrations'"
    ).fetchone()[0]


def test_a_units_registration_is_written_whole_and_audited(db, ward):
    unit, (an, binh, cuong) = ward
    changes = registrations.save_unit_registration(
        db,
        unit,
        YEAR,
        "TTLDTT",
        {an: ["LDTT", "CSTDCS"], binh: "Lao động tiên tiến"},
        registered_on=dt.date(YEAR, 1, 15),
    )
    assert len(next(iter(changes.ids.values()))) == 4
    assert audit_rows(db) == 4
    shown = [(r.name, r.recipient_kind, r.form_code) for r in registrations.registrations(db, YEAR)]
    assert shown == [
        ("Phường Văn Đẩu", "collective", "TTLDTT"),
        ("Lê Văn An", "individual", "LDTT"),
        ("Lê Văn An", "individual", "CSTDCS"),
        ("Lê Văn Bình", "individual", "LDTT"),
    ]
    # Saved again without Bình and the collective: those two go, the others keep their rows.
    ids = {r.form_code + r.name: r.id for r in registrations.registrations(db, YEAR)}
    registrations.save_unit_registration(db, unit, YEAR, None, {an: ["LDTT", "CSTDCS"]})
    kept = registrations.registrations(db, YEAR)
    assert [(r.name, r.form_code) for r in kept] == [("Lê Văn An", "LDTT"), ("Lê Văn An", "CSTDCS")]
    assert {r.id for r in kept} == {ids["LDTTLê Văn An"], ids["CSTDCSLê Văn An"]}


@pytest.mark.parametrize(
    ("collective", "people_titles"),
    [("Giấy khen", {}), ("LDTT", {}), (None, {1: "TTLDTT"}), ("Không có", {})],
)
def test_only_the_catalogues_titles_for_the_right_kind_are_registered(
    db, ward, collective, people_titles
):
    unit, staff = ward
    titles = (
        dict.fromkeys(staff[:1], next(iter(people_titles.values()), None)) if people_titles else {}
    )
    with pytest.raises(KienanError):
        registrations.save_unit_registration(db, unit, YEAR, collective, titles)
    assert registrations.registrations(db, YEAR) == []


def test_a_person_that_is_not_there_refuses_the_whole_registration(db, ward):
    unit, staff = ward
    with pytest.raises(KienanError, match="person #999"):
        registrations.save_unit_registration(
            db, unit, YEAR, "TTLDTT", {staff[0]: "LDTT", 999: "LDTT"}
        )
    assert registrations.registrations(db, YEAR) == [] and audit_rows(db) == 0


def test_outcomes_are_read_from_lines_and_awards(db, ward):
    unit, (an, binh, cuong) = ward
    registrations.save_unit_registration(
        db, unit, YEAR, None, {an: "LDTT", binh: "LDTT", cuong: "LDTT"}
    )
    line(db, YEAR, "LDTT", person_id=an)
    rejected = line(db, YEAR, "LDTT", person_id=binh)
    decisions.review_line(db, rejected, "rejected", reason="chưa đủ thời gian")
    during = {
        r.name: r.outcome for r in registrations.registrations(db, YEAR, today=dt.date(YEAR, 6, 1))
    }
    assert during == {"Lê Văn An": PROPOSED, "Lê Văn Bình": OPEN, "Lê Văn Cường": OPEN}
    after = {
        r.name: r.outcome
        for r in registrations.registrations(db, YEAR, today=dt.date(YEAR + 1, 2, 1))
    }
    assert after == {
        "Lê Văn An": PROPOSED,
        "Lê Văn Bình": NOT_ACHIEVED,
        "Lê Văn Cường": NOT_ACHIEVED,
    }


def test_an_awarded_title_is_achieved_and_counted_per_unit(db, ward, tmp_path):
    from kienan_awards.core.lists.list_import import import_list
    from tests.support.list_files import award_list, write_xlsx

    unit, (an, binh, _cuong) = ward
    registrations.save_unit_registration(db, unit, YEAR, None, {an: "LDTT", binh: "LDTT"})
    row = [1, "Lê Văn An", None, None, None, "Phường Văn Đẩu", "Lao động tiên tiến"]
    row += ["Hoàn thành tốt nhiệm vụ", "5/QĐ-UBND", dt.date(YEAR, 12, 20), YEAR]
    rows = award_list([row])
    rows[2].append("Năm")
    plan = import_list(db, write_xlsx(tmp_path / "ds.xlsx", {"DS": rows}))
    assert plan.errors == []
    outcomes = {
        r.name: r.outcome for r in registrations.registrations(db, YEAR, today=dt.date(2026, 1, 5))
    }
    assert outcomes == {"Lê Văn An": ACHIEVED, "Lê Văn Bình": NOT_ACHIEVED}
    (counts,) = registrations.registration_counts(db, YEAR, today=dt.date(2026, 1, 5))
    assert (counts.unit_name, counts.registered, counts.achieved, counts.rate) == (
        "Phường Văn Đẩu",
        2,
        1,
        50.0,
    )
    # The annual report counts them too, unit by unit.
    from kienan_awards.core.documents.reports import annual_report

    table = annual_report(db, YEAR).tables[-1]
    assert table.title == "6. Đăng ký thi đua theo đơn vị"
    assert table.rows == [("Phường Văn Đẩu", 2, 1, 0, 50.0)]
    assert table.total[1:] == (2, 1, 0, 50.0)


def test_a_year_without_registrations_reports_none(db, ward):
    from kienan_awards.core.documents.reports import annual_report

    titles = [table.title for table in annual_report(db, YEAR).tables]
    assert not [title for title in titles if "Đăng ký" in title]


def test_a_title_not_registered_is_flagged_in_a_year_that_keeps_registrations(db, ward):
    unit, (an, binh, _cuong) = ward
    unregistered = line(db, YEAR, "LDTT", person_id=binh)
    codes = lambda line_id: {f.rule for f in decisions.line_findings(db, line_id)}  # noqa: E731
    assert "TITLE_REGISTERED" not in codes(unregistered)  # no registration kept that year
    registrations.save_unit_registration(db, unit, YEAR, "TTLDTT", {an: "LDTT"})
    registered = line(db, YEAR, "LDTT", person_id=an)
    collective = line(db, YEAR, "TTLDTT", recipient_unit_id=unit)
    merit = line(db, YEAR, "GIAY_KHEN", person_id=binh)  # not a title: never registered
    assert "TITLE_REGISTERED" in codes(unregistered)
    assert "TITLE_REGISTERED" not in codes(registered) | codes(collective) | codes(merit)
    (finding,) = [
        f for f in decisions.line_findings(db, unregistered) if f.rule == "TITLE_REGISTERED"
    ]
    assert finding.message == "Lê Văn Bình did not register for this title this year"
    assert "Quy chế thi đua" in finding.legal_basis
    eligibility.set_rule(db, "TITLE_REGISTERED", False)
    assert "TITLE_REGISTERED" not in codes(unregistered)


def test_a_registration_removed_goes_to_the_trash(db, ward):
    unit, (an, *_rest) = ward
    registrations.save_unit_registration(db, unit, YEAR, None, {an: "LDTT"})
    (entry,) = registrations.registrations(db, YEAR)
    registrations.remove_registration(db, entry.id)
    assert registrations.registrations(db, YEAR) == []
    with pytest.raises(KienanError):
        registrations.remove_registration(db, entry.id)
