"""The scoring of a cluster-year on the clusters page: the grid with the criteria as rows and
each member's self and agreed scores side by side, what a clerk must notice marked and said in
a tooltip, what a chosen cell rests on shown below; the ranking as a list and as bars; the
review meeting recorded through its dialog (a refusal shown there, nothing stored); a member's
sheet saved, a filled sheet read back, a proposal made from the ranking and the cluster's
papers written, each through its door of the core, a refusal shown in a dialog, and every
change told to the window."""

import sys
import types
from dataclasses import replace
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from kienan_awards.core import demo
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.clusters import clusters, ranking_proposals
from kienan_awards.core.clusters.review_meetings import cluster_review
from kienan_awards.core.clusters.scored_cluster import scored_cluster
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.ui.figures import figure
from kienan_awards.ui.pages.clusters.cluster_year_tabs import RANKING_TAB, SCORING_TAB
from kienan_awards.ui.pages.clusters.ranking_chart import paint_ranking, scale_steps
from kienan_awards.ui.pages.clusters.scoring_marks import score_cell
from kienan_awards.ui.pages.clusters_page import ClustersPage
from kienan_awards.ui.table_printing import table_html

WARD_BLOCK = "Khối thi đua các tổ dân phố"
DISPLAY, TOOLTIP, BACKGROUND = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.BackgroundRole,
)


@pytest.fixture
def demo_db(db):
    demo.load_demo(db)
    return db


def block_page(qtbot, db):
    page = ClustersPage(db, year=2025)
    qtbot.addWidget(page)
    told = []
    page.changed.connect(told.append)
    page.choose(clusters.find_cluster(db, WARD_BLOCK).id)
    return page, told


def criterion_row(grid, number: str) -> int:
    model = grid.model
    return next(
        row
        for row in range(model.rowCount())
        if model.criterion_at(row) is not None and model.criterion_at(row).number == number
    )


def member_column(grid, name: str, agreed: bool) -> int:
    model = grid.model
    return next(
        column
        for column in range(model.columnCount())
        if model.member_at(column) and model.member_at(column)[0].name == name
    ) + int(agreed)


def cell(grid, number: str, member: str, agreed: bool, role=DISPLAY):
    model = grid.model
    return model.index(criterion_row(grid, number), member_column(grid, member, agreed)).data(role)


def stand_in(monkeypatch, name: str, **functions) -> None:
    """A module the page imports when the clerk acts, replaced by these functions."""
    module = types.ModuleType(name)
    for key, function in functions.items():
        setattr(module, key, function)
    monkeypatch.setitem(sys.modules, name, module)


def answered(page, **answers):
    """The page's questions (file names, confirmations, messages) answered, what it said kept."""
    said = {"inform": [], "warn": []}
    actions = page.actions
    actions.inform = said["inform"].append
    actions.warn = said["warn"].append
    actions.confirm = lambda text: said.setdefault("asked", []).append(text) or True
    for question, answer in answers.items():
        setattr(actions, question, lambda *_args, answer=answer: answer)
    return said


