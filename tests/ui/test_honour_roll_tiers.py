"""The honour roll shows where the awards found by the name end and those found through the
unit begin, and can keep to the names alone."""

from __future__ import annotations

import pytest

from kienan_awards.core.search.award_search import AwardSearch, tiered_award_ids
from kienan_awards.core.search.tiers import UNIT_TIER
from kienan_awards.ui.models import award_search_model
from kienan_awards.ui.pages.honour_roll_page import HonourRollPage
from tests.core.test_search_tiers import Roll


@pytest.fixture
def roll_db(db):
    roll = Roll(db)
    roll.award("Nguyễn Thị Phương", year=2010)
    roll.award("Nguyễn Thị Phương", unit="Phường Đồng Hòa", year=2016)
    for n, given in enumerate(["Lan", "Mai", "Hạnh", "Thu", "Hoa"]):
        roll.award(
            f"Nguyễn Thị {given}", unit=f"Phường {['Đồng Hòa', 'Bắc Sơn'][n % 2]}", year=2020 + n
        )
    roll.award("Trần Văn Phương", year=2024)
    return db


@pytest.fixture
def page(qtbot, roll_db):
    widget = HonourRollPage(roll_db)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    settle(qtbot, widget)
    yield widget
    widget.stop()


def settle(qtbot, page):
    qtbot.waitUntil(lambda: not page.model.is_searching())


def search(qtbot, page, text):
    page.search_edit.setText(text)
    page.search_now()
    settle(qtbot, page)


def test_the_rows_found_through_the_unit_are_labelled_where_they_begin(qtbot, page, roll_db):
    search(qtbot, page, "Nguyễn Thị Phương")
    expected = tiered_award_ids(roll_db, AwardSearch("Nguyễn Thị Phương"))
    assert page.model.ids() == expected.ids
    start = page.model.unit_tier_start()
    assert start == 2  # the two awards of Nguyễn Thị Phương, then the five of her wards
    assert page.model.group_label(start) == (
        "Found through the unit, the achievement or the decision number"
    )
    assert [page.model.group_label(row) for row in range(start)] == [None, None]
    header = page.table.verticalHeader()
    assert header.sectionSize(start) > header.sectionSize(0)  # room for the label
    assert "2 by the name" in page.list_page.count_label.text()
    page.grab().save(str(qtbot_png_path(page, "honour_roll_tiers.png")))


def qtbot_png_path(page, name):
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.gettempdir()) / "kienan_honour_roll"
    folder.mkdir(exist_ok=True)
    return folder / name


def test_names_only_keeps_the_awards_whose_name_holds_every_word(qtbot, page, roll_db):
    search(qtbot, page, "Nguyễn Thị Phương")
    assert page.model.rowCount() == 7
    page.names_only.setChecked(True)
    settle(qtbot, page)
    assert page.model.rowCount() == 2
    assert page.model.unit_tier_start() is None
    header = page.table.verticalHeader()
    assert header.sectionSize(1) == header.defaultSectionSize()
    page.clear_search()
    settle(qtbot, page)
    assert not page.names_only.isChecked()
    assert page.model.rowCount() == 8


def test_a_long_list_shows_its_first_rows_then_adds_the_rest(qtbot, page, roll_db, monkeypatch):
    monkeypatch.setattr(award_search_model, "FIRST_RESULTS", 3)
    inserted = []
    page.model.rowsInserted.connect(lambda *_: inserted.append(page.model.rowCount()))
    search(qtbot, page, "nguyen thi")
    assert inserted == [7]  # three first, then the other four added below them
    assert page.model.ids() == tiered_award_ids(roll_db, AwardSearch("nguyen thi")).ids
    assert page.table.currentIndex().row() == 0


def test_a_unit_tier_at_the_top_is_labelled_too(qtbot, page, roll_db):
    search(qtbot, page, "bac son")
    tiers = tiered_award_ids(roll_db, AwardSearch("bac son")).groups
    assert [g.tier for g in tiers] == [UNIT_TIER]
    assert page.model.group_label(0) is not None
    assert (
        page.table.verticalHeader().sectionSize(0)
        > page.table.verticalHeader().defaultSectionSize()
    )
