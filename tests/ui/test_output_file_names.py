"""The window proposes and writes file names by the one rule, and its marked copy of an
import never lands on the database."""

from pathlib import Path

import pytest

from kienan_awards.core import demo
from kienan_awards.ui import file_dialogs
from kienan_awards.ui.dialogs import import_dialog as import_dialog_module
from kienan_awards.ui.dialogs.import_dialog import STEP_COLUMNS, STEP_ROWS, ImportDialog
from kienan_awards.ui.pages.decisions_page import DecisionsPage
from tests.support.list_files import award_list, write_xlsx

WRONG_ROW = [
    1,
    "Nguyễn Văn An",
    1985,
    "Nam",
    None,
    "Phòng Kinh tế",
    "Giấy khen",
    "Năm 2023",
    "15/QĐ-UBND",
    "31/02/2024",
]


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(
        import_dialog_module.QMessageBox,
        "warning",
        lambda parent, title, text: shown.append(text),
    )
    return shown


def checked_dialog(qtbot, db, path: Path) -> ImportDialog:
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(path))
    for step in (STEP_COLUMNS, STEP_ROWS):
        dialog.go_next()
        qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
        assert dialog.steps.currentIndex() == step
    return dialog


def test_the_marked_copy_is_refused_on_a_link_to_the_database(
    qtbot, db, db_path, tmp_path, monkeypatch, warnings
):
    path = write_xlsx(tmp_path / "list.xlsx", {"DS": award_list([WRONG_ROW])})
    dialog = checked_dialog(qtbot, db, path)
    link = tmp_path / "marked.xlsx"
    link.symlink_to(db_path)
    before = db_path.read_bytes()
    monkeypatch.setattr(dialog, "choose_errors_path", lambda: str(link))
    dialog.save_error_copy()
    assert warnings and "marked.xlsx" in warnings[-1]
    assert db_path.read_bytes() == before and link.is_symlink()


def test_the_suggested_name_of_the_marked_copy_fits_beside_a_long_list(
    qtbot, db, tmp_path, monkeypatch, warnings
):
    long_list = tmp_path / ("Danh sách khen thưởng " * 12)[:200].strip()
    path = write_xlsx(long_list.with_suffix(".xlsx"), {"DS": award_list([WRONG_ROW])})
    assert len(path.name.encode()) > 200
    dialog = checked_dialog(qtbot, db, path)
    suggested = []
    monkeypatch.setattr(
        file_dialogs.QFileDialog,
        "getSaveFileName",
        lambda parent, title, name, kinds: (suggested.append(name), ("", ""))[1],
    )
    assert dialog.choose_errors_path() == ""
    name = Path(suggested[0]).name
    assert Path(suggested[0]).parent == tmp_path
    assert name.endswith(" - lỗi.xlsx") and len(name.encode()) <= 180


def test_the_decision_pack_of_a_long_or_odd_number_gets_safe_names(qtbot, db, tmp_path):
    demo.load_demo(db)
    number = "15/QĐ-UBND: " + "ngày 12/01/2024 về việc khen thưởng " * 6
    db.execute("UPDATE decisions SET number = ? WHERE number = '15/QĐ-UBND'", [number])
    db.conn.commit()
    decision = db.execute("SELECT id FROM decisions WHERE number = ?", [number]).fetchone()[0]
    page = DecisionsPage(db)
    qtbot.addWidget(page)
    written = page.write_pack(decision, tmp_path)
    assert [p.suffix for p in written] == [".docx", ".pdf"]
    assert all(p.parent == tmp_path and p.is_file() for p in written)
    assert written[0].stem == written[1].stem
    assert written[0].name.startswith("QD 15-QĐ-UBND ngày 12-01-2024")
    assert all(len(p.name.encode()) <= 180 for p in written)
