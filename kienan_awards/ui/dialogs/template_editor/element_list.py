"""The template's elements by name, in the template's order, the chosen one marked; each
name's tooltip is the text the element prints."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget

from kienan_awards.core.documents.certificate_layout import CertificateTemplate
from kienan_awards.ui.dialogs.template_editor.elements import element_name, elements


class ElementList(QListWidget):
    def show_elements(self, template: CertificateTemplate, chosen: int) -> int:
        """List the template's elements with this one chosen (kept within the list), without
        telling anyone it was chosen; returns the row chosen."""
        found = elements(template)
        names = [element_name(element) for element in found]
        self.blockSignals(True)
        if [self.item(row).text() for row in range(self.count())] != names:
            self.clear()
            self.addItems(names)
        row = min(max(chosen, 0), len(found) - 1)
        self.setCurrentRow(row)
        self.blockSignals(False)
        for index, element in enumerate(found):
            self.item(index).setToolTip(getattr(element, "text", ""))
        return row
