"""Audit trail: every change made to a record, by whom and when, newest first; filtered, read,
exported and printed, never edited."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.changes import RecordKind
from kienan_awards.core.i18n import _, list_label, ngettext
from kienan_awards.core.records.audit_log import (
    ACTION_TITLES,
    AUDIT_LOG,
    AuditFilters,
    audit_choices,
    audit_entries,
    record_key,
    table_title,
)
from kienan_awards.ui.audit_values import changes_shown
from kienan_awards.ui.figures import figure
from kienan_awards.ui.filter_boxes import refill_choices, reset_quietly
from kienan_awards.ui.models.audit_log_model import AuditLogModel
from kienan_awards.ui.page_layout import list_beside_details
from kienan_awards.ui.pages.record_list_page import RecordListPage
from kienan_awards.ui.pages.window_page import WindowPage

_ANY_DAY = QDate(2000, 1, 1)  # the date boxes' lowest value stands for "any day"


class AuditPage(WindowPage):
    shows = frozenset(RecordKind)  # every write adds to the trail

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("audit_page")
        self._db = db
        self.model = AuditLogModel(db, self)
        self.list_page = RecordListPage(db, AUDIT_LOG, _("Audit trail"), model=self.model)
        self.table = self.list_page.table
        self.table.setSortingEnabled(False)
        self.find_edit = self.list_page.filter_edit
        self.find_edit.setPlaceholderText(
            _("Find a value in the changes, as it was typed (for example a name)")
        )

        self.table_choice = self._choice_box("audit_table_filter", _("All tables"))
        self.action_choice = self._choice_box("audit_action_filter", _("Any action"))
        for action, title in ACTION_TITLES.items():
            self.action_choice.addItem(list_label(title), action)
        self.user_choice = self._choice_box("audit_user_filter", _("Any user"))
        self.record_edit = QLineEdit()
        self.record_edit.setObjectName("audit_record_filter")
        self.record_edit.setPlaceholderText(_("Record number"))
        self.record_edit.setClearButtonEnabled(True)
        self.record_edit.setMaximumWidth(140)
        self.record_edit.editingFinished.connect(self._filters_changed)
        self.from_day = self._day_box("audit_from_day")
        self.to_day = self._day_box("audit_to_day")
        self.clear_button = QPushButton(_("Clear"))
        self.clear_button.setToolTip(_("Show the whole audit trail again"))
        self.clear_button.clicked.connect(self.clear_filters)

        filters = QHBoxLayout()
        filters.addWidget(self.table_choice, 1)
        filters.addWidget(self.record_edit)
        filters.addWidget(self.action_choice)
        filters.addWidget(self.user_choice)
        filters.addWidget(QLabel(_("From")))
        filters.addWidget(self.from_day)
        filters.addWidget(QLabel(_("to")))
        filters.addWidget(self.to_day)
        filters.addWidget(self.clear_button)
        self.list_page.layout().insertLayout(2, filters)
        note = QLabel(
            _(
                "The program writes this trail itself with every change; it cannot be edited. "
                "Personal ID numbers are shown masked."
            )
        )
        note.setWordWrap(True)
        self.list_page.layout().insertWidget(1, note)

        self.details = QTableWidget(0, 3)
        self.details.setObjectName("audit_details")
        self.details.setHorizontalHeaderLabels([_("Field"), _("Before"), _("After")])
        self.details.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details.setWordWrap(True)
        self.details.verticalHeader().setVisible(False)
        header = self.details.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.details_heading = QLabel()
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details_heading)
        details_layout.addWidget(self.details, 1)

        self.splitter = list_beside_details(
            self, "audit_splitter", Qt.Orientation.Vertical, self.list_page, details
        )

        self.model.modelReset.connect(self._rows_shown)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self._fill_choices()
        self._rows_shown()

    def _choice_box(self, name: str, everything: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.addItem(everything, None)
        box.currentIndexChanged.connect(self._filters_changed)
        return box

    def _day_box(self, name: str) -> QDateEdit:
        box = QDateEdit()
        box.setObjectName(name)
        box.setDisplayFormat("dd/MM/yyyy")
        box.setCalendarPopup(True)
        box.setMinimumDate(_ANY_DAY)
        box.setSpecialValueText(_("any day"))
        box.setDate(_ANY_DAY)
        box.dateChanged.connect(self._filters_changed)
        return box

    def _fill_choices(self) -> None:
        choices = audit_choices(self._db)
        refill_choices(
            self.table_choice,
            [(name, list_label(table_title(name))) for name in choices["tables"]],
        )
        refill_choices(self.user_choice, [(name, name) for name in choices["users"]])

    def filters(self) -> AuditFilters:
        def day(box: QDateEdit) -> dt.date | None:
            return None if box.date() == _ANY_DAY else box.date().toPython()

        return AuditFilters(
            table=self.table_choice.currentData(),
            record_id=record_key(self.record_edit.text()),
            action=self.action_choice.currentData(),
            os_user=self.user_choice.currentData(),
            from_date=day(self.from_day),
            to_date=day(self.to_day),
            text=self.find_edit.text().strip() or None,
        )

    def _filters_changed(self) -> None:
        if self.filters() != self.model.filters:
            self.model.set_filters(self.filters())

    def clear_filters(self) -> None:
        reset_quietly(
            self.table_choice,
            self.action_choice,
            self.user_choice,
            self.from_day,
            self.to_day,
            self.record_edit,
            self.find_edit,
        )
        self.list_page.cancel_pending_filter()
        self.model.set_filters(AuditFilters())

    def _rows_shown(self) -> None:
        shown, matching = self.model.rowCount(), self.model.matching
        if shown < matching:
            text = _("The newest {shown} of {matching} changes; narrow the filters").format(
                shown=figure(shown), matching=figure(matching)
            )
        elif shown:
            text = ngettext("{count} change", "{count} changes", shown).format(count=figure(shown))
        else:
            text = _("No change matches the filters")
        self.list_page.count_label.setText(text)
        if shown:
            self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self.show_entry(None)

    def _row_chosen(self, current, _previous=None) -> None:
        self.show_entry(self.model.record_id(current.row()) if current.isValid() else None)

    def show_entry(self, entry_id: int | None) -> None:
        entry = audit_entries(self._db, [entry_id]).get(entry_id) if entry_id else None
        if entry is None:
            self.details_heading.setText(_("Choose a change to see its values."))
            self.details.setRowCount(0)
            return
        self.details_heading.setText(
            _("{action} {table} record {record} by {user} on {at}").format(
                action=list_label(ACTION_TITLES[entry.action]),
                table=list_label(table_title(entry.table)),
                record=entry.record_id,
                user=entry.os_user or _("an unknown user"),
                at=entry.at.strftime("%d/%m/%Y %H:%M:%S"),
            )
        )
        changes = changes_shown(entry, self._db)
        self.details.setRowCount(len(changes))
        for row, texts in enumerate(changes):
            for col, text in enumerate(texts):
                self.details.setItem(row, col, QTableWidgetItem(text))
        self.details.resizeRowsToContents()

    # --- the window's commands -------------------------------------------------------------
    def focus_find(self) -> bool:
        self.find_edit.setFocus()
        self.find_edit.selectAll()
        return True

    def printable_table(self) -> tuple[str, QTableView]:
        return self.list_page.printable_table()

    def refresh(self) -> None:
        self._fill_choices()
        self.list_page.refresh()
