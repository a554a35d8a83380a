"""The window reads lists with the same reader as the command line: a hostile file is told
in one message on the first step, nothing of it is kept in the dialog, nothing is written,
and the dialog goes on to read the next file."""

import datetime as dt

import pytest

from kienan_awards.core.records.record_counts import record_counts
from kienan_awards.ui.dialogs import import_dialog as dialog_module
from kienan_awards.ui.dialogs.import_dialog import STEP_COLUMNS, STEP_FILE
from kienan_awards.ui.main_window import MainWindow
from tests.support.hostile_workbooks import far_cell_xlsx, zip_bomb_xlsx
from tests.support.list_files import (
    AWARD_HEADER,
    TITLE_ROWS,
    award_list,
    list_with_hidden_parts,
    write_xlsx,
)

DECISION = ["15/QĐ-UBND", dt.date(2024, 1, 12)]
PERSON = [1, "Nguyễn Văn An", 1985, "Nam", "Chuyên viên", "Phòng Kinh tế", "Giấy khen"]
PERSON += ["Năm 2023", *DECISION]


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(
        dialog_module.QMessageBox, "warning", lambda parent, title, text: shown.append(text)
    )
    return shown


@pytest.fixture
def dialog(qtbot, db, window_settings, warnings):
    """The dialog as File > Import opens it, over the main window."""
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    opened = window.open_import_dialog()
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def bomb(tmp_path_factory):
    return zip_bomb_xlsx(tmp_path_factory.mktemp("bomb") / "bom.xlsx")


def read(qtbot, dialog, path) -> None:
    dialog.path_edit.setText(str(path))
    dialog.go_next()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)


def hostile_file(kind, tmp_path, bomb):
    if kind == "far value":
        return far_cell_xlsx(tmp_path / "xa.xlsx"), (
            "sheet 'DS' of xa.xlsx reaches column XFD (a value at XFD1048576); a list this "
            "program reads has at most 200 columns: delete what lies to the right of the list "
            "and save it again"
        )
    if kind == "zip bomb":
        return bomb, (
            "bom.xlsx is too large to read: its parts unpack to 2047 MB; a list this program "
            "reads unpacks to at most 200 MB"
        )
    header = [*AWARD_HEADER, "Họ tên"]
    rows = [*TITLE_ROWS, [], header, [*PERSON, "Nguyễn Văn An"]]
    return write_xlsx(tmp_path / "hai-cot.xlsx", {"DS": rows}), (
        "sheet 'DS' has two columns that mean the same in its header row 6: B ('Họ và tên') and "
        "K ('Họ tên'); delete or rename one"
    )


@pytest.mark.parametrize("kind", ["far value", "zip bomb", "two name columns"])
def test_a_hostile_list_is_explained_in_one_message_and_nothing_is_written(
    qtbot, dialog, db, tmp_path, warnings, bomb, kind
):
    path, message = hostile_file(kind, tmp_path, bomb)
    before = record_counts(db)

    read(qtbot, dialog, path)

    assert warnings == [message]
    assert dialog.message.text() == message
    assert dialog.steps.currentIndex() == STEP_FILE
    assert dialog.sheets == [] and dialog.layouts == {} and dialog.plan is None
    assert not dialog.import_button.isEnabled()
    assert record_counts(db) == before and db["import_batches"].count == 0

    # The dialog is not left stuck: the next list is read as usual.
    read(qtbot, dialog, write_xlsx(tmp_path / "good.xlsx", {"DS": award_list([PERSON])}))
    assert dialog.steps.currentIndex() == STEP_COLUMNS and len(warnings) == 1


@pytest.mark.parametrize("skip", [False, True], ids=["read", "left out"])
def test_the_check_names_hidden_sheets_and_rows_read_or_left_out(qtbot, dialog, db, tmp_path, skip):
    dialog.skip_hidden_box.setChecked(skip)
    read(qtbot, dialog, list_with_hidden_parts(tmp_path / "an.xlsx"))
    dialog.go_next()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)

    summary = dialog.summary_label.text()
    done = "left out" if skip else "read"
    assert f"Sheet 'Năm trước' is hidden: {done}" in summary
    assert f"Hidden rows {done}: 'DS' row 4" in summary
    assert dialog.plan.rows_read == (2 if skip else 4)


def test_a_long_refusal_and_a_long_summary_are_shown_whole(qtbot, dialog, tmp_path, bomb):
    dialog.resize(900, 600)
    dialog.show()
    read(qtbot, dialog, far_cell_xlsx(tmp_path / "xa.xlsx"))
    label = dialog.message
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert label.heightForWidth(label.width()) > label.fontMetrics().height()  # two lines

    read(qtbot, dialog, list_with_hidden_parts(tmp_path / "an.xlsx"))
    dialog.go_next()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    summary = dialog.summary_label
    qtbot.waitUntil(lambda: summary.height() >= summary.heightForWidth(summary.width()))
    assert summary.text().count("\n") >= 6
