import sqlite3

import pytest

from kienan_awards.core import demo
from kienan_awards.core.awards.award_register import BOOKS_SETTING, books_mode
from kienan_awards.core.changes import RecordKind
from kienan_awards.core.documents.certificate_layout import (
    all_templates,
    reset_template,
    save_template,
    shipped_templates,
)
from kienan_awards.core.errors import KienanError
from kienan_awards.core.records.award_details import award_details, latest_award_year
from kienan_awards.core.records.settings import read_setting, save_setting
from kienan_awards.core.storage.backups import BACKUPS_FOLDER_SETTING, set_backups_folder
from kienan_awards.core.storage.read_connections import open_read_connection


def _audited(db, table: str) -> int:
    return db.execute("SELECT count(*) FROM audit_log WHERE table_name = ?", [table]).fetchone()[0]


def test_saving_a_setting_says_settings_changed_and_is_audited(db):
    before = _audited(db, "settings")
    changes = save_setting(db, BOOKS_SETTING, "per_form")
    assert changes.kinds == {RecordKind.SETTINGS}
    assert books_mode(db) == "per_form" and read_setting(db, BOOKS_SETTING) == "per_form"
    assert _audited(db, "settings") == before + 1


def test_a_setting_saved_as_none_is_forgotten_and_its_default_applies(db):
    save_setting(db, "some.key", "x")
    assert save_setting(db, "some.key", None).kinds == {RecordKind.SETTINGS}
    assert read_setting(db, "some.key") is None
    assert read_setting(db, "some.key", "default") == "default"


def test_a_certificate_template_kept_as_a_setting_is_a_template_change(db):
    template = next(iter(shipped_templates().values()))
    assert save_template(db, template).kinds == {RecordKind.TEMPLATES}
    assert template.code in all_templates(db)
    assert reset_template(db, template.code).kinds == {RecordKind.TEMPLATES}
    assert read_setting(db, f"certificate_template.{template.code}") is None


def test_the_backups_folder_is_written_through_the_one_settings_door(db, tmp_path):
    set_backups_folder(db, tmp_path / "usb")
    assert read_setting(db, BACKUPS_FOLDER_SETTING) == str((tmp_path / "usb").resolve())
    set_backups_folder(db, None)
    assert read_setting(db, BACKUPS_FOLDER_SETTING) is None


def test_one_awards_details_and_the_latest_award_years(db):
    assert latest_award_year(db) is None
    demo.load_demo(db)
    award_id, person_id, year = db.execute(
        "SELECT id, person_id, achievement_year FROM awards WHERE person_id IS NOT NULL "
        "ORDER BY achievement_year LIMIT 1"
    ).fetchone()
    details = award_details(db, award_id)
    assert details.achievement_year == year and details.status in ("awarded", "revoked")
    assert latest_award_year(db, person_id) >= year
    assert (
        latest_award_year(db)
        == db.execute("SELECT max(achievement_year) FROM awards").fetchone()[0]
    )
    with pytest.raises(KienanError, match="no longer exists"):
        award_details(db, 10**9)


def test_a_read_connection_reads_and_refuses_to_write(db):
    reader = open_read_connection(db.path)
    try:
        assert reader.execute("SELECT count(*) FROM settings").fetchone()[0] >= 1
        with pytest.raises(sqlite3.OperationalError):
            reader.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
    finally:
        reader.close()
