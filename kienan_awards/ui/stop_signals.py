"""Ctrl+C in the terminal, and SIGTERM from the system, close the window as File > Quit does.

Python runs its signal handlers only between bytecodes, and while Qt's event loop waits in
C++ it runs none: without help, Ctrl+C does nothing until the next event. So a timer lets the
interpreter look in a few times a second, and the handler closes the window from the event
loop: the database is closed cleanly and the layout saved. (A wakeup descriptor would need a
socket on Windows, and the program opens none.)
"""

from __future__ import annotations

import signal
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

# SIGTERM does not reach a Windows program as a signal; asking for it there is harmless.
STOP_SIGNALS = tuple(
    number for number in (signal.SIGINT, getattr(signal, "SIGTERM", None)) if number is not None
)
LOOK_IN_MS = 200


class StopSignals(QObject):
    """While alive, a stop signal calls on_stop from the event loop."""

    def __init__(self, on_stop: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._on_stop = on_stop
        # The default SIGINT handler would raise KeyboardInterrupt in whatever slot runs next.
        self._previous = {number: signal.signal(number, self._stop) for number in STOP_SIGNALS}
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: None)  # only for the interpreter to run
        self._timer.start(LOOK_IN_MS)

    def _stop(self, _number, _frame) -> None:
        QTimer.singleShot(0, self._on_stop)

    def release(self) -> None:
        """Give the signals back to what handled them before."""
        self._timer.stop()
        for number, handler in self._previous.items():
            signal.signal(number, handler)
