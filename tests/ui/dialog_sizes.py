"""Every dialog opened over the window on the screen Qt was started with, in each language
asked for; prints each dialog's size, size hint and the screen's room as JSON. Run as a
process by test_dialog_sizes.py, whose offscreen screen is the clerk's 1366x768. Set
KIENAN_SCREENSHOTS to a folder to keep a picture of each dialog and look at it.

python -m tests.ui.dialog_sizes FOLDER LANGUAGE...
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from kienan_awards.core import demo
from kienan_awards.core.storage.database import open_database
from kienan_awards.printing.fonts import interface_font, load_shipped_fonts
from kienan_awards.ui.main_window import MainWindow
from kienan_awards.ui.translations import install_translations
from tests.ui.every_dialog import welcome_dialog, window_dialogs

# A Windows user's folder with a long name: the welcome shows where the database lives.
LONG_FOLDER = "Nguyễn Thị Thanh Hương - Văn phòng HĐND và UBND phường Kiến An - Dữ liệu"


def measured(dialog, picture: Path | None) -> dict:
    dialog.show()
    QApplication.processEvents()
    if picture is not None:
        dialog.grab().save(str(picture))
    room = dialog.screen().availableGeometry()
    found = {
        "size": [dialog.width(), dialog.height()],
        "hint": [dialog.sizeHint().width(), dialog.sizeHint().height()],
        "room": [room.width(), room.height()],
    }
    dialog.close()
    return found


def main(folder: str, languages: list[str]) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_shipped_fonts()
    app.setFont(interface_font())
    folder = Path(folder)
    pictures = (
        Path(os.environ["KIENAN_SCREENSHOTS"]) if "KIENAN_SCREENSHOTS" in os.environ else None
    )
    db = open_database(folder / "demo.sqlite3")
    demo.load_demo(db)
    fresh_folder = folder / LONG_FOLDER
    fresh_folder.mkdir()
    fresh = open_database(fresh_folder / "awards.sqlite3")
    found = {}
    for language in languages:
        install_translations(app, language)
        window = MainWindow(db, QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat))
        window.resize(1366, 768)
        window.show()
        dialogs = {**window_dialogs(db, window), "welcome": welcome_dialog(fresh, window)}
        found[language] = {
            name: measured(dialog, pictures and pictures / f"dialog-{name}-{language}.png")
            for name, dialog in dialogs.items()
        }
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    print(json.dumps(found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2:]))
