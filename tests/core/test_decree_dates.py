"""Dates in documents as Decree 30/2020 writes them."""

import datetime as dt

import pytest

from kienan_awards.core.documents.decree_dates import date_in_words, decision_of, place_and_date


@pytest.mark.parametrize(
    ("day", "written"),
    [
        (dt.date(2025, 7, 5), "ngày 05 tháng 7 năm 2025"),
        (dt.date(2026, 2, 15), "ngày 15 tháng 02 năm 2026"),
        (dt.date(2026, 1, 1), "ngày 01 tháng 01 năm 2026"),
        (dt.date(2025, 12, 31), "ngày 31 tháng 12 năm 2025"),
        (dt.date(2025, 10, 9), "ngày 09 tháng 10 năm 2025"),
    ],
)
def test_days_below_ten_and_months_one_and_two_take_a_leading_zero(day, written):
    assert date_in_words(day) == written


def test_the_place_line_and_the_decision_line():
    day = dt.date(2025, 7, 5)
    assert place_and_date("Kiến An", day) == "Kiến An, ngày 05 tháng 7 năm 2025"
    assert decision_of("15/QĐ-UBND", day) == "Quyết định số 15/QĐ-UBND ngày 05 tháng 7 năm 2025"
