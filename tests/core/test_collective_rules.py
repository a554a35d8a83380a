"""The collective titles as the Law on Emulation and Commendation 2022 gives them: an Advanced
Labour Collective (Art. 28) needs more than 50% of its members Advanced Workers and nobody
disciplined; an Excellent Labour Collective (Art. 27) at least 70%, every member's tasks
completed, a Grassroots Emulation Fighter and nobody disciplined. What the program knows of the
members is their titles of the year and what their own proposal lines say."""

import datetime as dt

import pytest

from kienan_awards.core.awards import decisions, eligibility
from kienan_awards.core.awards.catalogue import find_award_form
from kienan_awards.core.lists.list_import import import_list
from kienan_awards.core.records import people, units
from kienan_awards.core.storage.step_data import rules_0017
from kienan_awards.core.storage.step_data.rules_0006 import RULES as STEP_6_RULES
from tests.support.list_files import award_list, write_xlsx

YEAR = 2024
STAFF = ["An", "Bình", "Cường", "Dũng", "Em", "Giang", "Hà", "Khoa", "Long", "Minh"]
ADVANCED = {"COLLECTIVE_MEMBER_SHARE", "COLLECTIVE_NO_DISCIPLINE"}
EXCELLENT = {
    "EXCELLENT_COLLECTIVE_MEMBER_SHARE",
    "EXCELLENT_COLLECTIVE_TASKS",
    "EXCELLENT_COLLECTIVE_FIGHTER",
    "EXCELLENT_COLLECTIVE_NO_DISCIPLINE",
}


@pytest.fixture
def law(db):
    """A database with step 17's rows (the step is run again: it changes nothing twice)."""
    rules_0017.collective_rules_step(db)
    return db


@pytest.fixture
def unit(law):
    """A department of ten people: (unit id, person ids)."""
    unit_id = units.save_unit(law, None, {"name": "Phòng Nội vụ", "kind": "department"}).record_id
    staff = [
        people.save_person(
            law,
            None,
            {"full_name": f"Nguyễn Văn {name}", "unit_id": unit_id, "birth_year": 1980 + n},
        ).record_id
        for n, name in enumerate(STAFF)
    ]
    return unit_id, staff


def accepted(db, form_code, person_ids, year=YEAR, **fields):
    """Lines of a proposal for the year, accepted (not decided yet)."""
    proposal = decisions.create_proposal(db, f"Đề nghị {form_code} năm {year}", year).record_id
    form = find_award_form(db, form_code).id
    for person in person_ids:
        line = decisions.add_line(
            db, proposal, {"form_id": form, "person_id": person, "task_rating": "good", **fields}
        ).record_id
        decisions.review_line(db, line, "accepted", override_reason="as the unit reviewed")
    return proposal


def stated(db, person, year=YEAR, status="pending", **fields):
    """A member's own Giấy khen line, saying what the unit's review says of them."""
    proposal = decisions.create_proposal(db, f"Giấy khen năm {year}", year).record_id
    line = decisions.add_line(
        db,
        proposal,
        {"form_id": find_award_form(db, "GIAY_KHEN").id, "person_id": person, **fields},
    ).record_id
    if status != "pending":
        decisions.review_line(db, line, status, reason="thiếu hồ sơ")
    return line


def collective_findings(db, unit_id, form_code, year=YEAR):
    proposal = decisions.create_proposal(db, f"Tập thể năm {year}", year).record_id
    line = decisions.add_line(
        db, proposal, {"form_id": find_award_form(db, form_code).id, "recipient_unit_id": unit_id}
    ).record_id
    return {f.rule: f for f in decisions.line_findings(db, line) if f.rule in ADVANCED | EXCELLENT}


def test_each_collective_rule_cites_its_own_article(law):
    found = eligibility.rules(law)
    for code in ADVANCED:
        assert found[code].legal_basis == "Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 28"
    for code in EXCELLENT:
        assert found[code].legal_basis == "Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 27"
    assert found["COLLECTIVE_MEMBER_SHARE"].parameter == "50"
    assert found["EXCELLENT_COLLECTIVE_MEMBER_SHARE"].parameter == "70"
    assert found["COLLECTIVE_MEMBER_SHARE"].name_vi.startswith("Tập thể lao động tiên tiến")
    assert all(found[code].name_vi.startswith("Tập thể lao động xuất sắc") for code in EXCELLENT)
    # Each title's rules are listed together, after the individual titles' rules.
    order = list(found)
    assert order.index("CSTDCS_SHARE") < order.index("COLLECTIVE_MEMBER_SHARE")
    assert order.index("COLLECTIVE_NO_DISCIPLINE") + 1 == order.index(
        "EXCELLENT_COLLECTIVE_MEMBER_SHARE"
    )


