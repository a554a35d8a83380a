"""The Vietnamese interface: complete, current with the code, compiled, and in use."""

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kienan_awards.core.records import record_lists
from kienan_awards.core.records.audit_log import ACTION_TITLES, AUDIT_LOG, TABLE_TITLES
from kienan_awards.ui import core_labels
from kienan_awards.ui.main_window import MainWindow

# packaging/ is a folder of scripts, not a package (the name belongs to a PyPI library).
_SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "translations.py"
_SPEC = importlib.util.spec_from_file_location("translations_script", _SCRIPT)
translations = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(translations)


def messages(ts) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, None when unfinished."""
    found = {}
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            translation = message.find("translation")
            text = translation.text or "".join(f.text or "" for f in translation)
            unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            found[(name, message.find("source").text)] = None if unfinished else text
    return found


def test_every_string_of_the_window_is_translated_into_vietnamese():
    found = messages(translations.ts_file("vi"))
    assert len(found) > 400
    untranslated = [key for key, text in found.items() if not text]
    assert untranslated == []


def test_the_translation_holds_exactly_the_strings_the_code_has(tmp_path):
    copy = tmp_path / "kienan_awards_vi.ts"
    shutil.copy(translations.ts_file("vi"), copy)
    translations.update(copy)
    assert set(messages(copy)) == set(messages(translations.ts_file("vi"))), (
        "run python3 packaging/translations.py and translate the new strings"
    )


def test_the_compiled_translations_are_current(tmp_path):
    sources = [translations.ts_file("vi")] + [translations.I18N / n for n in translations.QT_OWN]
    for ts in sources:
        fresh = tmp_path / "fresh.qm"
        translations.release(ts, fresh)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), ts.name


def test_qt_own_buttons_and_dialogs_speak_vietnamese_too(qtbot, interface_language):
    interface_language("vi")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Discard
    )
    qtbot.addWidget(buttons)
    texts = [
        buttons.button(b).text()
        for b in (
            QDialogButtonBox.StandardButton.Save,
            QDialogButtonBox.StandardButton.Cancel,
            QDialogButtonBox.StandardButton.Discard,
        )
    ]
    assert texts == ["Lưu", "Hủy", "Bỏ thay đổi"]
    assert not [m for m in messages(translations.I18N / "qtbase_vi.ts").values() if not m]


def test_the_core_labels_the_window_translates_are_all_marked():
    titles = {
        column.title
        for value in vars(record_lists).values()
        if isinstance(value, record_lists.RecordList)
        for column in value.columns
    } | {column.title for column in AUDIT_LOG.columns}
    assert set(core_labels.RECORD_LIST_TITLES) == titles
    assert set(core_labels.AUDIT_ACTIONS) == set(ACTION_TITLES.values())
    assert set(core_labels.AUDIT_TABLES) == set(TABLE_TITLES.values())
    assert set(core_labels.RECIPIENT_KINDS) == set(record_lists.RECIPIENT_KIND_TITLES.values())
    assert set(core_labels.RECORD_LIST_VALUES) == {"Awarded", "Revoked", "Male", "Female"}


def test_the_window_speaks_vietnamese_when_chosen(qtbot, db, window_settings, interface_language):
    assert interface_language("vi") == "vi"
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    pages = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert pages[:3] == ["Tổng quan", "Phong trào", "Đơn vị"]
    header = window.pages["people"].list_page.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Họ và tên"
    assert window.menuBar().actions()[0].text() == "&Tệp"


def test_english_comes_back_when_the_translation_is_removed(qtbot, db, window_settings):
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    assert window.navigation.item(0).text() == "Overview"


def test_settings_shows_the_language_the_window_speaks(
    qtbot, db, window_settings, interface_language
):
    from kienan_awards.ui.pages.settings_page import SettingsPage

    interface_language("vi")
    page = SettingsPage(db, settings=window_settings)
    qtbot.addWidget(page)
    assert page.language_combo.currentData() == "vi"


def test_the_list_of_core_messages_for_the_translators_is_current():
    current = translations.CORE_MESSAGES.read_text(encoding="utf-8")
    assert current == translations.core_messages_module(), "run python3 packaging/translations.py"


def test_a_core_message_shows_in_vietnamese_with_its_values(interface_language):
    from kienan_awards.core.records import people
    from kienan_awards.ui.messages import shown

    problems = people.validate_person({"full_name": "Lê\x07An", "birth_year": "1800"})
    assert problems["birth_year"] == "a birth year must lie between 1900 and " + str(
        problems["birth_year"].values["last"]
    )  # English as ever for the command line
    interface_language("vi")
    assert shown(problems["birth_year"]).startswith("năm sinh phải trong khoảng 1900 đến ")
    assert shown(problems["full_name"]) == "nội dung có ký tự điều khiển ẩn (U+0007) ở vị trí 3"
    assert shown("plain text") == "plain text"


def test_an_import_rows_problem_shows_in_vietnamese(interface_language):
    from kienan_awards.core.lists import cell_values
    from kienan_awards.core.lists.list_import import RowResult
    from kienan_awards.core.messages import Message
    from kienan_awards.ui.dialogs.import_dialog import RowResultsModel

    try:
        cell_values.year("19x0")
    except cell_values.CellError as error:
        problem = Message("{field}: {problem}", field="năm sinh", problem=error.args[0])
    assert problem == "năm sinh: '19x0' is not a year"
    interface_language("vi")

    class Plan:
        results = [RowResult("DS", 5, "error", "Lê Văn An", problem)]

    model = RowResultsModel(Plan())
    assert model.data(model.index(0, 4)) == "năm sinh: '19x0' không phải là năm"


def test_the_eligibility_rules_speak_vietnamese_in_settings_and_in_findings(
    qtbot, db, window_settings, interface_language
):
    from kienan_awards.core.awards import decisions
    from kienan_awards.core.awards.catalogue import find_award_form
    from kienan_awards.core.records import people
    from kienan_awards.ui.messages import shown
    from kienan_awards.ui.pages.settings_page import SettingsPage

    interface_language("vi")
    page = SettingsPage(db, settings=window_settings)
    qtbot.addWidget(page)
    messages = [page.rules_table.item(row, 3).text() for row in range(page.rules_table.rowCount())]
    assert "được tuyển dụng chưa đủ 6 tháng trước khi xét" in messages
    person = people.save_person(db, None, {"full_name": "Lê Văn An"}).record_id
    proposal = decisions.create_proposal(db, "Đề nghị", 2024).record_id
    form = find_award_form(db, "CSTDCS").id
    line = decisions.add_line(db, proposal, {"form_id": form, "person_id": person}).record_id
    findings = decisions.line_findings(db, line)
    shown_findings = [shown(f.message) for f in findings]
    assert "Lê Văn An chưa đạt Lao động tiên tiến cùng năm" in shown_findings
    assert "Lê Văn An has no Advanced Worker title for the same year" in [
        f.message for f in findings
    ]


def test_a_quoted_name_cannot_disguise_itself_in_a_dialog():
    from kienan_awards.core.messages import Message
    from kienan_awards.ui.messages import shown

    text = shown(Message("{name}: no such file", name="DS\u202eslx.xlsx"))
    assert "\u202e" not in text and text == "DS\ufffdslx.xlsx: no such file"
