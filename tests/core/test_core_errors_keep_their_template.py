"""An error the core raises carries a Message, its template and values apart, all the way to the
face that shows it: never text made on the way, which the window could not translate."""

import datetime as dt

import pytest

from kienan_awards.core import vocabulary as words
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.list_import import (
    ImportCancelled,
    ImportOptions,
    commit_import,
    prepare_import,
)
from kienan_awards.core.lists.spreadsheet_reading import read_workbook
from kienan_awards.core.messages import Message
from kienan_awards.core.records.office import record_office
from kienan_awards.core.records.people import name_columns
from kienan_awards.core.storage.migrations import _run_sql_script
from tests.support.hostile_workbooks import (
    Member,
    RawSheet,
    RawWorkbook,
    sheet_xml,
    write_raw_ods,
    write_raw_xlsx,
    write_zip,
)
from tests.support.list_files import award_list, write_xlsx

DECISION = ["15/QĐ-UBND", dt.date(2024, 1, 12)]


def person(n, name, born=1985, unit="Phòng Nội vụ"):
    return [n, name, born, "Nam", "Chuyên viên", unit, "Giấy khen", "Tốt", *DECISION]


def message_of(error: BaseException) -> Message:
    (message,) = error.args
    assert isinstance(message, Message)
    return message


def test_an_office_with_missing_fields_is_refused_with_a_message_for_each(db):
    with pytest.raises(KienanError) as raised:
        record_office(db, {"body_name": "Ủy ban nhân dân phường Mẫu", "place": ""})
    parts = list(message_of(raised.value).values.values())
    assert [part.template for part in parts] == ["{field}: {problem}"] * 3
    assert [part.values["field"] for part in parts] == ["place", "signer_title", "signer_name"]
    assert all(isinstance(part.values["problem"], Message) for part in parts)
    assert str(raised.value).startswith("place: the place written before the date is required; ")


def test_an_unfinished_statement_in_a_schema_step_names_it_in_a_message(db):
    with pytest.raises(ValueError) as raised:
        _run_sql_script(db, "CREATE TABLE t (a INTEGER);\nINSERT INTO t VALUES (1")
    message = message_of(raised.value)
    assert message.template == "unfinished statement in a schema step: {statement}"
    assert message.values == {"statement": repr("INSERT INTO t VALUES (1")}


