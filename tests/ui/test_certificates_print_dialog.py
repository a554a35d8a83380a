"""Print... in the certificates dialog prints on the printer as the print dialog left it:
its tray (pre-printed stock is often fed by hand) and every other setting chosen there."""

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from kienan_awards.core import demo
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.printing import certificate_printing
from kienan_awards.ui import user_errors
from kienan_awards.ui.dialogs import certificates_dialog as dialog_module
from kienan_awards.ui.pages.decisions_page import DecisionsPage


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(
        user_errors.QMessageBox, "warning", lambda parent, title, text: shown.append(text)
    )
    return shown


@pytest.fixture
def dialog(qtbot, db, warnings):
    demo.load_demo(db)
    page = DecisionsPage(db)
    qtbot.addWidget(page)
    decision = db.execute("SELECT id FROM decisions WHERE number = '15/QĐ-UBND'").fetchone()[0]
    certificates = page.open_certificates(decision)
    qtbot.addWidget(certificates)
    for row in range(2, certificates.award_list.count()):
        certificates.award_list.item(row).setCheckState(dialog_module.Qt.CheckState.Unchecked)
    return certificates


def print_dialog_choosing(output, accepted=True):
    """A print dialog in which the clerk picks the manual feed and grey, printing (with no
    printer on this machine) to a file."""

    class ChosenPrintDialog:
        DialogCode = dialog_module.QPrintDialog.DialogCode

        def __init__(self, printer, parent=None):
            self.printer = printer

        def exec(self):
            self.printer.setPaperSource(QPrinter.PaperSource.Manual)
            self.printer.setColorMode(QPrinter.ColorMode.GrayScale)
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(output))
            return self.DialogCode.Accepted if accepted else self.DialogCode.Rejected

    return ChosenPrintDialog


def test_print_uses_the_printer_as_the_print_dialog_left_it(
    dialog, db, tmp_path, monkeypatch, warnings
):
    output = tmp_path / "printed.pdf"
    monkeypatch.setattr(dialog_module, "QPrintDialog", print_dialog_choosing(output))
    painted_on = []
    paint = certificate_printing._paint_copies

    def paint_and_note(device, copies, **kwargs):
        painted_on.append((device.paperSource(), device.colorMode()))
        return paint(device, copies, **kwargs)

    monkeypatch.setattr(certificate_printing, "_paint_copies", paint_and_note)
    told = []
    dialog.changed.connect(told.append)
    assert dialog.print_to_printer(), warnings
    assert painted_on == [(QPrinter.PaperSource.Manual, QPrinter.ColorMode.GrayScale)]
    assert len(PdfReader(output).pages) == 2
    assert told == [ChangeSet.of(RecordKind.CERTIFICATES, *dialog.chosen_ids())]
    logged = db.execute("SELECT DISTINCT printer FROM print_log").fetchall()
    assert logged == [(str(output),)]
    assert dialog.award_list.item(0).text().endswith("(printed 1x)")


def test_a_cancelled_print_dialog_prints_and_logs_nothing(dialog, db, tmp_path, monkeypatch):
    output = tmp_path / "printed.pdf"
    monkeypatch.setattr(dialog_module, "QPrintDialog", print_dialog_choosing(output, False))
    assert not dialog.print_to_printer()
    assert not output.exists()
    assert db.execute("SELECT count(*) FROM print_log").fetchone()[0] == 0
