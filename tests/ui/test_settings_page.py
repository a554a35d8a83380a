import pytest

from kienan_awards.core.storage.backups import back_up, configured_backups_folder
from kienan_awards.ui.pages.settings_page import SettingsPage


@pytest.fixture
def page(qtbot, db):
    widget = SettingsPage(db)
    qtbot.addWidget(widget)
    warnings = []
    widget.show_warning = lambda title, text: warnings.append((title, text))
    widget.warnings = warnings
    return widget


def test_the_page_shows_where_backups_go_and_a_chosen_folder_is_used(page, db, tmp_path):
    assert page.backups.folder_edit.text() == str(db.path.parent / "backups")
    assert page.backups.choose_folder(str(tmp_path / "usb"))
    assert page.backups.folder_edit.text() == str(tmp_path / "usb")
    assert back_up(db).parent == tmp_path / "usb"
    page.backups.reset_button.click()
    assert page.backups.folder_edit.text() == str(db.path.parent / "backups")


def test_a_folder_that_cannot_be_used_is_refused_with_a_dialog(page, db, tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    assert not page.backups.choose_folder(str(a_file))
    assert page.warnings == [
        (
            "Backups folder not changed",
            f"{a_file} is a file, not a folder; choose a folder for backups",
        )
    ]
    assert configured_backups_folder(db) == db.path.parent / "backups"
    assert page.backups.folder_edit.text() == str(db.path.parent / "backups")


def test_the_interface_language_is_chosen_in_settings_for_the_next_start(
    qtbot, db, window_settings
):
    from kienan_awards.core.i18n import chosen_language

    page = SettingsPage(db, settings=window_settings)
    qtbot.addWidget(page)
    page.language_combo.setCurrentIndex(page.language_combo.findData("vi"))
    page.language_combo.activated.emit(page.language_combo.currentIndex())
    assert chosen_language() == "vi"
    assert page.language_note.text() == "Used from the next start of the program."
    assert chosen_language("en") == "en"  # --lang wins
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    page.language_combo.activated.emit(page.language_combo.currentIndex())
    assert chosen_language() == "en"


def test_the_signers_are_listed_with_how_each_signs(qtbot, db):
    """The Chairman himself, then his deputy on his behalf (KT.), then the ward's
    Chairman; the lines each signs under, as decisions and certificates print them."""
    from kienan_awards.core import demo

    demo.load_demo(db)
    page = SettingsPage(db)
    qtbot.addWidget(page)
    table = page.signers_table
    rows = [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]
    assert [row[:2] for row in rows] == [
        ["01/07/2025", ""],
        ["01/01/2025", "30/06/2025"],
        ["01/01/2019", "31/12/2024"],
    ]
    assert rows[1][3:] == ["Phó Chủ tịch Trịnh Quốc Hưng", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"]
    assert rows[2][4] == "CHỦ TỊCH" and rows[0][4] == "CHỦ TỊCH"


def test_the_office_in_force_says_when_its_signer_signs_on_the_chairmans_behalf(qtbot, db):
    from kienan_awards.core.records.office import record_office

    record_office(
        db,
        {
            "body_name": "Ủy ban nhân dân phường Kiến An",
            "place": "Kiến An",
            "signer_title": "Phó Chủ tịch",
            "signer_name": "Lê Văn Bình",
        },
    )
    page = SettingsPage(db)
    qtbot.addWidget(page)
    assert page.office_label.text() == (
        "Ủy ban nhân dân phường Kiến An, signed by Phó Chủ tịch Lê Văn Bình as "
        "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH; place: Kiến An"
    )
    assert page.signers_table.item(0, 4).text() == "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
