"""The signature block under a list ("Người lập biểu", "(Ký, ghi rõ họ tên)", the signers'
names) is passed over and named, even right under the last row, never read as recipients."""

import pytest

from kienan_awards.core.lists.list_import import import_list
from kienan_awards.core.lists.source_rows import is_signature_line
from tests.support.list_files import award_list, write_xlsx

ROWS = [
    [
        1,
        "Nguyễn Văn An",
        1980,
        "Nam",
        None,
        "Phường Lê Lợi",
        "Giấy khen",
        "Năm 2025",
        "15/QĐ-UBND",
        "12/12/2025",
    ],
    [
        2,
        "Lê Thị Bình",
        1981,
        "Nữ",
        None,
        "Phường Lê Lợi",
        "Giấy khen",
        "Năm 2025",
        "15/QĐ-UBND",
        "12/12/2025",
    ],
]
SIGNATURES = [
    [None, "NGƯỜI LẬP BIỂU", None, None, None, None, "THỦ TRƯỞNG ĐƠN VỊ"],
    [None, "(Ký, ghi rõ họ tên)", None, None, None, None, "(Ký tên, đóng dấu)"],
    [None, "Trần Văn Cường", None, None, None, None, "Phạm Thị Dung"],
]


@pytest.mark.parametrize("gap", [0, 1], ids=["right-under", "after-a-blank-row"])
def test_a_signature_block_under_the_list_is_passed_over(db, tmp_path, gap):
    rows = ROWS + [[]] * gap + SIGNATURES
    plan = import_list(db, write_xlsx(tmp_path / "a.xlsx", {"DS": award_list(rows)}))
    assert plan.errors == [], [str(e.line()) for e in plan.errors]
    assert plan.summary()["awards_created"] == 2
    assert len(plan.passed_over) == 3
    assert db.execute("SELECT count(*) FROM people").fetchone()[0] == 2


def test_a_signature_block_of_a_ward_people_committee(db, tmp_path):
    rows = ROWS + [
        [None, None, None, None, None, None, "TM. ỦY BAN NHÂN DÂN"],
        [None, None, None, None, None, None, "KT. CHỦ TỊCH"],
        [None, None, None, None, None, None, "PHÓ CHỦ TỊCH"],
        [None, None, None, None, None, None, "Vũ Đức Hải"],
    ]
    plan = import_list(db, write_xlsx(tmp_path / "a.xlsx", {"DS": award_list(rows)}))
    assert plan.errors == [] and plan.summary()["awards_created"] == 2


@pytest.mark.parametrize(
    "cell",
    [
        "Ban Giám đốc Công ty Cổ phần Cảng",
        "Kỹ sư",
        "Ký Văn Ghi",
        "Chủ tịch Hội Nông dân",
        "Phòng Kinh tế",
        "Trần Văn Ký",
    ],
)
def test_recipients_that_share_words_with_signatures_are_not_signature_lines(cell):
    assert not is_signature_line([None, cell, "Giấy khen"])


def test_a_numbered_row_is_a_record_whatever_it_says(db, tmp_path):
    rows = [
        *ROWS,
        [
            3,
            "Chủ tịch",
            None,
            None,
            None,
            None,
            "Giấy khen",
            "Năm 2025",
            "15/QĐ-UBND",
            "12/12/2025",
        ],
    ]
    plan = import_list(db, write_xlsx(tmp_path / "a.xlsx", {"DS": award_list(rows)}))
    assert [r.name for r in plan.results] == ["Nguyễn Văn An", "Lê Thị Bình", "Chủ tịch"]
