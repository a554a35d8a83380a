"""The editor's widgets and where they sit: the template and the preview's paper above; the
elements and the chosen one's fields on the left, the certificate on the right; the problem
and the buttons below. Sized for a 1366x768 screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.i18n import _
from kienan_awards.ui.dialogs.template_editor.element_form import ElementForm
from kienan_awards.ui.dialogs.template_editor.element_list import ElementList
from kienan_awards.ui.dialogs.template_editor.layout_canvas import LayoutCanvas

SIDE_WIDTH = 380


def lay_out(dialog) -> None:
    """Make the dialog's widgets, as attributes of the dialog, and place them."""
    dialog.template_combo = QComboBox()
    dialog.mode = QComboBox()
    dialog.mode.addItem(_("Full"), "full")
    dialog.mode.addItem(_("Pre-printed stock"), "preprinted")
    dialog.mode.setToolTip(_("The preview on plain paper, or on stock that carries the rest."))
    dialog.lead_in = QLineEdit()
    dialog.lead_in.setObjectName("achievement_lead_in")
    dialog.lead_in.setToolTip(
        _(
            "Printed before an achievement that does not begin with a verb; one that does "
            "is printed as it stands. Left empty, nothing is put before an achievement."
        )
    )
    dialog.element_list = ElementList()
    dialog.element_list.setObjectName("template_elements")
    dialog.form = ElementForm()
    dialog.canvas = LayoutCanvas()
    dialog.canvas.setToolTip(
        _("Click an element to choose it; drag it, or move it with the arrow keys.")
    )
    dialog.problem = QLabel()
    dialog.problem.setObjectName("template_problem")
    dialog.problem.setWordWrap(True)
    dialog.undo_button = QPushButton(_("Undo"))
    dialog.undo_button.setToolTip(_("Undo the last change in this dialog (Ctrl+Z)"))
    dialog.redo_button = QPushButton(_("Redo"))
    dialog.redo_button.setToolTip(_("Redo the change undone (Ctrl+Y)"))
    dialog.import_button = QPushButton(_("Import JSON..."))
    dialog.import_button.setToolTip(_("Read a template from a JSON file; it is saved by Save."))
    dialog.export_button = QPushButton(_("Export JSON..."))
    dialog.export_button.setToolTip(_("Write this template, as shown, to a JSON file."))
    dialog.reset_button = QPushButton(_("Back to the shipped template"))
    dialog.save_button = QPushButton(_("Save"))
    dialog.save_button.setDefault(True)
    dialog.close_button = QPushButton(_("Close"))

    layout = QVBoxLayout(dialog)
    layout.addLayout(_top_row(dialog))
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    side = _side(dialog)
    splitter.addWidget(side)
    splitter.addWidget(dialog.canvas)
    splitter.setStretchFactor(1, 1)
    side_width = max(SIDE_WIDTH, side.sizeHint().width())
    splitter.setSizes([side_width, 1300 - side_width])
    layout.addWidget(splitter, 1)
    layout.addWidget(dialog.problem)
    layout.addLayout(_buttons(dialog))


def _top_row(dialog) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(QLabel(_("Template:")))
    row.addWidget(dialog.template_combo, 2)
    row.addSpacing(12)
    row.addWidget(QLabel(_("Preview:")))
    row.addWidget(dialog.mode)
    row.addSpacing(12)
    lead_in = QFormLayout()
    lead_in.setContentsMargins(0, 0, 0, 0)
    lead_in.addRow(_("Before the achievement:"), dialog.lead_in)
    row.addLayout(lead_in, 2)
    return row


def _side(dialog) -> QWidget:
    side = QWidget()
    column = QVBoxLayout(side)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(QLabel(_("Elements of the certificate:")))
    column.addWidget(dialog.element_list, 1)
    column.addWidget(dialog.form)
    # As tall as a text box's fields whatever the element: the list does not jump.
    dialog.form.setMinimumHeight(dialog.form.sizeHint().height())
    dialog.form.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return side


def _buttons(dialog) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in (dialog.undo_button, dialog.redo_button):
        row.addWidget(button)
    row.addSpacing(12)
    for button in (dialog.import_button, dialog.export_button, dialog.reset_button):
        row.addWidget(button)
    row.addStretch(1)
    row.addWidget(dialog.save_button)
    row.addWidget(dialog.close_button)
    return row


def add_undo_keys(dialog) -> None:
    """Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) and the two buttons walk the dialog's history."""
    for keys, act, button, signal in (
        (["Ctrl+Z"], dialog.history.undo, dialog.undo_button, "canUndo"),
        (["Ctrl+Y", "Ctrl+Shift+Z"], dialog.history.redo, dialog.redo_button, "canRedo"),
    ):
        action = QAction(dialog)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(act)
        dialog.addAction(action)
        button.clicked.connect(act)
        button.setEnabled(False)
        getattr(dialog.history, f"{signal}Changed").connect(button.setEnabled)
