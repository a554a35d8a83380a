import datetime as dt

from kienan_awards.core.documents.decision_document import (
    PACK_NAME_MAX_BYTES,
    decision_pack_stem,
)


def test_the_pack_is_named_by_its_number_and_day():
    assert decision_pack_stem("15/QĐ-UBND", dt.date(2024, 1, 12)) == "QD 15-QĐ-UBND 2024-01-12"


def test_a_long_number_is_cut_and_the_day_kept_whole():
    number = "15/QĐ-UBND: " + "về việc khen thưởng tập thể và cá nhân " * 8
    stem = decision_pack_stem(number, dt.date(2024, 1, 12))
    assert stem.startswith("QD 15-QĐ-UBND về việc") and stem.endswith(" 2024-01-12")
    assert len(stem.encode()) <= PACK_NAME_MAX_BYTES
    assert len(f"{stem}.docx".encode()) <= 180
