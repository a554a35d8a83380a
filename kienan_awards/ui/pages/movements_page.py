"""Emulation movements and, for the one selected, its targets with plans and progress."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.changes import RecordKind
from kienan_awards.core.i18n import _
from kienan_awards.core.movements.movement_plans import list_movements, list_targets
from kienan_awards.core.movements.progress import movement_results
from kienan_awards.ui.dialogs.movement_dialogs import MovementDialog, ProgressDialog, TargetDialog
from kienan_awards.ui.figures import figure, window_marks
from kienan_awards.ui.page_layout import give_first_sizes
from kienan_awards.ui.pages.window_page import WindowPage
from kienan_awards.ui.read_only import refuse_writing


class MovementsPage(WindowPage):
    shows = frozenset({RecordKind.MOVEMENTS, RecordKind.UNITS})  # targets name their units

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("movements_page")
        self._db = db
        self.shown_targets = []
        self.heading = QLabel(_("Emulation movements"))
        self.heading.setObjectName("page_heading")
        self.movement_list = QListWidget()
        self.movement_list.setObjectName("movement_list")
        self.movement_list.setWordWrap(True)
        self.themes_label = QLabel()
        self.themes_label.setWordWrap(True)
        self.targets_table = QTableWidget(0, 6)
        self.targets_table.setObjectName("targets_table")
        self.targets_table.setHorizontalHeaderLabels(
            [
                _("Indicator"),
                _("Unit"),
                _("Measure"),
                _("Plan"),
                _("Same period last year"),
                _("Latest actual"),
            ]
        )
        self.targets_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.targets_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.targets_table.horizontalHeader().setStretchLastSection(True)
        self.targets_table.setWordWrap(False)

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.themes_label)
        details_layout.addWidget(self.targets_table, 1)
        self.results_label = QLabel()
        self.results_label.setObjectName("movement_results")
        self.results_label.setWordWrap(True)
        details_layout.addWidget(self.results_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("movements_splitter")
        self.splitter.addWidget(self.movement_list)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(1, 3)
        give_first_sizes(self.splitter, [110, 500])

        self.new_movement_button = QPushButton(_("New movement..."))
        self.new_target_button = QPushButton(_("New target..."))
        self.report_button = QPushButton(_("Report progress..."))
        self.new_movement_button.clicked.connect(self.new_movement)
        self.new_target_button.clicked.connect(self.new_target)
        self.report_button.clicked.connect(self.report_progress)
        refuse_writing(db, self.new_movement_button, self.new_target_button, self.report_button)
        buttons = QHBoxLayout()
        for button in (self.new_movement_button, self.new_target_button, self.report_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        self.movement_list.currentItemChanged.connect(self._show_targets)
        self.refresh()

    def open_dialog(self, dialog) -> None:
        """Non-modal: the dialog reports its saved edit, and the page shows it."""
        dialog.accepted.connect(lambda: self._saved(dialog.edit_group))
        dialog.open()

    def new_movement(self) -> MovementDialog:
        dialog = MovementDialog(self._db, self)
        self.open_dialog(dialog)
        return dialog

    def _saved(self, group) -> None:
        self.edited.emit(group)
        self.refresh()

    def current_movement_id(self) -> int | None:
        item = self.movement_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def new_target(self) -> None:
        if self.current_movement_id() is not None:
            self.open_dialog(TargetDialog(self._db, self.current_movement_id(), self))

    def report_progress(self) -> None:
        row = self.targets_table.currentRow()
        if 0 <= row < len(self.shown_targets):
            target = self.shown_targets[row]
            self.open_dialog(ProgressDialog(self._db, target.id, target.indicator, self))

    def refresh(self) -> None:
        current = self.current_movement_id()
        self.movement_list.clear()
        for movement in list_movements(self._db):
            item = QListWidgetItem(movement.name)
            item.setData(Qt.ItemDataRole.UserRole, movement.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, movement.themes or "")
            self.movement_list.addItem(item)
        if self.movement_list.count():
            ids = [
                self.movement_list.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.movement_list.count())
            ]
            self.movement_list.setCurrentRow(ids.index(current) if current in ids else 0)
        else:
            self._show_targets(None)

    def _show_targets(self, item: QListWidgetItem | None, _previous=None) -> None:
        targets = (
            list_targets(self._db, item.data(Qt.ItemDataRole.UserRole), window_marks())
            if item
            else []
        )
        self.shown_targets = targets
        themes = item.data(Qt.ItemDataRole.UserRole + 1) if item else ""
        self.themes_label.setText(themes)
        self.themes_label.setVisible(bool(themes))
        self.targets_table.setRowCount(len(targets))
        for row, target in enumerate(targets):
            values = [
                target.indicator,
                target.unit_name or _("Whole area"),
                target.measure_unit,
                target.plans,
                figure(target.same_period_value),
                figure(target.latest_actual),
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column >= 4:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.targets_table.setItem(row, column, cell)
        self.targets_table.resizeColumnsToContents()
        self._show_results(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def _show_results(self, movement_id: int | None) -> None:
        """Which units met every target: where the year-end proposals start."""
        results = movement_results(self._db, movement_id) if movement_id else []
        met = [r.unit_name for r in results if r.met_all]
        short = [f"{r.unit_name} ({r.not_met + r.unreported})" for r in results if not r.met_all]
        self.results_label.setText(
            _("Met every target: {met}\nNot yet (targets missed or unreported): {short}").format(
                met=", ".join(met) or "—", short=", ".join(short) or "—"
            )
            if results
            else ""
        )
