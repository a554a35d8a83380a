"""The words documents and imports use are the vocabulary's, spelt once: the exported workbook
prints them, the reports count under them and the import reads them; change a word there and
every one of them follows."""

import ast
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kienan_awards.core import demo
from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.certificate_layout import fields_of
from kienan_awards.core.documents.certificates import certificate
from kienan_awards.core.documents.decision_document import decision_content
from kienan_awards.core.documents.reports import annual_report, honour_list
from kienan_awards.core.lists import cell_values
from kienan_awards.core.lists.cell_values import CellError
from kienan_awards.core.lists.list_import import ImportOptions, prepare_import
from kienan_awards.core.lists.list_layout import detect_layout
from kienan_awards.core.lists.source_rows import section_kind
from kienan_awards.core.lists.spreadsheet_export import export_database, export_record_list
from kienan_awards.core.lists.spreadsheet_reading import read_workbook
from kienan_awards.core.records.record_lists import PEOPLE
from kienan_awards.core.storage.database import open_database
from tests.support.list_files import write_xlsx

CORE = Path(words.__file__).parent
# The demo's own data, and the rows the schema steps loaded as they shipped, are data.
NOT_WORDS = {CORE / "vocabulary.py"}
DATA_ROOMS = {"demo", "step_data"}


def _is_data(path: Path) -> bool:
    return path in NOT_WORDS or bool(DATA_ROOMS & set(path.relative_to(CORE).parts))


@pytest.fixture
def demo_db(db):
    demo.load_demo(db)
    return db


def headers(sheet) -> list[str]:
    return [cell.value for cell in next(sheet.iter_rows(max_row=1))]


def column(sheet, header) -> list:
    index = headers(sheet).index(header)
    return [row[index].value for row in sheet.iter_rows(min_row=2)]


def test_the_exported_workbook_prints_the_vocabularys_headers_and_words(demo_db, tmp_path):
    path = tmp_path / "all.xlsx"
    export_database(demo_db, path)
    workbook = load_workbook(path)
    tables = ("units", "people", "movements", "targets", "decisions", "awards")
    assert workbook.sheetnames == [words.RECORD_TABLES[table] for table in tables]
    people = workbook[words.RECORD_TABLES["people"]]
    assert headers(people) == [
        words.FULL_NAME,
        words.GENDER,
        words.BORN,
        words.POSITION,
        words.UNIT,
    ]
    assert set(column(people, words.GENDER)) <= {*words.GENDERS.values(), None}
    units = workbook[words.RECORD_TABLES["units"]]
    assert set(column(units, words.UNIT_KIND)) <= set(words.UNIT_KINDS.values())
    awards = workbook[words.RECORD_TABLES["awards"]]
    assert set(column(awards, words.RECIPIENT_KIND)) <= set(words.RECIPIENT_KINDS.values())
    assert set(column(awards, words.STATUS)) <= set(words.AWARD_STATUSES.values())


def test_a_word_changed_in_the_vocabulary_is_the_word_the_workbook_prints(
    demo_db, tmp_path, monkeypatch
):
    monkeypatch.setitem(words.GENDERS, "female", "Nữ giới")
    monkeypatch.setitem(words.UNIT_KINDS, "ward", "Phường")
    monkeypatch.setattr(words, "FULL_NAME", "Họ tên đầy đủ")
    path = tmp_path / "all.xlsx"
    export_database(demo_db, path)
    workbook = load_workbook(path)
    people = workbook[words.RECORD_TABLES["people"]]
    assert headers(people)[0] == "Họ tên đầy đủ"
    assert "Nữ giới" in column(people, words.GENDER)
    assert "Nữ" not in column(people, words.GENDER)
    assert "Phường" in column(workbook[words.RECORD_TABLES["units"]], words.UNIT_KIND)

    monkeypatch.setitem(words.LIST_COLUMNS, "full_name", "Họ tên đầy đủ")
    listed = tmp_path / "people.xlsx"
    export_record_list(demo_db, PEOPLE, PEOPLE.ids(demo_db), listed, title="People")
    sheet = load_workbook(listed).active
    assert headers(sheet)[0] == "Họ tên đầy đủ"
    assert "Nữ giới" in column(sheet, words.GENDER)


