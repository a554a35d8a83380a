"""office lists the issuing authorities with their dates and levels; office add records one
from a day (its level given or read from its name), closing the open one the day before and
refusing a day another authority already holds."""

import datetime as dt
import json

import pytest

from kienan_awards import cli
from kienan_awards.core.records.office import add_office
from kienan_awards.core.storage.database import open_database
from tests.cli.conftest import run

WARD = [
    "--authority",
    "Ủy ban nhân dân phường Kiến An",
    "--signer-title",
    "Chủ tịch",
    "--signer-name",
    "Lê Văn Bình",
    "--place",
    "Kiến An",
]


DISTRICT = {
    "body_name": "ỦY BAN NHÂN DÂN QUẬN KIẾN AN",
    "place": "Kiến An",
    "signer_title": "CHỦ TỊCH",
    "signer_name": "Nguyễn Trường Sơn",
}


def office(capsys, path, *words):
    return run(capsys, "--db", path, "--lang", "en", "office", *words)


@pytest.fixture
def district_path(db_path):
    """A database whose only authority is the district, which signed from 01/01/2019 until it
    was dissolved on 30/06/2025."""
    db = open_database(db_path)
    add_office(db, DISTRICT, dt.date(2019, 1, 1))
    db.execute("UPDATE issuing_authorities SET valid_to = '2025-06-30'")
    db.conn.commit()
    db.close()
    return db_path


def test_office_add_then_office_lists_both_and_info_shows_the_new_one(capsys, district_path):
    code, out, err = office(capsys, district_path, "add", "--from", "01/07/2025", *WARD)
    assert (code, err) == (0, "")
    assert out == "Ủy ban nhân dân phường Kiến An recorded from 01/07/2025\n"
    code, out, err = office(capsys, district_path, "add", "--from", "01/03/2026", *WARD[:-2])
    assert code == 2 and "--place" in err  # argparse's own refusal
    second = [*WARD[:5], "Trần Thị Hoa", *WARD[6:]]
    assert office(capsys, district_path, "add", "--from", "01/03/2026", *second)[0] == 0

    code, out, err = office(capsys, district_path)
    assert code == 0
    assert out.splitlines() == [
        "01/03/2026 - open | Ủy ban nhân dân phường Kiến An | Chủ tịch Trần Thị Hoa | Kiến An "
        "| commune",
        "01/07/2025 - 28/02/2026 | Ủy ban nhân dân phường Kiến An | Chủ tịch Lê Văn Bình | "
        "Kiến An | commune",
        "01/01/2019 - 30/06/2025 | ỦY BAN NHÂN DÂN QUẬN KIẾN AN | CHỦ TỊCH Nguyễn Trường Sơn | "
        "Kiến An | district",
    ]
    rows = json.loads(office(capsys, district_path, "--format", "json")[1])
    assert [(row["valid_from"], row["valid_to"]) for row in rows] == [
        ("2026-03-01", None),
        ("2025-07-01", "2026-02-28"),
        ("2019-01-01", "2025-06-30"),
    ]
    assert [row["level"] for row in rows] == ["commune", "commune", "district"]

    code, out, err = run(capsys, "--db", district_path, "--lang", "en", "info")
    assert out.splitlines()[-1] == (
        "office in force: Ủy ban nhân dân phường Kiến An | Chủ tịch Trần Thị Hoa | Kiến An, "
        "from 01/03/2026"
    )
    info = json.loads(run(capsys, "--db", district_path, "info", "--format", "json")[1])
    assert info["office"]["signer_name"] == "Trần Thị Hoa"
    assert info["office"]["level"] == "commune"


def test_info_says_when_no_office_is_in_force(capsys, district_path):
    code, out, err = run(capsys, "--db", district_path, "--lang", "en", "info")
    assert out.splitlines()[-1] == "office in force: none recorded for today"


