import json
from dataclasses import replace

from pypdf import PdfReader

from kienan_awards.core import demo
from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.certificate_layout import all_templates, fields_of, template_for
from kienan_awards.core.documents.certificate_prints import decision_award_ids
from kienan_awards.core.documents.certificates import certificate
from kienan_awards.printing.certificate_printing import print_to_pdf
from kienan_awards.ui.dialogs.template_editor import TemplateEditorDialog


def test_an_edited_template_is_previewed_checked_saved_and_printed(qtbot, db, tmp_path):
    demo.load_demo(db)
    editor = TemplateEditorDialog(db)
    qtbot.addWidget(editor)
    editor.template_combo.setCurrentIndex(editor.template_combo.findData("giay_khen_tap_the"))
    assert editor.preview._paint is not None
    data = json.loads(editor.editor.toPlainText())
    issuer = next(box for box in data["boxes"] if box["key"] == "issuer")
    issuer["x_mm"] = 500  # off the page
    editor.editor.setPlainText(json.dumps(data, ensure_ascii=False))
    assert not editor.update_preview()
    assert "outside" in editor.problem.text() and not editor.save_button.isEnabled()
    issuer["x_mm"] = 28
    issuer["text"] = "KÍNH TẶNG BỞI {issuer_title}"
    editor.editor.setPlainText(json.dumps(data, ensure_ascii=False))
    assert editor.update_preview() and editor.save()
    assert template_for("GIAY_KHEN", "collective", db).boxes[2].text.startswith("KÍNH TẶNG")
    first_collective = decision_award_ids(db, "15/QĐ-UBND")[0]
    print_to_pdf(db, [first_collective], tmp_path / "edited.pdf")
    text = " ".join(PdfReader(tmp_path / "edited.pdf").pages[0].extract_text().split())
    assert "KÍNH TẶNG BỞI" in text
    editor.reset()
    assert not template_for("GIAY_KHEN", "collective", db).boxes[2].text.startswith("KÍNH")


def test_broken_template_text_is_explained_not_raised(qtbot, db):
    demo.load_demo(db)
    editor = TemplateEditorDialog(db)
    qtbot.addWidget(editor)
    editor.editor.setPlainText("{ not json")
    assert not editor.update_preview()
    assert "not valid" in editor.problem.text()


def test_a_saved_or_reset_template_tells_the_window(qtbot, db):
    demo.load_demo(db)
    editor = TemplateEditorDialog(db)
    qtbot.addWidget(editor)
    told = []
    editor.changed.connect(told.append)
    editor.editor.setPlainText("{ not json")
    assert not editor.save() and told == []
    editor.load_template()
    assert editor.save()
    editor.reset()
    assert len(told) == 2 and all(changes for changes in told)


def test_the_lead_in_before_an_achievement_is_set_in_its_own_field(qtbot, db):
    """Issue 21: the template's lead-in is a field of the editor, not a key in its text; the
    preview and the saved template put it before an achievement that is not a verb phrase."""
    demo.load_demo(db)
    editor = TemplateEditorDialog(db)
    qtbot.addWidget(editor)
    editor.template_combo.setCurrentIndex(editor.template_combo.findData("giay_khen_ca_nhan"))
    assert editor.lead_in.text() == words.ACHIEVEMENT_OPENING
    assert "achievement_lead_in" not in json.loads(editor.editor.toPlainText())
    editor.lead_in.setText("  Có   thành tích ")
    assert editor.update_preview() and editor.current_template().achievement_lead_in == (
        "Có thành tích"
    )
    assert editor.save()
    saved = template_for("GIAY_KHEN", "individual", db)
    assert saved.achievement_lead_in == "Có thành tích"
    data = replace(
        certificate(db, decision_award_ids(db, "15/QĐ-UBND")[-1])[0],
        achievement=("xuất sắc trong công tác dân vận năm 2025"),
    )
    printed = fields_of(data, "", lead_in=saved.achievement_lead_in)["achievement"]
    assert printed == "Có thành tích xuất sắc trong công tác dân vận năm 2025"
    # Another template keeps its own; going back to the shipped one brings its lead-in back.
    editor.reset()
    assert editor.lead_in.text() == words.ACHIEVEMENT_OPENING
    assert template_for("GIAY_KHEN", "individual", db).achievement_lead_in == (
        words.ACHIEVEMENT_OPENING
    )


def test_an_empty_lead_in_prints_the_achievement_alone(qtbot, db):
    demo.load_demo(db)
    editor = TemplateEditorDialog(db)
    qtbot.addWidget(editor)
    editor.lead_in.clear()
    assert editor.save()
    code = editor.template_combo.currentData()
    template = all_templates(db)[code]
    assert template.achievement_lead_in == ""
    data = replace(
        certificate(db, decision_award_ids(db, "15/QĐ-UBND")[0])[0],
        achievement=("xuất sắc trong công tác"),
    )
    assert fields_of(data, "", lead_in=template.achievement_lead_in)["achievement"] == (
        "Xuất sắc trong công tác"
    )