def test_an_advanced_collective_needs_more_than_half_its_members_advanced_workers(law, unit):
    unit_id, staff = unit
    accepted(law, "LDTT", staff[:5])
    finding = collective_findings(law, unit_id, "TTLDTT")["COLLECTIVE_MEMBER_SHARE"]
    assert finding.message == (
        "Phòng Nội vụ no more than 50% of its members are Advanced Workers this year"
    )
    assert finding.legal_basis.endswith("Điều 28")
    accepted(law, "LDTT", staff[5:6])
    assert collective_findings(law, unit_id, "TTLDTT") == {}  # 6 of 10, not the 70% of Art. 27


def test_the_clerks_figure_and_switch_bind_the_advanced_collective(law, unit):
    unit_id, staff = unit
    accepted(law, "LDTT", staff[:4])
    assert "COLLECTIVE_MEMBER_SHARE" in collective_findings(law, unit_id, "TTLDTT")
    eligibility.set_rule(law, "COLLECTIVE_MEMBER_SHARE", True, "35")
    assert collective_findings(law, unit_id, "TTLDTT") == {}
    eligibility.set_rule(law, "COLLECTIVE_MEMBER_SHARE", True, "50")
    eligibility.set_rule(law, "COLLECTIVE_MEMBER_SHARE", False)
    assert collective_findings(law, unit_id, "TTLDTT") == {}


def test_a_collective_with_nobody_recorded_cannot_show_its_share(law):
    empty = units.save_unit(law, None, {"name": "Ban mới lập", "kind": "department"}).record_id
    assert set(collective_findings(law, empty, "TTLDTT")) == {"COLLECTIVE_MEMBER_SHARE"}
    assert set(collective_findings(law, empty, "TTLDXS")) == {
        "EXCELLENT_COLLECTIVE_MEMBER_SHARE",
        "EXCELLENT_COLLECTIVE_FIGHTER",
    }


def test_a_member_disciplined_that_year_bars_the_advanced_collective(law, unit):
    unit_id, staff = unit
    accepted(law, "LDTT", staff[:8])
    stated(law, staff[8], year=YEAR - 1, under_discipline=1)  # another year's
    stated(law, staff[9], status="returned", under_discipline=1)  # sent back: not stated yet
    assert collective_findings(law, unit_id, "TTLDTT") == {}
    stated(law, staff[9], under_discipline=1)
    finding = collective_findings(law, unit_id, "TTLDTT")["COLLECTIVE_NO_DISCIPLINE"]
    assert finding.message == "Phòng Nội vụ has members under discipline this year: Nguyễn Văn Minh"
    assert finding.legal_basis.endswith("Điều 28")


def test_an_excellent_collective_meets_every_condition_of_article_27(law, unit):
    unit_id, staff = unit
    accepted(law, "LDTT", staff[:7])
    assert set(collective_findings(law, unit_id, "TTLDXS")) == {"EXCELLENT_COLLECTIVE_FIGHTER"}
    accepted(law, "CSTDCS", staff[:1], task_rating="excellent")
    assert collective_findings(law, unit_id, "TTLDXS") == {}


def test_an_excellent_collective_needs_seventy_percent_advanced_workers(law, unit):
    unit_id, staff = unit
    accepted(law, "LDTT", staff[:6])
    accepted(law, "CSTDCS", staff[:1], task_rating="excellent")
    finding = collective_findings(law, unit_id, "TTLDXS")["EXCELLENT_COLLECTIVE_MEMBER_SHARE"]
    assert finding.message == (
        "Phòng Nội vụ fewer than 70% of its members are Advanced Workers this year"
    )
    assert finding.legal_basis.endswith("Điều 27")
    # The Advanced Labour Collective asks less: 6 of 10 is more than half.
    assert collective_findings(law, unit_id, "TTLDTT") == {}


def test_an_excellent_collective_needs_every_member_to_complete_their_tasks(law, unit):
    unit_id, staff = unit
    accepted(law, "LDTT", staff[:8])
    accepted(law, "CSTDCS", staff[:1], task_rating="excellent")
    stated(law, staff[9], task_rating="completed")
    assert collective_findings(law, unit_id, "TTLDXS") == {}
    stated(law, staff[8], task_rating="not_completed")
    found = collective_findings(law, unit_id, "TTLDXS")
    assert set(found) == {"EXCELLENT_COLLECTIVE_TASKS"}
    assert found["EXCELLENT_COLLECTIVE_TASKS"].message.endswith(": Nguyễn Văn Long")
    # Completing tasks is not the Advanced Labour Collective's condition in Art. 28.
    assert collective_findings(law, unit_id, "TTLDTT") == {}