def test_the_reports_count_under_the_vocabularys_kinds_genders_and_levels(demo_db, monkeypatch):
    report = annual_report(demo_db, 2023)
    by_form, _, by_gender, by_level = report.tables[:4]
    assert by_form.headers[1:4] == tuple(words.RECIPIENT_KINDS.values())
    assert [row[0] for row in by_gender.rows] == [*words.GENDERS.values(), words.NOT_RECORDED]
    assert [row[0] for row in by_level.rows] == list(words.POSITION_LEVELS.values())
    assert report.title == words.ANNUAL_TITLE.format(year=2023)

    monkeypatch.setitem(words.RECIPIENT_KINDS, "collective", "Tập thể (đơn vị)")
    monkeypatch.setitem(words.GENDERS, "male", "Nam giới")
    report = annual_report(demo_db, 2023)
    assert "Tập thể (đơn vị)" in report.tables[0].headers
    assert report.tables[2].rows[0][0] == "Nam giới"
    assert "Tập thể (đơn vị)" in [series.name for series in report.charts[0].series]


def test_the_honour_list_and_the_decision_name_their_recipients_alike(demo_db):
    honoured = honour_list(demo_db, 2023).tables[0]
    decision_id = demo_db.execute("SELECT min(id) FROM decisions").fetchone()[0]
    content = decision_content(demo_db, decision_id)
    assert honoured.headers[1] == words.NAME_OR_COLLECTIVE
    assert {attachment.headers[1] for attachment in content.attachments} == {
        words.NAME_OR_COLLECTIVE
    }
    assert content.attachments[0].title == words.RECIPIENT_LIST_TITLE


def test_a_certificate_greets_a_person_by_the_vocabularys_honorific(demo_db, monkeypatch):
    frozen, fresh = [
        award_id
        for (award_id,) in demo_db.execute(
            "SELECT a.id FROM awards a JOIN people p ON p.id = a.person_id "
            "WHERE a.recipient_kind = 'individual' AND p.gender = 'female' ORDER BY a.id LIMIT 2"
        )
    ]
    madam = words.HONORIFICS["female"]
    data, code = certificate(demo_db, frozen)
    assert fields_of(data, code)["recipient"].startswith(f"{madam} ")
    demo_db.execute("DELETE FROM certificates WHERE award_id = ?", [fresh])
    monkeypatch.setitem(words.HONORIFICS, "female", "Bà (đồng chí)")
    data, code = certificate(demo_db, fresh)
    assert fields_of(data, code)["recipient"].startswith("Bà (đồng chí) ")
    # A certificate frozen before keeps the words it was frozen with.
    data, code = certificate(demo_db, frozen)
    assert fields_of(data, code)["recipient"].split(" ")[0] == madam


def test_the_import_reads_the_vocabularys_words_as_their_codes(monkeypatch):
    for code, word in words.GENDERS.items():
        assert cell_values.gender(word) == code
        assert cell_values.gender(word.upper()) == code
    for code, word in words.RECIPIENT_KINDS.items():
        assert cell_values.recipient_kind(word) == code
        assert section_kind([f"II. {word.upper()}"]) == code
    monkeypatch.setitem(words.GENDERS, "female", "Nữ giới")
    assert cell_values.gender("nữ giới") == "female"
    with pytest.raises(CellError) as raised:
        cell_values.gender("Khác")
    assert raised.value.args[0].values == {"value": "Khác", "known": "Nam, Nữ giới"}


