"""office lists the issuing authorities with their dates; office add records one from a day,
closing the open one the day before and refusing a day another authority already holds."""

import json

import pytest

from kienan_awards import cli
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


def office(capsys, path, *words):
    return run(capsys, "--db", path, "--lang", "en", "office", *words)


def test_office_add_then_office_lists_both_and_info_shows_the_new_one(capsys, demo_path):
    code, out, err = office(capsys, demo_path, "add", "--from", "01/07/2025", *WARD)
    assert (code, err) == (0, "")
    assert out == "Ủy ban nhân dân phường Kiến An recorded from 01/07/2025\n"
    code, out, err = office(capsys, demo_path, "add", "--from", "01/03/2026", *WARD[:-2])
    assert code == 2 and "--place" in err  # argparse's own refusal
    second = [*WARD[:5], "Trần Thị Hoa", *WARD[6:]]
    assert office(capsys, demo_path, "add", "--from", "01/03/2026", *second)[0] == 0

    code, out, err = office(capsys, demo_path)
    assert code == 0
    assert out.splitlines() == [
        "01/03/2026 - open | Ủy ban nhân dân phường Kiến An | Chủ tịch Trần Thị Hoa | Kiến An",
        "01/07/2025 - 28/02/2026 | Ủy ban nhân dân phường Kiến An | Chủ tịch Lê Văn Bình | Kiến An",
        "01/01/2019 - 30/06/2025 | ỦY BAN NHÂN DÂN QUẬN KIẾN AN | CHỦ TỊCH Nguyễn Trường Sơn | "
        "Kiến An",
    ]
    rows = json.loads(office(capsys, demo_path, "--format", "json")[1])
    assert [(row["valid_from"], row["valid_to"]) for row in rows] == [
        ("2026-03-01", None),
        ("2025-07-01", "2026-02-28"),
        ("2019-01-01", "2025-06-30"),
    ]

    code, out, err = run(capsys, "--db", demo_path, "--lang", "en", "info")
    assert out.splitlines()[-1] == (
        "office in force: Ủy ban nhân dân phường Kiến An | Chủ tịch Trần Thị Hoa | Kiến An, "
        "from 01/03/2026"
    )
    info = json.loads(run(capsys, "--db", demo_path, "info", "--format", "json")[1])
    assert info["office"]["signer_name"] == "Trần Thị Hoa"


def test_info_says_when_no_office_is_in_force(capsys, demo_path):
    code, out, err = run(capsys, "--db", demo_path, "--lang", "en", "info")
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
    capsys, demo_path, day, overlapping
):
    assert office(capsys, demo_path, "add", "--from", "01/07/2025", *WARD)[0] == 0
    before = office(capsys, demo_path, "--format", "json")[1]
    code, out, err = office(capsys, demo_path, "add", "--from", day, *WARD)
    assert (code, out) == (cli.FAILED, "") and err.count("\n") == 1
    assert err.startswith(f"kienan-awards: from {day} the office would overlap ")
    assert overlapping in err
    assert office(capsys, demo_path, "--format", "json")[1] == before


@pytest.mark.parametrize(
    ("words", "code", "said"),
    [
        (["--from", "01/07/2025", *WARD[:3], " ", *WARD[4:]], 1, "signer_title: "),
        (["--from", "31/02/2026", *WARD], 2, "impossible date 31/02/2026"),
        (["--from", "01/07/2025", *WARD[:-1], "Kiến\x07An"], 1, "place: the text"),
    ],
    ids=["empty-title", "impossible-date", "control-character"],
)
def test_bad_input_to_office_add_is_one_line_and_nothing_written(
    capsys, demo_path, words, code, said
):
    before = office(capsys, demo_path, "--format", "json")[1]
    got, out, err = office(capsys, demo_path, "add", *words)
    assert (got, out) == (code, "") and err.count("\n") == 1 and said in err
    assert office(capsys, demo_path, "--format", "json")[1] == before


def test_office_add_never_makes_a_database(capsys, tmp_path):
    missing = tmp_path / "typo" / "awards.sqlite3"
    code, out, err = office(capsys, missing, "add", "--from", "01/07/2025", *WARD)
    assert code == cli.FAILED and not missing.exists()
