"""The command line imports a Word list with the options an Excel list takes, names a wrong row
by its table and STT, and refuses a legacy .doc in one line."""

from tests.cli.conftest import run
from tests.core.test_word_lists_import import PEOPLE, document


def test_import_proposals_from_a_word_document(capsys, db_path, tmp_path):
    code, out, err = run(capsys, "--db", db_path, "import", "proposals", document(tmp_path))
    assert code == 0, err
    assert "Imported 5 rows from de_nghi.docx" in out


def test_a_wrong_row_of_a_word_table_is_named_by_table_and_stt(capsys, db_path, tmp_path):
    people = [*PEOPLE, ["4", "Phạm Thị Dung", None, None, None, "Tổ dân phố số 3", "Huân chương"]]
    path = document(tmp_path, people)
    code, out, err = run(capsys, "--db", db_path, "import", "proposals", path, "--dry-run")
    assert code == 1
    assert "de_nghi.docx: table 3, STT 4: unknown award form 'Huân chương'" in err


def test_a_doc_file_is_refused_in_one_line(capsys, db_path, tmp_path):
    path = tmp_path / "de_nghi.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    code, out, err = run(capsys, "--db", db_path, "import", "proposals", path)
    assert code == 1 and len(err.strip().splitlines()) == 1 and ".docx" in err
