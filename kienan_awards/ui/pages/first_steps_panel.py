"""What the overview shows while there is no movement to follow (a first start, a database
of imported lists only): what to do first, each with the button that does it. The window
connects the buttons; the demo is offered only on an empty database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout

from kienan_awards.core.changes import RecordKind
from kienan_awards.core.i18n import _
from kienan_awards.core.records.record_counts import holds_records
from kienan_awards.ui.pages.window_page import WindowPage
from kienan_awards.ui.read_only import refuse_writing
from kienan_awards.ui.wrapped_label import WrappedLabel


class FirstStepsPanel(WindowPage):
    # Whether the database holds any record a clerk enters (the demo goes only into one that
    # holds none).
    shows = frozenset(
        {
            RecordKind.UNITS,
            RecordKind.PEOPLE,
            RecordKind.MOVEMENTS,
            RecordKind.DECISIONS,
            RecordKind.AWARDS,
            RecordKind.OFFICE,
        }
    )

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("first_steps")
        self._db = db
        heading = QLabel(_("Where to begin"))
        heading.setObjectName("page_heading")
        intro = WrappedLabel(
            _(
                "This page follows the emulation movements: every unit against every target, "
                "with charts. There is no movement yet. To begin:"
            )
        )
        self.new_movement_button = QPushButton(_("New movement..."))
        self.new_movement_button.setObjectName("first_movement")
        self.import_button = QPushButton(_("Import a list from Excel or Word..."))
        self.import_button.setObjectName("first_import")
        self.demo_button = QPushButton(_("Load the demo data"))
        self.demo_button.setObjectName("first_demo")
        refuse_writing(db, self.new_movement_button, self.import_button, self.demo_button)
        self.demo_text = WrappedLabel(
            _(
                "Or try the program first with the demo data: a district's wards and offices "
                "with their movements, decisions and awards, and the ward that followed them "
                "in 2025. It can go only into an empty database."
            )
        )
        steps = QGridLayout()
        steps.setColumnStretch(1, 1)
        steps.setHorizontalSpacing(16)
        steps.setVerticalSpacing(12)
        for row, (button, text) in enumerate(
            (
                (
                    self.new_movement_button,
                    WrappedLabel(
                        _(
                            "Create an emulation movement, then give it its targets and report "
                            "their progress on the Movements page."
                        )
                    ),
                ),
                (
                    self.import_button,
                    WrappedLabel(
                        _(
                            "Bring in the lists the office already keeps in Excel: awards, "
                            "people, units, or a unit's proposal to review."
                        )
                    ),
                ),
                (self.demo_button, self.demo_text),
            )
        ):
            steps.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            steps.addWidget(text, row, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(steps)
        layout.addStretch(1)

    def refresh(self) -> None:
        # The demo's records would mix with the clerk's own: offered on an empty database only.
        empty = not holds_records(self._db)
        self.demo_button.setVisible(empty)
        self.demo_text.setVisible(empty)