@pytest.mark.parametrize(
    ("day", "overlapping"),
    [
        (
            "01/03/2025",
            "ỦY BAN NHÂN DÂN QUẬN KIẾN AN (Nguyễn Trường Sơn), in force from "
            "01/01/2019 to 30/06/2025",
        ),
        ("01/07/2025", "(Lê Văn Bình), in force from 01/07/2025"),
        ("30/06/2025", "in force from 01/01/2019 to 30/06/2025"),
    ],
    ids=["backwards", "same-day", "last-day-of-the-district"],
)
def test_an_overlapping_or_backwards_office_is_one_line_exit_1_and_nothing_written(
    capsys, district_path, day, overlapping
):
    assert office(capsys, district_path, "add", "--from", "01/07/2025", *WARD)[0] == 0
    before = office(capsys, district_path, "--format", "json")[1]
    code, out, err = office(capsys, district_path, "add", "--from", day, *WARD)
    assert (code, out) == (cli.FAILED, "") and err.count("\n") == 1
    assert err.startswith(f"kienan-awards: from {day} the office would overlap ")
    assert overlapping in err
    assert office(capsys, district_path, "--format", "json")[1] == before


@pytest.mark.parametrize(
    ("words", "code", "said"),
    [
        (["--from", "01/07/2025", *WARD[:3], " ", *WARD[4:]], 1, "signer_title: "),
        (["--from", "31/02/2026", *WARD], 2, "impossible date 31/02/2026"),
        (["--from", "01/07/2025", *WARD[:-1], "Kiến\x07An"], 1, "place: the text"),
        (["--from", "01/07/2025", *WARD, "--level", "ward"], 2, "invalid choice: 'ward'"),
        (
            ["--from", "01/07/2025", "--authority", "Ban Thi đua - Khen thưởng", *WARD[2:]],
            1,
            "does not say the office's level: give --level commune, district or city",
        ),
    ],
    ids=["empty-title", "impossible-date", "control-character", "bad-level", "level-unsaid"],
)
def test_bad_input_to_office_add_is_one_line_and_nothing_written(
    capsys, district_path, words, code, said
):
    before = office(capsys, district_path, "--format", "json")[1]
    got, out, err = office(capsys, district_path, "add", *words)
    assert (got, out) == (code, "") and err.count("\n") == 1 and said in err
    assert office(capsys, district_path, "--format", "json")[1] == before


def test_office_add_never_makes_a_database(capsys, tmp_path):
    missing = tmp_path / "typo" / "awards.sqlite3"
    code, out, err = office(capsys, missing, "add", "--from", "01/07/2025", *WARD)
    assert code == cli.FAILED and not missing.exists()


def test_office_add_takes_the_level_given_or_reads_it_from_the_name(capsys, db_path):
    open_database(db_path).close()
    district = ["--authority", "UBND quận Mẫu", *WARD[2:]]
    assert office(capsys, db_path, "add", "--from", "01/01/2020", *district)[0] == 0
    unsaid = ["--authority", "Ban Thi đua - Khen thưởng", *WARD[2:]]
    words = ["add", "--from", "01/07/2025", *unsaid, "--level", "commune"]
    assert office(capsys, db_path, *words)[0] == 0
    rows = json.loads(office(capsys, db_path, "--format", "json")[1])
    assert [(row["authority"], row["level"]) for row in rows] == [
        ("Ban Thi đua - Khen thưởng", "commune"),
        ("UBND quận Mẫu", "district"),
    ]
    assert office(capsys, db_path)[1].splitlines()[1].endswith("| district")


def test_office_set_level_records_the_level_an_authority_lacked(capsys, district_path):
    db = open_database(district_path)
    db.execute("UPDATE issuing_authorities SET level = NULL")
    db.conn.commit()
    db.close()

    code, out, err = office(capsys, district_path, "set-level", "district", "--on", "15/12/2024")

    assert (code, err) == (0, "")
    assert "district" in out
    db = open_database(district_path)
    assert db.execute("SELECT level FROM issuing_authorities").fetchall() == [("district",)]
    db.close()


def test_office_set_level_on_a_day_no_authority_holds_is_one_line_exit_1(capsys, district_path):
    code, out, err = office(capsys, district_path, "set-level", "commune", "--on", "15/12/2025")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "15/12/2025" in err
    db = open_database(district_path)
    assert db.execute("SELECT level FROM issuing_authorities").fetchall() == [("district",)]
    db.close()
