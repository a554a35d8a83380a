"""The emulation and commendation council on the year's cycle page: its members by date, the
office's rules and thresholds, and its meetings with their counts and papers."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kienan_awards.core.i18n import _
from kienan_awards.ui.pages.cycle.council_meetings_part import CouncilMeetingsPart
from kienan_awards.ui.pages.cycle.council_members_part import CouncilMembersPart
from kienan_awards.ui.pages.cycle.council_rules_part import CouncilRulesPart


class CouncilPart(QWidget):
    changed = Signal(object)  # the ChangeSet of anything the council's parts saved

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.members = CouncilMembersPart(db)
        self.rules = CouncilRulesPart(db)
        self.meetings = CouncilMeetingsPart(db)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("council_tabs")
        self.tabs.addTab(self.meetings, _("Meetings and counts"))
        self.tabs.addTab(self.members, _("Members"))
        self.tabs.addTab(self.rules, _("Rules and thresholds"))
        for part in (self.members, self.rules, self.meetings):
            part.changed.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def writing_controls(self) -> list[QWidget]:
        return [
            self.members.add_button,
            self.members.end_button,
            self.rules.save_button,
            self.meetings.add_button,
            self.meetings.remove_button,
            self.meetings.count.save_button,
        ]

    def _changed(self, changes) -> None:
        # A member or a rule changes what the meetings show (quorum, shares, verdicts).
        self.refresh()
        self.changed.emit(changes)

    def refresh(self) -> None:
        self.members.refresh()
        self.rules.refresh()
        self.meetings.refresh()