def test_the_grid_shows_each_members_self_and_agreed_scores_with_the_marks(
    qtbot, demo_db, tmp_path
):
    page, _told = block_page(qtbot, demo_db)
    grid = page.tabs.scoring
    assert page.scored is not None and not grid.message.isVisibleTo(page)
    members = [result.name for result in page.scored.results]
    assert grid.model.columnCount() == 4 + 2 * len(members) == 12
    kinds = [row.kind for row in grid.model.rows]
    assert kinds.count("group") == 3 and kinds[-1] == "total"
    assert grid.view.columnSpan(0, 0) == 12  # a group's title across the grid
    assert cell(grid, "I.2", "Tổ dân phố số 2", agreed=False) == "21"
    assert cell(grid, "I.2", "Tổ dân phố số 2", agreed=True) == figure(Decimal("20.88"))
    # The review took a must-criterion from Tổ dân phố số 3: tinted, both scores said.
    assert cell(grid, "II.1", "Tổ dân phố số 3", agreed=True, role=BACKGROUND) is not None
    assert "Self-scored 15, agreed 0." in cell(grid, "II.1", "Tổ dân phố số 3", True, TOOLTIP)
    assert cell(grid, "II.1", "Tổ dân phố số 2", agreed=True, role=BACKGROUND) is None
    # Tổ dân phố số 4's fund figures are not in the program: its self-score stands, marked.
    assert cell(grid, "I.3", "Tổ dân phố số 4", agreed=False) == "15 *"
    assert "self-score stands" in cell(grid, "I.3", "Tổ dân phố số 4", False, TOOLTIP)
    totals = grid.model.rowCount() - 1
    first = member_column(grid, "Tổ dân phố số 3", agreed=False)
    assert grid.model.index(totals, 1).data() == "Total"
    assert grid.model.index(totals, first).data() == figure(Decimal("94.43"))
    assert grid.model.index(totals, first + 1).data() == figure(Decimal("78.43"))
    # A target's evidence: the target, its plan and actual, the % of plan and the points.
    grid.choose_cell(criterion_row(grid, "I.2"), member_column(grid, "Tổ dân phố số 2", True))
    evidence = grid.evidence.text()
    for words in (": Plan ≥ 85", figure(Decimal("86.5")), "% of plan", "computed"):
        assert words in evidence
    # Another criterion: its method, maximum, and both scores.
    grid.choose_cell(criterion_row(grid, "II.2"), member_column(grid, "Tổ dân phố số 1", True))
    evidence = grid.evidence.text()
    assert "maximum 25" in evidence and "Self-score: 23; agreed: 22" in evidence
    grid.choose_cell(totals, first + 1)
    assert "failed must-criteria: II.1" in grid.evidence.text()
    page.tabs.setCurrentIndex(SCORING_TAB)
    page.resize(1166, 648)
    page.show()
    qtbot.waitExposed(page)
    # At the window's size the criterion's text has room and the grid needs no scrolling.
    assert grid.view.columnWidth(1) >= 240
    assert grid.view.horizontalHeader().length() <= grid.view.viewport().width()
    page.grab().save(str(tmp_path / "scoring_grid.png"))


def test_an_agreed_score_the_figures_no_longer_give_and_an_unscored_target_are_marked(demo_db):
    found = scored_cluster(demo_db, clusters.find_cluster(demo_db, WARD_BLOCK).id, 2025)
    score = found.results[0].score("I.2")
    moved = replace(score, computed_points=Decimal("20.5"))
    assert moved.agreed_differs
    assert score_cell(moved, False, DISPLAY).endswith("!")
    said = score_cell(moved, False, TOOLTIP)
    assert figure(Decimal("20.5")) in said and figure(Decimal("20.88")) in said
    assert score_cell(moved, False, Qt.ItemDataRole.ForegroundRole) is not None
    assert score_cell(score, False, Qt.ItemDataRole.ForegroundRole) is None
    # Not self-scored: the points the figures give, greyed, counted in the self total.
    unscored = replace(score, self_points=None, agreed_points=None)
    assert score_cell(unscored, True, DISPLAY) == figure(Decimal("20.88"))
    assert score_cell(unscored, True, Qt.ItemDataRole.ForegroundRole) is not None
    assert "Not self-scored" in score_cell(unscored, True, TOOLTIP)


def test_a_year_without_a_table_says_so_in_place_of_the_grid(qtbot, demo_db):
    page = ClustersPage(demo_db, year=2026)
    qtbot.addWidget(page)
    assert page.scored is None
    assert "has no scoring table for 2026" in page.tabs.scoring.message.text()
    assert page.tabs.ranking.table.rowCount() == 0
    assert not page.actions.propose_button.isEnabled()


