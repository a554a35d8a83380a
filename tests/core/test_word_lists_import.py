"""A unit's proposal sent as a Word document imports as its list would from Excel: the same
reading of layouts, the same matching and the same all-or-nothing rule, its rows named by the
table and the STT the clerk sees."""

import pytest

from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.list_import import ImportOptions, import_list, prepare_import
from tests.support.list_files import write_xlsx
from tests.support.word_lists import (
    LIST_HEADER,
    LIST_HEADER_MERGES,
    WordTable,
    across,
    down,
    proposal_document,
)

PROPOSALS = ImportOptions(list_kind="proposals")
COLLECTIVES = [
    ["1", "Tổ dân phố số 3", None, None, None, "Phường Lê Chân", "Giấy khen"],
    ["2", "Tổ dân phố số 5", None, None, None, "Phường Lê Chân", "Giấy khen"],
]
PEOPLE = [
    [
        "1",
        "Nguyễn Văn An\nTổ trưởng Tổ dân phố số 3",
        "12/03/1970",
        None,
        None,
        "Tổ dân phố số 3",
        "Giấy khen",
    ],
    ["2", "Lê Thị Bình", None, "05/06/1985", "Tổ phó", "Tổ dân phố số 3", "Giấy khen"],
    ["3", "Trần Văn Cường", "01/01/1960", None, "Bí thư chi bộ", "Tổ dân phố số 3", "Giấy khen"],
]


ACHIEVEMENT = "Hoàn thành xuất sắc nhiệm vụ năm 2025"
# The office's header, with the achievement merged down over both header rows.
HEADER = [[*LIST_HEADER[0], "Thành tích"], [*LIST_HEADER[1], None]]
NUMBERS = [f"({n})" for n in range(1, 9)]


def with_achievement(rows):
    return [[*row, ACHIEVEMENT] for row in rows]


def list_table(heading, rows, merges=()):
    """Two header rows, the row of column numbers, the section's row merged across, rows."""
    table = [*HEADER, NUMBERS, [heading, *[None] * 7], *with_achievement(rows)]
    return WordTable(
        table,
        [*LIST_HEADER_MERGES, down(7, 0, 1), across(3, 0, 7), *merges],
        repeated_header=2,
    )


def document(tmp_path, people=PEOPLE, name="de_nghi.docx"):
    collectives = list_table("I. TẬP THỂ", COLLECTIVES)
    # The unit cell merged down over the three people of one residential group.
    individuals = list_table("II. CÁ NHÂN", people, [down(5, 4, 6)])
    return proposal_document(tmp_path / name, [collectives, individuals])


def records(db):
    return {
        "people": db.execute(
            "SELECT full_name, gender, birth_date, position FROM people ORDER BY full_name"
        ).fetchall(),
        "lines": db.execute(
            "SELECT recipient_kind, recipient_name, position FROM proposal_lines "
            "ORDER BY recipient_kind, recipient_name"
        ).fetchall(),
        "units": db.execute("SELECT name FROM units ORDER BY name").fetchall(),
    }


def test_a_proposal_in_word_imports_both_tables_in_order(db, tmp_path):
    plan = import_list(db, document(tmp_path), PROPOSALS)
    assert plan.errors == [], [str(e.line()) for e in plan.errors]
    assert plan.summary()["proposal_lines_created"] == 5
    assert plan.sheets_without_table == []  # the heading and signature tables are no news
    people = records(db)["people"]
    assert people == [
        ("Lê Thị Bình", "female", "1985-06-05", "Tổ phó"),
        ("Nguyễn Văn An", "male", "1970-03-12", "Tổ trưởng Tổ dân phố số 3"),
        ("Trần Văn Cường", "male", "1960-01-01", "Bí thư chi bộ"),
    ]
    # The unit cell merged down over three people gives its value to each.
    assert (
        db.execute(
            "SELECT count(*) FROM proposal_lines l JOIN units u ON u.id = l.unit_id "
            "WHERE u.name = 'Tổ dân phố số 3' AND l.recipient_kind = 'individual'"
        ).fetchone()[0]
        == 3
    )


def test_the_same_list_from_word_and_from_excel_gives_the_same_records(db, tmp_path, db_path):
    from kienan_awards.core.storage.database import open_database

    import_list(db, document(tmp_path), PROPOSALS)
    from_word = records(db)
    rows = [
        *(list(row) for row in HEADER),
        NUMBERS,
        ["I. TẬP THỂ"],
        *with_achievement(COLLECTIVES),
        ["II. CÁ NHÂN"],
        *with_achievement(PEOPLE),
    ]
    # Excel's merged unit cell holds its value in the first row only: the file says it once.
    rows[-2][5] = rows[-1][5] = None
    rows[-3][5] = "Tổ dân phố số 3"
    sheet = write_xlsx(tmp_path / "de_nghi.xlsx", {"DS": rows})
    other = open_database(tmp_path / "excel.sqlite3")
    try:
        plan = import_list(other, sheet, PROPOSALS)
        assert plan.errors == [], [str(e.line()) for e in plan.errors]
        from_excel = records(other)
    finally:
        other.close()
    assert from_word["people"] == from_excel["people"]
    assert from_word["lines"] == from_excel["lines"]


def test_a_wrong_row_is_named_by_its_table_and_stt(db, tmp_path):
    people = [*PEOPLE, ["4", "Phạm Thị Dung", None, None, None, "Tổ dân phố số 3", "Huân chương"]]
    plan = prepare_import(db, document(tmp_path, people), PROPOSALS)
    [error] = plan.errors
    assert str(error.line()).startswith("table 3, STT 4: unknown award form 'Huân chương'")


def test_a_document_without_a_list_table_says_what_was_looked_for(db, tmp_path):
    path = proposal_document(tmp_path / "to_trinh.docx", [])
    with pytest.raises(KienanError) as raised:
        prepare_import(db, path, PROPOSALS)
    assert "no list table found" in str(raised.value.args[0])
    assert db["proposal_lines"].count == 0


def test_a_legacy_word_file_is_refused_in_one_line(db, tmp_path):
    path = tmp_path / "de_nghi.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(KienanError) as raised:
        prepare_import(db, path, PROPOSALS)
    message = str(raised.value.args[0])
    assert ".docx" in message and "\n" not in message
