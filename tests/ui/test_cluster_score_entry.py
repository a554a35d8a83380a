"""Scores typed into the scoring grid as the cluster agrees them member by member: a member's
self and agreed cells are edited (points with a decimal comma or point, a number of times for a
bonus or penalty item, empty to clear), each edit written through the core's door for that
member and criterion and told to the window, the totals and the ranking following; a refusal
shown naming the member and the criterion with nothing written; an agreed target score apart
from the computed points kept only with its reason; Enter going down a member's column, Tab to
the next cell."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from kienan_awards.core.clusters import clusters
from kienan_awards.core.clusters.scored_cluster import scored_cluster
from kienan_awards.core.clusters.scoring import Events
from kienan_awards.ui.figures import figure
from kienan_awards.ui.pages.clusters.score_reason_dialog import ReasonDialog
from kienan_awards.ui.pages.clusters_page import ClustersPage

WARD_BLOCK = "Khối thi đua các tổ dân phố"
FIRST, SECOND, FOURTH = "Tổ dân phố số 1", "Tổ dân phố số 2", "Tổ dân phố số 4"


@pytest.fixture
def page(qtbot, demo_db):
    shown = ClustersPage(demo_db, year=2025)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.choose(clusters.find_cluster(demo_db, WARD_BLOCK).id)
    shown.told = []
    shown.changed.connect(shown.told.append)
    entry = shown.tabs.scoring.model.entry
    shown.warned, shown.asked = [], []
    entry.warn = shown.warned.append
    shown.reason = "The review found 2 households misreported"
    entry.ask_reason = lambda *asked: shown.asked.append(asked) or shown.reason
    return shown


def place(page, number: str, member: str, agreed: bool):
    model = page.tabs.scoring.model
    row = next(
        r for r in range(model.rowCount()) if getattr(model.criterion_at(r), "number", 0) == number
    )
    column = next(
        c
        for c in range(model.columnCount())
        if model.member_at(c) and model.member_at(c)[0].name == member
    )
    return model.index(row, column + int(agreed))


def type_score(
    qtbot, page, number: str, member: str, agreed: bool, text: str, key=Qt.Key.Key_Return
):
    """The cell chosen, its editor opened, the text typed and left with the key."""
    view = page.tabs.scoring.view
    index = place(page, number, member, agreed)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert editor is not None
    editor.setText(text)
    qtbot.keyClick(editor, key)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None)


def stored(page, member: str):
    db = page._db
    scored = scored_cluster(db, clusters.find_cluster(db, WARD_BLOCK).id, 2025)
    return next(result for result in scored.results if result.name == member)


def ranked_first(page) -> str:
    """The member named first on the Ranking tab."""
    return page.tabs.ranking.table.model().index(0, 1).data()


def test_only_the_members_scores_are_editable(page):
    model = page.tabs.scoring.model
    editable = Qt.ItemFlag.ItemIsEditable
    assert model.flags(place(page, "II.2", FIRST, agreed=True)) & editable
    assert model.flags(place(page, "II.2", FIRST, agreed=False)) & editable
    total_row = model.rowCount() - 1
    assert (
        not model.flags(model.index(total_row, place(page, "II.2", FIRST, True).column()))
        & editable
    )
    assert not model.flags(model.index(0, 0)) & editable  # a group's title
    row = place(page, "II.2", FIRST, True).row()
    assert not any(model.flags(model.index(row, column)) & editable for column in range(4))


def test_a_judged_agreed_score_typed_changes_the_totals_and_the_ranking(qtbot, page):
    model = page.tabs.scoring.model
    assert ranked_first(page) == SECOND
    type_score(qtbot, page, "II.2", FIRST, agreed=True, text="24,5")
    assert stored(page, FIRST).score("II.2").agreed_points == Decimal("24.5")
    assert page.warned == [] and len(page.told) == 1
    assert model.index(model.rowCount() - 1, place(page, "II.2", FIRST, True).column()).data() == (
        figure(Decimal("103.27"))
    )
    assert ranked_first(page) == FIRST
    # Enter went down to the next criterion of the member's agreed column.
    assert page.tabs.scoring.view.currentIndex() == place(page, "III.1", FIRST, agreed=True)


def test_a_point_or_a_comma_both_mark_the_decimals(qtbot, page):
    type_score(qtbot, page, "II.2", FOURTH, agreed=False, text="21.5")
    assert stored(page, FOURTH).score("II.2").self_points == Decimal("21.5")


def test_an_emptied_cell_clears_the_score(qtbot, page):
    type_score(qtbot, page, "II.2", SECOND, agreed=True, text="")
    result = stored(page, SECOND)
    assert result.score("II.2").agreed_points is None
    # Left alone by the review, the criterion counts as proposed: 24 in place of 23.
    assert result.agreed_total == Decimal("103.88")
    assert len(page.told) == 1


def test_a_penalty_is_typed_as_a_number_of_times(qtbot, page):
    type_score(qtbot, page, "III.2", FIRST, agreed=True, text="2 lần")
    result = stored(page, FIRST)
    assert result.member.agreed_scores["III.2"] == Events(2)
    assert result.score("III.2").agreed_points == Decimal("-2")
    tooltip = place(page, "III.2", FIRST, True).data(Qt.ItemDataRole.ToolTipRole)
    assert "Entered as 2 times" in tooltip and "“3 lần”, “×3”" in tooltip
    assert place(page, "III.2", FIRST, True).data(Qt.ItemDataRole.EditRole) == "×2"


def test_a_score_over_the_maximum_is_refused_naming_the_member_and_criterion(qtbot, page):
    before = stored(page, FIRST)
    type_score(qtbot, page, "II.2", FIRST, agreed=True, text="30")
    assert len(page.warned) == 1
    assert (
        FIRST in page.warned[0] and "II.2" in page.warned[0] and "maximum of 25" in page.warned[0]
    )
    assert stored(page, FIRST) == before and page.told == []
    index = place(page, "II.2", FIRST, agreed=True)
    assert index.data() == "22"
    # The refused cell stays chosen, to be typed again.
    assert page.tabs.scoring.view.currentIndex() == index


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("-3", "cannot be negative"),
        ("abc", "not a number"),
        ("7", "yes or no"),
        ("-9", "cap of -5"),
    ],
)
def test_scores_that_cannot_be_right_are_refused(qtbot, page, typed, words):
    number = {"7": "II.1", "-9": "III.2"}.get(typed, "II.2")
    before = stored(page, FIRST)
    type_score(qtbot, page, number, FIRST, agreed=True, text=typed)
    assert len(page.warned) == 1 and words in page.warned[0] and FIRST in page.warned[0]
    assert stored(page, FIRST) == before


def test_an_agreed_target_score_apart_from_the_computed_asks_why_and_keeps_it(qtbot, page):
    type_score(qtbot, page, "I.2", SECOND, agreed=True, text="20")
    ((member, score, agreed),) = page.asked
    assert member == SECOND and score.computed_points == Decimal("20.88") and agreed == 20
    kept = stored(page, SECOND).score("I.2")
    assert kept.agreed_points == Decimal("20") and kept.agreed_reason == page.reason
    page.tabs.scoring.view.setCurrentIndex(place(page, "I.2", SECOND, agreed=True))
    assert page.reason in page.tabs.scoring.evidence.text()


def test_cancelling_the_reason_keeps_nothing(qtbot, page):
    page.reason = None
    before = stored(page, SECOND)
    type_score(qtbot, page, "I.2", SECOND, agreed=True, text="20")
    assert len(page.asked) == 1 and page.warned == [] and page.told == []
    assert stored(page, SECOND) == before
    assert place(page, "I.2", SECOND, agreed=True).data() == figure(Decimal("20.88"))


def test_the_computed_points_need_no_reason_and_an_agreed_score_typed_is_always_kept(qtbot, page):
    type_score(qtbot, page, "I.2", SECOND, agreed=True, text="20,88")
    assert page.asked == [] and page.told == []  # as stored already: nothing to write
    type_score(qtbot, page, "I.2", FIRST, agreed=True, text="21")
    type_score(qtbot, page, "I.2", FIRST, agreed=True, text="21.77")  # back to the computed
    assert len(page.asked) == 1 and len(page.told) == 2
    kept = stored(page, FIRST).score("I.2")
    assert kept.agreed_points == Decimal("21.77") and kept.agreed_reason == ""
    type_score(qtbot, page, "I.2", FIRST, agreed=True, text="")
    assert stored(page, FIRST).score("I.2").agreed_points is None
    # What the meeting agrees is written even where it equals the computed points.
    index = place(page, "I.2", FIRST, agreed=True)
    assert index.data(Qt.ItemDataRole.EditRole) == ""  # nothing agreed: the editor opens empty
    type_score(qtbot, page, "I.2", FIRST, agreed=True, text="21,77")
    assert len(page.told) == 4 and stored(page, FIRST).score("I.2").agreed_points == Decimal(
        "21.77"
    )


def test_a_self_score_left_at_the_computed_points_it_opened_on_writes_nothing(qtbot, page):
    type_score(qtbot, page, "I.2", FIRST, agreed=False, text="")  # the self-score cleared
    told = len(page.told)
    index = place(page, "I.2", FIRST, agreed=False)
    assert index.data(Qt.ItemDataRole.EditRole) == "21.77"  # the member's own proposal
    type_score(qtbot, page, "I.2", FIRST, agreed=False, text="21.77")
    assert len(page.told) == told and stored(page, FIRST).score("I.2").self_points is None


def test_a_target_cell_opens_on_its_computed_points(page):
    index = place(page, "I.2", SECOND, agreed=True)
    assert index.data(Qt.ItemDataRole.EditRole) == figure(Decimal("20.88"))


def test_tab_goes_to_the_next_cell_a_score_is_typed_in(qtbot, page):
    type_score(qtbot, page, "II.2", FIRST, agreed=True, text="23", key=Qt.Key.Key_Tab)
    view = page.tabs.scoring.view
    members = [result.name for result in page.scored.results]
    following = members[members.index(FIRST) + 1]
    assert view.currentIndex() == place(page, "II.2", following, agreed=False)
    assert view.state() == QAbstractItemView.State.EditingState  # its editor open, to type
    assert stored(page, FIRST).score("II.2").agreed_points == Decimal("23")


def test_choosing_a_cell_on_another_row_keeps_the_typed_score_and_that_cell(qtbot, page):
    view = page.tabs.scoring.view
    index = place(page, "II.2", FIRST, agreed=True)
    view.setCurrentIndex(index)
    view.edit(index)
    view.indexWidget(index).setText("24")
    elsewhere = place(page, "I.2", SECOND, agreed=True)
    view.setCurrentIndex(elsewhere)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None)
    assert stored(page, FIRST).score("II.2").agreed_points == Decimal("24")
    assert view.currentIndex() == elsewhere


def test_enter_outside_an_editor_goes_down_the_column(qtbot, page):
    view = page.tabs.scoring.view
    view.setCurrentIndex(place(page, "I.3", FIRST, agreed=False))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    # Past the group's title row, to the first criterion of the next group.
    assert view.currentIndex() == place(page, "II.1", FIRST, agreed=False)


def test_the_evidence_says_what_may_be_typed(page):
    grid = page.tabs.scoring
    for number, agreed, words in [
        ("II.2", True, "Type the points from 0 to 25."),
        ("II.1", False, "Type 15 for yes or 0 for no."),
        (
            "III.2",
            True,
            "Type the number of times, as “3 lần” or “×3” (-1 points each), or the points "
            "from -5 to 0.",
        ),
        ("III.1", False, "(2 points each), or the points from 0 to 4."),
        ("I.2", True, "An agreed score apart from the computed points needs a reason."),
    ]:
        grid.view.setCurrentIndex(place(page, number, FIRST, agreed))
        assert words in grid.evidence.text()
        assert "An empty cell clears the score." in grid.evidence.text()


def test_the_reason_dialog_shows_both_scores_and_needs_a_reason(qtbot):
    dialog = ReasonDialog(SECOND, "I.2", Decimal("20.88"), Decimal("20"))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.reason_edit.setPlainText("  misreported  ")
    assert ok.isEnabled() and dialog.reason == "misreported"


def test_a_read_only_database_lets_no_score_be_typed(qtbot, demo_db):
    demo_db.read_only = "opened from a backup"
    shown = ClustersPage(demo_db, year=2025)
    qtbot.addWidget(shown)
    shown.choose(clusters.find_cluster(demo_db, WARD_BLOCK).id)
    grid = shown.tabs.scoring
    index = place(shown, "II.2", FIRST, agreed=True)
    assert not grid.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    grid.view.setCurrentIndex(index)
    assert "Type the points" not in grid.evidence.text()
