"""The consecutive-year paths upward, read from the whole record: imported lists (awards with no
proposal line behind them), the city's own decisions, and accepted proposal lines, with the
initiatives and excellent completion they state. A year counts once on one path, and each
suggestion names the years and the awards it rests on."""

import datetime as dt

import pytest

from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.candidates import (
    BK_FROM_EXCELLENT_YEARS,
    BK_FROM_FIGHTER_YEARS,
    CITY_FIGHTER,
    EXCELLENT,
    INITIATIVE,
    NATIONAL_FIGHTER,
    TITLE,
    Ground,
    candidates,
    described,
    described_grounds,
    initiatives_stated,
    proposable,
    states_excellence,
)
from kienan_awards.core.awards.catalogue import find_award_form
from kienan_awards.core.awards.other_decisions import (
    OtherAuthority,
    OtherAward,
    record_other_decision,
)
from kienan_awards.core.lists.list_import import import_list
from tests.support.list_files import award_list, write_xlsx

NAME = "Trần Thị Hoa"
CITY = OtherAuthority("Ủy ban nhân dân thành phố Hải Phòng", "city", "Chủ tịch")
FIGHTER = "Chiến sĩ thi đua cơ sở"
EXCELLENT_TEXT = "Đã hoàn thành xuất sắc nhiệm vụ năm {year}"


def decision_of(year: int) -> str:
    return f"{4000 + year % 100}/QĐ-UBND"


@pytest.fixture
def history(db, tmp_path):
    """Imports a year's list of the district's awards for Trần Thị Hoa: import(year, form,
    achievement). Returns the person's id once the first list is in."""

    def imported(year: int, form: str = FIGHTER, achievement: str = EXCELLENT_TEXT) -> int:
        row = [1, NAME, 1982, "Nữ", "Chuyên viên", "Phòng Tư pháp", form]
        row += [achievement.format(year=year), decision_of(year), dt.date(year, 12, 20)]
        path = write_xlsx(tmp_path / f"{year}-{len(form)}.xlsx", {"DS": award_list([row])})
        plan = import_list(db, path)
        assert plan.errors == []
        return db.execute("SELECT id FROM people WHERE full_name = ?", [NAME]).fetchone()[0]

    return imported


def city_title(db, person: int, year: int, form: str = "CSTD_CITY") -> None:
    number = f"{100 + year % 100}/QĐ-UBND"
    award = OtherAward(form, person_id=person, achievement="Xuất sắc", year=year)
    record_other_decision(db, CITY, number, dt.date(year + 1, 4, 10), [award])


def paths(db, year: int) -> dict[str, object]:
    return {c.path: c for c in candidates(db, year) if c.name == NAME}


def accepted_line(db, person: int, year: int, form: str = "GIAY_KHEN", **fields) -> None:
    proposal = decisions.create_proposal(db, f"Đề nghị khen thưởng năm {year}", year).record_id
    line = decisions.add_line(
        db, proposal, {"form_id": find_award_form(db, form).id, "person_id": person, **fields}
    ).record_id
    decisions.review_line(db, line, "accepted", override_reason="as the unit reviewed")


def test_two_imported_fighter_years_lead_to_the_bang_khen_naming_both_decisions(db, history):
    history(2022)
    history(2023)
    (suggestion,) = paths(db, 2023).values()
    assert suggestion.path == BK_FROM_FIGHTER_YEARS
    assert suggestion.form_code == "BK_CITY"
    assert suggestion.suggested == "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố"
    assert suggestion.reason == "2 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở"
    assert suggestion.years == (2022, 2023)
    assert suggestion.grounds == (
        Ground(2022, TITLE, FIGHTER, "4022/QĐ-UBND", "2022-12-20", None),
        Ground(2023, TITLE, FIGHTER, "4023/QĐ-UBND", "2023-12-20", None),
    )
    assert described(suggestion.grounds[0]) == (
        "2022: Chiến sĩ thi đua cơ sở, decision 4022/QĐ-UBND of 20/12/2022"
    )
    assert paths(db, 2024) == {}
    assert paths(db, 2022) == {}


def test_a_year_counts_once_on_the_bang_khen_path(db, history):
    person = history(2022)
    history(2023)
    city_title(db, person, 2023, "BK_CITY")  # the suggestion taken up
    assert BK_FROM_FIGHTER_YEARS not in paths(db, 2023)
    history(2024)
    assert BK_FROM_FIGHTER_YEARS not in paths(db, 2024)  # 2023 is spent on this path
    history(2025)
    assert paths(db, 2025)[BK_FROM_FIGHTER_YEARS].years == (2024, 2025)


