"""The wizard's third step: every row checked, what the import would create and match, and
what stops it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QTableView, QVBoxLayout, QWidget

from kienan_awards.core.i18n import _
from kienan_awards.core.lists.list_import import ImportPlan
from kienan_awards.ui.dialogs.import_wizard.row_results_model import RowResultsModel
from kienan_awards.ui.figures import figure
from kienan_awards.ui.wrapped_label import WrappedLabel

_HIDDEN_ROWS_NAMED = 10  # more are counted, not named


class CheckStep(QWidget):
    save_errors_requested = Signal()  # the dialog asks where, and writes the marked copy

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary_label = WrappedLabel()
        self.summary_label.setObjectName("import_summary")
        self.rows_view = QTableView()
        self.rows_view.setObjectName("import_rows")
        self.rows_view.setModel(RowResultsModel())
        self.rows_view.horizontalHeader().setStretchLastSection(True)
        self.save_errors_button = QPushButton(_("Save a copy with the errors marked..."))
        self.save_errors_button.clicked.connect(self.save_errors_requested)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.rows_view, 1)
        layout.addWidget(self.save_errors_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_plan(self, plan: ImportPlan) -> None:
        self.rows_view.setModel(RowResultsModel(plan, self.rows_view))
        self.rows_view.resizeColumnsToContents()
        self.summary_label.setText("\n".join(self._summary_lines(plan)))
        self.save_errors_button.setEnabled(bool(plan.errors))

    def _summary_lines(self, plan: ImportPlan) -> list[str]:
        summary = plan.summary()
        lines = [
            _("{rows} row(s) read; {errors} with errors.").format(
                rows=figure(summary["rows_read"]), errors=figure(len(plan.errors))
            )
        ]
        if plan.list_kind == "awards":
            lines.append(_("Awards to create: {n}").format(n=figure(summary["awards_created"])))
        if plan.list_kind != "units":
            lines.append(
                _("People: {new} new, {matched} already recorded").format(
                    new=figure(summary["people_created"]),
                    matched=figure(summary["people_matched"]),
                )
            )
        lines.append(
            _("Units: {new} new, {matched} already recorded").format(
                new=figure(summary["units_created"]),
                matched=figure(summary["units_matched"]),
            )
        )
        repeated = summary["people_repeated"] + summary["units_repeated"]
        if repeated:
            lines.append(
                _("Rows repeating an earlier row of the list: {n}").format(n=figure(repeated))
            )
        if plan.list_kind == "awards":
            lines.append(
                _("Decisions: {new} new, {matched} already recorded").format(
                    new=figure(summary["decisions_created"]),
                    matched=figure(summary["decisions_matched"]),
                )
            )
        lines.extend(self._hidden_lines(plan))
        if plan.passed_over:
            lines.append(
                _("{n} row(s) passed over as titles or notes").format(
                    n=figure(len(plan.passed_over))
                )
            )
        if plan.errors:
            lines.append(
                _(
                    "Nothing can be imported until every row is right: mend the "
                    "list (or the column choices) and check again."
                )
            )
        return lines

    def _hidden_lines(self, plan: ImportPlan) -> list[str]:
        skipped = plan.options.skip_hidden
        lines = [
            (
                _("Sheet '{sheet}' is hidden: left out")
                if skipped
                else _("Sheet '{sheet}' is hidden: read")
            ).format(sheet=sheet)
            for sheet in plan.hidden_sheets
        ]
        if plan.hidden_rows:
            where = ", ".join(
                _("'{sheet}' row {row}").format(sheet=sheet, row=row)
                for sheet, row in plan.hidden_rows[:_HIDDEN_ROWS_NAMED]
            )
            if len(plan.hidden_rows) > _HIDDEN_ROWS_NAMED:
                more = len(plan.hidden_rows) - _HIDDEN_ROWS_NAMED
                where += _(" and {n} more").format(n=figure(more))
            lines.append(
                (
                    _("Hidden rows left out: {where}")
                    if skipped
                    else _("Hidden rows read: {where}")
                ).format(where=where)
            )
        return lines
