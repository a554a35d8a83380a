"""Every file dialog starts in the folder the clerk used last, else in Documents; never in
the current folder, which is Program Files when the program starts from a shortcut."""

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from kienan_awards.core.records.record_lists import DECISIONS
from kienan_awards.ui import file_dialogs
from kienan_awards.ui.dialogs.template_editor.clerk_questions import ClerkQuestions
from kienan_awards.ui.pages.backups_folder_row import BackupsFolderRow
from kienan_awards.ui.pages.decisions.decided_part import DecidedPart
from kienan_awards.ui.pages.overview_page import OverviewPage
from kienan_awards.ui.pages.record_list_page import RecordListPage
from kienan_awards.ui.pages.reports_page import ReportsPage


@pytest.fixture
def documents(tmp_path, monkeypatch):
    folder = tmp_path / "Documents"
    folder.mkdir()
    real = QStandardPaths.writableLocation

    def location(kind):
        if kind == QStandardPaths.StandardLocation.DocumentsLocation:
            return str(folder)
        return real(kind)

    monkeypatch.setattr(file_dialogs.QStandardPaths, "writableLocation", location)
    return folder


@pytest.fixture(autouse=True)
def started_from_a_shortcut(tmp_path, monkeypatch):
    program_files = tmp_path / "Program Files" / "Kien An Awards"
    program_files.mkdir(parents=True)
    monkeypatch.chdir(program_files)
    return program_files


@pytest.fixture
def file_dialog(monkeypatch):
    """Qt's file dialogs, answering as the clerk will: asked lists where each one started."""

    class Clerk:
        asked: list[tuple[str, str]] = []
        answers: list[str] = []

        def dialog(self, kind):
            def ask(parent, title, start="", *filters):
                self.asked.append((kind, start))
                answer = self.answers.pop(0) if self.answers else ""
                return answer if kind == "folder" else (answer, "")

            return ask

    clerk = Clerk()
    clerk.asked, clerk.answers = [], []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", clerk.dialog("save"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", clerk.dialog("open"))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", clerk.dialog("folder"))
    return clerk


def start_folder(kind: str, start: str) -> Path:
    """A save dialog starts on a file name in its folder, the others on the folder."""
    return Path(start).parent if kind == "save" else Path(start)


def certificates_path(db, qtbot):
    from kienan_awards.core import demo
    from kienan_awards.core.documents.certificate_prints import decision_award_ids
    from kienan_awards.ui.dialogs.certificates_dialog import CertificatesDialog

    demo.load_demo(db)
    ids = decision_award_ids(db, "15/QĐ-UBND")[:1]
    dialog = CertificatesDialog(db, ids, "15/QĐ-UBND")
    qtbot.addWidget(dialog)
    return lambda: dialog.choose_path("pdf")


def widget(qtbot, made):
    qtbot.addWidget(made)
    return made


ASKING = {
    "certificates saved": certificates_path,
    "template exported": lambda db, qtbot: (
        lambda: ClerkQuestions(widget(qtbot, QWidget())).export_path("mau.json")
    ),
    "template imported": lambda db, qtbot: (
        lambda: ClerkQuestions(widget(qtbot, QWidget())).import_path()
    ),
    "charts saved": lambda db, qtbot: (
        lambda: widget(qtbot, OverviewPage(db)).choose_export_path("png")
    ),
    "report saved": lambda db, qtbot: lambda: widget(qtbot, ReportsPage(db)).choose_path("pdf"),
    "list exported": lambda db, qtbot: (
        widget(qtbot, RecordListPage(db, DECISIONS, "Quyết định")).choose_export_path
    ),
    "decision pack folder": lambda db, qtbot: widget(qtbot, DecidedPart(db)).choose_pack_folder,
}


@pytest.mark.parametrize("where", ASKING)
def test_a_file_dialog_starts_in_documents_then_in_the_folder_used_last(
    where, db, qtbot, documents, file_dialog, tmp_path
):
    ask = ASKING[where](db, qtbot)
    ask()
    kind, start = file_dialog.asked[-1]
    assert start_folder(kind, start) == documents
    assert Path.cwd().name == "Kien An Awards"  # the current folder was never offered

    chosen = tmp_path / "Hồ sơ 2025"
    chosen.mkdir()
    file_dialog.answers.append(str(chosen if kind == "folder" else chosen / "tệp.pdf"))
    ask()
    ask()
    kind, start = file_dialog.asked[-1]
    assert start_folder(kind, start) == chosen


def test_the_folder_used_last_is_shared_by_every_dialog_and_kept_for_the_next_start(
    db, qtbot, documents, file_dialog, tmp_path
):
    chosen = tmp_path / "Khen thưởng"
    chosen.mkdir()
    file_dialog.answers.append(str(chosen / "bao-cao.pdf"))
    widget(qtbot, ReportsPage(db)).choose_path("pdf")
    # Another page, another kind of dialog; the settings are read again from the disk.
    widget(qtbot, DecidedPart(db)).choose_pack_folder()
    assert file_dialog.asked[-1] == ("folder", str(chosen))
    assert file_dialogs.start_folder() == chosen


def test_a_folder_used_last_that_is_gone_falls_back_to_documents(documents, file_dialog, tmp_path):
    gone = tmp_path / "USB"
    file_dialogs.remember_folder(gone)
    assert file_dialogs.start_folder() == documents


def test_a_dialog_about_a_known_folder_starts_there(db, qtbot, documents, file_dialog):
    row = widget(qtbot, BackupsFolderRow(db, lambda title, text: None))
    row.refresh()
    backups = Path(row.folder_edit.text())
    backups.mkdir(parents=True, exist_ok=True)
    row._ask_folder()
    assert file_dialog.asked[-1] == ("folder", str(backups))


def test_a_name_offered_to_save_keeps_a_slash_of_the_name_inside_the_file_name(
    documents, file_dialog
):
    # "19/5" is part of a school's name: offered as a folder it would leave "5.xlsx".
    file_dialogs.save_file_name(None, "Lưu", "Trường Tiểu học 19/5.xlsx", "*.xlsx")
    kind, start = file_dialog.asked[-1]
    assert Path(start).parent == documents
    assert Path(start).name.startswith("Trường Tiểu học 19")
    assert Path(start).name.endswith("5.xlsx") and Path(start).name != "5.xlsx"
