"""The check step reads each row beside the record it is, and lets the clerk choose the record
for a row whose name fits several, before anything is written."""

import datetime as dt

import pytest

from kienan_awards.core.lists.list_import import ImportOptions, import_list
from kienan_awards.core.lists.record_matching import NEW_RECORD
from kienan_awards.ui.dialogs import import_dialog as dialog_module
from kienan_awards.ui.dialogs.import_dialog import STEP_COLUMNS, STEP_ROWS, ImportDialog
from kienan_awards.ui.dialogs.import_wizard.row_results_model import RECORD_COLUMN
from tests.support.list_files import write_xlsx

PEOPLE_HEADER = ["STT", "Họ và tên", "Năm sinh", "Đơn vị"]


@pytest.fixture
def dialog(qtbot, db, monkeypatch):
    monkeypatch.setattr(dialog_module.QMessageBox, "warning", lambda *args: None)
    widget = ImportDialog(db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def namesakes(db, tmp_path) -> dict[int, int]:
    """Two recorded Nguyễn Văn An of two units; their ids by birth year."""
    rows = [[1, "Nguyễn Văn An", 1980, "Phường Lê Lợi"], [2, "Nguyễn Văn An", 1985, "Xã An Hòa"]]
    recorded = write_xlsx(tmp_path / "recorded.xlsx", {"DS": [PEOPLE_HEADER, *rows]})
    assert import_list(db, recorded, ImportOptions(list_kind="people")).errors == []
    return dict(db.execute("SELECT birth_year, id FROM people").fetchall())


def people_list(tmp_path, rows, name="people.xlsx"):
    return write_xlsx(tmp_path / name, {"DS": [PEOPLE_HEADER, *rows]})


def wait_idle(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)


def check_people(qtbot, dialog, path):
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("people"))
    dialog.path_edit.setText(str(path))
    dialog.go_next()
    wait_idle(qtbot, dialog)
    assert dialog.steps.currentIndex() == STEP_COLUMNS
    dialog.go_next()
    wait_idle(qtbot, dialog)
    assert dialog.steps.currentIndex() == STEP_ROWS


def candidates(dialog) -> list[tuple[str, int]]:
    box = dialog.check_step.choice_box.candidates_list
    return [(box.item(row).text(), box.item(row).data(256)) for row in range(box.count())]


def choose(qtbot, dialog, record_id):
    box = dialog.check_step.choice_box
    box.choose(record_id)
    assert box.use_button.isEnabled()
    box.use_button.click()
    wait_idle(qtbot, dialog)


def record_cell(dialog, row=0):
    return dialog.rows_view.model().index(row, RECORD_COLUMN).data()


def test_a_row_fitting_two_namesakes_offers_both_and_the_choice_matches_it(
    qtbot, dialog, db, namesakes, tmp_path
):
    check_people(qtbot, dialog, people_list(tmp_path, [[1, "Nguyễn Văn An"]]))
    assert dialog.plan.errors and record_cell(dialog) == "choose the record"
    assert not dialog.import_button.isEnabled()
    # The only row is shown at once, with the records its name fits and a new one.
    assert dialog.check_step.record_pane.right.currentWidget() is dialog.check_step.choice_box
    assert candidates(dialog) == [
        (f"#{namesakes[1980]}: Nguyễn Văn An - 1980 - Phường Lê Lợi", namesakes[1980]),
        (f"#{namesakes[1985]}: Nguyễn Văn An - 1985 - Xã An Hòa", namesakes[1985]),
        ("A new record (none of these)", NEW_RECORD),
    ]
    assert not dialog.check_step.choice_box.use_button.isEnabled()  # nothing taken unasked

    choose(qtbot, dialog, namesakes[1985])
    assert dialog.plan.errors == []
    assert dialog.rows_view.model().index(0, 2).data() == "matched"
    assert record_cell(dialog) == f"Recorded person #{namesakes[1985]}"
    assert "People: 0 new, 1 already recorded" in dialog.summary_label.text()
    [chosen] = dialog.options().choices.items()
    assert chosen == (("DS", 2, "person", "nguyen van an"), namesakes[1985])
    pane = dialog.check_step.record_pane
    assert pane.record_box.title() == f"Recorded person #{namesakes[1985]}"
    assert ("Unit", "Xã An Hòa") in pane.record_box.pairs()

    dialog.start_import()
    wait_idle(qtbot, dialog)
    assert db["people"].count == 2


def test_a_new_record_chosen_makes_a_third_namesake(qtbot, dialog, db, namesakes, tmp_path):
    check_people(qtbot, dialog, people_list(tmp_path, [[1, "Nguyễn Văn An"]]))
    choose(qtbot, dialog, NEW_RECORD)
    assert dialog.plan.errors == [] and record_cell(dialog) == "New person"
    assert "People: 1 new, 0 already recorded" in dialog.summary_label.text()
    assert dialog.check_step.record_pane.record_box.title() == "New person"
    dialog.start_import()
    wait_idle(qtbot, dialog)
    assert db["people"].count == 3


