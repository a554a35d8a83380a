"""The certificate template editor: the template's elements in a list, the chosen one's place,
size, font and colour as fields, and the certificate redrawn at each edit on a real award, where
an element is also dragged into place. A template goes out and comes in as JSON, read and
checked as a saved one is; Save and Back to the shipped template are the core's doors."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack

from kienan_awards.core.documents.certificate_layout import (
    CertificateTemplate,
    all_templates,
    check_template,
    reset_template,
    save_template,
)
from kienan_awards.core.documents.certificates import sample_certificate
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.messages import Message
from kienan_awards.ui.dialogs.fitted_dialog import FittedDialog
from kienan_awards.ui.dialogs.template_editor.clerk_questions import ClerkQuestions
from kienan_awards.ui.dialogs.template_editor.dialog_layout import add_undo_keys, lay_out
from kienan_awards.ui.dialogs.template_editor.elements import elements, with_element
from kienan_awards.ui.dialogs.template_editor.template_history import TemplateStep
from kienan_awards.ui.dialogs.template_editor.template_text import (
    read_template_file,
    write_template_file,
)

TYPED_FIELDS = {"text", "x_mm", "y_mm", "width_mm", "height_mm", "size_mm", "size_pt"}
TYPED_FIELDS |= {"min_size_pt", "achievement_lead_in"}  # one undo step per field typed into


class TemplateEditorDialog(FittedDialog):
    # After a template is saved or reset: the door's ChangeSet.
    changed = Signal(object)

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_("Certificate templates"))
        self.resize(1300, 740)
        self._db = db
        self.template: CertificateTemplate | None = None
        self._drag_start: CertificateTemplate | None = None
        self._saved: CertificateTemplate | None = None  # as stored: edits since are unsaved
        self._position = 0  # of the template shown, in the list of templates
        self.history = QUndoStack(self)
        self.ask = ClerkQuestions(self)
        lay_out(self)
        for code, template in all_templates(db).items():
            self.template_combo.addItem(template.name, code)
        self.template_combo.currentIndexChanged.connect(self._switch_template)
        self.mode.currentIndexChanged.connect(self._show_sample)
        self.element_list.currentRowChanged.connect(self._choose)
        self.canvas.chosen.connect(self.element_list.setCurrentRow)
        self.canvas.dragged.connect(self._drag)
        self.canvas.dropped.connect(self._drop)
        self.form.edited.connect(self._edit_element)
        self.lead_in.textEdited.connect(self._edit_lead_in)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.export_button.clicked.connect(self.export_json)
        self.import_button.clicked.connect(self.import_json)
        self.close_button.clicked.connect(self.reject)
        add_undo_keys(self)
        self.load_template()

    # --- the template shown -----------------------------------------------------------------
    def load_template(self) -> None:
        """The chosen template as saved (the shipped one where the office has not edited it)."""
        template = all_templates(self._db)[self.template_combo.currentData()]
        self._position = self.template_combo.currentIndex()
        self._saved = template
        self.history.clear()
        self.show_template(template, 0)
        self._show_sample()

    def show_template(self, template: CertificateTemplate, element_index: int) -> None:
        """Show this state of the template with this element chosen, and say whether it can
        be saved."""
        self.template = template
        index = self.element_list.show_elements(template, element_index)
        found = elements(template)
        self.form.show_element(found[index] if found else None, template.page_size_mm())
        # Compared as saved (spaces folded): the clerk's typing is not reset under him.
        if " ".join(self.lead_in.text().split()) != template.achievement_lead_in:
            self.lead_in.setText(template.achievement_lead_in)
        self.canvas.show_template(template, index)
        self._check()

    def _check(self) -> bool:
        try:
            check_template(self.template)
        except KienanError as error:
            self.problem.setText(shown(error))
            self.save_button.setEnabled(False)
            return False
        self.problem.clear()
        self.save_button.setEnabled(True)
        return True

    def _show_sample(self) -> None:
        sample = sample_certificate(self._db, self.template.forms, self.template.recipient_kinds)
        self.canvas.show_sample(sample, self.mode.currentData())

    def _choose(self, row: int) -> None:
        self.show_template(self.template, row)

    # --- edits ------------------------------------------------------------------------------
    def change(self, after: CertificateTemplate, element_index: int, field: str = "") -> None:
        """One step of the dialog's undo, from the template shown to this one."""
        if after == self.template:
            return
        key = (element_index, field) if field in TYPED_FIELDS else None
        self.history.push(
            TemplateStep(self.show_template, self.template, after, element_index, key)
        )

    def _edit_element(self, element, field: str) -> None:
        index = self.element_list.currentRow()
        self.change(with_element(self.template, index, element), index, field)

    def _edit_lead_in(self, text: str) -> None:
        lead_in = " ".join(text.split())
        if lead_in != self.template.achievement_lead_in:
            after = replace(self.template, achievement_lead_in=lead_in)
            self.change(after, self.element_list.currentRow(), "achievement_lead_in")

    def _drag(self, index: int, element) -> None:
        # The drag is drawn as it goes and becomes one undo step when dropped.
        if self._drag_start is None:
            self._drag_start = self.template
        self.show_template(with_element(self.template, index, element), index)

    def _drop(self, index: int) -> None:
        start, self._drag_start = self._drag_start, None
        if start is not None and start != self.template:
            after = self.template
            self.template = start
            self.change(after, index)

    # --- edits not saved -------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.template != self._saved

    def may_drop_edits(self) -> bool:
        """True where the template shown may be left: nothing unsaved, or the clerk saved it
        or chose to drop the edits."""
        if not self.has_unsaved_changes():
            return True
        answer = self.ask.unsaved_changes()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def _switch_template(self, position: int) -> None:
        if position == self._position or self.may_drop_edits():
            self.load_template()
            return
        self.template_combo.blockSignals(True)
        self.template_combo.setCurrentIndex(self._position)
        self.template_combo.blockSignals(False)

    def reject(self) -> None:
        if self.may_drop_edits():
            super().reject()

    # --- the doors and the files ------------------------------------------------------------
    def save(self) -> bool:
        try:
            changes = save_template(self._db, self.template)
        except KienanError as error:
            self.problem.setText(shown(error))
            return False
        self._saved = self.template
        self.problem.setText(_("Saved."))
        self.changed.emit(changes)
        return True

    def reset(self) -> None:
        changes = reset_template(self._db, self.template_combo.currentData())
        self.load_template()
        self.changed.emit(changes)

    def export_json(self) -> Path | None:
        path = self.ask.export_path(f"{self.template.code}.json")
        if not path:
            return None
        try:
            write_template_file(path, self.template)
        except KienanError as error:
            self.ask.refusal(_("Export JSON"), shown(error))
            return None
        self.problem.setText(_("Exported to {path}.").format(path=path))
        return Path(path)

    def import_json(self) -> bool:
        """Read a template from a JSON file into the editor, unsaved; a file that is not a
        valid template changes nothing and the clerk is told what is wrong and where."""
        path = self.ask.import_path()
        if not path:
            return False
        try:
            template = read_template_file(path)
            if not self._import_into(template):
                return False
        except KienanError as error:
            refused = _("The template was not imported; nothing was changed.\n{problem}")
            self.ask.refusal(_("Import JSON"), refused.format(problem=shown(error)))
            return False
        self.problem.setText(_("Imported; not saved yet."))
        return True

    def _import_into(self, template: CertificateTemplate) -> bool:
        # A template is imported over the one of its code: that code says which awards it
        # prints, so it cannot be taken over by another.
        position = self.template_combo.findData(template.code)
        if position < 0:
            raise KienanError(
                Message("this program has no certificate template {code}", code=template.code)
            )
        self.template_combo.setCurrentIndex(position)
        if self.template_combo.currentIndex() != position:  # the clerk kept his edits
            return False
        self.change(template, self.element_list.currentRow())
        return True