def test_three_fighter_years_with_an_initiative_lead_to_city_fighter(db, history):
    person = history(2021)
    history(2022)
    history(2023)
    assert CITY_FIGHTER not in paths(db, 2023)  # excellent, but no initiative stated
    initiative = "Đã có sáng kiến “Số hóa hồ sơ hộ tịch” được công nhận năm {year}"
    history(2022, "Giấy khen", initiative)
    suggestion = paths(db, 2023)[CITY_FIGHTER]
    assert suggestion.suggested == "Chiến sĩ thi đua thành phố"
    assert suggestion.years == (2021, 2022, 2023)
    assert [g.decision for g in suggestion.grounds if g.stands_for == TITLE] == [
        "4021/QĐ-UBND",
        "4022/QĐ-UBND",
        "4023/QĐ-UBND",
    ]
    (stated,) = [g for g in suggestion.grounds if g.stands_for == INITIATIVE]
    assert (stated.year, stated.form, stated.initiatives) == (2022, "Giấy khen", 1)
    assert described(stated) == (
        "2022: Giấy khen, decision 4022/QĐ-UBND of 20/12/2022 — an initiative stated"
    )
    # The Bằng khen is another path: the same years count on it too.
    assert paths(db, 2023)[BK_FROM_FIGHTER_YEARS].years == (2022, 2023)
    city_title(db, person, 2023)
    assert CITY_FIGHTER not in paths(db, 2023)


def test_an_initiative_outside_the_run_does_not_count(db, history):
    history(2020, "Giấy khen", "Có 02 sáng kiến được công nhận năm {year}")
    for year in (2021, 2022, 2023):
        history(year)
    assert CITY_FIGHTER not in paths(db, 2023)


def test_an_initiative_on_an_accepted_proposal_line_counts(db, history):
    person = history(2021)
    history(2022)
    history(2023)
    accepted_line(db, person, 2023, task_rating="excellent", has_initiative=1)
    (stated,) = [g for g in paths(db, 2023)[CITY_FIGHTER].grounds if g.stands_for == INITIATIVE]
    assert (stated.decision, stated.proposal) == (None, "Đề nghị khen thưởng năm 2023")
    assert described(stated) == (
        "2023: Giấy khen, proposal “Đề nghị khen thưởng năm 2023” — an initiative stated"
    )


def test_two_excellent_years_with_two_initiatives_lead_to_the_bang_khen(db, history):
    person = history(2023, "Giấy khen", "Hoàn thành xuất sắc nhiệm vụ, có 01 sáng kiến năm {year}")
    accepted_line(db, person, 2024, task_rating="excellent")
    assert paths(db, 2024) == {}  # excellent both years, one initiative
    accepted_line(db, person, 2024, "LDTT", task_rating="excellent", has_initiative=1)
    (suggestion,) = paths(db, 2024).values()
    assert suggestion.path == BK_FROM_EXCELLENT_YEARS
    assert suggestion.form_code == "BK_CITY"
    assert suggestion.reason == "2 năm liên tục hoàn thành xuất sắc nhiệm vụ, có 2 sáng kiến"
    assert suggestion.years == (2023, 2024)
    kinds = [(g.year, g.stands_for) for g in suggestion.grounds]
    assert kinds == [(2023, EXCELLENT), (2023, INITIATIVE), (2024, EXCELLENT), (2024, INITIATIVE)]
    assert suggestion.grounds[0].decision == "4023/QĐ-UBND"
    # One line for each award or line, with all it shows.
    assert described_grounds(suggestion.grounds) == [
        "2023: Giấy khen, decision 4023/QĐ-UBND of 20/12/2023 — tasks completed excellently; "
        "an initiative stated",
        "2024: Lao động tiên tiến, proposal “Đề nghị khen thưởng năm 2024” — tasks completed "
        "excellently; an initiative stated",
    ]


def test_two_initiatives_stated_in_one_year_are_two(db, history):
    history(2023, "Giấy khen", "Hoàn thành xuất sắc nhiệm vụ năm {year}")
    history(2024, "Giấy khen", "Hoàn thành xuất sắc nhiệm vụ, có 02 sáng kiến được công nhận")
    (suggestion,) = paths(db, 2024).values()
    assert suggestion.path == BK_FROM_EXCELLENT_YEARS
    (stated,) = [g for g in suggestion.grounds if g.stands_for == INITIATIVE]
    assert described(stated) == (
        "2024: Giấy khen, decision 4024/QĐ-UBND of 20/12/2024 — 2 initiatives stated"
    )


def test_two_consecutive_city_fighter_titles_lead_to_national_fighter(db, history):
    person = history(2017)
    city_title(db, person, 2020)
    city_title(db, person, 2023)
    suggestion = paths(db, 2023)[NATIONAL_FIGHTER]
    assert suggestion.suggested == "Chiến sĩ thi đua toàn quốc"
    assert suggestion.form_code is None  # no form of the catalogue: named as text
    assert suggestion.years == (2020, 2023)
    assert [(g.form, g.decision) for g in suggestion.grounds] == [
        ("Chiến sĩ thi đua thành phố", "120/QĐ-UBND"),
        ("Chiến sĩ thi đua thành phố", "123/QĐ-UBND"),
    ]
    assert paths(db, 2020) == {}


