"""In the pseudo-language every word the program marks comes out bracketed and longer: a
word on a page or dialog that is not bracketed never went through the catalogue. What the
program itself says is looked at (tests/ui/shown_text.py: buttons, labels, titles, tabs,
menus, placeholders, tooltips, choices, the headers and cells of tables); the records' own
data (names, figures, dates, paths, the catalogue's English names) is not."""

import getpass
import re

import pytest

from kienan_awards.core import demo
from kienan_awards.core.i18n import PSEUDO
from kienan_awards.core.storage.database import open_database
from kienan_awards.ui.main_window import MainWindow
from tests.ui.every_dialog import welcome_dialog, window_dialogs
from tests.ui.shown_text import shown_text

# Not the program's words: the languages offered by their own names, and symbols.
OWN_NAMES = {"Tiếng Việt", "English"}
PSEUDO_WORD = re.compile(r"\[[^\[\]]*?~~+\]", re.DOTALL)
VIETNAMESE_LETTER = re.compile(
    r"[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]", re.I
)


def _unmarked(texts, data=frozenset()) -> list[str]:
    # The program's words are English until translated; a text with Vietnamese letters, or
    # with no lower-case word (a decision number, a code), is the records' own. A line made
    # of several marked words (a legend) has each bracketed.
    return sorted(
        {
            text
            for text in texts
            # The user's name (who entered a score) is the records' own wherever it stands.
            if re.search(
                r"[a-z]{2}",
                _without_marked_words(text.replace("&", "").replace(getpass.getuser(), "")),
            )
            and not re.search(VIETNAMESE_LETTER, text)
            and text not in OWN_NAMES
            and text not in data
            and not re.fullmatch(r"\S*[/\\]\S*", text)  # a path
        }
    )


def _without_marked_words(text: str) -> str:
    # A marked sentence may quote marked words: the innermost go first.
    while PSEUDO_WORD.search(text):
        text = PSEUDO_WORD.sub("", text)
    return text


def _data(db) -> set[str]:
    """Texts the records hold in English: the catalogue's English names, the user's name."""
    names = db.execute(
        "SELECT name_en FROM award_forms UNION SELECT name_en FROM eligibility_rules"
    )
    return {name for (name,) in names} | {getpass.getuser()}


@pytest.fixture
def pseudo_window(qtbot, db, window_settings, interface_language):
    demo.load_demo(db)
    assert interface_language(PSEUDO) == PSEUDO
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_page_says_only_marked_words(pseudo_window, db):
    said = shown_text(pseudo_window)
    for key in pseudo_window.pages:
        pseudo_window.show_page(key)
        said += shown_text(pseudo_window.pages[key])
    unmarked = _unmarked(said, _data(db))
    assert unmarked == [], "\n".join(unmarked)


def test_every_dialog_of_the_window_says_only_marked_words(pseudo_window, db, tmp_path):
    (tmp_path / "fresh").mkdir()
    dialogs = {
        **window_dialogs(db, pseudo_window),
        "welcome": welcome_dialog(open_database(tmp_path / "fresh" / "awards.sqlite3")),
    }
    said = []
    for dialog in dialogs.values():
        dialog.show()
        said += shown_text(dialog)
        dialog.close()
    unmarked = _unmarked(said, _data(db))
    assert unmarked == [], "\n".join(unmarked)
