import unicodedata

from kienan_awards.core.text import (
    ENGLISH_MARKS,
    clean,
    fold,
    format_decimal,
    name_sort_key,
    split_full_name,
)


def test_fold_ignores_case_diacritics_and_maps_d_stroke():
    assert fold("Nguyễn Trường Sơn") == "nguyen truong son"
    assert fold("NGUYỄN TRƯỜNG SƠN") == "nguyen truong son"
    assert fold("Đỗ Đức Đạt") == "do duc dat"


def test_fold_treats_decomposed_text_and_both_tone_positions_alike():
    assert fold(unicodedata.normalize("NFD", "Phường Đồng Hòa")) == fold("Phường Đồng Hòa")
    assert fold("hoà") == fold("hòa") == "hoa"


def test_clean_gives_nfc_and_single_spaces():
    assert clean(unicodedata.normalize("NFD", "  Lê   Thị  Ánh ")) == "Lê Thị Ánh"
    assert unicodedata.is_normalized("NFC", clean(unicodedata.normalize("NFD", "ễ ậ ữ")))
    assert clean(None) == ""


def test_full_name_splits_into_family_middle_and_given():
    assert split_full_name("Nguyễn Trường Sơn") == ("Nguyễn", "Trường", "Sơn")
    assert split_full_name("Tôn Nữ Thị Hà") == ("Tôn", "Nữ Thị", "Hà")
    assert split_full_name("Sơn") == ("", "", "Sơn")


def test_names_sort_by_given_name_then_family_with_vietnamese_letter_order():
    names = [
        "Nguyễn Trường Sơn",
        "Đỗ Văn Dũng",
        "Trần Văn Ấn",
        "Lê Thị An",
        "Bùi Anh Ân",
        "Ngô Đức Đạt",
        "Vũ Văn Hòa",
        "Phạm Thị Hoà",
        "Hà Thị Ánh",
    ]
    assert sorted(names, key=name_sort_key) == [
        "Lê Thị An",
        "Hà Thị Ánh",
        "Bùi Anh Ân",
        "Trần Văn Ấn",
        "Đỗ Văn Dũng",
        "Ngô Đức Đạt",
        "Phạm Thị Hoà",
        "Vũ Văn Hòa",
        "Nguyễn Trường Sơn",
    ]


def test_spelling_key_tells_hoa_from_hoa_with_a_tone_but_not_the_tone_positions():
    from kienan_awards.core.text import spelling_key

    assert spelling_key("Lê Khánh Hòa") == spelling_key("LÊ KHÁNH HOÀ")
    assert spelling_key("Lê Khánh Hòa") != spelling_key("Lê Khánh Hoa")
    assert spelling_key("Đỗ Văn An") != spelling_key("Dỗ Văn An")


def test_sort_text_orders_like_the_sort_key():
    import random

    from kienan_awards.core.text import name_sort_key, name_sort_text

    names = [
        "Nguyễn Trường Sơn",
        "Đỗ Văn Dũng",
        "Trần Văn Ấn",
        "Lê Thị An",
        "Bùi Anh Ân",
        "Ngô Đức Đạt",
        "Vũ Văn Hòa",
        "Phạm Thị Hoà",
        "Hà Thị Ánh",
        "An",
        "Lê An",
        "Nguyễn Văn Anh",
        "Nguyễn Văn A",
        "Trần B",
        "Trần Bá",
        "Ông Ích Khiêm",
    ]
    random.Random(3).shuffle(names)
    assert sorted(names, key=name_sort_text) == sorted(names, key=name_sort_key)


def test_unit_names_sort_in_vietnamese_letter_order():
    from kienan_awards.core.text import text_sort_text

    units = ["Phường Văn Đẩu", "Phường Đồng Hòa", "Phường Bắc Sơn", "Phường Dư Hàng"]
    assert sorted(units, key=text_sort_text) == [
        "Phường Bắc Sơn",
        "Phường Dư Hàng",
        "Phường Đồng Hòa",
        "Phường Văn Đẩu",
    ]


def test_figures_are_written_whole_with_vietnamese_marks_unless_told_otherwise():
    assert format_decimal("1234567.5") == "1.234.567,5"
    assert format_decimal("-754505") == "-754.505"
    assert format_decimal("6.60") == "6,60"
    assert format_decimal("1234567.5", ENGLISH_MARKS) == "1,234,567.5"
    assert format_decimal("0.25", ENGLISH_MARKS) == "0.25"
    assert format_decimal(None) == format_decimal("") == ""