def test_an_excellent_collective_has_nobody_disciplined(law, unit):
    unit_id, staff = unit
    accepted(law, "LDTT", staff[:8])
    accepted(law, "CSTDCS", staff[:1], task_rating="excellent")
    stated(law, staff[8], status="rejected", under_discipline=1)
    stated(law, staff[9], under_discipline=1)
    found = collective_findings(law, unit_id, "TTLDXS")
    assert set(found) == {"EXCELLENT_COLLECTIVE_NO_DISCIPLINE"}
    assert found["EXCELLENT_COLLECTIVE_NO_DISCIPLINE"].message.endswith(
        ": Nguyễn Văn Long, Nguyễn Văn Minh"
    )


def listed(n, name, born, form, achievement):
    """A row of a unit's awards list, as the office's decision attached it."""
    person = [n, f"Nguyễn Văn {name}", born, "Nam", "Chuyên viên", "Phòng Nội vụ"]
    return [*person, form, achievement, "4461/QĐ-UBND", dt.date(YEAR, 12, 25)]


def test_imported_titles_count_for_the_collective(law, unit, tmp_path):
    """An imported list's awards have no proposal line behind them: they count all the same."""
    unit_id, _ = unit
    good, excellent = (
        f"Hoàn thành tốt nhiệm vụ năm {YEAR}",
        f"Hoàn thành xuất sắc nhiệm vụ năm {YEAR}",
    )
    rows = [
        listed(n, name, 1980 + n - 1, "Lao động tiên tiến", good)
        for n, name in enumerate(STAFF[:7], start=1)
    ]
    rows.append(listed(8, "An", 1980, "Chiến sĩ thi đua cơ sở", excellent))
    plan = import_list(law, write_xlsx(tmp_path / "titles.xlsx", {"DS": award_list(rows)}))
    assert plan.errors == []
    assert plan.summary()["people_created"] == 0
    assert collective_findings(law, unit_id, "TTLDXS") == {}


def _as_before_step_17(db):
    """The rows as step 6 left them, for a database that has not taken step 17 yet."""
    db.execute(
        "DELETE FROM eligibility_rules WHERE code IN ({})".format(
            ", ".join("?" for _ in rules_0017.NEW_RULES)
        ),
        [rule[0] for rule in rules_0017.NEW_RULES],
    )
    code, name_vi, name_en, basis, message, parameter = next(
        rule for rule in STEP_6_RULES if rule[0] == "COLLECTIVE_MEMBER_SHARE"
    )
    db.execute(
        "UPDATE eligibility_rules SET name_vi = ?, name_en = ?, legal_basis = ?, message = ?, "
        "parameter = ?, enabled = 1 WHERE code = ?",
        [name_vi, name_en, basis, message, parameter, code],
    )


def _rows(db):
    return db.execute(
        "SELECT code, name_vi, legal_basis, message, enabled, parameter, sort_order "
        "FROM eligibility_rules ORDER BY code"
    ).fetchall()


def _audit_rows(db):
    return db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'eligibility_rules'"
    ).fetchone()[0]


def test_the_step_keeps_the_clerks_switch_and_replaces_the_shipped_figure(db):
    _as_before_step_17(db)
    eligibility.set_rule(db, "COLLECTIVE_MEMBER_SHARE", False)
    logged = _audit_rows(db)
    rules_0017.collective_rules_step(db)
    rule = eligibility.rules(db)["COLLECTIVE_MEMBER_SHARE"]
    assert (rule.enabled, rule.parameter) == (False, "50")
    assert rule.legal_basis.endswith("Điều 28")
    assert all(eligibility.rules(db)[code].enabled for code in EXCELLENT)
    # The law's rows are the program's, not a clerk's action: no audit row.
    assert _audit_rows(db) == logged
    rows = _rows(db)
    rules_0017.collective_rules_step(db)
    assert _rows(db) == rows


def test_the_step_keeps_a_figure_of_the_clerks_own(db):
    _as_before_step_17(db)
    eligibility.set_rule(db, "COLLECTIVE_MEMBER_SHARE", True, "60")
    rules_0017.collective_rules_step(db)
    rule = eligibility.rules(db)["COLLECTIVE_MEMBER_SHARE"]
    assert (rule.enabled, rule.parameter) == (True, "60")
    assert eligibility.rules(db)["EXCELLENT_COLLECTIVE_MEMBER_SHARE"].parameter == "70"
    # A setting made after the step stays through the step run again.
    eligibility.set_rule(db, "EXCELLENT_COLLECTIVE_MEMBER_SHARE", True, "75")
    rules_0017.collective_rules_step(db)
    assert eligibility.rules(db)["EXCELLENT_COLLECTIVE_MEMBER_SHARE"].parameter == "75"
