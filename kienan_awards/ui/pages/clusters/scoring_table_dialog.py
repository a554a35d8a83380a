"""A cluster-year's scoring table edited: its criteria, the rules that break a tie, how many
members lead and on what basis, and the document that issued it. A year without a table starts
from a copy of last year's where there is one, kept only when saved. Save hands it all to the
core in one transaction; a refusal is shown here with the row and the field named, and nothing
is kept."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from kienan_awards.core.clusters import clusters
from kienan_awards.core.clusters.scoring_store import (
    StoredTable,
    decimal_text,
    previous_table_copy,
    save_table,
    stored_table,
)
from kienan_awards.core.clusters.scoring_table import COUNTED, DEFAULT_TIE_BREAKS, ZERO
from kienan_awards.core.clusters.table_choices import has_table, scored_numbers, target_choices
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, ngettext, shown
from kienan_awards.ui.dialogs.dialog_parts import failure_label, save_cancel_buttons
from kienan_awards.ui.figures import figure
from kienan_awards.ui.pages.clusters.criteria_table import CriteriaTable
from kienan_awards.ui.pages.clusters.tie_break_list import TieBreakList
from kienan_awards.ui.read_only import is_writable


class ScoringTableDialog(QDialog):
    def __init__(self, db, cluster: clusters.Cluster, year: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(
            _("Scoring table of {cluster} for {year}").format(cluster=cluster.name, year=year)
        )
        self._db = db
        self._cluster = cluster
        self._year = year
        self.changes = None  # of the save
        self.start = QLabel()
        self.start.setObjectName("table_start")
        self.start.setWordWrap(True)
        self.copy_button = QPushButton(_("Copy last year's table"))
        self.copy_button.setObjectName("copy_table")
        self.copy_button.clicked.connect(self.copy_last_year)
        self.source_edit = QLineEdit()
        self.source_edit.setObjectName("table_source")
        self.source_edit.setPlaceholderText(_("the decision that issued the table"))
        self.criteria = CriteriaTable(
            target_choices(db, cluster.id, year, self._kept_targets()),
            scored_numbers(db, cluster.id, year),
        )
        self.criteria.edited.connect(self.show_totals)
        self.tie_breaks = TieBreakList()
        self.leading_spin = QSpinBox()
        self.leading_spin.setObjectName("leading_count")
        self.leading_spin.setRange(0, 99)
        self.leading_spin.setMaximumWidth(80)
        self.basis_edit = QLineEdit()
        self.basis_edit.setObjectName("leading_basis")
        self.totals = QLabel()
        self.totals.setObjectName("table_totals")
        self.problem = failure_label("table_problem")
        layout = QVBoxLayout(self)
        layout.addLayout(self._start_row())
        form = QFormLayout()
        form.addRow(_("Deciding document"), self.source_edit)
        layout.addLayout(form)
        layout.addWidget(self.criteria, 1)
        layout.addLayout(self._row_buttons())
        layout.addLayout(self._rules_row())
        layout.addWidget(self.problem)
        layout.addWidget(save_cancel_buttons(self, self.save, _("Save the table")))
        self.resize(1320, 700)
        self.load()

    def _kept_targets(self) -> list[int | None]:
        held = stored_table(self._db, self._cluster.id, self._year)
        return [criterion.target_id for criterion in held.table.criteria] if held else []

    def _start_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.start, 1)
        row.addWidget(self.copy_button)
        return row

    def _row_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, name, act in (
            (_("Add a criterion"), "add_criterion", self.criteria.add_row),
            (_("Remove"), "remove_criterion", self.criteria.remove_row),
            (_("Up"), "criterion_up", lambda: self.criteria.move_row(-1)),
            (_("Down"), "criterion_down", lambda: self.criteria.move_row(1)),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(act)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.totals)
        return row

    def _rules_row(self) -> QHBoxLayout:
        rules = QGroupBox(_("Ties in total points are broken by (ticked, in this order)"))
        QVBoxLayout(rules).addWidget(self.tie_breaks)
        leading = QGroupBox(_("Leading members"))
        form = QFormLayout(leading)
        form.addRow(_("How many lead"), self.leading_spin)
        form.addRow(_("On what basis"), self.basis_edit)
        row = QHBoxLayout()
        row.addWidget(rules, 1)
        row.addWidget(leading, 1)
        return row

    def load(self) -> None:
        """The year's table as saved; else an empty one, with last year's offered to copy."""
        held = stored_table(self._db, self._cluster.id, self._year)
        copyable = held is None and has_table(self._db, self._cluster.id, self._year - 1)
        self.copy_button.setVisible(copyable)
        self.copy_button.setEnabled(copyable and is_writable(self._db))
        if copyable:
            self.start.setText(
                _(
                    "{year} has no scoring table yet: copy {last}'s to edit, or add criteria."
                ).format(year=self._year, last=self._year - 1)
            )
        else:
            self.start.setText(
                _("{year} has no scoring table yet, nor has {last}: add its criteria.").format(
                    year=self._year, last=self._year - 1
                )
            )
        self.start.setVisible(held is None)
        self.show_table(held)

    def show_table(self, held: StoredTable | None) -> None:
        """A table in the editor: the one saved, a copy to save, or none."""
        self.criteria.show_criteria(held.table.criteria if held else ())
        self.tie_breaks.show_rules(held.table.tie_breaks if held else DEFAULT_TIE_BREAKS)
        self.leading_spin.setValue(held.leading_count if held else 1)
        self.basis_edit.setText(held.leading_basis if held else "")
        self.source_edit.setText(held.table.source_document if held else "")
        for line in (self.basis_edit, self.source_edit):  # a long text read from its start
            line.setCursorPosition(0)
        self.show_totals()

    def show_totals(self) -> None:
        """The points of a member that meets everything, bonus and penalty items aside; what
        cannot be read yet counts as nothing (Save names it)."""
        total = ZERO
        for row, draft in enumerate(self.criteria.drafts()):
            if draft.method in COUNTED:
                continue
            try:
                total += draft.figure("maximum", row)
            except KienanError:
                continue
        count = self.criteria.rowCount()
        self.totals.setText(
            ngettext(
                "Most points: {points} in {count} criterion",
                "Most points: {points} in {count} criteria",
                count,
            ).format(points=figure(decimal_text(total)), count=count)
        )

    def copy_last_year(self) -> None:
        """Last year's table in the editor, on this year's targets; kept only by Save."""
        try:
            copy = previous_table_copy(
                self._db, self._cluster.id, self._year, self.source_edit.text()
            )
        except KienanError as error:
            self.problem.setText(shown(error))
            return
        self.problem.setText("")
        # The copy may be on targets the choices did not hold.
        kept = [criterion.target_id for criterion in copy.table.criteria]
        self.criteria.set_choices(target_choices(self._db, self._cluster.id, self._year, kept))
        self.show_table(copy)
        self.copy_button.setVisible(False)
        self.start.setText(
            _("{last}'s table is copied onto {year}'s targets: edit it, then save.").format(
                last=self._year - 1, year=self._year
            )
        )

    def save(self) -> None:
        try:
            changes = save_table(
                self._db,
                self._cluster.id,
                self._year,
                self.criteria.criteria(),
                tie_breaks=self.tie_breaks.rules(),
                leading_count=self.leading_spin.value(),
                leading_basis=self.basis_edit.text(),
                source_document=self.source_edit.text(),
            )
        except KienanError as error:
            self.refused(error)
            return
        self.changes = changes
        self.accept()

    def refused(self, error: KienanError) -> None:
        """The refusal said; the row it names chosen."""
        self.problem.setText(shown(error))
        message = error.args[0] if error.args else None
        number = getattr(message, "values", {}).get("criterion")
        row = self.criteria.row_with(str(number)) if number is not None else None
        if row is not None:
            self.criteria.selectRow(row)


def edit_table(db, page):
    """The chosen cluster-year's table edited from the page; what was written, if anything."""
    cluster = page.chosen()
    if cluster is None:
        return None
    dialog = ScoringTableDialog(db, cluster, page.year, page)
    page.open_dialog(dialog)
    return dialog.changes
