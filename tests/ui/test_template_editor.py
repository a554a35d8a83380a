import json

from pypdf import PdfReader

from kienan_awards.core import demo
from kienan_awards.core.documents.certificate_layout import template_for
from kienan_awards.core.documents.certificate_prints import decision_award_ids
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
