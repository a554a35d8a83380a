"""Settings: where the database is, its schema, and the award catalogue it carries."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from kienan_awards.core.record_lists import AWARD_FORMS
from kienan_awards.ui.pages.record_list_page import RecordListPage


class SettingsPage(QWidget):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("settings_page")
        self._db = db
        self.heading = QLabel(self.tr("Settings"))
        self.heading.setObjectName("page_heading")
        database_box = QGroupBox(self.tr("Database"))
        form = QFormLayout(database_box)
        self.path_label = QLabel(str(db.path))
        self.path_label.setObjectName("database_path")
        self.schema_label = QLabel()
        form.addRow(self.tr("File"), self.path_label)
        form.addRow(self.tr("Schema version"), self.schema_label)
        self.catalogue = RecordListPage(db, AWARD_FORMS, self.tr("Catalogue of award forms"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(database_box)
        layout.addWidget(self.catalogue, 1)
        self.refresh()

    def refresh(self) -> None:
        self.schema_label.setText(str(self._db.schema_version))
        self.catalogue.refresh()
