"""The print log of certificates, the order a decision's certificates print in, and the
printers' calibration profiles.

A print run is one door: the copies are planned (the frozen text, the template on the paper,
which copy of each award it is), logged and handed to the caller's writer in one transaction.
The writer paints them and puts the file in place; if it fails, nothing is logged. A second
copy of an award needs a reason and is marked as a reissue.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core.awards.decision_issuer import require_signed
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.documents.certificate_layout import CertificateTemplate, template_for
from kienan_awards.core.documents.certificates import (
    CertificateData,
    certificate_with_qr,
    freeze_again_unsigned,
)
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.records import record_edits
from kienan_awards.core.records.audit_log import os_user

if TYPE_CHECKING:
    from sqlite_utils import Database

OFFSET_LIMIT_MM = 50.0
SCALE_LIMITS = (0.8, 1.2)


@dataclass(frozen=True)
class Calibration:
    """How a printer shifts and scales what it prints on a given stock."""

    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    scale: float = 1.0


@dataclass(frozen=True)
class CertificateCopy:
    """One certificate as a print run puts it out."""

    award_id: int
    data: CertificateData
    code: str
    qr: str
    template: CertificateTemplate  # already laid out on the run's paper
    copy_number: int  # 1 for the first copy ever printed of this award

    @property
    def reissue(self) -> bool:
        return self.copy_number > 1


# --- print order ------------------------------------------------------------------------------


def print_order(db: Database, decision_id: int) -> list[int]:
    """The awards in force of a decision, in the list's order: collectives first, then by
    register number."""
    return [
        row[0]
        for row in db.execute(
            "SELECT id FROM awards WHERE decision_id = ? AND status = 'awarded' "
            "ORDER BY recipient_kind = 'individual', register_number, id",
            [decision_id],
        )
    ]


def decision_award_ids(db: Database, number: str, decided_on: str | None = None) -> list[int]:
    """The awards in force of the decision with this number (and date, which is needed when
    the number was used in several years), in the list's order. The number is matched with
    or without diacritics and case ("20/QD-UBND" finds 20/QĐ-UBND); spelt exactly, it wins
    over a number that differs only in them."""
    found = db.execute(
        "SELECT id, decided_on, number FROM decisions WHERE fold(number) = fold(?) "
        "AND (? IS NULL OR decided_on = ?)",
        [number, decided_on, decided_on],
    ).fetchall()
    exact = [row for row in found if row[2] == number.strip()]
    found = exact or found
    if not found:
        raise KienanError(Message("there is no decision {number}", number=number))
    if len({row[2] for row in found}) > 1:
        raise KienanError(
            Message(
                "decision {number} fits several numbers ({numbers}): give it as written",
                number=number,
                numbers=", ".join(sorted({row[2] for row in found})),
            )
        )
    if len(found) > 1:
        raise KienanError(
            Message(
                "decision {number} was issued on several dates ({dates}): give its date",
                number=found[0][2],
                dates=", ".join(sorted(row[1] for row in found)),
            )
        )
    ids = print_order(db, found[0][0])
    if not ids:
        raise KienanError(Message("decision {number} has no award to print", number=found[0][2]))
    return ids


class ReissueReasonNeeded(KienanError):
    """Certificates printed before are printed again only with the reason for the reissue."""

    def __init__(self, count: int):
        super().__init__(
            Message(
                "{count} of these certificates were printed before: give the reason for the "
                "reissue",
                count=count,
            )
        )
        self.count = count


# --- the print log ----------------------------------------------------------------------------


def copies_printed(db: Database, award_id: int) -> int:
    return db.execute("SELECT count(*) FROM print_log WHERE award_id = ?", [award_id]).fetchone()[0]


def _check_reissues(db: Database, award_ids: Sequence[int], reissue_reason: str | None) -> None:
    printed = [a for a in award_ids if copies_printed(db, a)]
    if printed and not (reissue_reason or "").strip():
        raise ReissueReasonNeeded(len(printed))


def _copies(db: Database, award_ids: Sequence[int], paper: str) -> list[CertificateCopy]:
    templates: dict[tuple[str, str], CertificateTemplate] = {}  # read once a run, not a page
    copies = []
    for award_id in award_ids:
        data, code, qr = certificate_with_qr(db, award_id)
        key = (data.form_code, data.recipient_kind)
        if key not in templates:
            templates[key] = template_for(*key, db).on_page(paper)
        copy_number = copies_printed(db, award_id) + 1
        copies.append(CertificateCopy(award_id, data, code, qr, templates[key], copy_number))
    return copies


def log_print_run(
    db: Database,
    award_ids: Sequence[int],
    *,
    mode: str,
    paper: str,
    destination: str,
    reissue_reason: str | None,
    write: Callable[[list[CertificateCopy]], object],
) -> ChangeSet:
    """Print these awards' certificates once each: ``write`` puts the copies out (paints
    them, puts the file in place) inside the transaction that logs them, so a run that fails
    logs nothing and copy numbers cannot be taken twice. Returns the certificates printed, by
    award id. Never unsigned: awards of a decision that no issuing authority signs are
    refused, and nothing is logged or written."""
    with record_edits.transaction(db):
        require_signed(db, award_ids)
        _check_reissues(db, award_ids, reissue_reason)
        # Frozen before an authority covering their date was recorded: frozen again with it.
        freeze_again_unsigned(db, award_ids)
        copies = _copies(db, award_ids, paper)
        user = os_user()
        db.conn.executemany(
            "INSERT INTO print_log (award_id, mode, template, printer, verification_code, "
            "os_user, copy_number, reissue_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    copy.award_id,
                    mode,
                    copy.template.code,
                    destination,
                    copy.code,
                    user,
                    copy.copy_number,
                    reissue_reason if copy.reissue else None,
                )
                for copy in copies
            ],
        )
        # Logged first, written last: a failed write rolls the log back, and a write that
        # succeeded leaves only the commit to do.
        write(copies)
    return ChangeSet.of(RecordKind.CERTIFICATES, *award_ids)


# --- calibration profiles ---------------------------------------------------------------------


def calibration_profile_names(db: Database) -> list[str]:
    return [row[0] for row in db.execute("SELECT name FROM calibration_profiles ORDER BY name")]


def calibration_profile(db: Database, name: str | None) -> Calibration:
    """The named profile; no name is no correction."""
    if not name:
        return Calibration()
    row = db.execute(
        "SELECT offset_x_mm, offset_y_mm, scale FROM calibration_profiles WHERE name = ?", [name]
    ).fetchone()
    if row is None:
        raise KienanError(Message("no calibration profile named '{name}'", name=name))
    return Calibration(float(row[0]), float(row[1]), float(row[2]))


def save_calibration_profile(
    db: Database, name: str, offset_x_mm: float, offset_y_mm: float, scale: float
) -> ChangeSet:
    """Add the profile, or change the one of that name."""
    if not name.strip():
        raise KienanError(Message("name the profile (printer and stock)"))
    low, high = SCALE_LIMITS
    if not (
        abs(offset_x_mm) <= OFFSET_LIMIT_MM
        and abs(offset_y_mm) <= OFFSET_LIMIT_MM
        and low <= scale <= high
    ):
        raise KienanError(Message("offsets lie within ±50 mm and the scale between 0.8 and 1.2"))
    with record_edits.transaction(db):
        db.execute(
            "INSERT INTO calibration_profiles (name, offset_x_mm, offset_y_mm, scale) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET offset_x_mm = "
            "excluded.offset_x_mm, offset_y_mm = excluded.offset_y_mm, "
            "scale = excluded.scale",
            [name.strip(), str(offset_x_mm), str(offset_y_mm), str(scale)],
        )
    # A profile is named, not numbered: the kind alone says the profiles changed.
    return ChangeSet.of(RecordKind.CERTIFICATES)
