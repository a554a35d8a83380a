from kienan_awards.core.changes import EVERYTHING, NOTHING, ChangeSet, RecordKind
from kienan_awards.core.records import people, record_edits
from kienan_awards.core.storage.database import open_database


def test_a_change_set_names_kinds_and_ids_from_tables():
    changes = ChangeSet.of_tables(
        [("people", 4), ("awards", 7), ("award_acts", 9), ("audit_log", 1), ("people", 5)]
    )
    assert changes.kinds == {RecordKind.PEOPLE, RecordKind.AWARDS}
    assert changes.ids[RecordKind.PEOPLE] == {4, 5}
    assert changes.touches([RecordKind.AWARDS, RecordKind.UNITS])
    assert not changes.touches([RecordKind.UNITS])


def test_change_sets_merge_and_nothing_is_false():
    merged = ChangeSet.of(RecordKind.UNITS, 1) | ChangeSet.of(RecordKind.UNITS, 2)
    assert merged.ids[RecordKind.UNITS] == {1, 2}
    assert not NOTHING
    assert EVERYTHING.kinds == set(RecordKind)


def test_an_edit_and_its_undo_say_what_they_changed(tmp_path):
    db = open_database(tmp_path / "awards.db")
    group = people.save_person(db, None, {"full_name": "Lê Thị Hoa"})
    assert group.changes.kinds == {RecordKind.PEOPLE}
    assert group.changes.ids[RecordKind.PEOPLE] == {group.record_id}
    assert record_edits.undo(db, group).changes.kinds == {RecordKind.PEOPLE}
