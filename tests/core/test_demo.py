import unicodedata
from decimal import Decimal

import pytest

from kienan_awards.core.demo import load_demo
from kienan_awards.core.errors import DataPresentError
from kienan_awards.core.storage.database import open_database
from kienan_awards.core.text import fold

COUNTED = ("units", "people", "movements", "targets", "decisions", "awards")


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "demo.sqlite3")
    yield database
    database.close()


@pytest.fixture
def demo_db(db):
    load_demo(db)
    return db


def table_counts(db):
    return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in COUNTED}


def scalar(db, sql, params=()):
    return db.execute(sql, params).fetchone()[0]


def test_load_demo_creates_the_ten_wards_of_2019(demo_db):
    wards = [
        row["name"]
        for row in demo_db.query(
            "SELECT name FROM units WHERE kind = 'ward' AND valid_from = '2019-01-01'"
        )
    ]
    assert len(wards) == 10
    assert "Phường Trần Thành Ngọ" in wards
    assert "Phường Đồng Hòa" in wards
    # The ten wards' groups; the new ward's own four (its block of 2025) begin on 01/07/2025.
    groups = scalar(
        demo_db,
        "SELECT count(*) FROM units WHERE kind = 'residential_group' AND valid_from = '2019-01-01'",
    )
    assert groups == 30


def test_every_unit_but_the_district_and_the_new_wards_hangs_under_a_parent(demo_db):
    roots = list(demo_db.query("SELECT name, kind FROM units WHERE parent_id IS NULL ORDER BY id"))
    assert roots == [
        {"name": "Quận Kiến An", "kind": "district"},
        {"name": "Phường Kiến An", "kind": "ward"},
        {"name": "Phường Phù Liễn", "kind": "ward"},
        # The city, recorded for the other wards of the ward's emulation cluster.
        {"name": "Thành phố Hải Phòng", "kind": "province"},
    ]
    orphan_groups = scalar(
        demo_db,
        """SELECT count(*) FROM units g JOIN units w ON w.id = g.parent_id
           WHERE g.kind = 'residential_group' AND w.kind <> 'ward'""",
    )
    assert orphan_groups == 0


def test_load_demo_creates_the_district_authority_signed_by_the_chairman(demo_db):
    authorities = list(
        demo_db.query(
            "SELECT * FROM issuing_authorities WHERE level = 'district' ORDER BY valid_from"
        )
    )
    assert len(authorities) == 2
    authority, deputy = authorities
    assert authority["signer_name"] == "Nguyễn Trường Sơn"
    assert authority["signing_capacity"] == ""
    for signer in authorities:  # the issuer is the Chairman whoever signs
        assert signer["issuer_title"] == "CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN KIẾN AN"
        assert signer["decision_suffix"] == "QĐ-UBND"
    assert (authority["valid_to"], deputy["valid_from"]) == ("2024-12-31", "2025-01-01")
    assert deputy["valid_to"] == "2025-06-30"
    first_decision = scalar(demo_db, "SELECT min(decided_on) FROM decisions")
    assert authority["valid_from"] <= first_decision
    assert scalar(demo_db, "SELECT count(*) FROM issuing_authorities") == 4


def test_a_giay_khen_decision_is_signed_kt_by_the_vice_chairman(demo_db):
    """Decree 30/2020: a deputy signs on the Chairman's behalf, "KT. CHỦ TỊCH" over "PHÓ CHỦ
    TỊCH"; the decision keeps the capacity it was signed in."""
    deputy = demo_db.execute(
        "SELECT id, signer_title, signer_name, signing_capacity FROM issuing_authorities "
        "WHERE signing_capacity = 'KT.'"
    ).fetchone()
    assert deputy[1:] == ("Phó Chủ tịch", "Trịnh Quốc Hưng", "KT.")
    signed = demo_db.execute(
        "SELECT number, decided_on, title, signer_title, signer_name, signing_capacity "
        "FROM decisions WHERE authority_id = ?",
        [deputy[0]],
    ).fetchall()
    assert [row[:2] for row in signed] == [("20/QĐ-UBND", "2025-01-10")]
    assert "Giấy khen" in signed[0][2]
    assert signed[0][3:] == ("Phó Chủ tịch", "Trịnh Quốc Hưng", "KT.")
    others = scalar(demo_db, "SELECT count(*) FROM decisions WHERE signing_capacity = 'KT.'")
    assert others == 1
    assert scalar(demo_db, "SELECT count(*) FROM people WHERE full_name = ?", [deputy[2]]) == 0


