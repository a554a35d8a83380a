"""Certificates out: a decision (or any awards) as one PDF, one page per award in the list's
order, or as one PDF per award in a ZIP, or to a printer; every copy goes into the print log,
and a second copy of an award needs a reason and is marked as a reissue."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kienan_awards.core.documents.certificate_layout import template_for
from kienan_awards.core.documents.certificates import certificate, certificate_with_qr
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.output_files import output_file, unique_file_name
from kienan_awards.core.records import record_edits
from kienan_awards.core.records.audit_log import os_user
from kienan_awards.printing.certificate_renderer import Calibration, render

PAGE_IDS = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
PDF_RESOLUTION = 300


def decision_award_ids(db, number: str, decided_on: str | None = None) -> list[int]:
    """The awards in force of the decision with this number (and date, which is needed when
    the number was used in several years), in the list's order."""
    dates = [
        row[0]
        for row in db.execute(
            "SELECT decided_on FROM decisions WHERE number = ? AND (? IS NULL OR decided_on = ?)",
            [number, decided_on, decided_on],
        )
    ]
    if len(dates) > 1:
        raise KienanError(
            Message(
                "decision {number} was issued on several dates ({dates}): give its date",
                number=number,
                dates=", ".join(sorted(dates)),
            )
        )
    ids = [
        row[0]
        for row in db.execute(
            """SELECT a.id FROM awards a JOIN decisions d ON d.id = a.decision_id
           WHERE d.number = ? AND (? IS NULL OR d.decided_on = ?) AND a.status = 'awarded'
           ORDER BY d.decided_on, a.recipient_kind = 'individual', a.register_number, a.id""",
            [number, decided_on, decided_on],
        )
    ]
    if not ids:
        raise KienanError(Message("decision {number} has no award to print", number=number))
    return ids


def copies_printed(db, award_id: int) -> int:
    return db.execute("SELECT count(*) FROM print_log WHERE award_id = ?", [award_id]).fetchone()[0]


def _check_reissues(db, award_ids: list[int], reissue_reason: str | None) -> None:
    printed = [a for a in award_ids if copies_printed(db, a)]
    if printed and not (reissue_reason or "").strip():
        raise KienanError(
            Message(
                "{count} of these certificates were printed before: give the reason for the "
                "reissue",
                count=len(printed),
            )
        )


def _set_page(device: QPagedPaintDevice, paper: str) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_IDS[paper]), QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0)
        )
    )


def _paint_pages(
    db,
    device,
    award_ids: list[int],
    *,
    mode: str,
    paper: str,
    calibration: Calibration,
    destination: str,
    reissue_reason: str | None,
) -> int:
    painter = QPainter()
    if not painter.begin(device):
        raise KienanError(Message("cannot write to {destination}", destination=destination))
    templates: dict[tuple[str, str], object] = {}  # read once a job, not once a page
    try:
        for index, award_id in enumerate(award_ids):
            if index:
                device.newPage()
            data, code, qr = certificate_with_qr(db, award_id)
            key = (data.form_code, data.recipient_kind)
            if key not in templates:
                templates[key] = template_for(*key, db).on_page(paper)
            template = templates[key]
            copy = copies_printed(db, award_id) + 1
            render(
                painter,
                QRectF(painter.viewport()),
                data,
                template,
                calibration,
                code=code,
                mode=mode,
                reissue=copy > 1,
                qr=qr,
            )
            db.execute(
                "INSERT INTO print_log (award_id, mode, template, printer, verification_code, "
                "os_user, copy_number, reissue_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    award_id,
                    mode,
                    template.code,
                    destination,
                    code,
                    os_user(),
                    copy,
                    reissue_reason if copy > 1 else None,
                ],
            )
    finally:
        painter.end()
    return len(award_ids)


