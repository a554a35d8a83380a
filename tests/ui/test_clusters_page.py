"""The clusters and blocks page: the year's clusters with their leader, deputy, members and
pact; a cluster recorded, the year's members set (units found by typing without
diacritics), last year's members copied and a pact recorded, each through its dialog and told
to the window as a change set; a refusal shown in the dialog with nothing stored; no writing
on a read-only database."""

import datetime as dt

import pytest

from kienan_awards.core import demo
from kienan_awards.core.changes import RecordKind
from kienan_awards.core.clusters import clusters
from kienan_awards.core.records import units
from kienan_awards.core.storage import database
from kienan_awards.core.storage.database import open_database
from kienan_awards.ui.pages.clusters_page import ClustersPage
from tests.ui.answered_dialogs import answer_with

CITY_CLUSTER = "Cụm thi đua số 4 (các phường)"
WARD_BLOCK = "Khối thi đua các tổ dân phố"


def cell_rows(table, columns):
    return [
        [table.item(row, column).text() for column in range(columns)]
        for row in range(table.rowCount())
    ]


def open_page(qtbot, db, year):
    page = ClustersPage(db, year=year)
    qtbot.addWidget(page)
    told = []
    page.changed.connect(told.append)
    return page, told


@pytest.fixture
def demo_db(db):
    demo.load_demo(db)
    return db


def test_the_years_clusters_show_their_leader_deputy_members_and_pact(qtbot, demo_db, tmp_path):
    page, _told = open_page(qtbot, demo_db, 2026)
    listed = cell_rows(page.table, 5)
    assert [row[0] for row in listed] == [CITY_CLUSTER, WARD_BLOCK]
    assert listed[0][3:] == ["Phường Kiến An", "5"]
    assert listed[1][3:] == ["Tổ dân phố số 1", "4"]
    page.choose(page.listed[1].id)
    members = cell_rows(page.details.members, 2)
    assert members[0] == ["Tổ dân phố số 1", "Leader"]
    assert members[1] == ["Tổ dân phố số 3", "Deputy"]
    assert {role for _name, role in members[2:]} == {"Member"}
    assert "signed on 20/01/2026 by 4 of 4 members" in page.details.pact.text()
    assert "05/QĐ-HĐTĐKT, 05/08/2025" in page.details.decision.text()
    # The year before: the leader rotated, no pact recorded.
    page.year_box.setValue(2025)
    assert page.chosen().name == WARD_BLOCK
    assert cell_rows(page.details.members, 2)[0] == ["Tổ dân phố số 2", "Leader"]
    assert "No pact recorded for 2025" in page.details.pact.text()
    page.resize(1166, 648)
    page.show()
    qtbot.waitExposed(page)
    page.grab().save(str(tmp_path / "clusters_2025.png"))


def test_a_cluster_is_recorded_and_a_refusal_stores_nothing(qtbot, db):
    page, told = open_page(qtbot, db, 2026)
    assert page.table.rowCount() == 0 and not page.members_button.isEnabled()

    def nameless(dialog):
        dialog.save()

    answer_with(page, nameless)
    page.record_cluster()
    assert "needs a name" in page.last_dialog.problem.text()
    assert clusters.clusters(db) == [] and told == []

    def block(dialog):
        dialog.name_edit.setText("Khối thi đua các tổ dân phố")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("block"))
        dialog.organiser_combo.setCurrentIndex(dialog.organiser_combo.findData("office"))
        dialog.number_edit.setText("05/QĐ-HĐTĐKT")
        dialog.date_edit.setDate(dt.date(2025, 8, 5))
        dialog.authority_edit.setText("Hội đồng Thi đua - Khen thưởng phường")
        dialog.save()

    answer_with(page, block)
    page.record_cluster()
    (recorded,) = clusters.clusters(db)
    assert (recorded.kind, recorded.organiser, recorded.decided_on) == (
        "block",
        "office",
        dt.date(2025, 8, 5),
    )
    assert len(told) == 1 and told[0].touches({RecordKind.CLUSTERS})
    assert page.chosen() == recorded and page.members_button.isEnabled()


