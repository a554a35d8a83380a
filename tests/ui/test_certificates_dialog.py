import pytest
from pypdf import PdfReader

from kienan_awards.core import demo
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.ui import user_errors
from kienan_awards.ui.dialogs import certificates_dialog as dialog_module
from kienan_awards.ui.dialogs.verify_dialog import VerifyDialog
from kienan_awards.ui.pages.decisions_page import DecisionsPage


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(
        user_errors.QMessageBox, "warning", lambda parent, title, text: shown.append(text)
    )
    return shown


@pytest.fixture
def dialog(qtbot, db, warnings):
    demo.load_demo(db)
    page = DecisionsPage(db)
    qtbot.addWidget(page)
    decision = db.execute("SELECT id FROM decisions WHERE number = '15/QĐ-UBND'").fetchone()[0]
    certificates = page.open_certificates(decision)
    qtbot.addWidget(certificates)
    return certificates


def test_preview_shows_the_certificate_and_a_selection_exports_to_pdf(dialog, tmp_path):
    assert dialog.award_list.count() == 40 and dialog.preview._paint is not None
    image = dialog.preview.grab().toImage()
    assert image.width() > 100
    for row in range(5, 40):
        dialog.award_list.item(row).setCheckState(dialog_module.Qt.CheckState.Unchecked)
    assert dialog.export("pdf", str(tmp_path / "five.pdf"))
    assert len(PdfReader(tmp_path / "five.pdf").pages) == 5


def test_printing_again_asks_for_the_reason(dialog, tmp_path, warnings):
    assert dialog.export("pdf", str(tmp_path / "a.pdf"))
    assert not dialog.export("pdf", str(tmp_path / "b.pdf"))
    assert "reason for the reissue" in warnings[-1]
    dialog.reissue_reason.setText("giấy bị nhòe")
    assert dialog.export("zip", str(tmp_path / "b.zip"))


def test_a_profile_is_saved_chosen_and_the_calibration_sheet_written(dialog, tmp_path, db):
    box = dialog.calibration_box
    box.profile_name.setText("Máy in phòng Nội vụ")
    box.offset_x.setValue(2.5)
    box.offset_y.setValue(-1)
    assert box.save_profile()
    assert dialog.profile.currentData() == "Máy in phòng Nội vụ"
    assert dialog.calibration().offset_x_mm == 2.5
    sheet = box.save_calibration_sheet(str(tmp_path / "grid.pdf"))
    assert len(PdfReader(sheet).pages) == 1


def test_a_print_run_tells_the_window_what_changed_and_marks_the_copies(dialog, tmp_path):
    told = []
    dialog.changed.connect(told.append)
    for row in range(2, 40):
        dialog.award_list.item(row).setCheckState(dialog_module.Qt.CheckState.Unchecked)
    assert dialog.export("pdf", str(tmp_path / "two.pdf"))
    assert told == [ChangeSet.of(RecordKind.CERTIFICATES, *dialog.chosen_ids())]
    assert dialog.award_list.item(0).text().endswith("(printed 1x)")
    assert "printed" not in dialog.award_list.item(2).text()
    assert not dialog.export("pdf", str(tmp_path / "again.pdf"))  # no reason given
    assert len(told) == 1


def test_a_saved_profile_tells_the_window_and_a_refused_one_does_not(dialog, warnings):
    told = []
    dialog.changed.connect(told.append)
    assert not dialog.calibration_box.save_profile()  # no name
    assert told == [] and "name the profile" in warnings[-1]
    dialog.calibration_box.profile_name.setText("Canon")
    assert dialog.calibration_box.save_profile()
    assert told == [ChangeSet.of(RecordKind.CERTIFICATES)]


def test_the_window_verifies_codes(qtbot, db):
    demo.load_demo(db)
    code = db.execute("SELECT verification_code FROM certificates LIMIT 1").fetchone()[0]
    dialog = VerifyDialog(db)
    qtbot.addWidget(dialog)
    dialog.code.setText(code.lower())
    assert dialog.check() == "valid" and dialog.result.text().startswith("Valid")
    dialog.code.setText("AAAA-AAAA-AAAA")
    assert dialog.check() == "unknown"