def print_to_pdf(
    db,
    award_ids: list[int],
    path: Path | str,
    *,
    mode: str = "full",
    paper: str = "A4",
    calibration: Calibration | None = None,
    reissue_reason: str | None = None,
) -> int:
    """All the certificates into one PDF, one page each; logged in one transaction."""
    path = Path(path)
    if not path.parent.is_dir():
        raise KienanError(Message("cannot write {path}: the folder does not exist", path=path))
    _check_reissues(db, award_ids, reissue_reason)
    # The print log and the file succeed together: a failed job logs nothing and leaves no
    # half-written PDF under the clerk's name (the file is put in place inside the transaction).
    with record_edits.transaction(db), output_file(path) as draft:
        writer = QPdfWriter(str(draft))
        try:
            writer.setResolution(PDF_RESOLUTION)
            writer.setTitle("Giấy khen")
            _set_page(writer, paper)
            count = _paint_pages(
                db,
                writer,
                award_ids,
                mode=mode,
                paper=paper,
                calibration=calibration or Calibration(),
                destination=str(path),
                reissue_reason=reissue_reason,
            )
        finally:
            writer = None  # closes the draft, so it can be put in place or removed
    return count


def print_to_zip(db, award_ids: list[int], path: Path | str, **options) -> int:
    """One PDF per award, named by register number and recipient, in a ZIP."""
    path = Path(path)
    if not path.parent.is_dir():
        raise KienanError(Message("cannot write {path}: the folder does not exist", path=path))
    _check_reissues(db, award_ids, options.get("reissue_reason"))
    taken: set[str] = set()
    # One transaction for the whole archive: its print log is all or nothing, like the file.
    with (
        record_edits.transaction(db),
        output_file(path) as draft,
        tempfile.TemporaryDirectory() as folder,
        zipfile.ZipFile(draft, "w") as archive,
    ):
        for award_id in award_ids:
            data, _code = certificate(db, award_id)
            # A recipient's name may hold "/", quotes or be very long: each entry gets a
            # portable name of its own, so the archive unpacks anywhere, and only in its folder.
            name = unique_file_name(
                f"{data.register_number or award_id:04d} {data.recipient_name}",
                taken,
                suffix=".pdf",
            )
            single = Path(folder) / name
            print_to_pdf(db, [award_id], single, **options)
            archive.write(single, name)
    return len(award_ids)


def print_to_printer(
    db,
    award_ids: list[int],
    printer_name: str,
    *,
    mode: str = "preprinted",
    paper: str = "A4",
    calibration: Calibration | None = None,
    reissue_reason: str | None = None,
) -> int:
    """Send the certificates to a printer as one job (one copy each)."""
    names = [info.printerName() for info in QPrinterInfo.availablePrinters()]
    if printer_name not in names:
        raise KienanError(
            Message(
                "no printer named '{name}' (available: {names})",
                name=printer_name,
                names=", ".join(names) or "—",
            )
        )
    _check_reissues(db, award_ids, reissue_reason)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(printer_name)
    printer.setCopyCount(1)
    printer.setFullPage(True)
    _set_page(printer, paper)
    with record_edits.transaction(db):
        return _paint_pages(
            db,
            printer,
            award_ids,
            mode=mode,
            paper=paper,
            calibration=calibration or Calibration(),
            destination=printer_name,
            reissue_reason=reissue_reason,
        )


def calibration_profile(db, name: str | None) -> Calibration:
    if not name:
        return Calibration()
    row = db.execute(
        "SELECT offset_x_mm, offset_y_mm, scale FROM calibration_profiles WHERE name = ?", [name]
    ).fetchone()
    if row is None:
        raise KienanError(Message("no calibration profile named '{name}'", name=name))
    return Calibration(float(row[0]), float(row[1]), float(row[2]))


def save_calibration_profile(
    db, name: str, offset_x_mm: float, offset_y_mm: float, scale: float
) -> None:
    if not name.strip():
        raise KienanError(Message("name the profile (printer and stock)"))
    if not (-50 <= offset_x_mm <= 50 and -50 <= offset_y_mm <= 50 and 0.8 <= scale <= 1.2):
        raise KienanError(Message("offsets lie within ±50 mm and the scale between 0.8 and 1.2"))
    with record_edits.transaction(db):
        db.execute(
            "INSERT INTO calibration_profiles (name, offset_x_mm, offset_y_mm, scale) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET offset_x_mm = "
            "excluded.offset_x_mm, offset_y_mm = excluded.offset_y_mm, "
            "scale = excluded.scale",
            [name.strip(), str(offset_x_mm), str(offset_y_mm), str(scale)],
        )