def test_city_fighter_titles_with_a_gap_are_not_consecutive(db, history):
    person = history(2017)
    city_title(db, person, 2019)
    city_title(db, person, 2023)
    assert NATIONAL_FIGHTER not in paths(db, 2023)


def test_a_national_title_recorded_spends_its_city_titles(db, history):
    person = history(2017)
    city_title(db, person, 2020)
    city_title(db, person, 2023)
    # The clerk's own form for the national title (the catalogue ships none).
    db.execute(
        "INSERT INTO award_forms (code, name_vi, name_en, category, recipient_kinds, "
        "legal_basis) VALUES ('CSTD_TQ', 'Chiến sĩ thi đua toàn quốc', 'National Emulation "
        "Fighter', 'title', 'individual', 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 21')"
    )
    decision = db.execute(
        "INSERT INTO decisions (number, decided_on) VALUES ('1234/QĐ-TTg', '2024-09-01')"
    ).lastrowid
    db.execute(
        "INSERT INTO awards (decision_id, form_id, recipient_kind, person_id, recipient_name, "
        "achievement_year) VALUES (?, (SELECT id FROM award_forms WHERE code = 'CSTD_TQ'), "
        "'individual', ?, ?, 2023)",
        [decision, person, NAME],
    )
    assert NATIONAL_FIGHTER not in paths(db, 2023)
    city_title(db, person, 2026)
    assert NATIONAL_FIGHTER not in paths(db, 2026)  # 2023's title is spent


def test_a_revoked_title_is_no_ground(db, history):
    person = history(2022)
    history(2023)
    award = db.execute(
        "SELECT id FROM awards WHERE person_id = ? AND achievement_year = 2022", [person]
    ).fetchone()[0]
    decisions.revoke_award(db, award, "kê khai sai thành tích", dt.date(2024, 3, 1))
    assert paths(db, 2023) == {}


def test_a_persons_own_suggestions_start_from_the_latest_year_of_their_record(db, history):
    person = history(2022)
    history(2023)
    assert [c.path for c in proposable(db, person)] == [BK_FROM_FIGHTER_YEARS]
    # A later year under review, not decided: the decided year's suggestion still stands.
    accepted_line(db, person, 2024, task_rating="good")
    assert [c.years for c in proposable(db, person)] == [(2022, 2023)]
    history(2024, "Giấy khen", "Hoàn thành tốt nhiệm vụ năm {year}")
    assert proposable(db, person) == []  # 2024 is decided, and no path ends in it


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Đã hoàn thành xuất sắc nhiệm vụ, có sáng kiến được công nhận năm 2023", 1),
        ("Có giải pháp công tác được áp dụng hiệu quả năm 2023", 1),
        ("có giải pháp hữu ích về cải cách hành chính", 1),
        ("Có 02 sáng kiến được Hội đồng sáng kiến cơ sở công nhận", 2),
        ("có 01 sáng kiến và 01 đề tài khoa học được nghiệm thu", 2),
        ("có hai sáng kiến kinh nghiệm", 2),
        ("Chủ nhiệm đề tài nghiên cứu cấp cơ sở", 1),
        ("có sáng kiến “Một cửa liên thông”, sáng kiến được áp dụng toàn phường", 1),
        ("CÓ SÁNG KIẾN ĐƯỢC CÔNG NHẬN", 1),
        ("chưa có sáng kiến", 0),
        ("không có sáng kiến, đề tài", 0),
        ("tích cực tham gia phong trào thi đua sáng kiến", 0),
        ("tham gia phong trào lao động sáng tạo, sáng kiến, cải tiến kỹ thuật", 0),
        ("đề ra nhiều giải pháp thu ngân sách", 0),
        ("viết bài dự thi về đề tài an toàn giao thông", 0),
        ("Hoàn thành tốt nhiệm vụ năm 2023", 0),
        ("", 0),
        (None, 0),
    ],
)
def test_the_words_that_state_an_initiative(text, count):
    assert initiatives_stated(text) == count


@pytest.mark.parametrize(
    ("text", "excellent"),
    [
        ("Đã hoàn thành xuất sắc nhiệm vụ năm 2023", True),
        ("Hoàn thành xuất sắc các nhiệm vụ được giao", True),
        ("HOAN THANH XUAT SAC NHIEM VU", True),
        ("Xuất sắc hoàn thành nhiệm vụ", True),
        ("Đã hoàn thành tốt nhiệm vụ năm 2023", False),
        ("Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2023", False),
        ("chưa hoàn thành xuất sắc nhiệm vụ", False),
        (None, False),
    ],
)
def test_the_words_that_state_excellent_completion(text, excellent):
    assert states_excellence(text) is excellent
