import re

from kienan_awards.core import demo
from kienan_awards.ui.dialogs.movement_dialogs import MovementDialog, ProgressDialog, TargetDialog
from kienan_awards.ui.pages.movements_page import MovementsPage
from tests.support.qt_input import type_text


def test_recording_a_movement_a_target_and_a_report(qtbot, db):
    page = MovementsPage(db)
    qtbot.addWidget(page)
    saved = []
    page.edited.connect(saved.append)
    movement = MovementDialog(db, page)
    page.open_dialog(movement)
    type_text(movement.name, "Phong trào thi đua chuyển đổi số 2025")
    assert movement.try_save()
    assert page.movement_list.count() == 1
    target = TargetDialog(db, page.current_movement_id(), page)
    page.open_dialog(target)
    type_text(target.indicator, "Tỷ lệ hồ sơ trực tuyến")
    type_text(target.measure, "%")
    assert not target.accumulates.isChecked()
    type_text(target.plan_texts[0], "ít nhất 80")
    assert target.try_save()
    assert page.targets_table.rowCount() == 1
    page.targets_table.setCurrentCell(0, 0)
    report = ProgressDialog(db, page.shown_targets[0].id, "Tỷ lệ", page)
    page.open_dialog(report)
    type_text(report.actual, "82,5")
    assert report.try_save()
    assert page.targets_table.item(0, 5).text() == "82.5"  # as the English window writes it
    assert len(saved) == 3


def test_the_vietnamese_window_writes_targets_figures_the_vietnamese_way(
    qtbot, db, interface_language
):
    demo.load_demo(db)
    interface_language("vi")
    page = MovementsPage(db)
    qtbot.addWidget(page)
    page.refresh()
    table = page.targets_table
    shown = " ".join(table.item(r, c).text() for r in range(table.rowCount()) for c in (3, 4, 5))
    assert re.search(r"\b\d{1,3}(\.\d{3})+\b", shown)  # 14.358.906
    assert not re.search(r"\d,\d{3}\b", shown)  # never 14,358,906


def test_a_wrong_plan_keeps_the_dialog_open_and_says_why(qtbot, db):
    demo.load_demo(db)
    dialog = TargetDialog(db, 1)
    qtbot.addWidget(dialog)
    type_text(dialog.indicator, "X")
    type_text(dialog.plan_texts[0], "nhiều lắm")
    assert not dialog.try_save()
    assert "plan 'nhiều lắm'" in dialog.problem.text()
    assert db.execute("SELECT count(*) FROM targets WHERE indicator = 'X'").fetchone()[0] == 0
