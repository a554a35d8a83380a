"""A unit picked from the recorded units (the trash left out) by typing part of its name,
with or without diacritics; each unit listed with the unit above it."""

from __future__ import annotations

from kienan_awards.core.i18n import _
from kienan_awards.core.records.recipient_choices import UNIT, recipient_choices
from kienan_awards.ui.pages.decisions.recipient_picker import RecipientPicker


class UnitPicker(RecipientPicker):
    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.setPlaceholderText(_("type a unit's name, with or without diacritics, and pick it"))

    def load(self) -> None:
        self.choices = [choice for choice in recipient_choices(self._db) if choice.kind == UNIT]
        if self.picked is not None and self.picked not in self.choices:
            self.set_picked(None)
