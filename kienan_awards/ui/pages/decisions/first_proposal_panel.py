"""What the proposals tab shows while there is no proposal: the steps from a proposal to a
decision, and the button that makes the first one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kienan_awards.core.i18n import _
from kienan_awards.ui.read_only import refuse_writing
from kienan_awards.ui.wrapped_label import WrappedLabel


class FirstProposalPanel(QWidget):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("first_proposal")
        heading = QLabel(_("No proposal yet"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        steps = WrappedLabel(
            _(
                "A proposal is the list of people and units put forward for an award, as a "
                "unit sends it. Create one, add its lines (who, for which award), check and "
                "accept each line, then decide: the accepted lines become awards in the "
                "register."
            )
        )
        steps.setTextFormat(Qt.TextFormat.PlainText)
        self.new_button = QPushButton(_("New proposal..."))
        self.new_button.setObjectName("first_proposal_button")
        refuse_writing(db, self.new_button)
        imported = WrappedLabel(
            _("A unit's list in Excel or Word can also be brought in: {menu} > {command}").format(
                menu=_("&File").replace("&", ""),
                command=_("&Import a list from Excel or Word...").replace("&", "").rstrip("."),
            )
        )
        button_row = QHBoxLayout()
        button_row.addWidget(self.new_button)
        button_row.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(heading)
        column.addWidget(steps)
        column.addLayout(button_row)
        column.addWidget(imported)
        column.addStretch(1)
        # Read as a paragraph, not a line across the whole window.
        box = QWidget()
        box.setMaximumWidth(640)
        box.setLayout(column)
        layout = QHBoxLayout(self)
        layout.addWidget(box, 3)
        layout.addStretch(1)
