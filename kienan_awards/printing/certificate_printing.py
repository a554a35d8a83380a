"""Certificates out: a decision (or any awards) as one PDF, one page per award in the list's
order, or as one PDF per award in a ZIP, or to a printer; and the calibration sheet.

The core plans and logs each run (core/documents/certificate_prints.py); this module paints
the copies it hands over and puts the file in place while the run's log is still open, so
what is logged is what was written.
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kienan_awards.core.changes import ChangeSet
from kienan_awards.core.documents.certificate_layout import PAGE_SIZES_MM
from kienan_awards.core.documents.certificate_prints import (
    Calibration,
    CertificateCopy,
    log_print_run,
)
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.output_files import output_file, unique_file_name
from kienan_awards.core.vocabulary import DEFAULT_FORM
from kienan_awards.printing.certificate_renderer import (
    batch_sizes,
    draw_calibration_sheet,
    render,
)

PAGE_IDS = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
PDF_RESOLUTION = 300


def _set_page(device: QPagedPaintDevice, paper: str) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_IDS[paper]), QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0)
        )
    )


def _check_folder(path: Path) -> None:
    if not path.parent.is_dir():
        raise KienanError(Message("cannot write {path}: the folder does not exist", path=path))


def _paint_copies(
    device,
    copies: list[CertificateCopy],
    *,
    mode: str,
    calibration: Calibration,
    destination,
    sizes: dict[str, dict[str, float]] | None = None,
) -> None:
    """Paint the copies one a page. sizes are the batch's type sizes (by template and box);
    when not given, the copies painted here are the batch."""
    painter = QPainter()
    if not painter.begin(device):
        raise KienanError(Message("cannot write to {destination}", destination=destination))
    try:
        if sizes is None:
            sizes = batch_sizes(painter, QRectF(painter.viewport()), copies, mode)
        for index, copy in enumerate(copies):
            if index:
                device.newPage()
            render(
                painter,
                QRectF(painter.viewport()),
                copy.data,
                copy.template,
                calibration,
                code=copy.code,
                mode=mode,
                reissue=copy.reissue,
                qr=copy.qr,
                sizes=sizes.get(copy.template.code),
            )
    finally:
        painter.end()


def _batch_sizes(
    copies: list[CertificateCopy], folder: Path, *, mode: str, paper: str
) -> dict[str, dict[str, float]]:
    """The batch's type sizes measured on a page like the ones the copies are written on."""
    writer = QPdfWriter(str(folder / "measure.pdf"))
    try:
        writer.setResolution(PDF_RESOLUTION)
        _set_page(writer, paper)
        painter = QPainter()
        if not painter.begin(writer):
            raise KienanError(Message("cannot write to {destination}", destination=folder))
        try:
            return batch_sizes(painter, QRectF(painter.viewport()), copies, mode)
        finally:
            painter.end()
    finally:
        writer = None


def _write_pdf(
    copies: list[CertificateCopy],
    path: Path,
    *,
    mode: str,
    paper: str,
    calibration: Calibration,
    sizes: dict[str, dict[str, float]] | None = None,
) -> None:
    """The copies as one PDF at path, put in place only when complete."""
    with output_file(path) as draft:
        writer = QPdfWriter(str(draft))
        try:
            writer.setResolution(PDF_RESOLUTION)
            writer.setTitle(DEFAULT_FORM)
            _set_page(writer, paper)
            _paint_copies(
                writer, copies, mode=mode, calibration=calibration, destination=path, sizes=sizes
            )
        finally:
            writer = None  # closes the draft, so it can be put in place or removed


def print_to_pdf(
    db,
    award_ids: list[int],
    path: Path | str,
    *,
    mode: str = "full",
    paper: str = "A4",
    calibration: Calibration | None = None,
    reissue_reason: str | None = None,
) -> ChangeSet:
    """All the certificates into one PDF, one page each, and into the print log."""
    return _print_to_file(
        db, award_ids, Path(path), _write_pdf, mode, paper, calibration, reissue_reason
    )


def _print_to_file(
    db, award_ids, path: Path, write_file, mode, paper, calibration, reissue_reason
) -> ChangeSet:
    """The file and its print log, all or nothing: the log is written in the transaction
    that also writes the file."""
    _check_folder(path)
    return log_print_run(
        db,
        award_ids,
        mode=mode,
        paper=paper,
        destination=str(path),
        reissue_reason=reissue_reason,
        write=lambda copies: write_file(
            copies, path, mode=mode, paper=paper, calibration=calibration or Calibration()
        ),
    )


