import threading

from kienan_awards.core.lists.list_import import ImportCancelled
from kienan_awards.ui.background_task import BackgroundTask


def run_to_end(qtbot, task):
    outcomes = []
    task.succeeded.connect(lambda result: outcomes.append(("ok", result)))
    task.failed.connect(lambda message: outcomes.append(("failed", message)))
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    return outcomes


def test_result_and_progress_come_back_to_the_gui_thread(qtbot):
    seen_threads, progress = [], []

    def work(report, cancelled):
        seen_threads.append(threading.current_thread())
        report(1, 2)
        return 42

    task = BackgroundTask(work)
    task.progressed.connect(lambda done, total: progress.append((done, total)))
    assert run_to_end(qtbot, task) == [("ok", 42)]
    assert seen_threads[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: progress == [(1, 2)])


def test_cancel_stops_the_work_at_its_next_check(qtbot):
    started = threading.Event()

    def work(report, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise ImportCancelled("the import was cancelled; nothing was written")

    task = BackgroundTask(work)
    outcomes = []
    task.failed.connect(outcomes.append)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
        assert started.wait(5)
        task.cancel()
    assert outcomes == ["the import was cancelled; nothing was written"]


def test_an_unexpected_error_is_one_sentence_not_a_traceback(qtbot):
    def work(report, cancelled):
        raise ZeroDivisionError("division by zero")

    outcomes = run_to_end(qtbot, BackgroundTask(work))
    assert outcomes[0][0] == "failed"
    assert "ZeroDivisionError" in outcomes[0][1] and "Traceback" not in outcomes[0][1]