def test_a_matched_row_is_read_beside_the_recorded_facts(qtbot, dialog, namesakes, tmp_path):
    path = people_list(
        tmp_path, [[1, "Lê Thị Bích", 1990, "Xã An Hòa"], [2, "Nguyễn Văn An", 1980]]
    )
    check_people(qtbot, dialog, path)
    assert [record_cell(dialog, row) for row in range(2)] == [
        "New person",
        f"Recorded person #{namesakes[1980]}",
    ]
    assert dialog.check_step.select_row("DS", 3)
    pane = dialog.check_step.record_pane
    assert pane.heading.text() == "'DS' row 3: matched"
    assert pane.row_box.pairs() == [
        ("STT", "2"),
        ("Họ và tên", "Nguyễn Văn An"),
        ("Năm sinh", "1980"),
        ("Đơn vị", "\u2014"),
    ]
    assert pane.record_box.title() == f"Recorded person #{namesakes[1980]}"
    facts = dict(pane.record_box.pairs())
    assert facts["Full name"] == "Nguyễn Văn An" and facts["Born"] == "1980"
    assert facts["Unit"] == "Phường Lê Lợi"


def test_the_rows_can_be_shown_a_group_at_a_time(qtbot, dialog, namesakes, tmp_path):
    rows = [[1, "Lê Thị Bích", 1990], [2, "Nguyễn Văn An", 1980], [3, "Nguyễn Văn An"]]
    check_people(qtbot, dialog, people_list(tmp_path, rows))
    groups = dialog.check_step.row_groups
    titles = [groups.itemText(i) for i in range(groups.count())]
    assert titles[0] == "All rows (3)" and "Record to choose (1)" in titles
    groups.setCurrentIndex(groups.findData("choose"))
    model = dialog.rows_view.model()
    assert model.rowCount() == 1 and model.index(0, 1).data() == 4
    assert dialog.check_step.current_result().row_number == 4
    groups.setCurrentIndex(groups.findData("matched"))
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [3]


def test_choices_survive_going_back_and_on_and_another_file_drops_them(
    qtbot, dialog, namesakes, tmp_path
):
    path = people_list(tmp_path, [[1, "Nguyễn Văn An"]])
    check_people(qtbot, dialog, path)
    choose(qtbot, dialog, namesakes[1980])
    dialog.go_back()
    dialog.go_back()
    dialog.go_next()  # the same file, read again
    wait_idle(qtbot, dialog)
    dialog.go_next()
    wait_idle(qtbot, dialog)
    assert dialog.plan.errors == [] and len(dialog.options().choices) == 1

    other = people_list(tmp_path, [[1, "Nguyễn Văn An"]], "other.xlsx")
    dialog.go_back()
    dialog.go_back()
    check_people(qtbot, dialog, other)
    assert dialog.options().choices == {} and len(dialog.plan.errors) == 1


def test_a_choice_for_a_row_the_list_no_longer_has_is_dropped(qtbot, dialog, namesakes, tmp_path):
    check_people(qtbot, dialog, people_list(tmp_path, [[1, "Nguyễn Văn An"]]))
    choose(qtbot, dialog, namesakes[1980])
    dialog.record_choices.choose(("DS", 40, "person", "nguyen van an"), namesakes[1985])
    dialog.check_step.select_row("DS", 2)
    dialog._check_rows()
    wait_idle(qtbot, dialog)
    assert list(dialog.options().choices) == [("DS", 2, "person", "nguyen van an")]


def test_the_summary_names_rows_taken_as_collectives_and_households_by_name(
    qtbot, dialog, tmp_path
):
    header = ["STT", "Họ và tên", "Hình thức khen thưởng", "Thành tích"]
    rows = [
        [1, "Trường Tiểu học Kiến An", "Giấy khen", "Năm 2025"],
        [2, "UBND phường Kiến An", "Giấy khen", "Năm 2025"],
        [3, "Gia đình ông Nguyễn Văn Tư", "Gia đình văn hóa", "Năm 2025"],
        [4, "Hồ Thị Lan", "Giấy khen", "Năm 2025"],
        ["Tổng cộng: 4"],
    ]
    path = write_xlsx(tmp_path / "list.xlsx", {"DS": [header, *rows]}, merge_titles=False)
    dialog.decision_edit.setText("15/QĐ-UBND")
    dialog.date_edit.setDate(dt.date(2025, 12, 20))
    dialog.path_edit.setText(str(path))
    dialog.go_next()
    wait_idle(qtbot, dialog)
    dialog.go_next()
    wait_idle(qtbot, dialog)
    summary = dialog.summary_label.text().splitlines()
    assert "Taken as collectives by their names: 'DS' row 2, 'DS' row 3" in summary
    assert "Taken as households by their names: 'DS' row 4" in summary
    assert "Passed over (not records: titles, notes, signatures): 'DS' row 6" in summary
    assert "Awards to create: 4" in summary
