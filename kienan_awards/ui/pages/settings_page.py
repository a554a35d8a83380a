"""Settings: the office and its dated signers (each with how he signs), where the database is,
the register's books, the eligibility rules (read, switched off or adjusted where the regulation
allows) and the award catalogue."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from kienan_awards.core.awards import award_register, eligibility
from kienan_awards.core.changes import RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, chosen_language, save_language, shown
from kienan_awards.core.lists.cell_values import CellError, decimal_number
from kienan_awards.core.messages import Message
from kienan_awards.core.records.office import Office, OfficePeriod, office_on, office_periods
from kienan_awards.core.records.record_lists import AWARD_FORMS
from kienan_awards.core.records.settings import save_setting
from kienan_awards.core.storage.moving import move_database, move_problem
from kienan_awards.ui.dialogs.bonus_rate_dialog import BonusRatesTab
from kienan_awards.ui.dialogs.office_dialog import OfficeDialog
from kienan_awards.ui.figures import figure
from kienan_awards.ui.file_dialogs import existing_folder
from kienan_awards.ui.pages.backups_folder_row import BackupsFolderRow
from kienan_awards.ui.pages.record_list_page import RecordListPage
from kienan_awards.ui.pages.window_page import WindowPage
from kienan_awards.ui.read_only import refuse_writing
from kienan_awards.ui.translations import language_in_use

_CODE_ROLE = Qt.ItemDataRole.UserRole


def signs_as(office: Office) -> str:
    """The lines a signer signs under on decisions and certificates: "KT. CHỦ TỊCH / PHÓ CHỦ
    TỊCH" for a deputy on the chairman's behalf, "CHỦ TỊCH" for the chairman himself."""
    return " / ".join(office.signature_lines)


def office_text(office: Office | None) -> str:
    if office is None:
        return _("No office is recorded for today: decisions would have no signer.")
    if not office.signing_capacity:
        return _("{office}, signed by {title} {name}; place: {place}").format(
            office=office.body_name,
            title=office.signer_title,
            name=office.signer_name,
            place=office.place,
        )
    return _("{office}, signed by {title} {name} as {signs_as}; place: {place}").format(
        office=office.body_name,
        title=office.signer_title,
        name=office.signer_name,
        signs_as=signs_as(office),
        place=office.place,
    )


