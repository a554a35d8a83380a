"""The main window: navigation between the pages, menus, status bar, remembered layout."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from kienan_awards import __version__
from kienan_awards.core import demo
from kienan_awards.core.errors import KienanError
from kienan_awards.core.record_counts import holds_records, record_counts
from kienan_awards.core.record_lists import AWARDS, DECISIONS, PEOPLE
from kienan_awards.ui.dialogs.import_dialog import ImportDialog
from kienan_awards.ui.pages.movements_page import MovementsPage
from kienan_awards.ui.pages.overview_page import OverviewPage
from kienan_awards.ui.pages.record_list_page import RecordListPage
from kienan_awards.ui.pages.reports_page import ReportsPage
from kienan_awards.ui.pages.settings_page import SettingsPage
from kienan_awards.ui.pages.units_page import UnitsPage

Ask = Callable[[QWidget, str, str], bool]


def ask_with_message_box(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


PAGE_STYLE = "QLabel#page_heading { font-size: 15pt; font-weight: bold; padding: 2px 0 6px 0; }"


class MainWindow(QMainWindow):
    def __init__(self, db, settings: QSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self._db = db
        self._settings = settings
        self.setStyleSheet(PAGE_STYLE)
        self.setWindowTitle(self.tr("Kien An Awards - {file}").format(file=db.path.name))

        self.pages: dict[str, QWidget] = {
            "overview": OverviewPage(db),
            "movements": MovementsPage(db),
            "units": UnitsPage(db),
            "people": RecordListPage(db, PEOPLE, self.tr("People")),
            "decisions": RecordListPage(db, DECISIONS, self.tr("Decisions & awards")),
            "honour_roll": RecordListPage(db, AWARDS, self.tr("Honour roll")),
            "reports": ReportsPage(db),
            "settings": SettingsPage(db),
        }
        titles = {
            "overview": self.tr("Overview"),
            "movements": self.tr("Movements"),
            "units": self.tr("Units"),
            "people": self.tr("People"),
            "decisions": self.tr("Decisions & awards"),
            "honour_roll": self.tr("Honour roll"),
            "reports": self.tr("Reports"),
            "settings": self.tr("Settings"),
        }
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.addItems([titles[key] for key in self.pages])
        self.navigation.setMinimumWidth(150)
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1000])
        self.setCentralWidget(self.splitter)

        self._build_menus()
        self.database_label = QLabel()
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self._restore_layout()
        self.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import a list from Excel..."), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.open_import_dialog)
        file_menu.addAction(self.import_action)
        self.load_demo_action = QAction(self.tr("Load &demo data..."), self)
        self.load_demo_action.triggered.connect(lambda: self.offer_demo_data(ask_with_message_box))
        file_menu.addAction(self.load_demo_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        view_menu.addAction(self.refresh_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About"), self)
        about_action.triggered.connect(self._show_about)
        help_menu.addAction(about_action)

    def open_import_dialog(self) -> ImportDialog:
        dialog = ImportDialog(self._db, self)
        dialog.imported.connect(lambda _summary: self.refresh())
        dialog.open()
        return dialog

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "Kien An Awards {version}\n\nEmulation and commendation records, award "
                "decisions and Certificates of Merit."
            ).format(version=__version__),
        )

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(list(self.pages).index(key))

    def current_page_key(self) -> str:
        return list(self.pages)[self.stack.currentIndex()]

    def refresh(self) -> None:
        for page in self.pages.values():
            page.refresh()
        counts = record_counts(self._db)
        self.database_label.setText(
            self.tr("Database: {path} (schema {version})").format(
                path=self._db.path, version=self._db.schema_version
            )
        )
        self.counts_label.setText(
            self.tr(
                "{units} units, {people} people, {decisions} decisions, {awards} awards"
            ).format(**{key: f"{value:,}".replace(",", ".") for key, value in counts.items()})
        )
        self.load_demo_action.setEnabled(not holds_records(self._db))

    def offer_demo_data(self, ask: Ask) -> bool:
        """On an empty database, ask whether to load the demo data; True when it was loaded."""
        if holds_records(self._db):
            return False
        if not ask(
            self,
            self.tr("Empty database"),
            self.tr(
                "This database holds no records yet. Load the demo data, so that every page "
                "has something to show? (Choose No to start with an empty register.)"
            ),
        ):
            return False
        try:
            demo.load_demo(self._db)
        except KienanError as error:
            QMessageBox.warning(self, self.tr("Demo data not loaded"), str(error))
            return False
        self.refresh()
        return True

    def _restore_layout(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
        splitter_state = self._settings.value("main_window/splitter")
        if splitter_state is not None:
            self.splitter.restoreState(splitter_state)
        page = self._settings.value("main_window/page", "overview")
        self.show_page(page if page in self.pages else "overview")

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue("main_window/splitter", self.splitter.saveState())
        self._settings.setValue("main_window/page", self.current_page_key())
        self._settings.sync()
        super().closeEvent(event)