def test_the_vice_chairmans_decision_and_certificates_sign_kt_over_his_title(demo_db, tmp_path):
    from docx import Document

    from kienan_awards.core.documents.certificates import certificate
    from kienan_awards.core.documents.decision_document import decision_content
    from kienan_awards.core.documents.decision_docx import write_decision_docx

    decision_id = scalar(demo_db, "SELECT id FROM decisions WHERE signing_capacity = 'KT.'")
    path = write_decision_docx(decision_content(demo_db, decision_id), tmp_path / "d.docx")
    document = Document(path)
    texts = [p.text for p in document.paragraphs]
    texts += [
        p.text for t in document.tables for r in t.rows for c in r.cells for p in c.paragraphs
    ]
    signed = texts.index("KT. CHỦ TỊCH")
    assert texts[signed + 1] == "PHÓ CHỦ TỊCH" and "Trịnh Quốc Hưng" in texts[signed + 2 :]
    assert "CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN KIẾN AN" in texts  # the issuer, whoever signs
    award_id = scalar(demo_db, "SELECT min(id) FROM awards WHERE decision_id = ?", [decision_id])
    data, _ = certificate(demo_db, award_id)
    assert data.signature_lines == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert data.signer_name == "Trịnh Quốc Hưng"
    assert data.issuer_title.upper() == "CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN KIẾN AN"


def test_load_demo_creates_the_districts_two_movements_and_the_wards_two(demo_db):
    # The block of residential groups has a movement of its own (its targets are scored).
    movements = list(
        demo_db.query("SELECT * FROM movements WHERE kind = 'regular' ORDER BY starts_on")
    )
    assert [m["starts_on"] for m in movements] == [
        "2023-01-01",
        "2024-01-01",
        "2025-07-01",
        "2026-01-01",
    ]
    assert all(m["kind"] == "regular" for m in movements)
    assert [m["status"] for m in movements] == ["closed", "closed", "closed", "active"]
    assert "Thực hiện chuyển đổi số" in movements[1]["themes"]
    assert "12/01/2024" in movements[1]["launching_decision"]
    participants = scalar(
        demo_db, "SELECT count(*) FROM movement_units WHERE movement_id = ?", [movements[1]["id"]]
    )
    assert participants == 22


def test_load_demo_creates_hundreds_of_people_and_awards(demo_db):
    assert scalar(demo_db, "SELECT count(*) FROM people") >= 200
    assert scalar(demo_db, "SELECT count(*) FROM awards") >= 300


def test_returned_counts_match_the_tables(db):
    counts = load_demo(db)
    assert counts == table_counts(db)


def test_conference_decision_15_carries_about_forty_awards(demo_db):
    decision = demo_db.execute(
        "SELECT id, signer_name, legal_bases FROM decisions "
        "WHERE number = '15/QĐ-UBND' AND decided_on = '2024-01-12'"
    ).fetchone()
    assert decision is not None
    decision_id, signer_name, legal_bases = decision
    assert signer_name == "Nguyễn Trường Sơn"
    assert "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022" in legal_bases
    kinds = dict(
        demo_db.execute(
            "SELECT recipient_kind, count(*) FROM awards WHERE decision_id = ? "
            "GROUP BY recipient_kind",
            [decision_id],
        ).fetchall()
    )
    assert kinds["collective"] >= 10
    assert kinds["individual"] >= 20
    assert 35 <= sum(kinds.values()) <= 50
    forms = scalar(
        demo_db,
        "SELECT group_concat(DISTINCT f.code) FROM awards a JOIN award_forms f ON f.id = a.form_id "
        "WHERE a.decision_id = ?",
        [decision_id],
    )
    assert forms == "GIAY_KHEN"


def test_register_numbers_run_gap_free_per_register_year(demo_db):
    rows = demo_db.execute(
        "SELECT register_book, register_year, count(*), count(DISTINCT register_number), "
        "min(register_number), max(register_number) FROM awards "
        "WHERE register_book IS NOT NULL GROUP BY 1, 2"
    ).fetchall()
    assert rows
    for book, _year, count, distinct, low, high in rows:
        assert book == "main"
        assert count == distinct == high
        assert low == 1
    mismatched = scalar(
        demo_db,
        "SELECT count(*) FROM awards a JOIN decisions d ON d.id = a.decision_id "
        "WHERE a.register_year <> CAST(substr(d.decided_on, 1, 4) AS INTEGER)",
    )
    assert mismatched == 0


