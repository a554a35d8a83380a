"""Any text a clerk can type or a workbook can hold: a result or a clear error, never a crash."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists import cell_values
from kienan_awards.core.movements.movement_plans import parse_plan
from kienan_awards.core.text import clean, fold, name_sort_text

# Text with what offices' files really hold: Vietnamese, decomposed marks, control and
# direction characters, emoji, SQL fragments.
TYPED = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from("ăâđêôơưàáảãạĐ\u0300\u0301\u0303\u0309\u0323\u200f\u202e\x00😀'\";-"),
    ),
    max_size=80,
)
CELL = st.one_of(
    TYPED,
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.none(),
    st.booleans(),
    st.datetimes(min_value=dt.datetime(1000, 1, 1)),
    st.dates(),
)


@settings(max_examples=400, deadline=None)
@given(TYPED)
def test_folding_and_sort_keys_take_any_text(value):
    folded = fold(value)
    assert folded == fold(folded.upper()) or not folded.isascii()
    assert fold(clean(value)) == fold(value)
    name_sort_text(clean(value) or "x")


@settings(max_examples=400, deadline=None)
@given(TYPED)
def test_the_plan_parser_reads_or_refuses_clearly(value):
    try:
        form, low, high = parse_plan(value)
    except (KienanError, cell_values.CellError) as error:
        assert str(error)
    else:
        assert form and (high is None or high >= low)


@pytest.mark.parametrize(
    "reader",
    [
        cell_values.text,
        cell_values.date,
        cell_values.year,
        cell_values.personal_id,
        cell_values.decimal_number,
    ],
    ids=lambda reader: reader.__name__,
)
@settings(max_examples=250, deadline=None)
@given(value=CELL)
def test_cell_readers_read_or_name_the_problem(reader, value):
    try:
        reader(value)
    except cell_values.CellError as error:
        assert str(error)