def test_the_ranking_lists_the_members_in_rank_order_and_draws_their_totals(
    qtbot, demo_db, interface_language, tmp_path
):
    interface_language("vi")
    page, _told = block_page(qtbot, demo_db)
    ranking = page.tabs.ranking
    rows = [
        [ranking.table.item(row, column).text() for column in range(7)]
        for row in range(ranking.table.rowCount())
    ]
    assert [row[:2] for row in rows] == [
        ["1", "Tổ dân phố số 2"],
        ["2", "Tổ dân phố số 1"],
        ["3", "Tổ dân phố số 4"],
        ["4", "Tổ dân phố số 3"],
    ]
    assert rows[0][4] == "102,88" and rows[0][5]  # Vietnamese decimal comma; leading
    assert rows[3][6] == "II.1" and not rows[3][5]
    assert [bar.leads for bar in ranking.bars] == [True, False, False, False]
    assert ranking.bars[3].musts_failed == ("II.1",)
    image = QImage(560, 320, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_ranking(painter, QRectF(0, 0, 560, 320), ranking.bars)
    painter.end()
    assert image.save(str(tmp_path / "ranking.png"))
    assert scale_steps(102.88) == (25, 5)
    page.tabs.setCurrentIndex(RANKING_TAB)


def test_the_review_meeting_is_recorded_and_a_refusal_stores_nothing(qtbot, demo_db):
    page, told = block_page(qtbot, demo_db)
    block = page.chosen()
    before = cluster_review(demo_db, block.id, 2025)
    ids = list(page.scored.results[i].member.unit_id for i in range(4))

    def too_many_votes(dialog):
        for unit_id in ids[1:]:
            dialog.set_member(unit_id, present=False)
        dialog.set_member(ids[0], present=True, who="Ông Nguyễn Văn A, Tổ trưởng", votes=3)
        dialog.save()

    def answer(fill):
        def open_dialog(dialog):
            page.last_dialog = dialog
            fill(dialog)
            return dialog.result() == dialog.DialogCode.Accepted

        page.open_dialog = open_dialog

    answer(too_many_votes)
    page.actions.record_review()
    assert "has 3 votes, more than the members present (1)" in page.last_dialog.problem.text()
    assert cluster_review(demo_db, block.id, 2025) == before and told == []

    def everyone(dialog):
        dialog.place_edit.setText("Nhà văn hóa tổ dân phố số 2")
        dialog.chair_edit.setText("Ông Trần Văn B, Bí thư Đảng ủy phường")
        for place, unit_id in enumerate(ids):
            dialog.set_member(unit_id, present=True, who=f"Đại diện {place + 1}", votes=4 - place)
        dialog.save()

    answer(everyone)
    page.actions.record_review()
    review = cluster_review(demo_db, block.id, 2025)
    assert review.present == 4 and review.votes[ids[0]] == 4
    assert review.place == "Nhà văn hóa tổ dân phố số 2"
    assert len(told) == 1 and told[0].touches({RecordKind.CLUSTERS})
    assert "4 of 4 members present" in page.tabs.ranking.notes.text()


def test_a_members_sheet_is_saved_and_a_filled_one_read_back(qtbot, demo_db, monkeypatch, tmp_path):
    page, told = block_page(qtbot, demo_db)
    asked = []

    def write_scoring_sheet(db, cluster_id, year, unit_id, path):
        asked.append((cluster_id, year, unit_id))
        path.write_bytes(b"sheet")
        return path

    stand_in(
        monkeypatch,
        "kienan_awards.core.clusters.score_sheets.writing",
        write_scoring_sheet=write_scoring_sheet,
    )
    target = tmp_path / "sheet.xlsx"
    said = answered(page, choose_sheet_path=str(target))
    assert [a.text() for a in page.actions.sheet_menu.actions()][0] == "Tổ dân phố số 2"
    page.actions.sheet_menu.actions()[0].trigger()
    assert asked == [(page.chosen().id, 2025, page.scored.results[0].member.unit_id)]
    assert target.exists() and said["inform"] == [f"Saved {target}."] and told == []

    def refused(db, paths, dry_run=False):
        raise KienanError(
            Message("row {row}, cell {cell}: 30 is over the maximum", row=7, cell="E7")
        )

    stand_in(
        monkeypatch,
        "kienan_awards.core.clusters.score_sheets.importing",
        import_score_files=refused,
    )
    said = answered(page, choose_filled_sheets=[str(target)])
    page.actions.import_sheet()
    assert said["warn"] == ["row 7, cell E7: 30 is over the maximum"] and told == []

    read = []

    def import_score_files(db, paths, dry_run=False):
        read.append(dry_run)
        changes = ChangeSet.of(RecordKind.CLUSTERS, page.chosen().id)
        return [types.SimpleNamespace(changes=changes, summary="7 scores of Tổ dân phố số 2")]

    stand_in(
        monkeypatch,
        "kienan_awards.core.clusters.score_sheets.importing",
        import_score_files=import_score_files,
    )
    said = answered(page, choose_filled_sheets=[str(target)])
    page.actions.import_sheet()
    assert read == [True, False]  # looked at first, then read in once confirmed
    assert "7 scores of Tổ dân phố số 2" in said["asked"][0]
    assert len(told) == 1 and said["inform"] == ["7 scores of Tổ dân phố số 2"]


def test_a_proposal_is_made_from_the_ranking_and_the_papers_written(
    qtbot, demo_db, monkeypatch, tmp_path
):
    page, told = block_page(qtbot, demo_db)
    made = []

    def propose_from_ranking(db, cluster_id, year, awards, received_on):
        made.append((cluster_id, year, list(awards)))
        return ChangeSet.of(RecordKind.PROPOSALS, 1)

    stand_in(
        monkeypatch,
        "kienan_awards.core.clusters.ranking_proposals",
        propose_from_ranking=propose_from_ranking,
        ranking_proposal=lambda db, cluster_id, year: None,
    )

    def open_dialog(dialog):
        page.last_dialog = dialog
        dialog.save()
        return dialog.result() == dialog.DialogCode.Accepted

    page.open_dialog = open_dialog
    answered(page)
    page.actions.propose()
    # The cluster's rules name the form for its one leading member.
    assert made == [(page.chosen().id, 2025, [("Giấy khen", 1)])]
    assert len(told) == 1 and told[0].touches({RecordKind.PROPOSALS})

    written = []

    def write_cluster_papers(db, cluster_id, year, folder, pdf_writer=None):
        written.append(pdf_writer)
        return [folder / name for name in ("a.docx", "a.pdf", "b.xlsx")]

    stand_in(
        monkeypatch,
        "kienan_awards.core.clusters.cluster_papers",
        write_cluster_papers=write_cluster_papers,
    )
    said = answered(page, choose_folder=str(tmp_path))
    page.actions.write_papers()
    assert callable(written[0]) and said["inform"] == [f"Wrote 3 files in {tmp_path}."]

    def refused(db, cluster_id, year, folder, pdf_writer=None):
        raise KienanError(Message("no review meeting is recorded for {year}", year=year))

    stand_in(
        monkeypatch, "kienan_awards.core.clusters.cluster_papers", write_cluster_papers=refused
    )
    said = answered(page, choose_folder=str(tmp_path))
    page.actions.write_papers()
    assert said["warn"] == ["no review meeting is recorded for 2025"]


def test_a_ranking_proposed_already_is_refused_in_the_dialog(qtbot, demo_db):
    page, told = block_page(qtbot, demo_db)
    already = ranking_proposals.ranking_proposal(demo_db, page.chosen().id, 2025)
    assert already is not None  # the demo proposed its 2025 ranking
    assert f"Proposal #{already} made from this ranking" in page.tabs.ranking.notes.text()

    def open_dialog(dialog):
        page.last_dialog = dialog
        dialog.save()
        return dialog.result() == dialog.DialogCode.Accepted

    page.open_dialog = open_dialog
    answered(page)
    page.actions.propose()
    assert "proposed already" in page.last_dialog.problem.text() and told == []


def test_the_sheet_is_saved_read_back_and_the_papers_written_by_the_core(qtbot, demo_db, tmp_path):
    page, told = block_page(qtbot, demo_db)
    sheet = tmp_path / "sheet.xlsx"
    papers = tmp_path / "papers"
    papers.mkdir()
    said = answered(
        page, choose_sheet_path=str(sheet), choose_filled_sheets=[str(sheet)], choose_folder=papers
    )
    page.actions.sheet_menu.actions()[0].trigger()
    assert said["warn"] == [] and sheet.exists()
    page.actions.confirm = lambda text: said.setdefault("asked", []).append(text) and False
    page.actions.import_sheet()
    assert said["warn"] == [] and len(said["asked"]) == 1 and told == []
    page.actions.write_papers()
    assert said["warn"] == []
    written = sorted(path.suffix for path in papers.iterdir())
    assert ".docx" in written and ".pdf" in written and ".xlsx" in written


def test_every_members_sheet_is_saved_to_the_folder_chosen(qtbot, demo_db, tmp_path):
    page, told = block_page(qtbot, demo_db)
    said = answered(page, choose_folder=str(tmp_path))
    every = page.actions.sheet_menu.actions()[-1]
    assert every.text() == "Every member, one file each…"
    every.trigger()
    assert said["warn"] == [] and said["inform"] == [f"Wrote 4 files in {tmp_path}."]
    assert len(list(tmp_path.glob("*.xlsx"))) == 4 and told == []


def test_several_filled_sheets_are_read_in_together_or_none_when_one_is_wrong(
    qtbot, demo_db, tmp_path
):
    page, told = block_page(qtbot, demo_db)
    answered(page, choose_folder=str(tmp_path))
    page.actions.sheet_menu.actions()[-1].trigger()  # every member's sheet
    first, second = sorted(tmp_path.glob("*.xlsx"))[:2]
    wrong = tmp_path / "wrong.xlsx"
    book = load_workbook(second)
    sheet = book.active
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "II.2")
    sheet.cell(row, 8).value = 99  # the self-score (column H) over the maximum of 25
    book.save(wrong)
    said = answered(page, choose_filled_sheets=[str(first), str(wrong)])
    page.actions.import_sheet()
    assert len(said["warn"]) == 1 and "wrong.xlsx" in said["warn"][0] and told == []
    assert "asked" not in said  # refused before the clerk is asked
    book = load_workbook(second)
    book.active.cell(row, 8).value = 20
    book.save(wrong)
    said = answered(page, choose_filled_sheets=[str(first), str(wrong)])
    page.actions.import_sheet()
    assert said["warn"] == [] and len(said["asked"]) == 1
    assert said["asked"][0].count("Tổ dân phố số") >= 2 and len(told) == 1
    assert len(said["inform"][0].splitlines()) == 2


