"""The recipient history and the register say each award's status in the words the
honour roll's list uses ("Awarded"/"Đã khen", "Revoked"/"Đã thu hồi"), and the history's
summary line starts with a capital letter in both languages."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kienan_awards.core import demo
from kienan_awards.core.awards import decisions
from kienan_awards.core.records.record_lists import AWARDS
from kienan_awards.ui.pages.decisions_page import DecisionsPage
from kienan_awards.ui.pages.honour_roll_page import HonourRollPage

STATUS = AWARDS.columns.index(AWARDS.column("status"))


@pytest.fixture
def demo_db(db):
    demo.load_demo(db)
    return db


@pytest.fixture
def honour_roll_page(qtbot, demo_db):
    """Makes the page when asked (after the language is chosen); stops its search thread."""
    pages = []

    def make() -> HonourRollPage:
        page = HonourRollPage(demo_db)
        qtbot.addWidget(page)
        pages.append(page)
        return page

    yield make
    for page in pages:
        page.stop()


def revoke_first_award(db) -> int:
    award_id = db.execute("SELECT min(id) FROM awards").fetchone()[0]
    decisions.revoke_award(db, award_id, "khai không đúng thành tích", dt.date(2025, 3, 1))
    return award_id


def history_statuses(page: HonourRollPage) -> dict[int, str]:
    """The status written on each row of the history, by award id."""
    table = page.history.table
    return {
        table.item(row, 0).data(Qt.ItemDataRole.UserRole): table.item(row, 4).text()
        for row in range(table.rowCount())
    }


def list_status(page: HonourRollPage, award_id: int) -> str:
    return page.model.index(page.model.ids().index(award_id), STATUS).data()


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_recipient_history_says_each_status_as_the_list_does(
    qtbot, demo_db, language, interface_language, honour_roll_page
):
    interface_language(language)
    revoked_id = revoke_first_award(demo_db)
    page = honour_roll_page()
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 699)
    revoked, awarded = ("Revoked", "Awarded") if language == "en" else ("Đã thu hồi", "Đã khen")
    page.history.show_award(revoked_id)
    statuses = history_statuses(page)
    assert statuses.pop(revoked_id) == revoked == list_status(page, revoked_id)
    assert set(statuses.values()) <= {awarded}
    page.history.show_award(page.model.record_id(0))
    statuses = history_statuses(page)
    assert set(statuses.values()) == {awarded}
    assert list_status(page, page.model.record_id(0)) == awarded


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_history_line_starts_with_a_capital_letter(
    demo_db, language, interface_language, honour_roll_page
):
    interface_language(language)
    page = honour_roll_page()
    for kind in ("collective", "individual"):
        award_id = demo_db.execute(
            "SELECT min(id) FROM awards WHERE recipient_kind = ?", [kind]
        ).fetchone()[0]
        page.history.show_award(award_id)
        line = page.history.summary.text()
        assert line[0].isupper(), line


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_register_says_each_status_as_the_list_does(
    qtbot, demo_db, language, interface_language
):
    interface_language(language)
    revoked_id = revoke_first_award(demo_db)
    year, number = demo_db.execute(
        "SELECT register_year, register_number FROM awards WHERE id = ?", [revoked_id]
    ).fetchone()
    page = DecisionsPage(demo_db)
    qtbot.addWidget(page)
    page.register_year.setValue(year)
    statuses = {
        page.register_table.item(r, 0).text(): page.register_table.item(r, 5).text()
        for r in range(page.register_table.rowCount())
    }
    revoked, awarded = ("Revoked", "Awarded") if language == "en" else ("Đã thu hồi", "Đã khen")
    assert statuses.pop(str(number)) == revoked
    assert set(statuses.values()) == {awarded}
