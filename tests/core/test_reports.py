import datetime as dt
from decimal import Decimal

import pytest

from kienan_awards.core.documents.reports import build_report, position_level
from kienan_awards.core.errors import KienanError
from kienan_awards.core.storage.database import write_transaction
from tests.support.report_office import build_office


@pytest.fixture
def office(db):
    ids = build_office(db)
    return db, ids


def table(report, starts_with):
    return next(t for t in report.tables if t.title.startswith(starts_with))


def test_positions_are_sorted_into_levels_by_their_words_with_marks():
    assert position_level("Phó Trưởng phòng") == "leader"
    assert position_level("Chủ tịch UBND phường") == "leader"
    assert position_level("Tổ trưởng tổ dân phố") == "leader"
    assert position_level("Giáo viên Trường Tiểu học") == "staff"  # a school, not a head
    assert position_level("Công nhân vệ sinh") == "worker"
    assert position_level("Chuyên viên") == "staff"
    assert position_level("  ") is None and position_level(None) is None


def test_the_annual_summary_counts_by_form_kind_unit_gender_and_level(office):
    db, _ = office
    report = build_report(db, "annual", 2023)
    by_form = table(report, "1.")
    assert by_form.headers[1:4] == ("Cá nhân", "Tập thể", "Hộ gia đình")
    assert by_form.rows == [
        ("Giấy khen", 2, 0, 0, 2, 1_080_000),
        ("Lao động tiên tiến", 1, 0, 0, 1, 540_000),  # Dũng's was revoked
        ("Tập thể lao động tiên tiến", 0, 1, 0, 1, 1_440_000),
        ("Gia đình văn hóa", 0, 0, 1, 1, 0),
    ]
    assert by_form.total == ("Tổng cộng", 3, 1, 1, 5, 3_060_000)
    assert table(report, "2.").rows == [
        ("Phòng Nội vụ", 2, 1, 0, 3, 2_520_000),
        ("Phường Bắc Sơn", 1, 0, 1, 2, 540_000),
    ]
    assert table(report, "3.").headers[1] == "Số lượt cá nhân"  # awards, not people
    assert table(report, "3.").rows == [("Nam", 1, 33.3), ("Nữ", 2, 66.7), ("Không ghi", 0, 0.0)]
    assert table(report, "4.").rows == [
        ("Lãnh đạo, quản lý", 1, 33.3),
        ("Công nhân, nông dân, người lao động trực tiếp", 1, 33.3),
        ("Cán bộ, công chức, viên chức, nhân viên", 1, 33.3),
        ("Không ghi chức vụ", 0, 0.0),
    ]
    decisions = table(report, "5.")
    assert [row[:2] + row[3:] for row in decisions.rows] == [
        ("5/QĐ-UBND", dt.date(2023, 12, 20), 4, 3_060_000),
        ("6/QĐ-UBND", dt.date(2023, 12, 28), 1, 0),
    ]
    assert report.notes == ["Không tính 1 khen thưởng đã thu hồi."]
    assert report.subtitle == "Thành tích năm 2023: 5 khen thưởng, tiền thưởng 3.060.000 đồng"
    (chart,) = report.charts
    assert chart.categories == [row[0] for row in by_form.rows]
    assert [s.name for s in chart.series] == ["Cá nhân", "Tập thể", "Hộ gia đình"]
    assert chart.series[0].values == [2.0, 1.0, 0.0, 0.0]


def test_the_multi_year_report_gives_the_same_counts_per_year(office):
    db, _ = office
    report = build_report(db, "multi-year", 2022, to_year=2024)
    assert table(report, "1.").headers == ("", "2022", "2023", "2024", "Tổng")
    assert table(report, "1.").rows == [
        ("Số quyết định", 0, 2, 1, 3),
        ("Số khen thưởng", 0, 5, 3, 8),
        ("Tiền thưởng (đồng)", 0, 3_060_000, 2_130_000, 5_190_000),
    ]
    assert table(report, "2.").rows == [
        ("Giấy khen", 0, 2, 2, 4),
        ("Lao động tiên tiến", 0, 1, 1, 2),
        ("Tập thể lao động tiên tiến", 0, 1, 0, 1),
        ("Gia đình văn hóa", 0, 1, 0, 1),
    ]
    assert table(report, "3.").rows[0] == ("Cá nhân", 0, 3, 3, 6)
    assert table(report, "4.").rows[:2] == [("Nam", 0, 1, 1, 2), ("Nữ", 0, 2, 2, 4)]
    assert table(report, "4.").total == ("Tổng cá nhân", 0, 3, 3, 6)
    assert table(report, "6.").rows == [
        ("Phòng Nội vụ", 0, 3, 1, 4),
        ("Phường Bắc Sơn", 0, 2, 2, 4),
    ]
    (chart,) = report.charts
    assert chart.kind == "lines" and chart.categories == ["2022", "2023", "2024"]
    assert chart.series[0].name == "Tổng số" and chart.series[0].values == [0.0, 5.0, 3.0]
    # Each year's column agrees with that year's own summary.
    annual = build_report(db, "annual", 2024)
    assert table(annual, "1.").total[4] == table(report, "2.").total[3] == 3