def test_members_are_found_without_diacritics_and_set_with_leader_and_deputy(qtbot, db):
    ward = units.save_unit(db, None, {"name": "Phường Kiến An", "kind": "ward"}).record_id
    groups = [
        units.save_unit(
            db, None, {"name": f"Tổ dân phố số {n}", "kind": "other", "parent_id": ward}
        ).record_id
        for n in (1, 2, 3)
    ]
    clusters.record_cluster(db, "Khối tổ dân phố", "block", "office")
    page, told = open_page(qtbot, db, 2026)

    def leader_also_deputy(dialog):
        for typed in ("to dan pho so 1", "TO DAN PHO SO 2"):
            dialog.picker.setText(typed)
            dialog.picker.textEdited.emit(typed)
            assert dialog.picker.matches.shown[0].name.startswith("Tổ dân phố số")
            dialog.picker.pick(dialog.picker.matches.shown[0])
            dialog.add_picked()
        dialog.choose_roles(groups[0], groups[0])
        dialog.save()

    answer_with(page, leader_also_deputy)
    page.set_members()
    assert "both the leader and the deputy" in page.last_dialog.problem.text()
    assert clusters.cluster_years(db, 2026) == [] and told == []

    def three(dialog):
        for typed in ("so 1", "so 2", "so 3"):
            dialog.picker.setText(typed)
            dialog.picker.textEdited.emit(typed)
            dialog.picker.pick(dialog.picker.matches.shown[0])
            dialog.add_picked()
        dialog.picker.setText("khong co")
        dialog.add_picked()
        assert "is not a recorded unit" in dialog.problem.text()
        dialog.choose_roles(groups[1], groups[2])
        dialog.save()

    answer_with(page, three)
    page.set_members()
    (year,) = clusters.cluster_years(db, 2026)
    assert (year.leader, year.deputy) == ("Tổ dân phố số 2", "Tổ dân phố số 3")
    assert len(told) == 1
    assert cell_rows(page.details.members, 2)[0] == ["Tổ dân phố số 2", "Leader"]


def test_last_years_members_are_copied_and_a_pact_recorded(qtbot, demo_db):
    page, told = open_page(qtbot, demo_db, 2027)
    page.choose(page.listed[1].id)
    page.copy_last_year()
    assert len(told) == 1 and page.table.item(1, 4).text() == "4"
    assert {role for _name, role in cell_rows(page.details.members, 2)} == {"Member"}
    page.copy_last_year()  # 2027 has members now: refused, said on the page
    assert "already has members for 2027" in page.problem.text() and len(told) == 1

    def two_sign(dialog):
        dialog.day_edit.setDate(dt.date(2027, 1, 15))
        for row in range(2, dialog.signatories.count()):
            dialog.signatories.item(row).setCheckState(
                dialog.signatories.item(row).checkState().Unchecked
            )
        dialog.save()

    answer_with(page, two_sign)
    page.record_pact()
    assert "signed on 15/01/2027 by 2 of 4 members" in page.details.pact.text() and len(told) == 2

    def too_late(dialog):
        dialog.day_edit.setDate(dt.date(2029, 1, 15))
        dialog.save()

    answer_with(page, too_late)
    page.record_pact()
    assert "15/01/2029" in page.last_dialog.problem.text() and len(told) == 2


def test_a_read_only_database_offers_no_writing(qtbot, demo_db, db_path, monkeypatch):
    demo_db.close()
    monkeypatch.setattr(database.os, "access", lambda path, mode: False)
    opened = open_database(db_path)
    try:
        page, _told = open_page(qtbot, opened, 2026)
        buttons = (page.record_button, page.members_button, page.copy_button, page.pact_button)
        assert page.table.rowCount() == 2
        assert not any(button.isEnabled() for button in buttons)
        assert page.record_button.toolTip().startswith("Read-only")
    finally:
        opened.close()
