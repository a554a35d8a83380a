"""Qt painting shared by the window and the command line: certificates, the decision pack,
reports and charts. It asks the core for every record and runs no SQL of its own.

The command line uses it without a window: ``offscreen_application()`` gives Qt what it needs.
"""

from __future__ import annotations

import os


def offscreen_application():
    """The running Qt application, or an offscreen one with the shipped fonts loaded."""
    # A widgets application, not a bare GUI one: the window (or a test) may follow in the
    # same process and needs the full kind.
    from PySide6.QtWidgets import QApplication

    from kienan_awards.printing.fonts import load_shipped_fonts

    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    load_shipped_fonts()
    return app
