"""A list printed over several pages, as offices send it: the header typed again on a later
page (with its row of column numbers) is passed over, a person's cell may hold the name over
the position, and a row of a Word table is named by its table and STT."""

from kienan_awards.core.lists.import_plan import RowResult
from kienan_awards.core.lists.list_import import ImportOptions, import_list
from kienan_awards.core.messages import Message
from tests.support.list_files import AWARD_HEADER, award_list, write_xlsx

DECISION = ["Năm 2025", "15/QĐ-UBND", "12/12/2025"]
PEOPLE_HEADER = ["STT", "Họ và tên", "Năm sinh", "Đơn vị"]


def person(n, name, position=None):
    return [n, name, 1980, "Nam", position, "Phường Lê Lợi", "Giấy khen", *DECISION]


def test_the_header_typed_again_on_a_later_page_is_passed_over(db, tmp_path):
    numbers = [str(n) for n in range(1, len(AWARD_HEADER) + 1)]
    rows = [
        numbers,
        person(1, "Nguyễn Văn An"),
        person(2, "Lê Thị Bình"),
        [header.upper() for header in AWARD_HEADER],  # the next page's header
        numbers,
        person(3, "Trần Văn Cường"),
    ]
    plan = import_list(db, write_xlsx(tmp_path / "a.xlsx", {"DS": award_list(rows)}))
    assert plan.errors == [], [str(e.line()) for e in plan.errors]
    assert [r.name for r in plan.results] == ["Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Cường"]
    assert len(plan.passed_over) == 1  # the header; rows of column numbers are not notes


def test_a_row_naming_a_person_like_a_header_word_is_still_a_row(db, tmp_path):
    rows = [person(1, "Nguyễn Văn An"), [2, "Họ và tên", 1980, None, None, "Phường Lê Lợi"]]
    plan = import_list(db, write_xlsx(tmp_path / "a.xlsx", {"DS": award_list(rows)}))
    assert [r.name for r in plan.results] == ["Nguyễn Văn An", "Họ và tên"]


def test_a_name_over_a_position_in_one_cell_is_split(db, tmp_path):
    rows = [
        PEOPLE_HEADER,
        [1, "Nguyễn Văn An\nTổ trưởng Tổ dân phố số 3", 1980, "Phường Lê Lợi"],
        [2, "Ông Lê Văn Bình\n Chủ tịch  Hội Cựu chiến binh ", 1960, "Phường Lê Lợi"],
    ]
    plan = import_list(db, write_xlsx(tmp_path / "p.xlsx", {"DS": rows}), ImportOptions("people"))
    assert plan.errors == []
    people = db.execute("SELECT full_name, position, honorific FROM people ORDER BY id").fetchall()
    assert people == [
        ("Nguyễn Văn An", "Tổ trưởng Tổ dân phố số 3", None),
        ("Lê Văn Bình", "Chủ tịch Hội Cựu chiến binh", "Ông"),
    ]


def test_a_position_column_wins_over_the_second_line(db, tmp_path):
    rows = [person(1, "Nguyễn Văn An\nTổ phó", position="Tổ trưởng")]
    import_list(db, write_xlsx(tmp_path / "a.xlsx", {"DS": award_list(rows)}))
    assert db.execute("SELECT full_name, position FROM people").fetchone() == (
        "Nguyễn Văn An",
        "Tổ trưởng",
    )


def test_a_collectives_two_lines_stay_its_name(db, tmp_path):
    rows = [
        ["I. TẬP THỂ"],
        [1, "Tổ dân phố số 3\nPhường Lê Lợi", None, None, None, None, "Giấy khen", *DECISION],
    ]
    plan = import_list(db, write_xlsx(tmp_path / "a.xlsx", {"DS": award_list(rows)}))
    assert plan.errors == []
    assert db.execute("SELECT recipient_name FROM awards").fetchone()[0] == (
        "Tổ dân phố số 3 Phường Lê Lợi"
    )


def test_a_row_of_a_word_table_is_named_by_the_table_and_its_stt():
    problem = Message("name missing")
    sheet_row = RowResult("DS", 12, "error", "", problem)
    assert str(sheet_row.line()) == "sheet 'DS' row 12: name missing"
    table_row = RowResult("Bảng 2", 12, "error", "", problem, table=2, stt="7")
    assert str(table_row.line()) == "table 2, STT 7: name missing"
    unnumbered = RowResult("Bảng 2", 12, "error", "", problem, table=2)
    assert str(unnumbered.line()) == "table 2, row 12 (no STT): name missing"