def test_a_kind_of_unit_is_read_by_the_vocabularys_word_and_an_unknown_one_names_them(db, tmp_path):
    rows = [
        [words.ROW_NUMBER, words.UNIT_NAME, words.UNIT_KIND],
        *(
            [n, f"Đơn vị mẫu {n}", word]
            for n, word in enumerate(words.UNIT_KINDS.values(), start=1)
        ),
        [9, "Ban chỉ huy quân sự", "Quân đội"],
    ]
    path = write_xlsx(tmp_path / "units.xlsx", {"DS": rows})
    plan = prepare_import(db, path, ImportOptions(list_kind="units"))
    assert [unit.kind for unit in plan.new_units] == list(words.UNIT_KINDS)
    (error,) = plan.errors
    assert error.message.values["known"] == "; ".join(words.UNIT_KINDS.values())


def test_the_programs_own_workbook_is_read_back_by_the_import(demo_db, tmp_path):
    path = tmp_path / "all.xlsx"
    export_database(demo_db, path)
    sheets = {sheet.name: sheet for sheet in read_workbook(path)}
    units = detect_layout(sheets[words.RECORD_TABLES["units"]], "units")
    assert set(units.columns.values()) == {"name", "kind", "parent", "valid_from", "valid_to"}
    people = detect_layout(sheets[words.RECORD_TABLES["people"]], "people")
    assert set(people.columns.values()) == {"name", "gender", "birth", "position", "unit"}
    awards = detect_layout(sheets[words.RECORD_TABLES["awards"]], "awards")
    assert {"name", "kind", "form", "year", "decision_number", "decision_date"} <= set(
        awards.columns.values()
    )

    fresh = open_database(tmp_path / "fresh.sqlite3")
    try:
        plan = prepare_import(
            fresh,
            path,
            ImportOptions(list_kind="units"),
            sheets=[sheets[words.RECORD_TABLES["units"]]],
        )
    finally:
        fresh.close()
    assert plan.errors == []
    recorded = set(demo_db.execute("SELECT name, kind FROM units WHERE deleted_at IS NULL"))
    assert {(unit.name, unit.kind) for unit in plan.new_units} <= recorded
    assert {unit.kind for unit in plan.new_units} == {kind for _, kind in recorded}


def _vocabulary_words() -> set[str]:
    found: set[str] = set()
    for value in vars(words).values():
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            found |= {v for v in value.values() if isinstance(v, str)}
        elif isinstance(value, tuple):
            found |= {v for v in value if isinstance(v, str)}
    # Words shorter than a syllable and a half ("Mã", "Nam") are too common to tell a copy by.
    return {word for word in found if len(word) > 3 and not word.startswith("{")}


# Literals the vocabulary also has that are not a document word where they stand.
NOT_COPIES: set[tuple[str, str]] = set()


def test_no_module_of_the_core_but_the_vocabulary_spells_a_document_word():
    vocabulary = _vocabulary_words()
    assert {"Hộ gia đình", "Quận, huyện", "Đã thu hồi", "Họ và tên"} <= vocabulary
    copies = []
    for path in sorted(CORE.rglob("*.py")):
        if _is_data(path):
            continue
        where = path.relative_to(CORE).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and node.value in vocabulary
                and (where, node.value) not in NOT_COPIES
            ):
                copies.append(f"{where}:{node.lineno} {node.value!r}")
    assert copies == []


def test_no_text_of_the_core_but_the_vocabulary_names_the_kinds_of_recipient():
    """Not in a message either ("not a kind (Cá nhân, Tập thể or Hộ gia đình)"): a message
    lists them from the vocabulary, so it cannot name a word the import no longer reads."""
    kinds = list(words.RECIPIENT_KINDS.values())
    copies = []
    for path in sorted(CORE.rglob("*.py")):
        if _is_data(path):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if any(kind in node.value for kind in kinds):
                    copies.append(f"{path.relative_to(CORE)}:{node.lineno} {node.value!r}")
    assert copies == []
