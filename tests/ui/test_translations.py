"""The Vietnamese interface: complete, current with the code, compiled, and in use."""

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kienan_awards.core.records import record_lists
from kienan_awards.core.records.audit_log import ACTION_TITLES, AUDIT_LOG, TABLE_TITLES
from kienan_awards.ui.main_window import MainWindow

# packaging/ is a folder of scripts, not a package (the name belongs to a PyPI library).
_SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "translations.py"
_SPEC = importlib.util.spec_from_file_location("translations_script", _SCRIPT)
translations = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(translations)


def qt_messages(ts) -> dict[tuple[str, str], str | None]:
    """Qt's own dialogs' hand-kept translation: (context, source) -> text, None unfinished."""
    found = {}
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            translation = message.find("translation")
            unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            found[(name, message.find("source").text)] = None if unfinished else translation.text
    return found


def _keys(catalogue) -> set:
    return {(message.context, message.id) for message in catalogue if message.id}


def test_every_word_of_the_program_is_translated_into_vietnamese():
    catalogue = translations.read_catalogue(translations.po_file("vi"))
    assert len(catalogue) > 600
    untranslated = [
        message.id
        for message in catalogue
        if message.id
        and (message.fuzzy or not all(message.string if message.pluralizable else [message.string]))
    ]
    assert untranslated == []


def test_the_catalogue_holds_exactly_the_words_the_code_marks():
    marked = translations.template_catalogue()
    assert _keys(translations.read_catalogue(translations.po_file("vi"))) == _keys(marked), (
        "run python3 packaging/translations.py and translate the new words"
    )
    pot = translations.I18N / f"{translations.DOMAIN}.pot"
    assert _keys(translations.read_catalogue(pot)) == _keys(marked)


def test_the_compiled_catalogue_and_qt_translation_are_current(tmp_path):
    catalogue = translations.read_catalogue(translations.po_file("vi"))
    compiled = translations.po_file("vi").with_suffix(".mo").read_bytes()
    assert compiled == translations.mo_bytes(catalogue), "run python3 packaging/translations.py"
    for name in translations.QT_OWN:
        copy = tmp_path / name
        shutil.copy(translations.I18N / name, copy)
        translations.release_qt(copy)
        assert copy.with_suffix(".qm").read_bytes() == (
            (translations.I18N / name).with_suffix(".qm").read_bytes()
        ), name


def test_a_marked_word_is_never_built_from_an_f_string():
    # _(f"...") would look up a different word each time; ruff's INT rules say the same.
    import ast

    package = Path(translations.PACKAGE)
    found = []
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "N_", "ngettext", "pgettext", "NC_", "Message")
                and any(isinstance(arg, ast.JoinedStr) for arg in node.args)
            ):
                found.append(f"{path.relative_to(package)}:{node.lineno}")
    assert found == []


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
    assert not [m for m in qt_messages(translations.I18N / "qtbase_vi.ts").values() if not m]


def test_every_word_of_the_cores_lists_is_marked_with_its_sense():
    titles = {
        column.title
        for value in vars(record_lists).values()
        if isinstance(value, record_lists.RecordList)
        for column in value.columns
    } | {column.title for column in AUDIT_LOG.columns}
    words = (
        titles
        | set(ACTION_TITLES.values())
        | set(TABLE_TITLES.values())
        | set(record_lists.RECIPIENT_KIND_TITLES.values())
        | set(record_lists.LIST_VALUES)
    )
    marked = {message.id for message in translations.template_catalogue() if message.context}
    assert words - marked == set()


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


def test_a_core_message_shows_in_vietnamese_with_its_values(interface_language):
    from kienan_awards.core.i18n import shown
    from kienan_awards.core.records import people

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
    from kienan_awards.ui.dialogs.import_wizard.row_results_model import PROBLEM_COLUMN

    try:
        cell_values.year("19x0")
    except cell_values.CellError as error:
        problem = Message("{field}: {problem}", field="năm sinh", problem=error.args[0])
    assert problem == "năm sinh: '19x0' is not a year"
    interface_language("vi")

    class Plan:
        results = [RowResult("DS", 5, "error", "Lê Văn An", problem)]

    model = RowResultsModel(Plan())
    assert model.data(model.index(0, PROBLEM_COLUMN)) == ("năm sinh: '19x0' không phải là năm")