def test_register_numbers_follow_decision_dates(demo_db):
    rows = demo_db.execute(
        "SELECT a.register_year, d.decided_on FROM awards a JOIN decisions d "
        "ON d.id = a.decision_id ORDER BY a.register_year, a.register_number"
    ).fetchall()
    for (year, earlier), (next_year, later) in zip(rows, rows[1:], strict=False):
        if year == next_year:
            assert earlier <= later


def test_a_person_has_at_most_one_award_per_form_and_year(demo_db):
    repeated = scalar(
        demo_db,
        """SELECT count(*) FROM (SELECT person_id FROM awards WHERE recipient_kind = 'individual'
           GROUP BY person_id, form_id, achievement_year HAVING count(*) > 1)""",
    )
    assert repeated == 0


def test_every_grassroots_emulation_fighter_is_an_advanced_worker_that_year(demo_db):
    missing = scalar(
        demo_db,
        """SELECT count(*) FROM awards c JOIN award_forms cf ON cf.id = c.form_id
           WHERE cf.code = 'CSTDCS' AND NOT EXISTS (
               SELECT 1 FROM awards l JOIN award_forms lf ON lf.id = l.form_id
               WHERE lf.code = 'LDTT' AND l.person_id = c.person_id
                 AND l.achievement_year = c.achievement_year)""",
    )
    assert missing == 0
    assert (
        scalar(
            demo_db,
            "SELECT count(*) FROM awards a JOIN award_forms f ON f.id = a.form_id "
            "WHERE f.code = 'CSTDCS'",
        )
        > 0
    )


def test_one_achievement_is_honoured_once(demo_db):
    doubled = scalar(
        demo_db,
        """SELECT count(*) FROM awards g JOIN award_forms gf ON gf.id = g.form_id
           JOIN awards t JOIN award_forms tf ON tf.id = t.form_id
           WHERE gf.code = 'GIAY_KHEN' AND tf.code IN ('CSTDCS', 'TTLDTT', 'TDPVH')
             AND t.achievement_year = g.achievement_year
             AND ((g.person_id IS NOT NULL AND t.person_id = g.person_id)
               OR (g.recipient_kind = 'collective'
                   AND t.recipient_unit_id = g.recipient_unit_id))""",
    )
    assert doubled == 0


def test_some_people_hold_titles_in_consecutive_years(demo_db):
    def longest_runs(code):
        years_by_person = {}
        for person_id, year in demo_db.execute(
            "SELECT a.person_id, a.achievement_year FROM awards a "
            "JOIN award_forms f ON f.id = a.form_id WHERE f.code = ?",
            [code],
        ):
            years_by_person.setdefault(person_id, set()).add(year)
        runs = []
        for years in years_by_person.values():
            best = max(next(n for n in range(1, 10) if year + n not in years) for year in years)
            runs.append(best)
        return runs

    assert sum(1 for run in longest_runs("LDTT") if run >= 3) >= 5
    assert sum(1 for run in longest_runs("CSTDCS") if run >= 2) >= 3


def test_no_award_for_staff_recruited_less_than_six_months_before(demo_db):
    early = scalar(
        demo_db,
        """SELECT count(*) FROM awards a JOIN people p ON p.id = a.person_id
           WHERE p.recruited_on IS NOT NULL
             AND p.recruited_on > printf('%d-06-30', a.achievement_year)""",
    )
    assert early == 0


def test_personal_ids_are_twelve_digits_and_unique(demo_db):
    ids = [
        row[0]
        for row in demo_db.execute("SELECT personal_id FROM people WHERE personal_id IS NOT NULL")
    ]
    people = scalar(demo_db, "SELECT count(*) FROM people")
    assert 0.4 * people < len(ids) < 0.8 * people
    assert len(set(ids)) == len(ids)
    for personal_id in ids:
        assert len(personal_id) == 12 and personal_id.isdigit()
        assert personal_id.startswith("031")


