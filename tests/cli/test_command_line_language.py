"""The command line speaks through the one catalogue: in the pseudo-language every word it says
to a person comes out bracketed and lengthened, so a word that never went through the catalogue
stands out as plain English."""

import re

import pytest

from kienan_awards.core import i18n
from tests.cli.conftest import run

# A pseudo-translated text: "[...~~]".
PSEUDO_WORDS = re.compile(r"\[[^\]]*~~")


@pytest.fixture
def pseudo():
    spoken = i18n.language()
    i18n.set_language("pseudo")
    yield
    i18n.set_language(spoken)


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line]


def assert_every_line_translated(text: str):
    untranslated = [line for line in lines(text) if not PSEUDO_WORDS.search(line)]
    assert untranslated == []


@pytest.mark.parametrize(
    "argv",
    [
        ["info"],
        ["search", "Nguyễn", "--limit", "2"],
        ["audit", "--limit", "2"],
        ["progress"],
        ["check"],
        ["reindex"],
        ["verify", "AAAA-AAAA-AAAA"],
        ["search", "x", "--year", "2024", "--from-year", "2020"],
        ["search", "x", "--limit", "-1"],
        ["audit", "--from", "31/02/2024"],
        ["progress", "--movement", "999"],
        ["export", "out.txt"],
    ],
    ids=lambda argv: "-".join(argv[:3]),
)
def test_what_a_command_says_goes_through_the_catalogue(capsys, demo_path, pseudo, argv):
    code, out, err = run(capsys, "--db", demo_path, "--lang", "pseudo", *argv)
    assert out or err
    assert_every_line_translated(out)
    assert_every_line_translated(err)


def test_core_errors_are_shown_in_the_language_spoken(capsys, tmp_path, pseudo):
    code, out, err = run(capsys, "--db", tmp_path / "missing.sqlite3", "--lang", "pseudo", "info")
    assert code == 1 and out == ""
    assert err.startswith("kienan-awards: [there is no database at ")


def test_import_and_demo_speak_through_the_catalogue(capsys, tmp_path, pseudo):
    db = tmp_path / "awards.sqlite3"
    code, out, err = run(capsys, "--db", db, "--lang", "pseudo", "demo")
    assert code == 0
    assert_every_line_translated(out)
    assert_every_line_translated(err)
    code, out, err = run(
        capsys, "--db", db, "--lang", "pseudo", "import", "awards", tmp_path / "none.xlsx"
    )
    assert code == 1 and out == ""
    assert_every_line_translated(err)


def test_in_english_the_words_are_the_source_itself(capsys, demo_path):
    code, out, err = run(capsys, "--db", demo_path, "reindex")
    assert (code, out, err) == (0, "Rebuilt the search index: 699 awards.\n", "")