def test_the_eligibility_rules_speak_vietnamese_in_settings_and_in_findings(
    qtbot, db, window_settings, interface_language
):
    from kienan_awards.core.awards import decisions
    from kienan_awards.core.awards.catalogue import find_award_form
    from kienan_awards.core.i18n import shown
    from kienan_awards.core.records import people
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
    from kienan_awards.core.i18n import shown
    from kienan_awards.core.messages import Message

    text = shown(Message("{name}: no such file", name="DS\u202eslx.xlsx"))
    assert "\u202e" not in text and text == "DS\ufffdslx.xlsx: no such file"


# --- every page and dialog, as a Vietnamese clerk sees it --------------------------------------


def catalogue_words() -> tuple[dict[str, set[str]], str]:
    """Every word the code marks (English) with its Vietnamese translations, and all the
    Vietnamese text of the catalogue (an English word found there is not a left-over)."""
    catalogue = translations.read_catalogue(translations.po_file("vi"))
    words: dict[str, set[str]] = {}
    for message in translations.template_catalogue():
        if not message.id:
            continue
        found = catalogue.get(message.id, context=message.context)
        strings = () if found is None or found.fuzzy else found.string
        strings = strings if isinstance(strings, tuple) else (strings,)
        for english in message.id if isinstance(message.id, tuple) else (message.id,):
            words.setdefault(english, set()).update(s for s in strings if s)
    vietnamese = "\n".join(text for texts in words.values() for text in texts)
    return words, vietnamese


def left_in_english(texts, words: dict[str, set[str]], vietnamese: str) -> list[str]:
    """Texts that are a marked word not translated, or that hold one inside (a word the code
    fills into a Vietnamese sentence): a word of four letters or more, never used by the
    Vietnamese catalogue itself."""
    quoted = {
        english
        for english, translated in words.items()
        if "{" not in english
        and re.fullmatch(r"[A-Za-z][A-Za-z' -]{3,}", english)
        and not re.search(rf"(?<!\w){re.escape(english)}(?!\w)", vietnamese)
    }
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(sorted(map(re.escape, quoted), key=len, reverse=True)) + r")(?!\w)"
    )
    found = set()
    for text in texts:
        plain = text.replace("&", "")
        for candidate in (text, plain):
            if candidate in words and candidate not in words[candidate]:
                found.add(text)
        if pattern.search(plain):
            found.add(text)
    return sorted(found)


@pytest.fixture
def vietnamese_window(qtbot, db, window_settings, interface_language):
    from kienan_awards.core import demo

    demo.load_demo(db)
    interface_language("vi")
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_every_page_shows_only_vietnamese_words(vietnamese_window, db):
    from kienan_awards.core.records import people
    from tests.ui.shown_text import shown_text

    window = vietnamese_window
    # An edit to take back: the Undo action names it.
    window.edit_made(people.save_person(db, None, {"full_name": "Lê Văn An"}))
    said = shown_text(window)
    for key in window.pages:
        window.show_page(key)
        said += shown_text(window.pages[key])
    # The catalogue of forms and rules keeps each one's English name beside the Vietnamese.
    english_names = {
        name
        for (name,) in db.execute(
            "SELECT name_en FROM award_forms UNION SELECT name_en FROM eligibility_rules"
        )
    }
    said = [text for text in said if text not in english_names]
    words, vietnamese = catalogue_words()
    assert "Hoàn tác thêm cá nhân" in [t.replace("&", "") for t in said]
    left = left_in_english(said, words, vietnamese)
    assert left == [], "\n".join(left)


def test_every_dialog_shows_only_vietnamese_words(
    qtbot, vietnamese_window, db, tmp_path, monkeypatch
):
    from kienan_awards.core.storage.database import open_database
    from kienan_awards.ui.dialogs import import_dialog
    from tests.support.list_files import award_list, write_xlsx
    from tests.ui.every_dialog import welcome_dialog, window_dialogs
    from tests.ui.shown_text import shown_text

    window = vietnamese_window
    (tmp_path / "fresh").mkdir()
    dialogs = {
        **window_dialogs(db, window),
        "welcome": welcome_dialog(open_database(tmp_path / "fresh" / "awards.sqlite3"), window),
    }
    # The import wizard at the step where the clerk says how each column is read.
    monkeypatch.setattr(import_dialog.QMessageBox, "warning", lambda *args: None)
    wizard = dialogs["import"]
    rows = [["I. TẬP THỂ"], [1, "Phòng Kinh tế", None, None, None, None, "Giấy khen", "2023"]]
    wizard.path_edit.setText(str(write_xlsx(tmp_path / "list.xlsx", {"DS": award_list(rows)})))
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.task is None, timeout=20_000)
    said = []
    for dialog in dialogs.values():
        dialog.show()
        said += shown_text(dialog)
        dialog.close()
    words, vietnamese = catalogue_words()
    assert "Số quyết định" in said  # a "Read as" choice of the import wizard
    left = left_in_english(said, words, vietnamese)
    assert left == [], "\n".join(left)


