"""Honour roll: every award ever made, searched as the clerk types, with the chosen
recipient's whole award history beside the results."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from kienan_awards.core.changes import RecordKind
from kienan_awards.core.i18n import _, ngettext
from kienan_awards.core.records.record_lists import AWARDS
from kienan_awards.core.search.award_search import AwardFilters, AwardSearch, filter_choices
from kienan_awards.ui.figures import figure
from kienan_awards.ui.filter_boxes import refill_choices, reset_quietly
from kienan_awards.ui.models.award_search_model import AwardSearchModel
from kienan_awards.ui.page_layout import list_beside_details
from kienan_awards.ui.pages.recipient_history import RecipientHistory
from kienan_awards.ui.pages.record_list_page import RecordListPage
from kienan_awards.ui.pages.window_page import WindowPage

_ANY_YEAR = 1900  # the spin boxes' lowest value stands for "any year"
_LAST_YEAR = 2100
_LABEL_HEIGHT = 22  # the strip above a row that starts a group of results


class GroupLabels(QStyledItemDelegate):
    """Draws, above a row that starts a group of results (those found through the unit), a
    light rule and the group's label, written across the whole row from its first column."""

    def __init__(self, table: QTableView, model: AwardSearchModel):
        super().__init__(table)
        self._table = table
        self._model = model

    def paint(self, painter, option, index) -> None:
        label = self._model.group_label(index.row())
        if label is None:
            super().paint(painter, option, index)
            return
        cell = QStyleOptionViewItem(option)
        cell.rect = option.rect.adjusted(0, _LABEL_HEIGHT, 0, 0)
        super().paint(painter, cell, index)
        strip = QRect(option.rect.left(), option.rect.top(), option.rect.width(), _LABEL_HEIGHT)
        painter.save()
        painter.fillRect(strip, option.palette.color(QPalette.ColorRole.Window))
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(strip.left(), strip.top(), strip.right(), strip.top())
        painter.setClipRect(strip)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        left = self._table.columnViewportPosition(0) + 6
        text = QRect(left, strip.top(), self._table.viewport().width() * 4, _LABEL_HEIGHT)
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        painter.restore()


