"""Certificates to the printer a print dialog set up, with its settings, and a ZIP whose
scratch folder cannot be removed (as on Windows, when an antivirus still holds a file)."""

from __future__ import annotations

import os
import zipfile

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from kienan_awards.core import demo
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.documents.certificate_prints import decision_award_ids
from kienan_awards.core.errors import KienanError
from kienan_awards.printing import certificate_printing
from kienan_awards.printing.certificate_printing import print_to_printer, print_to_zip

DECISION = "15/QĐ-UBND"


@pytest.fixture
def demo_db(qapp, db):
    demo.load_demo(db)
    return db


def print_log(db) -> list[tuple]:
    return db.execute("SELECT award_id, printer FROM print_log ORDER BY id").fetchall()


def chosen_printer(output) -> QPrinter:
    """A printer as a print dialog leaves it: the stock fed by hand, in grey, and (here,
    with no printer on the machine) its output to a file."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPaperSource(QPrinter.PaperSource.Manual)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(output))
    return printer


def test_the_printer_chosen_is_used_with_its_tray_and_colour(demo_db, tmp_path, monkeypatch):
    ids = decision_award_ids(demo_db, DECISION)[:3]
    painted_on = []
    paint = certificate_printing._paint_copies

    def paint_and_note(device, copies, **kwargs):
        painted_on.append((device, device.paperSource(), device.colorMode()))
        return paint(device, copies, **kwargs)

    monkeypatch.setattr(certificate_printing, "_paint_copies", paint_and_note)
    printer = chosen_printer(tmp_path / "job.pdf")
    changes = print_to_printer(demo_db, ids, printer, mode="preprinted", paper="A4")
    assert changes == ChangeSet.of(RecordKind.CERTIFICATES, *ids)
    assert painted_on == [(printer, QPrinter.PaperSource.Manual, QPrinter.ColorMode.GrayScale)]
    assert printer.copyCount() == 1 and printer.fullPage()
    assert len(PdfReader(tmp_path / "job.pdf").pages) == 3
    # The log names where the copies went: here the file the dialog chose.
    assert print_log(demo_db) == [(award_id, str(tmp_path / "job.pdf")) for award_id in ids]


def test_a_printer_named_that_does_not_exist_is_refused_and_nothing_logged(demo_db):
    ids = decision_award_ids(demo_db, DECISION)[:1]
    with pytest.raises(KienanError, match="no printer named 'Máy in tầng 3'"):
        print_to_printer(demo_db, ids, "Máy in tầng 3")
    assert print_log(demo_db) == []


@pytest.fixture
def files_held_open(monkeypatch):
    """Removing a PDF from the temporary folder fails as on Windows while an antivirus
    scans it: the archive is already written by then."""
    unlink = os.unlink
    temporary = os.path.realpath(certificate_printing.tempfile.gettempdir())
    held = []

    def unlink_unless_held(path, *args, dir_fd=None, **kwargs):
        name = os.fspath(path)
        inside = dir_fd is not None or os.path.realpath(name).startswith(temporary)
        if inside and name.endswith(".pdf"):
            held.append(name)
            raise PermissionError(13, "The process cannot access the file", name)
        return unlink(path, *args, dir_fd=dir_fd, **kwargs)

    monkeypatch.setattr(os, "unlink", unlink_unless_held)
    monkeypatch.setattr(os, "remove", unlink_unless_held)
    return held


def test_a_scratch_folder_that_cannot_be_removed_keeps_the_archive_and_its_log(
    demo_db, tmp_path, files_held_open
):
    ids = decision_award_ids(demo_db, DECISION)[:3]
    out = tmp_path / "certificates.zip"
    assert print_to_zip(demo_db, ids, out) == ChangeSet.of(RecordKind.CERTIFICATES, *ids)
    assert files_held_open  # the cleanup did meet the held files
    with zipfile.ZipFile(out) as archive:
        assert len(archive.namelist()) == 3 and archive.testzip() is None
    assert print_log(demo_db) == [(award_id, str(out)) for award_id in ids]
