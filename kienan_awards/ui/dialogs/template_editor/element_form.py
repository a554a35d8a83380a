"""The chosen element's fields: its text, its place and size in millimetres, its type (the
shipped fonts, size, bold, italic, alignment, colour) and whether the stock carries it. Each
edit is told at once as the element with that one field changed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kienan_awards.core.documents.certificate_layout import QrBox, TextBox
from kienan_awards.core.i18n import _
from kienan_awards.printing.fonts import DOCUMENT_FAMILY, INTERFACE_FAMILY, load_shipped_fonts
from kienan_awards.ui.dialogs.template_editor.elements import SNAP_MM, Element

LARGEST_PT = 120.0


def _spin(suffix: str, low: float, high: float, step: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(1)
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setSuffix(suffix)
    spin.setAccelerated(True)
    return spin


def font_label(family: str) -> str:
    if family == DOCUMENT_FAMILY:
        return _("{family} (serif)").format(family=family)
    if family == INTERFACE_FAMILY:
        return _("{family} (sans serif)").format(family=family)
    return family


class ElementForm(QWidget):
    edited = Signal(object, str)  # the element with one field changed, and that field's name

    def __init__(self, parent=None):
        super().__init__(parent)
        self._element: Element | None = None
        self._showing = False
        self.text = QLineEdit()
        self.text.setObjectName("element_text")
        self.text.setToolTip(
            _(
                "Fixed words, or a field of the award in braces: {recipient}, {achievement}, "
                "{position_unit}, {form_name}, {decision_line}, {register_line}, {code_line}, "
                "{place_date}, {signer_title}, {signer_name}, {issuer_title}, {year}."
            )
        )
        self.x_mm = _spin(" mm", 0, 1000, SNAP_MM)
        self.y_mm = _spin(" mm", 0, 1000, SNAP_MM)
        self.width_mm = _spin(" mm", 1, 1000, SNAP_MM)
        self.height_mm = _spin(" mm", 1, 1000, SNAP_MM)
        self.size_mm = _spin(" mm", 5, 1000, SNAP_MM)
        self.size_pt = _spin(" pt", 1, LARGEST_PT, 0.5)
        self.min_size_pt = _spin(" pt", 1, LARGEST_PT, 0.5)
        self.min_size_pt.setToolTip(
            _("A long text is wrapped, then made smaller down to this size to fit its box.")
        )
        self.font = QComboBox()
        for family in load_shipped_fonts():
            self.font.addItem(font_label(family), family)
        self.bold = QCheckBox(_("Bold"))
        self.italic = QCheckBox(_("Italic"))
        self.align = QComboBox()
        for label, value in ((_("Left"), "left"), (_("Centre"), "center"), (_("Right"), "right")):
            self.align.addItem(label, value)
        self.colour = QPushButton()
        self.colour.setObjectName("element_colour")
        self.colour.setToolTip(_("Choose the colour of the text"))
        self.colour.clicked.connect(self._choose_colour)
        self.preprinted = QCheckBox(_("Already printed on the stock"))
        self.preprinted.setToolTip(_("Drawn on plain paper only, not on pre-printed stock."))
        self._layout = QFormLayout(self)
        self._layout.addRow(_("Text:"), self.text)
        self._layout.addRow(_("Left edge (x):"), self.x_mm)
        self._layout.addRow(_("Top edge (y):"), self.y_mm)
        self._layout.addRow(_("Width:"), self.width_mm)
        self._layout.addRow(_("Height:"), self.height_mm)
        self._layout.addRow(_("Size:"), self.size_mm)
        self._layout.addRow(_("Font:"), self.font)
        self._layout.addRow(_("Font size:"), self.size_pt)
        self._layout.addRow(_("Smallest font size:"), self.min_size_pt)
        self._style = QHBoxLayout()
        self._style.addWidget(self.bold)
        self._style.addWidget(self.italic)
        self._style.addStretch(1)
        self._layout.addRow(_("Style:"), self._style)
        self._layout.addRow(_("Alignment:"), self.align)
        self._layout.addRow(_("Colour:"), self.colour)
        self._layout.addRow("", self.preprinted)
        self._connect()

    def _connect(self) -> None:
        self.text.textEdited.connect(lambda text: self._edit("text", text))
        for name in ("x_mm", "y_mm", "width_mm", "height_mm", "size_mm"):
            getattr(self, name).valueChanged.connect(lambda value, n=name: self._edit(n, value))
        for name in ("size_pt", "min_size_pt"):
            getattr(self, name).valueChanged.connect(lambda value, n=name: self._edit(n, value))
        self.font.currentIndexChanged.connect(lambda: self._edit("font", self.font.currentData()))
        self.bold.toggled.connect(lambda on: self._edit("bold", on))
        self.italic.toggled.connect(lambda on: self._edit("italic", on))
        self.align.currentIndexChanged.connect(
            lambda: self._edit("align", self.align.currentData())
        )
        self.preprinted.toggled.connect(lambda on: self._edit("preprinted", on))

    def show_element(self, element: Element | None, page_mm: tuple[float, float]) -> None:
        """Fill the fields from the element (none: the fields are empty and disabled)."""
        self._showing = True
        self._element = element
        self.setEnabled(element is not None)
        text_box = not isinstance(element, QrBox)
        for row in self._text_box_rows():
            self._layout.setRowVisible(row, text_box)
        self._layout.setRowVisible(self.size_mm, not text_box)
        self.x_mm.setMaximum(page_mm[0])
        self.y_mm.setMaximum(page_mm[1])
        self.width_mm.setMaximum(page_mm[0])
        self.height_mm.setMaximum(page_mm[1])
        self.size_mm.setMaximum(min(page_mm))
        if isinstance(element, TextBox):
            self._show_text_box(element)
        elif isinstance(element, QrBox):
            self.size_mm.setValue(element.size_mm)
        if element is not None:
            self.x_mm.setValue(element.x_mm)
            self.y_mm.setValue(element.y_mm)
        self._showing = False

    def _text_box_rows(self) -> list:
        return [
            self.text, self.width_mm, self.height_mm, self.font, self.size_pt, self.min_size_pt,
            self._style, self.align, self.colour, self.preprinted,
        ]  # fmt: skip

    def _show_text_box(self, box: TextBox) -> None:
        if self.text.text() != box.text:
            self.text.setText(box.text)
        for name in ("width_mm", "height_mm", "size_pt", "min_size_pt"):
            getattr(self, name).setValue(getattr(box, name))
        if self.font.findData(box.font) < 0:  # a family of an imported template
            self.font.addItem(font_label(box.font), box.font)
        self.font.setCurrentIndex(self.font.findData(box.font))
        self.bold.setChecked(box.bold)
        self.italic.setChecked(box.italic)
        self.align.setCurrentIndex(max(0, self.align.findData(box.align)))
        self.preprinted.setChecked(box.preprinted)
        self._show_colour(box.colour)

    def _show_colour(self, colour: str) -> None:
        swatch = QPixmap(28, 14)
        swatch.fill(QColor(colour))
        self.colour.setIcon(QIcon(swatch))
        self.colour.setText(colour)

    def _choose_colour(self) -> None:
        if not isinstance(self._element, TextBox):
            return
        colour = self.choose_colour(QColor(self._element.colour))
        if colour is not None and colour.isValid():
            self._show_colour(colour.name())
            self._edit("colour", colour.name())

    def choose_colour(self, current: QColor) -> QColor | None:
        """Asks the clerk; replaced in tests."""
        return QColorDialog.getColor(current, self, _("Colour of the text"))

    def _edit(self, name: str, value) -> None:
        if self._showing or self._element is None or not hasattr(self._element, name):
            return
        if getattr(self._element, name) == value:
            return
        self._element = replace(self._element, **{name: value})
        self.edited.emit(self._element, name)
