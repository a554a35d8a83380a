"""The template editor as a form with a live preview: a field's edit changes the template and
the certificate drawn at once, an element dragged on the preview moves by the millimetres the
mouse went (to the half millimetre), Ctrl+Z takes either back, and the template goes out and
comes back in as JSON, a bad file refused with where it is wrong."""

import json

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from kienan_awards.core import demo
from kienan_awards.core.documents.certificate_layout import all_templates, template_from_json
from kienan_awards.ui.dialogs.template_editor import TemplateEditorDialog
from kienan_awards.ui.dialogs.template_editor.clerk_questions import ClerkQuestions

CODE = "giay_khen_ca_nhan"


@pytest.fixture(autouse=True)
def edits_dropped_on_close(monkeypatch):
    # The dialogs a test leaves with edits are closed at its end: nobody is asked then.
    monkeypatch.setattr(ClerkQuestions, "unsaved_changes", lambda self: "discard")


@pytest.fixture
def editor(qtbot, db):
    demo.load_demo(db)
    dialog = TemplateEditorDialog(db)
    qtbot.addWidget(dialog)
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData(CODE))
    dialog.resize(1300, 740)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _choose(editor, key: str) -> int:
    row = [box.key for box in editor.template.boxes].index(key)
    editor.element_list.setCurrentRow(row)
    return row


def _preview(editor) -> QImage:
    return editor.canvas.grab().toImage()


def test_a_field_edit_changes_the_template_and_the_preview_at_once(editor):
    row = _choose(editor, "recipient")
    before = _preview(editor)
    editor.form.size_pt.setValue(12)
    assert editor.template.boxes[row].size_pt == 12
    assert _preview(editor) != before
    editor.form.italic.setChecked(True)
    editor.form.align.setCurrentIndex(editor.form.align.findData("left"))
    editor.form.font.setCurrentIndex(editor.form.font.findData("Arimo"))
    box = editor.template.boxes[row]
    assert (box.italic, box.align, box.font) == (True, "left", "Arimo")
    # Nothing is stored until Save.
    assert all_templates(editor._db)[CODE].boxes[row].size_pt != 12


def test_the_colour_is_chosen_with_a_colour_dialog(editor, monkeypatch):
    row = _choose(editor, "recipient")
    monkeypatch.setattr(editor.form, "choose_colour", lambda current: QColor("#1a2b3c"))
    editor.form.colour.click()
    assert editor.template.boxes[row].colour == "#1a2b3c"
    assert editor.form.colour.text() == "#1a2b3c"


def test_the_chosen_element_is_outlined_on_the_preview(editor):
    row = _choose(editor, "achievement")
    rect = editor.canvas.to_screen(_rect_mm(editor.template.boxes[row])).toRect()
    image = _preview(editor)
    assert QColor(image.pixel(rect.center().x(), rect.top())) == QColor("#0063b1")
    assert QColor(image.pixel(rect.center().x(), rect.top() - 6)) != QColor("#0063b1")


def _rect_mm(box) -> QRectF:
    return QRectF(box.x_mm, box.y_mm, box.width_mm, box.height_mm)


def test_an_element_dragged_on_the_preview_moves_by_the_millimetres_the_mouse_went(editor):
    row = _choose(editor, "recipient")
    box = editor.template.boxes[row]
    canvas = editor.canvas
    per_mm = canvas.per_mm()
    start = canvas.to_screen(_rect_mm(box)).center().toPoint()
    # About 12.3 mm right and 7.6 mm up, in whole pixels; the element lands on the nearest
    # half millimetres of the distance the mouse went.
    dx, dy = round(12.3 * per_mm), -round(7.6 * per_mm)
    end = start + QPoint(dx, dy)
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(canvas, start + QPoint(3, -2))
    QTest.mouseMove(canvas, end)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    moved = editor.template.boxes[row]
    assert (moved.x_mm, moved.y_mm) == (
        box.x_mm + round(dx / per_mm * 2) / 2,
        box.y_mm + round(dy / per_mm * 2) / 2,
    )
    assert abs(moved.x_mm - box.x_mm - 12.3) < 1 and abs(box.y_mm - moved.y_mm - 7.6) < 1
    assert (editor.form.x_mm.value(), editor.form.y_mm.value()) == (moved.x_mm, moved.y_mm)
    assert editor.history.count() == 1  # the whole drag is one step
    QTest.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.template.boxes[row] == box