def test_the_reason_an_agreed_score_stands_apart_from_the_figures_is_shown(qtbot, demo_db):
    from kienan_awards.core.clusters import scoring_store

    block = clusters.find_cluster(demo_db, WARD_BLOCK).id
    group = next(
        result.member.unit_id
        for result in scored_cluster(demo_db, block, 2025).results
        if result.name == "Tổ dân phố số 4"
    )
    scoring_store.enter_agreed_scores(
        demo_db, block, 2025, group, {"I.2": "18"}, {"I.2": "Báo cáo quý IV nộp muộn"}
    )
    page, _told = block_page(qtbot, demo_db)
    grid = page.tabs.scoring
    grid.choose_cell(criterion_row(grid, "I.2"), member_column(grid, "Tổ dân phố số 4", True))
    assert "Why the agreed score differs: Báo cáo quý IV nộp muộn" in grid.evidence.text()


def test_file_print_takes_the_grid_or_the_ranking_on_their_tabs_else_the_years_clusters(
    qtbot, demo_db
):
    page, _told = block_page(qtbot, demo_db)
    page.tabs.setCurrentIndex(0)
    title, table = page.printable_table()
    assert title == "Emulation clusters and blocks in 2025" and table is page.table
    page.tabs.setCurrentIndex(RANKING_TAB)
    title, table = page.printable_table()
    assert title == f"Ranking of {WARD_BLOCK} for 2025"
    assert table.model().index(0, 1).data() == "Tổ dân phố số 2"
    page.tabs.setCurrentWidget(page.tabs.scoring)
    title, table = page.printable_table()
    assert title == f"Scores of {WARD_BLOCK} for 2025" and table is page.tabs.scoring.view
    printed = table_html(title, table.model())
    # Each member's name over its own two columns, self and agreed.
    assert '<th colspan="4"></th><th colspan="2">Tổ dân phố số 2</th>' in printed
    assert "<th>Self</th><th>Agreed</th>" in printed and "102.88" in printed


def test_a_renamed_member_or_a_reworded_criterion_lays_the_grid_out_again(demo_db):
    from dataclasses import replace

    from kienan_awards.core.clusters.scored_cluster import scored_cluster
    from kienan_awards.ui.pages.clusters.scoring_model import grid_shape

    block = clusters.find_cluster(demo_db, WARD_BLOCK).id
    scored = scored_cluster(demo_db, block, 2025)
    assert grid_shape(scored) == grid_shape(scored_cluster(demo_db, block, 2025))
    first = scored.results[0]
    renamed = replace(first, member=replace(first.member, name="Tổ dân phố số 2 (mới)"))
    assert grid_shape(replace(scored, results=(renamed, *scored.results[1:]))) != grid_shape(scored)
    table = scored.stored.table
    reworded = replace(
        table, criteria=(replace(table.criteria[0], text="Gia đình văn hóa"), *table.criteria[1:])
    )
    stored = replace(scored.stored, table=reworded)
    assert grid_shape(replace(scored, stored=stored)) != grid_shape(scored)