def test_personal_ids_agree_with_gender_and_birth_year(demo_db):
    for gender, birth_year, personal_id in demo_db.execute(
        "SELECT gender, birth_year, personal_id FROM people WHERE personal_id IS NOT NULL"
    ):
        century = 0 if birth_year < 2000 else 2
        assert int(personal_id[3]) == century + (gender == "female")
        assert personal_id[4:6] == f"{birth_year % 100:02d}"


def test_birth_dates_agree_with_birth_years(demo_db):
    rows = demo_db.execute("SELECT birth_year, birth_date FROM people").fetchall()
    assert all(1965 <= year <= 2000 for year, _ in rows)
    dated = [(year, day) for year, day in rows if day]
    assert 0.3 * len(rows) < len(dated) < 0.7 * len(rows)
    assert all(day.startswith(f"{year}-") for year, day in dated)


def test_the_2023_budget_revenue_target_has_two_plans(demo_db):
    target_id = scalar(
        demo_db,
        "SELECT id FROM targets WHERE period_year = 2023 AND unit_id IS NULL "
        "AND indicator = 'Tổng thu ngân sách nhà nước trên địa bàn'",
    )
    plans = dict(
        demo_db.execute(
            "SELECT source, value FROM target_plans WHERE target_id = ?", [target_id]
        ).fetchall()
    )
    assert plans == {"Kế hoạch thành phố giao": "514185", "Kế hoạch HĐND quận giao": "591254"}
    actual = scalar(
        demo_db, "SELECT actual_value FROM progress_reports WHERE target_id = ?", [target_id]
    )
    assert actual == "516756"


def test_2023_results_reproduce_the_article_ratios(demo_db):
    rows = demo_db.execute(
        """SELECT t.same_period_value, p.value, r.actual_value FROM targets t
           JOIN target_plans p ON p.target_id = t.id AND p.source = 'Kế hoạch thành phố giao'
           JOIN progress_reports r ON r.target_id = t.id
           WHERE t.period_year = 2023 ORDER BY t.sort_order"""
    ).fetchall()
    ratios = [round(int(actual) / int(plan) * 100, 2) for _, plan, actual in rows]
    assert ratios == [101.5, 100.98, 100.67, 106.69, 100.5]


def test_2024_targets_show_every_plan_form(demo_db):
    forms = {
        row[0]
        for row in demo_db.execute(
            "SELECT p.plan_form FROM target_plans p JOIN targets t ON t.id = p.target_id "
            "WHERE t.period_year = 2024"
        )
    }
    assert forms == {"at_least", "at_most", "range", "about"}
    ward_targets = scalar(
        demo_db, "SELECT count(*) FROM targets WHERE period_year = 2024 AND unit_id IS NOT NULL"
    )
    assert ward_targets >= 10
    quarters = {
        row[0]
        for row in demo_db.execute(
            "SELECT DISTINCT reported_on FROM progress_reports r JOIN targets t "
            "ON t.id = r.target_id WHERE t.period_year = 2024"
        )
    }
    assert quarters == {"2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"}


def test_2024_ward_results_are_a_mix_of_met_and_missed(demo_db):
    rows = demo_db.execute(
        """SELECT p.value, r.actual_value FROM targets t
           JOIN target_plans p ON p.target_id = t.id
           JOIN progress_reports r ON r.target_id = t.id AND r.reported_on = '2024-12-31'
           WHERE t.period_year = 2024 AND t.unit_id IS NOT NULL AND p.plan_form = 'at_least'"""
    ).fetchall()
    met = sum(1 for plan, actual in rows if Decimal(actual) >= Decimal(plan))
    assert len(rows) // 2 < met < len(rows)


def test_loading_twice_raises_and_changes_nothing(db):
    load_demo(db)
    before = table_counts(db)
    with pytest.raises(DataPresentError, match="already holds records"):
        load_demo(db)
    assert table_counts(db) == before


def test_a_database_with_one_unit_refuses_the_demo(db):
    db["units"].insert(
        {"name": "Phòng Nội vụ", "name_folded": fold("Phòng Nội vụ"), "kind": "department"}
    )
    with pytest.raises(DataPresentError):
        load_demo(db)
    assert table_counts(db) == {**dict.fromkeys(COUNTED, 0), "units": 1}


def test_a_failure_midway_leaves_nothing(db, monkeypatch):
    from kienan_awards.core.demo import district_awards

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(district_awards, "insert_awards", broken)
    with pytest.raises(RuntimeError):
        load_demo(db)
    assert table_counts(db) == dict.fromkeys(COUNTED, 0)
    assert scalar(db, "SELECT count(*) FROM issuing_authorities") == 0


