"""kienan-awards --self-test: proves an installed or bundled program works on this computer
without touching the clerk's data. It opens the window offscreen on a new database in a
temporary folder with the demo data, shows every page in both languages, renders one
certificate to PDF and one report, and says what it checked. Exit 0 when all is well."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from kienan_awards import __version__
    from kienan_awards.core import demo
    from kienan_awards.core.documents.reports import build_report
    from kienan_awards.core.errors import KienanError
    from kienan_awards.core.resource_files import resources_folder
    from kienan_awards.core.search.award_search import AwardSearch, award_ids
    from kienan_awards.core.storage.database import open_database
    from kienan_awards.printing import offscreen_application
    from kienan_awards.printing.certificate_printing import print_to_pdf
    from kienan_awards.printing.report_pages import write_report_pdf
    from kienan_awards.ui.main_window import MainWindow
    from kienan_awards.ui.translations import install_translations, remove_translations

    checks: list[str] = []
    app = offscreen_application()
    with tempfile.TemporaryDirectory(prefix="kienan-self-test-") as scratch:
        folder = Path(scratch)
        db = None
        try:
            resources = resources_folder()
            fonts = sorted(p.name for p in (resources / "fonts").glob("*.ttf"))
            if not fonts:
                raise KienanError(f"no fonts in {resources / 'fonts'}")
            checks.append(f"resources in {resources}: {len(fonts)} fonts")
            db = open_database(folder / "self-test.sqlite3")
            counts = demo.load_demo(db)
            checks.append(f"database schema {db.schema_version}, demo: {counts['awards']} awards")
            for language in ("vi", "en"):
                if install_translations(app, language) != language:
                    raise KienanError(f"the {language} interface could not be installed")
                window = MainWindow(db, QSettings(str(folder / "window.ini"), QSettings.IniFormat))
                window.show()
                for key in window.pages:
                    # Built here first: a page that cannot be built raises out of this loop,
                    # where a click would only reach the window's error dialog.
                    window.pages[key]
                    window.show_page(key)
                    app.processEvents()
                title = window.navigation.item(0).text()
                window.close()
                checks.append(f"window in {language}: {len(window.pages)} pages ({title}, ...)")
            remove_translations(app)
            award_id = min(award_ids(db, AwardSearch()))
            pdf = folder / "certificate.pdf"
            print_to_pdf(db, [award_id], pdf)
            if pdf.stat().st_size < 1000:
                raise KienanError("the certificate PDF came out empty")
            checks.append(f"certificate PDF: {pdf.stat().st_size:,} bytes")
            report = write_report_pdf(build_report(db, "annual", 2024), folder / "report.pdf")
            checks.append(f"annual report PDF: {report.stat().st_size:,} bytes")
        except Exception as error:  # a self-test reports whatever went wrong, and where
            for line in checks:
                print(f"ok    {line}")
            sys.stderr.write(f"kienan-awards: self-test failed: {type(error).__name__}: {error}\n")
            return 1
        finally:
            remove_translations(app)  # whatever stopped it: the caller's language stays
            if db is not None:
                db.close()
    print(f"Kien An Awards {__version__} self-test")
    for line in checks:
        print(f"ok    {line}")
    return 0
