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
        if not os.environ.get("QT_QPA_PLATFORM"):  # unset, or set to nothing
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        keep_qt_noise_off_the_terminal()
        app = QApplication([])
    load_shipped_fonts()
    return app


# What the offscreen platform says of a window's size limits, which it has no use for: a
# clerk's terminal is not told.
_QT_NOISE = ("This plugin does not support propagateSizeHints()",)


def keep_qt_noise_off_the_terminal() -> None:
    """Qt's messages reach stderr as Qt writes them, but for those of _QT_NOISE."""
    import sys

    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if message not in _QT_NOISE:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)
