"""The language is chosen once per process; a missing catalogue never stops the program."""

from kienan_awards.core import i18n


def test_vietnamese_words_come_from_the_catalogue_and_english_is_the_source():
    try:
        assert i18n.set_language("vi") == "vi"
        assert i18n._("Unsaved changes") == "Thay đổi chưa lưu"
        assert i18n.list_label("Award") == "Hình thức khen thưởng"  # the list's sense
        assert i18n._("Award") == "Khen thưởng"
        assert i18n.set_language("en") == "en"
        assert i18n._("Unsaved changes") == "Unsaved changes"
    finally:
        i18n.set_language("en")


def test_an_install_without_its_resources_still_speaks_english(monkeypatch):
    def missing():
        raise FileNotFoundError("the program's resources folder is missing")

    monkeypatch.setattr(i18n, "resources_folder", missing)
    try:
        assert i18n.set_language("vi") == "vi"
        assert i18n._("Unsaved changes") == "Unsaved changes"
    finally:
        monkeypatch.undo()
        i18n.set_language("en")


def test_the_choice_made_in_settings_is_read_by_the_next_start(tmp_path):
    assert i18n.saved_language() is None
    i18n.save_language("vi")
    assert i18n.saved_language() == "vi"
    assert i18n.chosen_language() == "vi"
    assert i18n.chosen_language("en") == "en"  # --lang wins