def test_a_cancelled_import_says_so_in_a_message(db, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", {"DS": award_list([person(1, "Nguyễn Văn An")])})
    with pytest.raises(ImportCancelled) as raised:
        prepare_import(db, path, cancelled=lambda: True)
    assert message_of(raised.value).template == "the import was cancelled; nothing was written"


def test_a_row_two_units_could_mean_keeps_the_matchings_message(db, tmp_path):
    db["units"].insert_all(
        [
            {"name": "Tổ dân phố số 1", "name_folded": "to dan pho so 1", "kind": "other"},
            {"name": "Tổ dân phố số 1", "name_folded": "to dan pho so 1", "kind": "other"},
        ]
    )
    path = write_xlsx(
        tmp_path / "a.xlsx", {"DS": award_list([person(1, "Lê Văn Cường", unit="Tổ dân phố số 1")])}
    )
    (error,) = prepare_import(db, path).errors
    assert error.message.template == (
        "'{name}' fits {count} units ({candidates}); give its full name with diacritics or the "
        "unit above it"
    )
    assert error.message.values["count"] == 2
    assert error.message.values["name"] == "Tổ dân phố số 1"


def test_a_row_two_people_could_mean_keeps_the_matchings_message(db, tmp_path):
    db["people"].insert_all(
        [{**name_columns("Nguyễn Văn An"), "birth_year": 1985} for _ in range(2)]
    )
    rows = [
        ["STT", "Họ và tên", "Hình thức", "Số QĐ", "Ngày QĐ"],
        [1, "Nguyễn Văn An", "Giấy khen", *DECISION],
    ]
    (error,) = prepare_import(db, write_xlsx(tmp_path / "a.xlsx", {"DS": rows})).errors
    assert error.message.template.startswith("{count} people named '{full_name}' fit")
    assert error.message.values == {"count": 2, "full_name": "Nguyễn Văn An"}


def test_a_unit_whose_parent_is_nowhere_says_so_in_a_message(db, tmp_path):
    rows = [["STT", "Tên đơn vị", "Đơn vị cấp trên"], [1, "Tổ 5", "Phường Không Có"]]
    path = write_xlsx(tmp_path / "units.xlsx", {"DS": rows})
    (error,) = prepare_import(db, path, ImportOptions(list_kind="units")).errors
    assert error.message.template == "parent unit '{parent}' is neither recorded nor in the list"
    assert error.message.values == {"parent": "Phường Không Có"}


def test_an_award_already_given_names_the_earlier_decision_in_a_message(db, tmp_path):
    first = write_xlsx(tmp_path / "a.xlsx", {"DS": award_list([person(1, "Nguyễn Văn An")])})
    commit_import(db, prepare_import(db, first))
    again = [person(1, "Nguyễn Văn An")]
    again[0][-2:] = ["16/QĐ-UBND", dt.date(2024, 2, 1)]
    (error,) = prepare_import(db, write_xlsx(tmp_path / "b.xlsx", {"DS": award_list(again)})).errors
    assert error.message.values == {
        "name": "Nguyễn Văn An",
        "form": "Giấy khen",
        "year": 2024,
        "number": "15/QĐ-UBND",
        "day": "12/01/2024",
    }


def test_a_row_made_wrong_while_the_list_was_checked_is_named_in_a_message(db, tmp_path):
    db["people"].insert({**name_columns("Nguyễn Văn An"), "birth_year": 1985})
    path = write_xlsx(tmp_path / "a.xlsx", {"DS": award_list([person(1, "Nguyễn Văn An")])})
    plan = prepare_import(db, path)
    assert plan.errors == []
    # Saved by someone else meanwhile: the list's row now fits two people.
    db["people"].insert({**name_columns("Nguyễn Văn An"), "birth_year": 1985})
    with pytest.raises(KienanError) as raised:
        commit_import(db, plan)
    first = message_of(raised.value).values["first"]
    assert first.template == "{place}: {problem}"
    assert first.values["place"].values == {"sheet": "DS", "row": 7}
    assert first.values["problem"].values["count"] == 2


def test_a_part_that_declares_a_document_type_is_named_in_a_message(tmp_path):
    xml = sheet_xml([["STT", "Họ và tên"], [1, "Nguyễn Văn An"]])
    xml = xml.replace("?>", '?><!DOCTYPE worksheet [<!ENTITY e "x">]>', 1)
    path = write_raw_xlsx(tmp_path / "list.xlsx", {"DS": xml})
    with pytest.raises(KienanError) as raised:
        read_workbook(path)
    detail = message_of(raised.value).values["detail"]
    assert detail.template == "part {part} declares a document type"
    assert detail.values == {"part": "DS"}


def _two_parts_of_one_name(path):
    members = RawWorkbook([RawSheet("DS", sheet_xml([["STT"]]))]).members()
    members.append(Member.of("xl/worksheets/sheet1.xml", sheet_xml([["STT"]])))
    return write_zip(path.with_suffix(".xlsx"), members)


def _sheet_where(old, new):
    xml = sheet_xml([["STT"]]).replace(old, new)
    return lambda path: write_raw_xlsx(path.with_suffix(".xlsx"), {"DS": xml})


def _ods(tables):
    return lambda path: write_raw_ods(path.with_suffix(".ods"), tables)


@pytest.mark.parametrize(
    "make, template, values",
    [
        (_two_parts_of_one_name, "two parts of the zip have the same name", {}),
        (
            _sheet_where('<row r="1">', '<row r="1x">'),
            "a cell reference with row {digits}",
            {"digits": "'1x'"},
        ),
        (
            _sheet_where('r="A1"', 'r="AAAAAAAA1"'),
            "a cell reference with column {letters}",
            {"letters": "'AAAAAAAA'"},
        ),
        (
            _ods(
                '<table:table table:name="DS"><table:table-row table:number-rows-repeated="x">'
                "<table:table-cell/></table:table-row></table:table>"
            ),
            "a row or cell repeated {count} times",
            {"count": "'x'"},
        ),
        (
            _ods('<table:table table:name="DS"><table:table table:name="in"/></table:table>'),
            "a table inside a table",
            {},
        ),
    ],
    ids=["twin parts", "row", "column", "repeats", "nested table"],
)
def test_a_damaged_part_of_a_workbook_is_named_in_a_message(tmp_path, make, template, values):
    with pytest.raises(KienanError) as raised:
        read_workbook(make(tmp_path / "list"))
    detail = message_of(raised.value).values["detail"]
    assert (detail.template, detail.values) == (template, values)


def test_a_proposal_without_its_year_names_the_vocabularys_column_in_a_message(db, tmp_path):
    rows = [
        ["STT", "Họ và tên", "Hình thức", "Thành tích"],
        [1, "Nguyễn Văn An", "Giấy khen", "Tốt"],
    ]
    path = write_xlsx(tmp_path / "a.xlsx", {"DS": rows})
    (error,) = prepare_import(db, path, ImportOptions(list_kind="proposals")).errors
    assert error.message.template == "year of the achievement missing (add a '{column}' column)"
    assert error.message.values == {"column": words.YEAR}


def test_a_workbook_the_system_refuses_to_write_says_why_in_a_message(tmp_path):
    from kienan_awards.core.lists.spreadsheet_export import _cannot_write

    error = _cannot_write(tmp_path / "all.xlsx", PermissionError(13, "Permission denied"))
    reason = message_of(error).values["reason"]
    assert reason.template.startswith("permission denied; if it is open in another program")


def test_an_unexpected_error_and_a_full_database_for_the_demo_keep_their_template(db):
    from kienan_awards.core import demo
    from kienan_awards.core.errors import DataPresentError
    from kienan_awards.error_log import describe_unexpected

    said = describe_unexpected(ZeroDivisionError("division by zero"))
    assert (
        isinstance(said, Message) and said.values["what"] == "ZeroDivisionError: division by zero"
    )
    demo.load_demo(db)
    with pytest.raises(DataPresentError) as refused:
        demo.load_demo(db)
    assert isinstance(refused.value.args[0], Message)