class HonourRollPage(WindowPage):
    award_opened = Signal(int)
    # The awards, their decisions and recipients, and the filters' choices.
    shows = frozenset(
        {
            RecordKind.AWARDS,
            RecordKind.DECISIONS,
            RecordKind.PEOPLE,
            RecordKind.UNITS,
            RecordKind.MOVEMENTS,
            RecordKind.CATALOGUE,
        }
    )

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("honour_roll_page")
        self._db = db
        self.model = AwardSearchModel(db, self)
        self.list_page = RecordListPage(db, AWARDS, _("Honour roll"), model=self.model)
        self.search_edit = self.list_page.filter_edit
        self.search_edit.setPlaceholderText(
            _("Search names, units, achievements and decision numbers, with or without diacritics")
        )
        self.table = self.list_page.table

        self.from_year = self._year_box("from_year")
        self.to_year = self._year_box("to_year")
        self.form_choice = self._choice_box("form_filter", _("All awards"))
        self.unit_choice = self._choice_box("unit_filter", _("All units"))
        self.unit_choice.setToolTip(
            _("A unit's awards include those of the units it came from, merged or split")
        )
        self.movement_choice = self._choice_box("movement_filter", _("All movements"))
        self.kind_choice = self._choice_box("kind_filter", _("Everyone"))
        for key, label in (
            ("individual", _("Individuals")),
            ("collective", _("Collectives")),
            ("household", _("Households")),
        ):
            self.kind_choice.addItem(label, key)
        self.status_choice = self._choice_box("status_filter", _("Any status"))
        self.status_choice.addItem(_("Awarded"), "awarded")
        self.status_choice.addItem(_("Revoked"), "revoked")
        self.names_only = QCheckBox(_("Names only"))
        self.names_only.setObjectName("names_only_filter")
        self.names_only.setToolTip(_("Only the awards whose recipient's name holds every word"))
        self.names_only.toggled.connect(self.model.set_names_only)
        self.best_match_button = QPushButton(_("Best match first"))
        self.best_match_button.setToolTip(_("Order by how well each award matches"))
        self.best_match_button.clicked.connect(
            lambda: self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        )
        self.clear_button = QPushButton(_("Clear"))
        self.clear_button.setToolTip(_("Empty the search box and every filter"))
        self.clear_button.clicked.connect(self.clear_search)

        # Two rows, so the page fits a 1366-pixel screen beside the history pane.
        years = QHBoxLayout()
        years.addWidget(QLabel(_("Years")))
        years.addWidget(self.from_year)
        years.addWidget(QLabel("–"))
        years.addWidget(self.to_year)
        filters = QGridLayout()
        filters.addLayout(years, 0, 0)
        filters.addWidget(self.form_choice, 0, 1)
        filters.addWidget(self.unit_choice, 0, 2, 1, 2)
        filters.addWidget(self.movement_choice, 1, 0, 1, 2)
        filters.addWidget(self.kind_choice, 1, 2)
        filters.addWidget(self.status_choice, 1, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.names_only)
        buttons.addWidget(self.best_match_button)
        buttons.addWidget(self.clear_button)
        filters.addLayout(buttons, 0, 4)
        for column in range(1, 4):
            filters.setColumnStretch(column, 1)
        # The filters sit between the search box and the results.
        self.list_page.layout().insertLayout(2, filters)

        self.history = RecipientHistory(db)
        self.history.award_opened.connect(self.award_opened)
        # The history sits under the results: both tables need the page's whole width.
        self.splitter = list_beside_details(
            self, "honour_roll_splitter", Qt.Orientation.Vertical, self.list_page, self.history
        )

        self.table.doubleClicked.connect(
            lambda index: self.award_opened.emit(self.model.record_id(index.row()))
        )
        self.model.searching.connect(self._show_searching)
        self.model.failed.connect(self._show_failure)
        self.model.modelReset.connect(self._results_shown)
        self.model.rowsInserted.connect(self._more_results_shown)
        self._labelled_rows: list[int] = []
        self.table.setItemDelegate(GroupLabels(self.table, self.model))
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self._fill_choices()
        self.history.show_award(None)

    def _year_box(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(_ANY_YEAR, _LAST_YEAR)
        box.setSpecialValueText(_("any"))
        box.setValue(_ANY_YEAR)
        box.valueChanged.connect(self._filters_changed)
        return box

    def _choice_box(self, name: str, everything: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        box.addItem(everything, None)
        box.currentIndexChanged.connect(self._filters_changed)
        return box

    def _fill_choices(self) -> None:
        choices = filter_choices(self._db)
        refill_choices(self.form_choice, choices.forms)
        refill_choices(self.unit_choice, choices.units)
        refill_choices(self.movement_choice, choices.movements)

    # --- searching -------------------------------------------------------------------------
    def filters(self) -> AwardFilters:
        def year(box: QSpinBox) -> int | None:
            return None if box.value() == _ANY_YEAR else box.value()

        return AwardFilters(
            from_year=year(self.from_year),
            to_year=year(self.to_year),
            form_id=self.form_choice.currentData(),
            unit_id=self.unit_choice.currentData(),
            movement_id=self.movement_choice.currentData(),
            kind=self.kind_choice.currentData(),
            status=self.status_choice.currentData(),
        )

    def _filters_changed(self) -> None:
        self.model.set_filters(self.filters())

    def search_now(self) -> None:
        """Run the search in the box at once, without waiting for the typing pause."""
        self.list_page.apply_filter_now()

    def clear_search(self) -> None:
        reset_quietly(
            self.from_year,
            self.to_year,
            self.form_choice,
            self.unit_choice,
            self.movement_choice,
            self.kind_choice,
            self.status_choice,
            self.search_edit,
        )
        self.names_only.blockSignals(True)
        self.names_only.setChecked(False)
        self.names_only.blockSignals(False)
        self.list_page.cancel_pending_filter()
        self.model.set_search(AwardSearch())

    def _show_searching(self) -> None:
        self.list_page.count_label.setText(_("Searching…"))

    def _show_failure(self, message: str) -> None:
        self.list_page.count_label.setText(_("The search failed: {error}").format(error=message))

    def _results_shown(self) -> None:
        self._show_count()
        # The best match's history shows at once; the clerk's typing keeps the focus.
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self.history.show_award(None)

    def _more_results_shown(self) -> None:
        self._show_count()

    def _show_count(self) -> None:
        self._make_room_for_labels()
        count = self.model.rowCount()
        if not count:
            self.list_page.count_label.setText(
                _("0 awards: none matches the search and the filters")
            )
            return
        text = ngettext("{count} award", "{count} awards", count).format(count=figure(count))
        by_name = self.model.unit_tier_start()
        if by_name is not None:
            text = _("{text}: {named} by the name, the rest through the unit").format(
                text=text, named=figure(by_name)
            )
        self.list_page.count_label.setText(text)

    def _make_room_for_labels(self) -> None:
        """The rows that start a labelled group stand taller, the label above their cells."""
        header = self.table.verticalHeader()
        rows = self.model.rowCount()
        for row in self._labelled_rows:
            if row < rows:
                header.resizeSection(row, header.defaultSectionSize())
        self._labelled_rows = [row for row in self.model.labelled_rows() if row < rows]
        for row in self._labelled_rows:
            header.resizeSection(row, header.defaultSectionSize() + _LABEL_HEIGHT)

    # --- the chosen recipient --------------------------------------------------------------
    def _row_chosen(self, current, _previous=None) -> None:
        self.history.show_award(self.model.record_id(current.row()) if current.isValid() else None)

    # --- the window's commands -------------------------------------------------------------
    def focus_find(self) -> bool:
        return self.list_page.focus_find()

    def printable_table(self) -> tuple[str, QTableView]:
        return self.list_page.printable_table()

    def refresh(self) -> None:
        self._fill_choices()
        self.list_page.refresh()

    def stop(self) -> None:
        self.model.stop()
