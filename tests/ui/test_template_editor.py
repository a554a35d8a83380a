from dataclasses import replace

import pytest
from pypdf import PdfReader

from kienan_awards.core import demo
from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.certificate_layout import all_templates, fields_of, template_for
from kienan_awards.core.documents.certificate_prints import decision_award_ids
from kienan_awards.core.documents.certificates import certificate
from kienan_awards.printing.certificate_printing import print_to_pdf
from kienan_awards.ui.dialogs.template_editor import TemplateEditorDialog
from kienan_awards.ui.dialogs.template_editor.clerk_questions import ClerkQuestions


@pytest.fixture(autouse=True)
def edits_dropped_on_close(monkeypatch):
    # A dialog left with edits is closed at the test's end: nobody is asked then.
    monkeypatch.setattr(ClerkQuestions, "unsaved_changes", lambda self: "discard")


def _editor(qtbot, db, code="giay_khen_tap_the"):
    demo.load_demo(db)
    editor = TemplateEditorDialog(db)
    qtbot.addWidget(editor)
    editor.template_combo.setCurrentIndex(editor.template_combo.findData(code))
    return editor


def _choose(editor, key: str) -> int:
    row = [box.key for box in editor.template.boxes].index(key)
    editor.element_list.setCurrentRow(row)
    return row


def test_the_elements_are_listed_by_name_and_the_chosen_one_fills_the_form(qtbot, db):
    editor = _editor(qtbot, db)
    names = [editor.element_list.item(row).text() for row in range(editor.element_list.count())]
    assert {"Recipient", "Achievement", "Verification code", "QR code"} <= set(names)
    assert editor.canvas.sample is not None  # drawn on a real award
    row = _choose(editor, "issuer")
    box = editor.template.boxes[row]
    assert editor.form.x_mm.value() == box.x_mm and editor.form.text.text() == box.text
    assert editor.form.bold.isChecked() == box.bold and editor.canvas.chosen_index == row
    editor.element_list.setCurrentRow(editor.element_list.count() - 1)  # the QR code
    assert editor.form.size_mm.isVisibleTo(editor.form)
    assert not editor.form.text.isVisibleTo(editor.form)
    assert editor.form.size_mm.value() == editor.template.qr.size_mm


def test_an_edited_template_is_checked_saved_and_printed(qtbot, db, tmp_path):
    editor = _editor(qtbot, db)
    row = _choose(editor, "issuer")
    editor.form.x_mm.setValue(200)  # its 241 mm now run off the page
    assert "outside" in editor.problem.text() and not editor.save_button.isEnabled()
    editor.form.x_mm.setValue(28)
    assert editor.problem.text() == "" and editor.save_button.isEnabled()
    editor.form.text.setText("KÍNH TẶNG BỞI {issuer_title}")
    editor.form.text.textEdited.emit(editor.form.text.text())
    assert editor.template.boxes[row].text == "KÍNH TẶNG BỞI {issuer_title}"
    assert editor.save()
    assert template_for("GIAY_KHEN", "collective", db).boxes[row].text.startswith("KÍNH TẶNG")
    first_collective = decision_award_ids(db, "15/QĐ-UBND")[0]
    print_to_pdf(db, [first_collective], tmp_path / "edited.pdf")
    text = " ".join(PdfReader(tmp_path / "edited.pdf").pages[0].extract_text().split())
    assert "KÍNH TẶNG BỞI" in text
    editor.reset()
    assert not template_for("GIAY_KHEN", "collective", db).boxes[row].text.startswith("KÍNH")
    assert editor.template.boxes[row].text == "{issuer_title}"


def test_a_saved_or_reset_template_tells_the_window(qtbot, db):
    editor = _editor(qtbot, db)
    told = []
    editor.changed.connect(told.append)
    editor.form.size_pt.setValue(editor.form.size_pt.value() + 1)
    assert editor.save()
    editor.reset()
    assert len(told) == 2 and all(changes for changes in told)


def test_the_lead_in_before_an_achievement_is_set_in_its_own_field(qtbot, db):
    """The template's lead-in is a field of the editor; the preview and the saved
    template put it before an achievement that is not a verb phrase."""
    editor = _editor(qtbot, db, "giay_khen_ca_nhan")
    assert editor.lead_in.text() == words.ACHIEVEMENT_OPENING
    editor.lead_in.setText("  Có   thành tích ")
    editor.lead_in.textEdited.emit(editor.lead_in.text())
    assert editor.template.achievement_lead_in == "Có thành tích"
    assert editor.lead_in.text() == "  Có   thành tích "  # the clerk's typing is left alone
    assert editor.save()
    saved = template_for("GIAY_KHEN", "individual", db)
    assert saved.achievement_lead_in == "Có thành tích"
    data = replace(
        certificate(db, decision_award_ids(db, "15/QĐ-UBND")[-1])[0],
        achievement=("xuất sắc trong công tác dân vận năm 2025"),
    )
    printed = fields_of(data, "", lead_in=saved.achievement_lead_in)["achievement"]
    assert printed == "Có thành tích xuất sắc trong công tác dân vận năm 2025"
    # Going back to the shipped template brings its lead-in back.
    editor.reset()
    assert editor.lead_in.text() == words.ACHIEVEMENT_OPENING
    assert template_for("GIAY_KHEN", "individual", db).achievement_lead_in == (
        words.ACHIEVEMENT_OPENING
    )


def test_an_empty_lead_in_prints_the_achievement_alone(qtbot, db):
    editor = _editor(qtbot, db)
    editor.lead_in.clear()
    editor.lead_in.textEdited.emit("")
    assert editor.save()
    template = all_templates(db)[editor.template_combo.currentData()]
    assert template.achievement_lead_in == ""
    data = replace(
        certificate(db, decision_award_ids(db, "15/QĐ-UBND")[0])[0],
        achievement=("xuất sắc trong công tác"),
    )
    assert fields_of(data, "", lead_in=template.achievement_lead_in)["achievement"] == (
        "Xuất sắc trong công tác"
    )
