"""The wizard's last step: what the import wrote."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kienan_awards.core.i18n import _
from kienan_awards.core.lists.list_import import ImportPlan
from kienan_awards.ui.figures import figure
from kienan_awards.ui.wrapped_label import WrappedLabel


class ResultStep(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title_label = WrappedLabel()
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.result_label = WrappedLabel()
        self.result_label.setObjectName("import_result")
        self.next_label = WrappedLabel(_("Close the wizard, or go back to import another list."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.next_label)
        layout.addStretch(1)

    def show_result(self, plan: ImportPlan, summary: dict[str, int]) -> None:
        self.title_label.setText(
            _("{rows} row(s) of {name} imported.").format(
                rows=figure(summary["rows_read"]), name=plan.path.name
            )
        )
        self.result_label.setText(self._written(plan.list_kind, summary))

    def _written(self, list_kind: str, summary: dict[str, int]) -> str:
        counts = {key: figure(value) for key, value in summary.items()}
        if list_kind == "awards":
            return _(
                "Imported: {awards} award(s), {people} new people, "
                "{units} new units, {decisions} new decisions."
            ).format(
                awards=counts["awards_created"],
                people=counts["people_created"],
                units=counts["units_created"],
                decisions=counts["decisions_created"],
            )
        if list_kind == "proposals":
            return _(
                "Imported: {lines} proposal line(s) to review, {people} new people, "
                "{units} new units."
            ).format(
                lines=counts["proposal_lines_created"],
                people=counts["people_created"],
                units=counts["units_created"],
            )
        if list_kind == "people":
            return _(
                "Imported: {new} new people, {matched} already recorded, {units} new units."
            ).format(
                new=counts["people_created"],
                matched=counts["people_matched"],
                units=counts["units_created"],
            )
        return _("Imported: {new} new units, {matched} already recorded.").format(
            new=counts["units_created"], matched=counts["units_matched"]
        )
