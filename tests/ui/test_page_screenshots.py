"""Every page rendered to PNG at the two screen sizes clerks use, in English, Vietnamese and the
pseudo-translation (every string 40% longer, to show clipping). Set KIENAN_SCREENSHOTS to a
folder to keep the pictures and look at them."""

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kienan_awards.core import demo
from kienan_awards.ui.main_window import MainWindow


@pytest.mark.parametrize("language", ["en", "vi", "pseudo"])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
def test_every_page_renders_on_the_demo_database(
    qtbot, db, window_settings, tmp_path, size, language, interface_language
):
    interface_language(language)
    demo.load_demo(db)
    folder = Path(os.environ.get("KIENAN_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    for key in window.pages:
        window.show_page(key)
        qtbot.wait(10)
        path = folder / f"{key}-{language}-{size[0]}x{size[1]}.png"
        assert window.grab().save(str(path))
        image = QImage(str(path))
        assert (image.width(), image.height()) == size
        # Something is drawn beyond the background: more than a handful of distinct colours.
        colours = {image.pixel(x, y) for x in range(0, size[0], 37) for y in range(0, size[1], 29)}
        assert len(colours) > 5, key