@contextmanager
def _scratch_folder() -> Iterator[Path]:
    """A folder for the ZIP's single PDFs. Removing it never fails the run: on Windows an
    antivirus may still hold a file when the archive is already in place, and a leftover in
    the temporary folder must not roll back the print log of an archive written."""
    folder = Path(tempfile.mkdtemp(prefix="kienan-certificates-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _write_zip(
    copies: list[CertificateCopy], path: Path, *, mode: str, paper: str, calibration: Calibration
) -> None:
    taken: set[str] = set()
    with (
        _scratch_folder() as folder,
        output_file(path) as draft,
        zipfile.ZipFile(draft, "w") as archive,
    ):
        # One PDF each, at the type sizes of the whole batch.
        sizes = _batch_sizes(copies, folder, mode=mode, paper=paper)
        for copy in copies:
            # A recipient's name may hold "/", quotes or be very long: each entry gets a
            # portable name of its own, so the archive unpacks anywhere, and only in its folder.
            name = unique_file_name(
                f"{copy.data.register_number or copy.award_id:04d} {copy.data.recipient_name}",
                taken,
                suffix=".pdf",
            )
            single = folder / name
            _write_pdf([copy], single, mode=mode, paper=paper, calibration=calibration, sizes=sizes)
            archive.write(single, name)


def print_to_zip(
    db,
    award_ids: list[int],
    path: Path | str,
    *,
    mode: str = "full",
    paper: str = "A4",
    calibration: Calibration | None = None,
    reissue_reason: str | None = None,
) -> ChangeSet:
    """One PDF per award, named by register number and recipient, in a ZIP; the archive and
    its print log are all or nothing."""
    return _print_to_file(
        db, award_ids, Path(path), _write_zip, mode, paper, calibration, reissue_reason
    )


def print_to_printer(
    db,
    award_ids: list[int],
    printer: QPrinter | str,
    *,
    mode: str = "preprinted",
    paper: str = "A4",
    calibration: Calibration | None = None,
    reissue_reason: str | None = None,
) -> ChangeSet:
    """Send the certificates to a printer as one job (one copy each). printer is the one a
    print dialog set up, used as chosen (its tray, manual feed, duplex and driver settings:
    pre-printed stock often waits in its own tray), or a printer's name (the command line)."""
    if isinstance(printer, str):
        printer = _named_printer(printer)
    # The log counts one copy of each; the certificate is laid out on the whole sheet, so
    # full-page mode comes after the page (setting a page layout leaves that mode).
    printer.setCopyCount(1)
    _set_page(printer, paper)
    printer.setFullPage(True)
    # "Print to file" in the dialog names a file, not a printer.
    destination = printer.outputFileName() or printer.printerName()
    return log_print_run(
        db,
        award_ids,
        mode=mode,
        paper=paper,
        destination=destination,
        reissue_reason=reissue_reason,
        write=lambda copies: _paint_copies(
            printer,
            copies,
            mode=mode,
            calibration=calibration or Calibration(),
            destination=destination,
        ),
    )


def _named_printer(printer_name: str) -> QPrinter:
    names = [info.printerName() for info in QPrinterInfo.availablePrinters()]
    if printer_name not in names:
        raise KienanError(
            Message(
                "no printer named '{name}' (available: {names})",
                name=printer_name,
                names=", ".join(names) or "—",
            )
        )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(printer_name)
    return printer


def write_calibration_sheet(path: Path | str, paper: str) -> Path:
    """A millimetre grid on the paper, to print on the stock and measure a printer's shift."""
    path = Path(path)
    _check_folder(path)
    with output_file(path) as draft:
        writer = QPdfWriter(str(draft))
        try:
            writer.setResolution(PDF_RESOLUTION)
            _set_page(writer, paper)
            painter = QPainter()
            if not painter.begin(writer):
                raise KienanError(Message("cannot write to {destination}", destination=path))
            try:
                draw_calibration_sheet(painter, QRectF(painter.viewport()), PAGE_SIZES_MM[paper][0])
            finally:
                painter.end()
        finally:
            writer = None
    return path
