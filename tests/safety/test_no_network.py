"""The program keeps personal data on this computer: it opens no network connection."""

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NETWORK_MODULES = (
    "socket",
    "ssl",
    "urllib",
    "http",
    "ftplib",
    "smtplib",
    "requests",
    "webbrowser",
    "xmlrpc",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
)
# Text only: quoting a file's path into the URI SQLite opens it by.
NOT_NETWORK = ("urllib.parse",)


def test_no_module_of_the_program_imports_a_network_library():
    found = []
    for path in sorted((ROOT / "kienan_awards").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                if name.startswith(NOT_NETWORK):
                    continue
                if name in NETWORK_MODULES or name.startswith(
                    tuple(f"{m}." for m in NETWORK_MODULES)
                ):
                    found.append(f"{path.relative_to(ROOT)}: {name}")
    assert found == []


# Run in a fresh interpreter so that the audit hook sees everything from the first import.
SESSION = textwrap.dedent(
    """
    import sys
    events = []

    def watch(event, args):
        if event.startswith(("socket.", "urllib.", "http.client.", "ftplib.", "smtplib.",
                             "webbrowser.")):
            events.append(event)

    sys.addaudithook(watch)

    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from kienan_awards.app import main

    app = QApplication([])  # before the print command, which would make a bare one

    folder = Path(sys.argv[1])
    db = str(folder / "awards.sqlite3")
    for argv in (
        ["demo"],
        ["search", "nguyen thi", "--limit", "5"],
        ["export", str(folder / "all.xlsx")],
        ["print", "--decision", "15/QĐ-UBND", "--pdf", str(folder / "certificates.pdf")],
        ["backup", str(folder / "backups")],
        ["check"],
    ):
        code = main(["--db", db, *argv])
        assert code == 0, (argv, code)

    from PySide6.QtCore import QSettings
    from kienan_awards.core.storage.database import open_database
    from kienan_awards.ui.main_window import MainWindow

    window = MainWindow(open_database(db), QSettings(str(folder / "w.ini"), QSettings.IniFormat))
    window.show()
    for key in window.pages:
        window.show_page(key)
        app.processEvents()
    window.close()
    loaded = [m for m in sys.modules if m.startswith(("PySide6.QtNetwork", "PySide6.QtWebEngine"))]
    print("events", events, "qt", loaded)
    """
)


def test_using_every_command_and_page_opens_no_network_connection(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", SESSION, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "events [] qt []"
