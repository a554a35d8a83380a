"""Ctrl+C in the terminal, and SIGTERM from the system, close the window as File > Quit does.

Python runs its signal handlers only between bytecodes, and while Qt's event loop waits in
C++ it runs none: without help, Ctrl+C does nothing until the next event. So the signal's
C handler writes to a socket (signal.set_wakeup_fd), Qt watches that socket, and the window is
closed from the event loop: the database is closed cleanly and the layout saved.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

# SIGTERM does not reach a Windows program as a signal; asking for it there is harmless.
STOP_SIGNALS = tuple(
    number for number in (signal.SIGINT, getattr(signal, "SIGTERM", None)) if number is not None
)


class StopSignals(QObject):
    """While alive, a stop signal calls on_stop once from the event loop."""

    def __init__(self, on_stop: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._on_stop = on_stop
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        # A Python-level handler that does nothing: the default one for SIGINT would raise
        # KeyboardInterrupt in whatever slot runs next.
        self._previous = {number: signal.signal(number, _noted) for number in STOP_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        if any(number in STOP_SIGNALS for number in received):
            self._on_stop()

    def release(self) -> None:
        """Give the signals back to what handled them before."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._reader.close()
        self._writer.close()


def _noted(_number, _frame) -> None:
    """The stop itself is done by StopSignals._woken, from the event loop."""
