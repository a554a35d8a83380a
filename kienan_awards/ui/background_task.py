"""Runs long work (reading a workbook, checking or writing an import) off the GUI thread.

The work is a plain function ``work(progress, cancelled)``; its result or its error comes
back to the GUI thread through signals, and ``cancel()`` asks it to stop at its next check.
SQLite connections belong to one thread, so work that needs the database opens its own.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import shown
from kienan_awards.error_log import describe_unexpected

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], object]


class _Runner(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, stop: threading.Event):
        super().__init__()
        self._work = work
        self._stop = stop

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._stop.is_set)
        except KienanError as error:
            self.failed.emit(shown(error))
        except Exception as error:  # shown as one sentence, the details go to the log
            self.failed.emit(shown(describe_unexpected(error)))
        else:
            self.succeeded.emit(result)


class BackgroundTask(QObject):
    """One run of ``work`` in its own thread. Connect to the signals, then call start()."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None):
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread = QThread()
        self._runner = _Runner(work, self._stop)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progressed.connect(self.progressed)
        self._runner.succeeded.connect(self._done_with)
        self._runner.failed.connect(self._failed_with)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def _done_with(self, result) -> None:
        self.wait()
        self.succeeded.emit(result)
        self.finished.emit()

    def _failed_with(self, message: str) -> None:
        self.wait()
        self.failed.emit(message)
        self.finished.emit()