def test_a_drag_keeps_the_element_on_the_page(editor):
    row = _choose(editor, "recipient")
    canvas = editor.canvas
    start = canvas.to_screen(_rect_mm(editor.template.boxes[row])).center().toPoint()
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(canvas, QPoint(canvas.width() - 1, 0))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    box = editor.template.boxes[row]
    assert box.y_mm == 0 and box.x_mm + box.width_mm <= 297
    assert editor.save_button.isEnabled()


def test_a_click_on_the_preview_chooses_the_element_under_it(editor):
    row = [box.key for box in editor.template.boxes].index("signer_name")
    point = editor.canvas.to_screen(_rect_mm(editor.template.boxes[row])).center().toPoint()
    QTest.mouseClick(editor.canvas, Qt.MouseButton.LeftButton, pos=point)
    assert editor.element_list.currentRow() == row
    assert editor.template == all_templates(editor._db)[CODE]  # a click moves nothing


def test_the_arrow_keys_nudge_the_chosen_element(editor):
    row = _choose(editor, "title")
    box = editor.template.boxes[row]
    editor.canvas.setFocus()
    QTest.keyClick(editor.canvas, Qt.Key.Key_Right)
    QTest.keyClick(editor.canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    moved = editor.template.boxes[row]
    assert (moved.x_mm, moved.y_mm) == (box.x_mm + 0.5, box.y_mm + 5)


def test_typing_into_a_field_is_one_undo_step_and_redo_brings_it_back(editor):
    row = _choose(editor, "recipient")
    size = editor.template.boxes[row].size_pt
    for value in (2, 22, 22.5):
        editor.form.size_pt.setValue(value)
    editor.form.bold.setChecked(not editor.template.boxes[row].bold)
    assert editor.history.count() == 2
    editor.undo_button.click()
    editor.undo_button.click()
    assert editor.template.boxes[row].size_pt == size and editor.form.size_pt.value() == size
    editor.redo_button.click()
    assert editor.template.boxes[row].size_pt == 22.5


def test_a_template_exported_and_imported_comes_back_as_it_was(editor, tmp_path, monkeypatch):
    row = _choose(editor, "recipient")
    editor.form.y_mm.setValue(90)
    edited = editor.template
    path = tmp_path / "mẫu giấy khen.json"
    monkeypatch.setattr(editor.ask, "export_path", lambda suggested: str(path))
    assert editor.export_json() == path
    assert template_from_json(path.read_text(encoding="utf-8")) == edited
    editor.load_template()  # the edit is dropped
    assert editor.template.boxes[row].y_mm != 90
    monkeypatch.setattr(editor.ask, "import_path", lambda: str(path))
    assert editor.import_json()
    assert editor.template == edited and editor.template_combo.currentData() == CODE
    editor.undo_button.click()  # an import is a step of its own
    assert editor.template.boxes[row].y_mm != 90


def test_an_import_opens_the_template_the_file_is_of(editor, tmp_path, monkeypatch):
    other = all_templates(editor._db)["danh_hieu_tap_the"]
    path = tmp_path / "other.json"
    path.write_text(other.to_json(), encoding="utf-8")
    monkeypatch.setattr(editor.ask, "import_path", lambda: str(path))
    assert editor.import_json()
    assert editor.template_combo.currentData() == "danh_hieu_tap_the"
    assert editor.template == other


BAD_FILES = {
    '{"code": "giay_khen_ca_nhan", "name": "x", "boxes": [{"key": "ten", "fnt": 1}]}': (
        "box 'ten': unknown key fnt",
    ),
    # A comma missing after the second line's value: line 3, column 2.
    '{\n "code": "giay_khen_ca_nhan"\n "name": "x"\n}': ("line 3, column 2", "comma"),
    '{"code": "giay_khen_ca_nhan", "name": "x"}': ("no list of boxes",),
    "[1, 2": ("line 1, column 6",),
}


@pytest.mark.parametrize("text", BAD_FILES)
def test_a_bad_json_file_is_refused_saying_where_and_changes_nothing(
    editor, tmp_path, monkeypatch, text
):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    told = []
    monkeypatch.setattr(editor.ask, "import_path", lambda: str(path))
    monkeypatch.setattr(editor.ask, "refusal", lambda title, said: told.append(said))
    before = editor.template
    assert not editor.import_json()
    assert len(told) == 1 and "nothing was changed" in told[0]
    assert all(words in told[0] for words in BAD_FILES[text]), told[0]
    assert editor.template == before and editor.history.count() == 0


def test_a_template_off_the_page_or_with_a_text_for_a_number_is_refused_naming_its_box(
    editor, tmp_path, monkeypatch
):
    told = []
    monkeypatch.setattr(editor.ask, "refusal", lambda title, said: told.append(said))
    raw = json.loads(editor.template.to_json())
    raw["boxes"][0]["x_mm"] = 500
    (tmp_path / "off.json").write_text(json.dumps(raw), encoding="utf-8")
    raw["boxes"][0]["x_mm"] = "28"
    (tmp_path / "text.json").write_text(json.dumps(raw), encoding="utf-8")
    raw["boxes"][0]["x_mm"] = 28
    raw["code"] = "bang_khen_tinh"
    (tmp_path / "unknown.json").write_text(json.dumps(raw), encoding="utf-8")
    for name in ("off", "text", "unknown"):
        monkeypatch.setattr(editor.ask, "import_path", lambda n=name: str(tmp_path / f"{n}.json"))
        assert not editor.import_json()
    assert "'motto' lies outside" in told[0]
    assert "'motto': x_mm must be a number" in told[1]
    assert "bang_khen_tinh" in told[2]
    assert editor.template_combo.currentData() == CODE and editor.history.count() == 0


def test_save_stores_the_edited_template(editor):
    row = _choose(editor, "achievement")
    editor.form.height_mm.setValue(30)
    editor.form.min_size_pt.setValue(10)
    assert editor.save()
    stored = all_templates(editor._db)[CODE]
    assert stored == editor.template
    assert (stored.boxes[row].height_mm, stored.boxes[row].min_size_pt) == (30, 10)


def test_a_file_that_is_not_text_is_refused(editor, tmp_path, monkeypatch):
    path = tmp_path / "picture.json"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    told = []
    monkeypatch.setattr(editor.ask, "import_path", lambda: str(path))
    monkeypatch.setattr(editor.ask, "refusal", lambda title, said: told.append(said))
    assert not editor.import_json()
    assert "is not a text file" in told[0]


def test_edits_not_saved_are_kept_saved_or_dropped_as_the_clerk_answers(editor, monkeypatch):
    answers = []
    monkeypatch.setattr(editor.ask, "unsaved_changes", lambda: answers.pop(0))
    row = _choose(editor, "recipient")
    editor.form.size_pt.setValue(20)
    answers.append("stay")
    editor.close_button.click()
    assert editor.isVisible() and editor.template.boxes[row].size_pt == 20
    answers.append("stay")
    editor.template_combo.setCurrentIndex(editor.template_combo.findData("danh_hieu_ca_nhan"))
    assert editor.template_combo.currentData() == CODE
    assert editor.template.boxes[row].size_pt == 20
    answers.append("save")
    editor.template_combo.setCurrentIndex(editor.template_combo.findData("danh_hieu_ca_nhan"))
    assert editor.template_combo.currentData() == "danh_hieu_ca_nhan"
    assert all_templates(editor._db)[CODE].boxes[row].size_pt == 20
    editor.form.size_pt.setValue(21)
    answers.append("discard")
    editor.close_button.click()
    assert not editor.isVisible() and answers == []
    assert all_templates(editor._db)["danh_hieu_ca_nhan"] == editor._saved


def test_without_an_award_to_show_the_elements_are_outlined_and_still_moved(qtbot, db):
    dialog = TemplateEditorDialog(db)  # a fresh office: no award to draw the template on
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.canvas.sample is None
    row = _choose(dialog, "title")
    box = dialog.template.boxes[row]
    rect = dialog.canvas.to_screen(_rect_mm(box)).toRect()
    assert QColor(_preview(dialog).pixel(rect.center().x(), rect.top())) == QColor("#0063b1")
    dialog.canvas.setFocus()
    QTest.keyClick(dialog.canvas, Qt.Key.Key_Up)
    assert dialog.template.boxes[row].y_mm == box.y_mm - 0.5