TEXT_COLUMNS = {
    "units": ["name", "short_name", "note"],
    "people": ["full_name", "position"],
    "issuing_authorities": [
        "name",
        "issuer_title",
        "body_name",
        "signer_title",
        "signer_name",
        "place",
        "decision_suffix",
    ],
    "movements": ["name", "launching_decision", "themes"],
    "targets": ["indicator", "measure_unit"],
    "target_plans": ["source"],
    "progress_reports": ["source"],
    "decisions": ["number", "signer_title", "signer_name", "title", "legal_bases", "proposed_by"],
    "awards": ["recipient_name", "unit_name", "position", "achievement"],
}


def test_all_text_is_nfc(demo_db):
    for table, columns in TEXT_COLUMNS.items():
        for row in demo_db.execute(f"SELECT {', '.join(columns)} FROM {table}"):
            for value in row:
                if value is not None:
                    assert unicodedata.is_normalized("NFC", value), (table, value)


def test_name_folded_is_the_folded_name(demo_db):
    for table, column in (("units", "name"), ("people", "full_name")):
        rows = demo_db.execute(f"SELECT {column}, name_folded FROM {table}").fetchall()
        assert rows
        for name, folded in rows:
            assert folded == fold(name)


def test_awards_record_recipient_and_unit_as_written(demo_db):
    # A person who went to serve the new ward keeps the unit and position of their earlier
    # awards; the ward's own are given under the new ones.
    mismatched = scalar(
        demo_db,
        """SELECT count(*) FROM awards a JOIN people p ON p.id = a.person_id
           JOIN decisions d ON d.id = a.decision_id JOIN units u ON u.id = p.unit_id
           WHERE a.recipient_name <> p.full_name
              OR ((a.unit_id <> p.unit_id OR a.position IS NOT p.position)
                  AND NOT (d.decided_on < u.valid_from AND p.note LIKE 'Đến 30/06/2025:%'))""",
    )
    assert mismatched == 0
    moved = scalar(demo_db, "SELECT count(*) FROM people WHERE note LIKE 'Đến 30/06/2025:%'")
    assert moved > 30
    collectives = scalar(
        demo_db,
        "SELECT count(*) FROM awards WHERE recipient_kind = 'collective' "
        "AND (recipient_unit_id IS NULL OR unit_id <> recipient_unit_id)",
    )
    assert collectives == 0
    unpaid = scalar(demo_db, "SELECT count(*) FROM awards WHERE bonus_amount IS NULL")
    assert unpaid == 0


def test_demo_is_deterministic(tmp_path):
    def award_rows(path):
        database = open_database(path)
        try:
            load_demo(database)
            return [
                {key: value for key, value in row.items() if key != "created_at"}
                for row in database.query("SELECT * FROM awards ORDER BY id")
            ], list(database.query("SELECT * FROM people ORDER BY id"))
        finally:
            database.close()

    assert award_rows(tmp_path / "one.sqlite3") == award_rows(tmp_path / "two.sqlite3")


def test_plan_and_progress_figures_are_stored_as_text(demo_db):
    not_text = scalar(
        demo_db,
        """SELECT (SELECT count(*) FROM target_plans
                   WHERE typeof(value) <> 'text'
                      OR (value_high IS NOT NULL AND typeof(value_high) <> 'text'))
                + (SELECT count(*) FROM progress_reports WHERE typeof(actual_value) <> 'text')
                + (SELECT count(*) FROM targets
                   WHERE same_period_value IS NOT NULL AND typeof(same_period_value) <> 'text')""",
    )
    assert not_text == 0
    assert scalar(demo_db, "SELECT count(*) FROM target_plans") > 0


def test_money_is_whole_vnd(demo_db):
    kinds = {row[0] for row in demo_db.execute("SELECT DISTINCT typeof(bonus_amount) FROM awards")}
    assert kinds == {"integer"}


def test_the_block_of_residential_groups_has_a_movement_of_its_own(demo_db):
    (name, status, units) = demo_db.execute(
        "SELECT m.name, m.status, (SELECT count(*) FROM movement_units u "
        "WHERE u.movement_id = m.id) FROM movements m WHERE m.kind = 'campaign'"
    ).fetchone()
    assert "tổ dân phố văn hóa" in name and status == "active" and units == 4
