"""What a reader knows of the schema steps without taking them: their names, in the order the
steps are registered, and each file's record of the steps it took, read as the steps read it."""

import pytest

from kienan_awards.core.errors import ForeignDatabaseError, SchemaTooNewError
from kienan_awards.core.storage import migrations, schema_steps
from kienan_awards.core.storage.database import open_database


def test_the_step_names_are_the_steps_registered_in_their_order():
    assert list(schema_steps.STEP_NAMES) == migrations.known_step_names()


def test_the_record_of_the_steps_and_the_file_s_stamp_are_those_the_steps_write():
    assert schema_steps.MIGRATION_SET == migrations.MIGRATION_SET
    assert schema_steps.STEPS_TABLE == migrations.STEPS.migrations_table
    assert schema_steps.APPLICATION_ID == migrations.APPLICATION_ID


@pytest.mark.parametrize("taken", [0, 5, len(schema_steps.STEP_NAMES)])
def test_a_file_s_steps_taken_and_still_to_take_read_as_the_steps_read_them(db_path, taken):
    db = open_database(db_path, migrate=False)
    if taken:
        names = migrations.known_step_names()
        migrations.STEPS.apply(db, stop_before=names[taken] if taken < len(names) else None)
    assert schema_steps.applied_step_names(db.conn) == migrations.applied_step_names(db)
    assert schema_steps.pending_step_names(db.conn) == migrations.pending_step_names(db)
    assert schema_steps.schema_version(db.conn) == db.schema_version == taken
    db.close()


def test_a_file_of_a_newer_version_is_refused_in_words_that_can_be_translated(db):
    db.execute(
        f"INSERT INTO {schema_steps.STEPS_TABLE} (migration_set, name, applied_at) "
        "VALUES (?, '9999_from_the_future', '2030-01-01')",
        [schema_steps.MIGRATION_SET],
    )
    with pytest.raises(SchemaTooNewError) as refused:
        schema_steps.check_can_open(db.conn)
    (message,) = refused.value.args
    assert message.values == {
        "version": len(schema_steps.STEP_NAMES) + 1,
        "latest": len(schema_steps.STEP_NAMES),
    }
    assert "newer version" in message


def test_another_program_s_database_is_refused(tmp_path):
    import sqlite3

    connection = sqlite3.connect(tmp_path / "other.sqlite3")
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
    with pytest.raises(ForeignDatabaseError, match="another program's database"):
        schema_steps.check_can_open(connection)
    connection.execute("PRAGMA application_id = 42")
    with pytest.raises(ForeignDatabaseError):
        schema_steps.check_can_open(connection)
    connection.close()
