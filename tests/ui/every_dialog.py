"""Every dialog the window opens, built on the demo database as the clerk meets it: the tests
of language and size open them all from here, so a new dialog is added once."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from kienan_awards.core.clusters.clusters import find_cluster
from kienan_awards.core.movements.movement_plans import list_movements
from kienan_awards.core.movements.progress import target_progress
from kienan_awards.ui.dialogs.award_dialog import AwardDialog
from kienan_awards.ui.dialogs.base_salary_dialog import BaseSalaryDialog
from kienan_awards.ui.dialogs.bonus_rate_dialog import BonusRateDialog
from kienan_awards.ui.dialogs.certificates_dialog import CertificatesDialog
from kienan_awards.ui.dialogs.discipline_dialog import DisciplineDialog
from kienan_awards.ui.dialogs.import_dialog import ImportDialog
from kienan_awards.ui.dialogs.merge_units_dialog import MergeUnitsDialog
from kienan_awards.ui.dialogs.movement_dialogs import MovementDialog, ProgressDialog, TargetDialog
from kienan_awards.ui.dialogs.office_dialog import OfficeDialog
from kienan_awards.ui.dialogs.other_decision_dialog import OtherDecisionDialog
from kienan_awards.ui.dialogs.split_unit_dialog import SplitUnitDialog
from kienan_awards.ui.dialogs.target_history_dialog import TargetHistoryDialog
from kienan_awards.ui.dialogs.template_editor import TemplateEditorDialog
from kienan_awards.ui.dialogs.trash_dialog import TrashDialog
from kienan_awards.ui.dialogs.verify_dialog import VerifyDialog
from kienan_awards.ui.pages.clusters.score_reason_dialog import ReasonDialog
from kienan_awards.ui.pages.clusters.scoring_table_dialog import ScoringTableDialog
from kienan_awards.ui.pages.decisions.decision_dialog import DecisionDialog
from kienan_awards.ui.pages.people_page import ChoosePersonDialog


def _first(db, sql: str, *values):
    return db.execute(sql, list(values)).fetchone()


def window_dialogs(db, parent) -> dict[str, QDialog]:
    """The program's own dialogs over a database holding the demo data, by name."""
    award = _first(db, "SELECT min(id) FROM awards")[0]
    awards = [row[0] for row in db.execute("SELECT id FROM awards ORDER BY id LIMIT 3")]
    person_id, person_name = _first(
        db, "SELECT id, full_name FROM people WHERE deleted_at IS NULL ORDER BY id"
    )
    units = [row[0] for row in db.execute("SELECT id FROM units WHERE deleted_at IS NULL LIMIT 2")]
    movement = list_movements(db)[0]
    block = find_cluster(db, "Khối thi đua các tổ dân phố")
    target = target_progress(db, movement.id)[0]
    return {
        "import": ImportDialog(db, parent),
        "award": AwardDialog(db, award, parent),
        "template_editor": TemplateEditorDialog(db, parent),
        "verify": VerifyDialog(db, parent),
        "trash": TrashDialog(db, parent),
        "office": OfficeDialog(db, parent),
        "office_for_a_day": OfficeDialog(db, parent, signs_from=dt.date(2025, 1, 2)),
        "bonus_rate": BonusRateDialog(db, parent),
        "base_salary": BaseSalaryDialog(db, parent),
        "certificates": CertificatesDialog(db, awards, "1/QĐ-UBND", parent),
        "discipline": DisciplineDialog(db, person_id, person_name, parent=parent),
        "merge_units": MergeUnitsDialog(db, units, parent),
        "split_unit": SplitUnitDialog(db, units[0], parent),
        "movement": MovementDialog(db, parent),
        "target": TargetDialog(db, movement.id, parent),
        "progress": ProgressDialog(db, target.target_id, target.indicator, parent),
        "target_history": TargetHistoryDialog(db, target, parent),
        "other_decision": OtherDecisionDialog(db, parent),
        "choose_person": ChoosePersonDialog(db, person_id, parent),
        "decision": DecisionDialog("Về việc tặng Giấy khen năm 2025", 1, parent),
        "scoring_table": ScoringTableDialog(db, block, 2026, parent),
        "score_reason": ReasonDialog(
            "Tổ dân phố số 1", "I.2", Decimal("21.77"), Decimal("20"), parent=parent
        ),
    }


def welcome_dialog(empty_db, parent=None) -> OfficeDialog:
    """The first start's dialog, over a database with nothing in it yet."""
    return OfficeDialog(empty_db, parent, welcome=True, mover=lambda folder: folder)


def print_dialog(parent) -> QPrintDialog:
    """Qt's own print dialog, in the translation the window loads for it."""
    printer = QPrinter()
    dialog = QPrintDialog(printer, parent)
    dialog.printer_kept = printer  # the dialog holds no reference of its own
    return dialog
