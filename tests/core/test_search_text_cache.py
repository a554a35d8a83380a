"""The search words of repeated values come from caches: the same words as made afresh."""

from __future__ import annotations

import pytest

from kienan_awards.core.search import search_text
from kienan_awards.core.search.search_text import (
    search_tokens,
    search_words,
    spelled_tokens,
    spelled_words,
)


def _afresh(values, tokens) -> str:
    """Each value's words in order; a value whose words repeat those of one before, once."""
    seen: dict[tuple[str, ...], None] = {}
    for value in values:
        if value:
            seen[tuple(tokens(value))] = None
    return " ".join(word for words in seen for word in words)


@pytest.mark.parametrize(
    "values",
    [
        ("Nguyễn Thị Hòa", "Nguyễn Thị Hòa", None, None),
        ("Nguyễn Nguyễn Văn", "NGUYEN van", "Phòng Chuyên Môn 5", "Phường Đồng Hoà"),
        ("Hoàn thành xuất sắc nhiệm vụ năm 2011", "12/QĐ-UBND"),
        ("", None, " "),
        ("a_b c-d", "x  x"),
        ("Đặng Ð đ",),
        (),
        (1, 1.0),
        (2.5, True),
    ],
)
def test_words_are_those_made_afresh_however_often_asked(values):
    for _ in range(2):
        assert search_words(*values) == _afresh(values, search_tokens)
        assert spelled_words(*values) == _afresh(values, spelled_tokens)


def test_a_number_and_its_float_are_not_one_key():
    search_text.search_words.cache_clear()
    search_text._folded_words.cache_clear()
    assert search_words(1) == "1"
    assert search_words(1.0) == "1 0"
    assert spelled_words(1) == "01"
