"""A score typed by a clerk read as the scoring doors take it: points with a decimal comma or
point, a number of times for a counted item, nothing to clear, anything else handed on for the
door to refuse with the member and the criterion named."""

from decimal import Decimal

import pytest

from kienan_awards.core.clusters.score_entry_text import read_score, score_text
from kienan_awards.core.clusters.scoring import Events


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("2,5", Decimal("2.5")),
        ("2.5", Decimal("2.5")),
        (" 25 ", Decimal("25")),
        ("-2", Decimal("-2")),
        ("\u22125", Decimal("-5")),  # a typographic minus, as a pasted figure has it
        ("3 lần", Events(3)),
        ("3 LẦN", Events(3)),
        ("3lan", Events(3)),
        ("x3", Events(3)),
        ("×3", Events(3)),
        ("× 12", Events(12)),
        ("3x", Events(3)),
        ("2 times", Events(2)),
        ("1 time", Events(1)),
    ],
)
def test_points_and_times_are_read_as_typed(typed, read):
    assert read_score(typed) == read


@pytest.mark.parametrize("typed", ["", "   ", None])
def test_an_empty_entry_clears_the_score(typed):
    assert read_score(typed) is None


@pytest.mark.parametrize("typed", ["abc", "2,5,1", "x", "lần", "NaN", "Infinity", "-3 lần"])
def test_what_is_not_a_score_is_handed_on_unchanged(typed):
    assert read_score(typed) == typed


def test_a_stored_score_reads_back_as_it_would_be_typed():
    assert score_text(Decimal("20.88")) == "20,88"
    assert score_text(Decimal("25.00")) == "25"
    assert score_text(Decimal("-2")) == "-2"
    assert score_text(Events(2)) == "×2"
    assert score_text(None) == ""
    assert read_score(score_text(Decimal("20.88"))) == Decimal("20.88")
    assert read_score(score_text(Events(2))) == Events(2)
