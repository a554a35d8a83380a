"""In the pseudo-language every word the program marks comes out bracketed and longer: a
word on a page or dialog that is not bracketed never went through the catalogue. The pages'
data (names, figures, dates) is not looked at, only what the program itself says: buttons,
group and tab titles, menus, column titles, placeholders, window titles."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from kienan_awards.core import demo
from kienan_awards.core.i18n import PSEUDO
from kienan_awards.ui.main_window import MainWindow

# Not the program's words: the languages offered by their own names, and symbols.
OWN_NAMES = {"Tiếng Việt", "English"}
PSEUDO_WORD = re.compile(r"^\[.*~~+\]", re.DOTALL)
VIETNAMESE_LETTER = re.compile(
    r"[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]", re.I
)


def _said(widget: QWidget) -> list[str]:
    texts = []
    standard = {
        button
        for box in widget.findChildren(QDialogButtonBox)
        for button in box.buttons()
        if box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
    }
    for button in widget.findChildren(QAbstractButton):
        if button not in standard:  # Qt's own words, in Qt's translation
            texts.append(button.text())
    for box in widget.findChildren(QGroupBox):
        texts.append(box.title())
    for tabs in widget.findChildren(QTabWidget):
        texts += [tabs.tabText(index) for index in range(tabs.count())]
    for edit in widget.findChildren(QLineEdit):
        if not isinstance(edit.parent(), QComboBox):
            texts.append(edit.placeholderText())
    if widget.isWindow():
        texts.append(widget.windowTitle())
    return texts


def _unmarked(texts) -> list[str]:
    # The program's words are English until translated; a text with Vietnamese letters, or
    # with no lower-case word (a decision number, a code), is the records' own.
    return sorted(
        {
            text
            for text in texts
            if re.search(r"[a-z]{2}", text.replace("&", ""))
            and not re.search(VIETNAMESE_LETTER, text)
            and not PSEUDO_WORD.match(text.replace("&", ""))
            and text not in OWN_NAMES
        }
    )


@pytest.fixture
def pseudo_window(qtbot, db, window_settings, interface_language):
    demo.load_demo(db)
    assert interface_language(PSEUDO) == PSEUDO
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_page_says_only_marked_words(pseudo_window):
    said = []
    for key in pseudo_window.pages:
        pseudo_window.show_page(key)
        page = pseudo_window.pages[key]
        said += _said(page)
        for view in page.findChildren(QWidget):
            model = getattr(view, "model", None)
            if (
                callable(model)
                and hasattr(model(), "headerData")
                and hasattr(view, "horizontalHeader")
            ):
                columns = model().columnCount()
                said += [
                    model().headerData(c, Qt.Orientation.Horizontal) or "" for c in range(columns)
                ]
    said += [
        pseudo_window.navigation.item(r).text() for r in range(pseudo_window.navigation.count())
    ]
    for menu_action in pseudo_window.menuBar().actions():
        said.append(menu_action.text())
        said += [
            action.text() for action in menu_action.menu().actions() if not action.isSeparator()
        ]
    said.append(pseudo_window.windowTitle())
    unmarked = _unmarked(said)
    assert unmarked == [], "\n".join(unmarked)


def test_every_dialog_of_the_window_says_only_marked_words(pseudo_window, db):
    award = db.execute("SELECT min(id) FROM awards").fetchone()[0]
    dialogs = [
        pseudo_window.open_import_dialog(),
        pseudo_window.open_award(award),
        pseudo_window.open_template_editor(),
        pseudo_window.open_verify(),
        pseudo_window.open_trash(),
    ]
    said = [text for dialog in dialogs for text in _said(dialog)]
    for dialog in dialogs:
        dialog.close()
    unmarked = _unmarked(said)
    assert unmarked == [], "\n".join(unmarked)
