"""Renders the README's screenshots of the main pages from the demo database, in Vietnamese:

    python3 packaging/readme_screenshots.py        -> packaging/screenshots/*.png

A fresh temporary database and window settings each time, so the pictures never show a
clerk's own data."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402

from kienan_awards.core import demo  # noqa: E402
from kienan_awards.core.clusters.clusters import find_cluster  # noqa: E402
from kienan_awards.core.search.award_search import find_unit  # noqa: E402
from kienan_awards.core.storage.database import open_database  # noqa: E402
from kienan_awards.printing import offscreen_application  # noqa: E402
from kienan_awards.printing.fonts import interface_font  # noqa: E402
from kienan_awards.ui.main_window import MainWindow  # noqa: E402
from kienan_awards.ui.pages.clusters.scoring_table_dialog import ScoringTableDialog  # noqa: E402
from kienan_awards.ui.translations import install_translations  # noqa: E402

PAGES = ("overview", "units", "cycle", "clusters", "honour_roll", "decisions", "reports", "audit")
SIZE = (1366, 768)


def main() -> int:
    target = ROOT / "packaging" / "screenshots"
    target.mkdir(parents=True, exist_ok=True)
    app = offscreen_application()
    app.setFont(interface_font())
    install_translations(app, "vi")
    with tempfile.TemporaryDirectory() as scratch:
        db = open_database(Path(scratch) / "demo.sqlite3")
        demo.load_demo(db)
        window = MainWindow(db, QSettings(str(Path(scratch) / "w.ini"), QSettings.IniFormat))
        window.resize(*SIZE)
        window.show()
        # The decisions made, not the proposals open for next year.
        window.pages["decisions"].tabs.setCurrentIndex(1)
        # The ward the office now is, with the wards it came from.
        window.pages["units"].open_unit(find_unit(db, "Phường Kiến An"))
        for key in PAGES:
            window.show_page(key)
            # The honour roll fills from its worker thread: wait for it.
            deadline = time.monotonic() + 10
            while window.pages["honour_roll"].model.is_searching() and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.01)
            app.processEvents()
            window.grab().save(str(target / f"{key}.png"))
        # The council's meeting of December 2025 on the year's titles, with its count.
        cycle = window.pages["cycle"]
        window.show_page("cycle")
        cycle.tabs.setCurrentWidget(cycle.council)
        cycle.council.meetings.choose(cycle.council.meetings.meeting_ids[0])
        app.processEvents()
        window.grab().save(str(target / "council.png"))
        # The block of residential groups scored for 2025: its grid with the evidence of a
        # target's cell, and its ranking with the bars.
        clusters_page = window.pages["clusters"]
        window.show_page("clusters")
        clusters_page.year_box.setValue(2025)
        clusters_page.choose(find_cluster(db, "Khối thi đua các tổ dân phố").id)
        tabs = clusters_page.tabs
        tabs.setCurrentWidget(tabs.scoring)
        grid = tabs.scoring
        model = grid.model
        row = next(
            r
            for r in range(model.rowCount())
            if model.criterion_at(r) is not None and model.criterion_at(r).number == "I.2"
        )
        grid.choose_cell(row, 5)
        app.processEvents()
        window.grab().save(str(target / "scoring_grid.png"))
        tabs.setCurrentWidget(tabs.ranking)
        app.processEvents()
        window.grab().save(str(target / "ranking.png"))
        # The block's 2026 scoring table in its editor.
        block = find_cluster(db, "Khối thi đua các tổ dân phố")
        editor = ScoringTableDialog(db, block, 2026, window)
        editor.resize(SIZE[0] - 26, SIZE[1] - 68)
        editor.show()
        app.processEvents()
        editor.grab().save(str(target / "scoring_table.png"))
        editor.close()
        window.close()
        window.pages["honour_roll"].stop()
        db.close()
    print(f"wrote {len(PAGES) + 4} screenshots in {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