def test_the_movement_report_gives_targets_results_and_the_awards_that_followed(office):
    db, ids = office
    report = build_report(db, "movement", 2024)
    targets = report.tables[0]
    assert [(r[0], r[1], r[4], r[5], r[7]) for r in targets.rows] == [
        (
            "Phòng Nội vụ",
            "Hồ sơ giải quyết đúng hạn",
            Decimal("98"),
            Decimal("103.16"),
            "Vượt kế hoạch",
        ),
        ("Phường Bắc Sơn", "Thu ngân sách", Decimal("900"), Decimal("90.0"), "Không đạt"),
    ]
    summary = report.tables[1]
    assert summary.rows == [("Phòng Nội vụ", 1, 1, 0, 1), ("Phường Bắc Sơn", 1, 0, 1, 2)]
    assert summary.total == ("Tổng cộng", 2, 1, 1, 3)
    awards = report.tables[2]
    assert [row[:4] for row in awards.rows] == [
        ("Phòng Nội vụ", "Nguyễn Văn An", "Giấy khen", "9/QĐ-UBND"),
        ("Phường Bắc Sơn", "Lê Thị Cúc", "Lao động tiên tiến", "9/QĐ-UBND"),
        ("Phường Bắc Sơn", "Đỗ Thị Yến", "Giấy khen", "9/QĐ-UBND"),
    ]
    assert report.landscape and report.charts[0].series[1].values == [1.0, 2.0]
    assert build_report(db, "movement", 2024, movement_id=ids["movement"]).tables == report.tables


def test_the_honour_list_groups_by_unit_and_sorts_by_given_name(office):
    db, _ = office
    report = build_report(db, "honour-list", 2023)
    assert [t.title for t in report.tables] == ["Phòng Nội vụ (3)", "Phường Bắc Sơn (2)"]
    assert [row[:2] for row in report.tables[0].rows] == [
        (1, "Phòng Nội vụ"),  # the collective first
        (2, "Nguyễn Văn An"),  # An before Bình: by given name
        (3, "Trần Thị Bình"),
    ]
    assert [row[1] for row in report.tables[1].rows] == ["Hộ ông Phạm Văn Dũng", "Lê Thị Cúc"]
    assert report.tables[0].rows[1][2:] == ("Trưởng phòng", "Giấy khen", "5/QĐ-UBND", 1)
    # Vietnamese order of given names: Cúc (c) before Yến (y), whatever the family name.
    later = build_report(db, "honour-list", 2024)
    assert [row[1] for row in later.tables[1].rows] == ["Lê Thị Cúc", "Đỗ Thị Yến"]


@pytest.mark.parametrize(
    ("kind", "year", "to_year", "message"),
    [
        ("annual", 1800, None, "1800 is not a year"),
        ("multi-year", 2024, 2020, "ends before it begins"),
        ("multi-year", 1950, 2024, "at most 30 years"),
        ("movement", 2019, None, "no emulation movement has targets for 2019"),
        ("honour-list", 2010, None, "no award was made for the achievements of 2010"),
        ("yearly", 2024, None, "there is no report 'yearly'"),
    ],
)
def test_a_report_that_cannot_be_made_says_why(office, kind, year, to_year, message):
    db, _ = office
    with pytest.raises(KienanError, match=message):
        build_report(db, kind, year, to_year)


def test_an_empty_year_gives_an_annual_summary_of_zeros(office):
    db, _ = office
    report = build_report(db, "annual", 2020)
    assert table(report, "1.").rows == [] and table(report, "1.").total[4] == 0
    assert table(report, "3.").rows[0] == ("Nam", 0, None)


def test_units_of_the_same_name_are_counted_apart_by_the_unit_above(office):
    from kienan_awards.core.records import units

    db, ids = office
    groups = []
    for ward in ("Phòng Nội vụ", "Phường Bắc Sơn"):
        groups.append(
            units.save_unit(
                db,
                None,
                {
                    "name": "Tổ dân phố số 1",
                    "kind": "residential_group",
                    "parent_id": ids["units"][ward],
                },
            ).record_id
        )
    form = db.execute("SELECT id FROM award_forms WHERE code = 'TDPVH'").fetchone()[0]
    decision = db.execute("SELECT id FROM decisions WHERE number = '6/QĐ-UBND'").fetchone()[0]
    with write_transaction(db):
        for group in groups:
            db.execute(
                "INSERT INTO awards (decision_id, form_id, recipient_kind, recipient_unit_id, "
                "recipient_name, unit_id, achievement_year) VALUES (?, ?, 'collective', ?, "
                "'Tổ dân phố số 1', ?, 2023)",
                [decision, form, group, group],
            )
    rows = [row[0] for row in table(build_report(db, "annual", 2023), "2.").rows]
    assert "Tổ dân phố số 1 (Phòng Nội vụ)" in rows and "Tổ dân phố số 1 (Phường Bắc Sơn)" in rows


def test_a_decision_with_awards_of_two_years_is_one_decision_over_the_range(office):
    db, _ = office
    with write_transaction(db):
        db.execute(
            "UPDATE awards SET achievement_year = 2024 WHERE id = (SELECT min(a.id) FROM awards a "
            "JOIN decisions d ON d.id = a.decision_id WHERE d.number = '5/QĐ-UBND')"
        )
    summary = table(build_report(db, "multi-year", 2023, to_year=2024), "1.")
    assert summary.rows[0] == ("Số quyết định", 2, 2, 3)


def test_the_movement_report_lists_only_the_years_awards(office):
    db, ids = office
    with write_transaction(db):
        db.execute("UPDATE decisions SET movement_id = ?", [ids["movement"]])
    awards = build_report(db, "movement", 2024).tables[2]
    assert len(awards.rows) == 3


def test_a_year_without_awards_is_saved_as_excel_too(office, tmp_path):
    from kienan_awards.core.documents.report_workbook import write_report_workbook

    db, _ = office
    path = write_report_workbook(build_report(db, "annual", 1999), tmp_path / "empty.xlsx")
    assert path.stat().st_size > 0
