"""The wizard's last step: what the import wrote."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kienan_awards.core.i18n import _, ngettext
from kienan_awards.core.lists.list_import import ImportPlan
from kienan_awards.ui.dialogs.import_wizard.plan_summary import city_answer_lines
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
            ngettext(
                "{rows} row of {name} imported.",
                "{rows} rows of {name} imported.",
                summary["rows_read"],
            ).format(rows=figure(summary["rows_read"]), name=plan.path.name)
        )
        if plan.list_kind == "city_answer":
            self.result_label.setText("\n".join(city_answer_lines(plan, summary)))
        else:
            self.result_label.setText(written(plan.list_kind, summary))


def written(list_kind: str, summary: dict[str, int]) -> str:
    """What the import wrote, each count in its own number."""
    counts = _counted(summary)
    if list_kind == "awards":
        return _("Imported: {awards}, {people}, {units}, {decisions}.").format(**counts)
    if list_kind == "proposals":
        return _("Imported: {lines}, {people}, {units}.").format(**counts)
    if list_kind == "people":
        return _("Imported: {people}, {people_matched}, {units}.").format(**counts)
    return _("Imported: {units}, {units_matched}.").format(**counts)


def _counted(summary: dict[str, int]) -> dict[str, str]:
    def count(text: str, key: str) -> str:
        return text.format(count=figure(summary[key]))

    return {
        "awards": count(
            ngettext("{count} award", "{count} awards", summary["awards_created"]),
            "awards_created",
        ),
        "people": count(
            ngettext("{count} new person", "{count} new people", summary["people_created"]),
            "people_created",
        ),
        "units": count(
            ngettext("{count} new unit", "{count} new units", summary["units_created"]),
            "units_created",
        ),
        "decisions": count(
            ngettext("{count} new decision", "{count} new decisions", summary["decisions_created"]),
            "decisions_created",
        ),
        "lines": count(
            ngettext(
                "{count} proposal line to review",
                "{count} proposal lines to review",
                summary["proposal_lines_created"],
            ),
            "proposal_lines_created",
        ),
        "people_matched": count(
            ngettext(
                "{count} person already recorded",
                "{count} people already recorded",
                summary["people_matched"],
            ),
            "people_matched",
        ),
        "units_matched": count(
            ngettext(
                "{count} unit already recorded",
                "{count} units already recorded",
                summary["units_matched"],
            ),
            "units_matched",
        ),
    }