def test_qt_own_print_dialog_speaks_vietnamese(qtbot, interface_language):
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    from tests.ui.every_dialog import print_dialog

    interface_language("vi")
    dialog = print_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    options = [b for b in dialog.findChildren(QAbstractButton) if "Tùy chọn" in b.text()]
    options[0].click()  # the copies, the range, the colour
    translated = {
        text.replace("&", "")
        for text in qt_messages(translations.I18N / "qtbase_vi.ts").values()
        if text
    }
    shown = {
        text.replace("&", "")
        for widget in dialog.findChildren(QLabel)
        + dialog.findChildren(QAbstractButton)
        + dialog.findChildren(QGroupBox)
        if widget.isVisibleTo(dialog)
        for text in [widget.title() if isinstance(widget, QGroupBox) else widget.text()]
        if re.search(r"[^\W\d_]{2}", text) and "/" not in text  # words, not a path or a number
    }
    assert shown - translated == set()


@pytest.mark.parametrize(
    ("language", "genders"), [("en", ["", "Male", "Female"]), ("vi", ["", "Nam", "Nữ"])]
)
def test_the_person_form_names_the_gender_in_the_windows_language_only(
    qtbot, db, interface_language, language, genders
):
    from kienan_awards.ui.forms.person_form import PersonForm

    interface_language(language)
    form = PersonForm(db)
    qtbot.addWidget(form)
    assert [form.gender.itemText(i) for i in range(form.gender.count())] == genders


def test_a_count_is_said_in_its_own_number():
    from kienan_awards.ui.dialogs.import_wizard.result_step import written

    summary = {
        "awards_created": 1,
        "proposal_lines_created": 0,
        "people_created": 2,
        "units_created": 1,
        "decisions_created": 0,
        "people_matched": 1,
        "units_matched": 3,
    }
    assert written("awards", summary) == (
        "Imported: 1 award, 2 new people, 1 new unit, 0 new decisions."
    )
    assert written("units", summary) == "Imported: 1 new unit, 3 units already recorded."
    # The window's words: "award(s)" nowhere, each count through ngettext.
    window = (Path(translations.PACKAGE) / "ui").rglob("*.py")
    assert not [p.name for p in window if "(s)" in re.sub(r"#.*", "", p.read_text("utf-8"))]
    # Nor in the core's messages: a count there goes through messages.counted.
    marked = translations.template_catalogue()
    assert not [m.id for m in marked if m.id and "(s)" in str(m.id)]


def test_a_counted_core_message_is_shown_in_the_form_its_count_takes():
    from kienan_awards.core.i18n import shown
    from kienan_awards.core.messages import counted

    one = counted("{name}: {count} row is wrong", "{name}: {count} rows are wrong", 1, name="a")
    three = counted("{name}: {count} row is wrong", "{name}: {count} rows are wrong", 3, name="a")
    assert (one, three) == ("a: 1 row is wrong", "a: 3 rows are wrong")
    assert (shown(one), shown(three)) == ("a: 1 row is wrong", "a: 3 rows are wrong")


def test_the_verification_code_is_named_as_the_certificate_prints_it(vietnamese_window, db):
    from kienan_awards.core.vocabulary import CODE_LINE
    from kienan_awards.ui.dialogs.verify_dialog import VerifyDialog
    from tests.ui.shown_text import shown_text

    dialog = VerifyDialog(db, vietnamese_window)
    said = shown_text(dialog) + shown_text(vietnamese_window)
    assert CODE_LINE.startswith("Mã xác thực") and "Mã xác thực" in said
    assert not [text for text in said if "xác minh" in text.lower()]
