"""The year's cycle page as a widget of its own: a unit's registration entered in its form and
listed with its outcome and the unit's counts, an initiative recorded with its authors and
shares; each save told to the window as a change set; nothing written when a field is wrong."""

from kienan_awards.core.cycle import initiatives, registrations
from kienan_awards.core.records import people, units
from kienan_awards.ui.pages.cycle.initiatives_part import AUTHOR
from kienan_awards.ui.pages.cycle_page import CyclePage

YEAR = 2026


def ward(db):
    unit = units.save_unit(db, None, {"name": "Phường Kiến An", "kind": "ward"}).record_id
    ids = [
        people.save_person(db, None, {"full_name": name, "unit_id": unit}).record_id
        for name in ("Nguyễn Văn An", "Trần Thị Bình")
    ]
    return unit, ids


def test_a_units_registration_is_entered_and_listed(qtbot, db, tmp_path):
    unit, (an, binh) = ward(db)
    page = CyclePage(db, year=YEAR)
    qtbot.addWidget(page)
    part = page.registrations
    part.unit_combo.setCurrentIndex(part.unit_combo.findData(unit))
    part.collective_combo.setCurrentIndex(part.collective_combo.findData("TTLDTT"))
    part.members.tick(an, "LDTT")
    part.members.tick(an, "CSTDCS")
    part.members.tick(binh, "LDTT")
    told = []
    page.changed.connect(told.append)
    assert part.save()
    assert len(told) == 1 and told[0]
    shown = [
        [part.table.item(row, column).text() for column in range(5)]
        for row in range(part.table.rowCount())
    ]
    assert [row[1:4] for row in shown] == [
        ["Phường Kiến An", "collective", "Tập thể lao động tiên tiến"],
        ["Nguyễn Văn An", "individual", "Lao động tiên tiến"],
        ["Nguyễn Văn An", "individual", "Chiến sĩ thi đua cơ sở"],
        ["Trần Thị Bình", "individual", "Lao động tiên tiến"],
    ]
    assert {row[4] for row in shown} <= {"open", "not achieved"}
    assert part.counts.item(0, 1).text() == "4"
    # Reopened, the form shows the unit's registration as it stands.
    part.show_unit()
    assert part.members.ticked() == {an: ["LDTT", "CSTDCS"], binh: ["LDTT"]}
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    page.grab().save(str(tmp_path / "cycle_registrations.png"))


def test_an_initiative_is_recorded_with_its_authors(qtbot, db, tmp_path):
    unit, (an, binh) = ward(db)
    page = CyclePage(db, year=YEAR)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(1)
    part = page.initiatives
    part.unit_combo.setCurrentIndex(part.unit_combo.findData(unit))
    part.title_edit.setText("Bản đồ số tổ dân phố")
    part.number_edit.setText("88/QĐ-UBND")
    part.scope_combo.setCurrentIndex(part.scope_combo.findData(initiatives.CITY))
    assert not part.record()  # no author ticked: refused, nothing written
    assert part.problem.text() and initiatives.initiatives(db) == []
    part.authors.tick(an, AUTHOR)
    part.authors.item(0, 2).setText("70")
    part.authors.tick(binh, AUTHOR)
    part.authors.item(1, 2).setText("30")
    assert part.record()
    (entry,) = initiatives.initiatives(db, year=YEAR)
    assert [(a.name, a.share) for a in entry.authors] == [
        ("Nguyễn Văn An", 70.0),
        ("Trần Thị Bình", 30.0),
    ]
    assert entry.scope == initiatives.CITY and entry.decision_number == "88/QĐ-UBND"
    assert part.table.item(0, 1).text() == "Nguyễn Văn An (70%), Trần Thị Bình (30%)"
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    page.grab().save(str(tmp_path / "cycle_initiatives.png"))


def test_another_year_shows_its_own_registrations(qtbot, db):
    unit, (an, _binh) = ward(db)
    registrations.save_unit_registration(db, unit, YEAR - 1, None, {an: "LDTT"})
    page = CyclePage(db, year=YEAR)
    qtbot.addWidget(page)
    assert page.registrations.table.rowCount() == 0
    page.year_box.setValue(YEAR - 1)
    assert page.registrations.table.rowCount() == 1
    assert page.registrations.table.item(0, 4).text() == "not achieved"
    # A list to read: its cells are not edited in place.
    triggers = page.registrations.table.editTriggers()
    assert triggers == page.registrations.table.EditTrigger.NoEditTriggers


def test_a_unit_offered_is_one_in_force_during_the_year(qtbot, db):
    unit, _people = ward(db)
    dissolved = units.save_unit(
        db, None, {"name": "Quận Kiến An", "kind": "district", "valid_to": "2025-06-30"}
    ).record_id
    page = CyclePage(db, year=YEAR)
    qtbot.addWidget(page)
    for part in (page.registrations, page.initiatives):
        offered = [part.unit_combo.itemData(i) for i in range(part.unit_combo.count())]
        assert unit in offered and dissolved not in offered
    page.year_box.setValue(2024)
    offered = [
        page.registrations.unit_combo.itemData(i)
        for i in range(page.registrations.unit_combo.count())
    ]
    assert dissolved in offered