class SignersTable(QTableWidget):
    """The office's dated signers, the newest first: from, to, the office, the signer and the
    lines he signs under (KT., TM., Q. or himself)."""

    def __init__(self, parent=None):
        super().__init__(0, 5, parent)
        self.setObjectName("office_signers")
        self.setHorizontalHeaderLabels(
            [_("From"), _("To"), _("Office"), _("Signer"), _("Signs as")]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def fill(self, periods: list[OfficePeriod]) -> None:
        self.setRowCount(len(periods))
        for row, period in enumerate(periods):
            office = period.office
            for column, text in enumerate(
                (
                    f"{period.valid_from:%d/%m/%Y}" if period.valid_from else "",
                    f"{period.valid_to:%d/%m/%Y}" if period.valid_to else "",
                    office.body_name,
                    f"{office.signer_title} {office.signer_name}",
                    signs_as(office),
                )
            ):
                self.setItem(row, column, QTableWidgetItem(text))


class SettingsPage(WindowPage):
    # The database now lives at this path: the window reopens it there.
    database_moved = Signal(Path)
    shows = frozenset({RecordKind.SETTINGS, RecordKind.OFFICE, RecordKind.CATALOGUE})

    def __init__(self, db, parent=None, settings: QSettings | None = None):
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()
        self.setObjectName("settings_page")
        self._db = db
        self._filling = False
        # What moves the database; the window closes its own other connections first.
        self.mover = partial(move_database, db)
        self.heading = QLabel(_("Settings"))
        self.heading.setObjectName("page_heading")
        database_box = QGroupBox(_("Office and data"))
        form = QFormLayout(database_box)
        self.path_label = QLabel(str(db.path))
        self.path_label.setObjectName("database_path")
        self.move_button = QPushButton(_("Move..."))
        self.move_button.setObjectName("move_database")
        self.move_button.setToolTip(_("Keep the database in another folder, e.g. on a data drive"))
        self.move_button.clicked.connect(self._ask_database_folder)
        cannot_move = move_problem(db)
        if cannot_move is not None:
            self.move_button.setEnabled(False)
            self.move_button.setToolTip(shown(cannot_move))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_label, 1)
        path_row.addWidget(self.move_button)
        self.schema_label = QLabel()
        self.books_combo = QComboBox()
        self.books_combo.addItem(_("One register book"), "single")
        self.books_combo.addItem(_("One book per award form"), "per_form")
        self.books_combo.activated.connect(self._books_chosen)
        # The warning is looked up when given: a test (or a caller) may replace it.
        self.backups = BackupsFolderRow(db, lambda title, text: self.show_warning(title, text))
        self.backups.changed.connect(self.changed)
        self.office_label = QLabel()
        self.office_label.setObjectName("office_in_force")
        self.office_label.setWordWrap(True)
        self.office_button = QPushButton(_("Change..."))
        self.office_button.setToolTip(_("A new office name or signer, from today"))
        self.office_button.clicked.connect(self.change_office)
        office_row = QHBoxLayout()
        office_row.addWidget(self.office_label, 1)
        office_row.addWidget(self.office_button)
        form.addRow(_("Office"), office_row)

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("interface_language")
        self.language_combo.addItem("Tiếng Việt", "vi")
        self.language_combo.addItem("English", "en")
        speaking = language_in_use() or chosen_language()
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(speaking)))
        self.language_combo.activated.connect(self._language_chosen)
        self.language_note = QLabel()
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_combo)
        language_row.addWidget(self.language_note, 1)
        form.addRow(_("Interface language"), language_row)
        form.addRow(_("File"), path_row)
        form.addRow(_("Schema version"), self.schema_label)
        form.addRow(_("Backups folder"), self.backups)
        form.addRow(_("Award register"), self.books_combo)

        self.rules_table = QTableWidget(0, 4)
        self.rules_table.setObjectName("rules_table")
        self.rules_table.setHorizontalHeaderLabels(
            [
                _("Rule (tick to apply)"),
                _("Figure"),
                _("Legal basis"),
                _("Message"),
            ]
        )
        self.rules_table.horizontalHeader().setStretchLastSection(True)
        self.rules_table.itemChanged.connect(self._rule_changed)
        refuse_writing(
            db,
            self.rules_table,
            self.books_combo,
            self.backups.choose_button,
            self.backups.reset_button,
            self.office_button,
        )
        self.catalogue = RecordListPage(db, AWARD_FORMS, _("Catalogue of award forms"))
        tabs = QTabWidget()
        tabs.addTab(self.rules_table, _("Eligibility rules"))
        self.catalogue_tab = BonusRatesTab(db, self.catalogue)
        self.catalogue_tab.changed.connect(self.changed)
        tabs.addTab(self.catalogue_tab, _("Award forms and bonuses"))
        self.signers_table = SignersTable()
        tabs.addTab(self.signers_table, _("Signers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(database_box)
        layout.addWidget(tabs, 1)
        self.refresh()

    def refresh(self) -> None:
        self.schema_label.setText(str(self._db.schema_version))
        self.backups.refresh()
        self.office_label.setText(office_text(office_on(self._db)))
        self.signers_table.fill(office_periods(self._db))
        self.books_combo.setCurrentIndex(
            max(0, self.books_combo.findData(award_register.books_mode(self._db)))
        )
        self._fill_rules()
        self.catalogue.refresh()

    def _fill_rules(self) -> None:
        self._filling = True
        rules = list(eligibility.rules(self._db).values())
        self.rules_table.setRowCount(len(rules))
        for row, rule in enumerate(rules):
            name = QTableWidgetItem(rule.name_vi)
            name.setData(_CODE_ROLE, rule.code)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked)
            name.setToolTip(rule.name_en)
            parameter = QTableWidgetItem(figure(rule.parameter))
            editable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
            parameter.setFlags(
                editable if rule.parameter is not None else Qt.ItemFlag.ItemIsEnabled
            )
            self.rules_table.setItem(row, 0, name)
            self.rules_table.setItem(row, 1, parameter)
            message = shown(Message(rule.message, parameter=figure(rule.parameter)))
            for column, text in ((2, rule.legal_basis), (3, message)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.rules_table.setItem(row, column, item)
        self.rules_table.resizeColumnsToContents()
        self._filling = False

    def _rule_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row = item.row()
        code = self.rules_table.item(row, 0).data(_CODE_ROLE)
        enabled = self.rules_table.item(row, 0).checkState() == Qt.CheckState.Checked
        typed = self.rules_table.item(row, 1).text().strip()
        try:
            # Typed as the clerk writes figures: 15,5 or 15.5.
            parameter = str(decimal_number(typed)) if typed else None
            changes = eligibility.set_rule(self._db, code, enabled, parameter)
        except (CellError, KienanError) as error:
            rule = self.rules_table.item(row, 0).text()
            self.show_warning(_("The rule was not changed"), f"{rule}: {shown(error)}")
            self._fill_rules()
            return
        self._fill_rules()
        self.changed.emit(changes)

    def _language_chosen(self) -> None:
        save_language(self.language_combo.currentData())
        self.language_note.setText(_("Used from the next start of the program."))

    def change_office(self, run=lambda dialog: dialog.exec()) -> bool:
        dialog = OfficeDialog(self._db, self)
        accepted = run(dialog) == QDialog.DialogCode.Accepted
        if accepted:
            self.refresh()
            self.changed.emit(dialog.changes)
        return accepted

    def _ask_database_folder(self) -> None:
        folder = existing_folder(
            self, _("Move the database to"), Path(self._db.path).absolute().parent
        )
        if folder:
            self.move_database_to(folder)

    def move_database_to(self, folder: Path | str) -> bool:
        """Move the database there and have the window reopen it; False when refused."""
        try:
            moved_to = self.mover(folder)
        except KienanError as error:
            self.show_warning(_("The database was not moved"), shown(error))
            return False
        self.database_moved.emit(moved_to)
        return True

    def show_warning(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _books_chosen(self) -> None:
        self.changed.emit(
            save_setting(self._db, award_register.BOOKS_SETTING, self.books_combo.currentData())
        )
