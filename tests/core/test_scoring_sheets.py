"""A member's score sheet out and back in: the sheet the program writes (heading, criteria in
the table's order under their groups, figures as numbers, the computed proposal shaded, a
total of formulas, A4 print settings), read back unchanged as a change of nothing; sheets laid
out by other offices (another column order, a header over two rows, merged heading cells,
"Sheet1", decimals with a comma, group sums, LibreOffice's .xlsx, .ods) read as well; every
wrong cell named by sheet, row and cell with nothing written."""

from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from kienan_awards.core import vocabulary as words
from kienan_awards.core.changes import RecordKind
from kienan_awards.core.clusters.clusters import find_cluster
from kienan_awards.core.clusters.score_sheets import layout
from kienan_awards.core.clusters.score_sheets.importing import import_score_files, import_scores
from kienan_awards.core.clusters.score_sheets.reading import ScoresRefused, points_of
from kienan_awards.core.clusters.score_sheets.writing import (
    write_scoring_sheet,
    write_scoring_sheets,
)
from kienan_awards.core.clusters.scored_cluster import scored_cluster
from kienan_awards.core.clusters.scoring import Events
from kienan_awards.core.errors import KienanError
from tests.support.list_files import write_ods
from tests.support.office_suite import needs_office_suite

D = Decimal
BLOCK = "Khối thi đua các tổ dân phố"
NUMBERS = ["I.1", "I.2", "I.3", "II.1", "II.2", "III.1", "III.2"]


def block(db):
    return find_cluster(db, BLOCK)


def group_id(db, number):
    cluster = block(db)
    return layout.find_member(db, cluster, 2025, f"Tổ dân phố số {number}")


def result_of(db, year, unit_id):
    scored = scored_cluster(db, block(db).id, year)
    return next(r for r in scored.results if r.member.unit_id == unit_id)


def count(db, table):
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def scores_table(db):
    return db.execute(
        "SELECT criterion_id, unit_id, self_points, self_events, agreed_points, agreed_events "
        "FROM cluster_scores ORDER BY id"
    ).fetchall()


def test_the_sheet_has_the_heading_the_criteria_in_order_numbers_and_a_total(demo_db, tmp_path):
    unit = group_id(demo_db, 3)
    path = write_scoring_sheet(demo_db, block(demo_db).id, 2025, unit, tmp_path / "s.xlsx")
    sheet = load_workbook(path)[layout.SHEET_NAME]
    assert sheet["A1"].value == BLOCK.upper()
    assert sheet["A2"].value == "TỔ DÂN PHỐ SỐ 3"
    assert sheet["E1"].value == words.NATION and sheet["E2"].value == words.MOTTO
    assert sheet["A5"].value == "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2025"
    assert sheet["A7"].value == "Đơn vị: Tổ dân phố số 3"
    header = [cell.value for cell in sheet[8]]
    assert header == [
        "STT",
        "Nội dung tiêu chí",
        "Cách chấm",
        "Điểm tối đa",
        "Kế hoạch",
        "Thực hiện",
        "% kế hoạch",
        "Điểm tự chấm",
        "Điểm khối chấm",
        "Lý do điều chỉnh",
        "Căn cứ / số liệu",
    ]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=9, max_row=20)]
    stt = [row[0] for row in rows]
    assert stt[:10] == ["I", *NUMBERS[:3], "II", *NUMBERS[3:5], "III", *NUMBERS[5:]]
    by_number = {row[0]: row for row in rows}
    result = result_of(demo_db, 2025, unit)
    for score in result.criteria:
        row = by_number[score.criterion.number]
        assert row[1] == score.criterion.text
        if score.evidence is not None:  # the figures and the proposal as numbers
            assert row[4:8] == [
                float(score.evidence.plan.value),
                float(score.evidence.actual),
                float(score.evidence.percent_of_plan),
                float(score.computed_points),
            ]
            assert "tính từ số liệu" in row[10]
            assert (row[9] or "") == score.agreed_reason
        agreed = score.agreed_points
        assert row[8] == (None if agreed is None else float(agreed))
    # A target criterion's proposal is shaded; a judged score is not.
    first = 10  # I.1's row
    assert sheet.cell(first, 8).fill.fgColor.rgb.endswith("FFF2CC")
    assert sheet.cell(first + 4, 8).fill.fgColor.rgb in ("00000000", None)
    # Bonus and penalty rows: no maximum, points per event and cap said.
    assert by_number["III.2"][3] is None and "-1 điểm/lần, tối đa -5 điểm" in by_number["III.2"][10]
    assert by_number["III.1"][7] is None  # Tổ dân phố số 3 named no bonus
    assert by_number["III.2"][7] == -1 and by_number["III.2"][8] == -1
    total = rows[10]
    assert total[0] == words.TOTAL
    assert total[3] == "=SUBTOTAL(9,D9:D18)" and total[7] == "=SUBTOTAL(9,H9:H18)"
    assert by_number["I"][3] == "=SUBTOTAL(9,D10:D12)"


def test_the_sheet_prints_on_a4_landscape_one_page_wide_with_its_header_repeated(demo_db, tmp_path):
    unit = group_id(demo_db, 1)
    path = write_scoring_sheet(demo_db, block(demo_db).id, 2025, unit, tmp_path / "s.xlsx")
    sheet = load_workbook(path)[layout.SHEET_NAME]
    assert sheet.page_setup.paperSize == 9
    assert sheet.page_setup.orientation == "landscape"
    # fitToWidth left out is 1, as Excel reads it
    assert (sheet.page_setup.fitToWidth or 1) == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$8:$8"
    assert sheet.freeze_panes == "A9"
    assert sheet.column_dimensions["B"].width > 40
    assert "Trang &P/&N" in sheet.oddFooter.center.text


def test_a_unit_outside_the_cluster_or_a_year_without_a_table_is_refused(demo_db, tmp_path):
    cluster = block(demo_db)
    ward = demo_db.execute("SELECT id FROM units WHERE name = 'Phường Kiến An'").fetchone()[0]
    with pytest.raises(KienanError, match="not a member of Khối thi đua các tổ dân phố"):
        write_scoring_sheet(demo_db, cluster.id, 2025, ward, tmp_path / "s.xlsx")
    with pytest.raises(KienanError, match="no scoring table for 2024"):
        write_scoring_sheet(demo_db, cluster.id, 2024, group_id(demo_db, 1), tmp_path / "s.xlsx")
    assert not (tmp_path / "s.xlsx").exists()
    with pytest.raises(KienanError, match="fits 4 members"):
        layout.find_member(demo_db, cluster, 2025, "to dan pho")
    with pytest.raises(KienanError, match="no unit is named"):
        layout.find_member(demo_db, cluster, 2025, "Tổ dân phố số 99")


def test_the_sheet_read_back_as_written_changes_nothing(demo_db, tmp_path):
    cluster = block(demo_db)
    before = scores_table(demo_db)
    for year, unit in ((2025, group_id(demo_db, 3)), (2026, group_id(demo_db, 1))):
        path = write_scoring_sheet(demo_db, cluster.id, year, unit, tmp_path / f"{year}.xlsx")
        done = import_scores(demo_db, path)
        assert not done.written and not done.changes
        assert "written: 0" in done.summary and "Tổ dân phố số" in done.summary
    assert scores_table(demo_db) == before
    assert count(demo_db, "import_batches") == 0


def test_every_members_sheet_is_written_to_one_folder_each_read_back_to_its_member(
    demo_db, tmp_path
):
    cluster = block(demo_db)
    before = scores_table(demo_db)
    written = write_scoring_sheets(demo_db, cluster.id, 2025, tmp_path / "gửi các tổ")
    assert [path.name for path in written] == [
        f"Bảng tự chấm điểm thi đua năm 2025 - Tổ dân phố số {n}.xlsx" for n in (2, 4, 1, 3)
    ]  # the leader first, as the members are listed
    for path in written:
        done = import_scores(demo_db, path)
        assert path.stem.endswith(done.summary.split(":")[1].split("(")[0].strip())
    assert scores_table(demo_db) == before
    with pytest.raises(KienanError, match="has no scoring table for 2031"):
        write_scoring_sheets(demo_db, cluster.id, 2031, tmp_path / "none")
    assert not (tmp_path / "none").exists()


def test_several_files_are_entered_together_or_not_at_all(demo_db, tmp_path):
    cluster = block(demo_db)
    first, second, *_rest = write_scoring_sheets(demo_db, cluster.id, 2026, tmp_path / "out")
    for path, points in ((first, 20), (second, 21)):
        book = load_workbook(path)
        sheet = book.active
        row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "II.2")
        sheet.cell(row, 8).value = points
        book.save(path)
    before = (scores_table(demo_db), count(demo_db, "import_batches"))
    # The same sheet saved twice (a.xlsx, "a (1).xlsx"): one member in two files.
    twice = tmp_path / "again.xlsx"
    twice.write_bytes(first.read_bytes())
    with pytest.raises(KienanError) as refused:
        import_score_files(demo_db, [first, second, twice])
    assert f"has a sheet in '{first.name}' and in 'again.xlsx': choose one" in str(refused.value)
    assert (scores_table(demo_db), count(demo_db, "import_batches")) == before
    looked = import_score_files(demo_db, [first, second], dry_run=True)
    assert [done.written for done in looked] == [False, False]
    assert (scores_table(demo_db), count(demo_db, "import_batches")) == before
    done = import_score_files(demo_db, [first, second])
    assert [d.written for d in done] == [True, True] and count(demo_db, "import_batches") == 2
    members = [result_of(demo_db, 2026, d.members[0].unit_id) for d in done]
    assert [m.score("II.2").self_points for m in members] == [20, 21]


def test_a_filled_sheet_enters_the_changed_scores_in_one_batch(demo_db, tmp_path):
    cluster = block(demo_db)
    unit = group_id(demo_db, 1)
    path = write_scoring_sheet(demo_db, cluster.id, 2026, unit, tmp_path / "s.xlsx")
    book = load_workbook(path)
    sheet = book[layout.SHEET_NAME]
    rows = {sheet.cell(r, 1).value: r for r in range(9, 21)}
    sheet.cell(rows["II.2"], 8).value = "22,5"  # typed with a comma, as text
    sheet.cell(rows["III.1"], 8).value = 2
    sheet.cell(rows["III.2"], 8).value = -1
    sheet.cell(rows["II.1"], 9).value = 15  # the block's score
    book.save(path)
    checked = import_scores(demo_db, path, dry_run=True)
    assert "self-scores to write: 3, agreed scores to write: 1" in checked.summary
    assert count(demo_db, "import_batches") == 0
    done = import_scores(demo_db, path)
    assert done.changes.kinds == {RecordKind.CLUSTERS, RecordKind.IMPORTS}
    result = result_of(demo_db, 2026, unit)
    assert result.score("II.2").self_points == D("22.5")
    assert result.score("III.2").self_points == D(-1)
    assert result.score("II.1").agreed_points == D(15)
    (kind, rows_read) = demo_db.execute(
        "SELECT list_kind, rows_read FROM import_batches"
    ).fetchone()
    assert (kind, rows_read) == ("scores", 7)
    with pytest.raises(KienanError, match="already imported"):
        import_scores(demo_db, path)


I2_REASON = "Khối thống nhất tính cả số hộ phân loại rác của tháng 12"


def office_sheet(
    unit="Tổ dân phố số 2", year_line="NĂM 2025", order="self first", reason=I2_REASON
):
    """A sheet as another office lays it out: its own heading in merged cells, a blank row,
    the header over two rows with the scores' columns in another order, group rows with
    their sums, a total and the signatures under it; the agreed I.2 stands apart from the
    points computed from the figures, for the reason in its "Ghi chú"."""
    book = Workbook()
    sheet = book.active  # "Sheet"; saved as the office named it
    sheet.title = "Sheet1"
    sheet["A1"] = "UBND PHƯỜNG KIẾN AN"
    sheet["A2"] = "KHỐI THI ĐUA CÁC TỔ DÂN PHỐ"
    sheet.merge_cells("A1:C1")
    sheet.merge_cells("A2:C2")
    sheet["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    sheet["E3"] = "Kiến An, ngày 10 tháng 01 năm 2026"
    sheet["A5"] = f"BẢNG ĐIỂM TỰ CHẤM THI ĐUA {year_line}"
    sheet.merge_cells("A5:G5")
    sheet["A6"] = "Đơn vị:"
    sheet["B6"] = unit
    own, agreed = ("Tự chấm", "Cụm thẩm định")
    top = ["TT", "Tiêu chí", "Điểm", "Số điểm", None, "Minh chứng", "Ghi chú"]
    under = [None, None, None, own, agreed, None]
    if order != "self first":
        under[3], under[4] = agreed, own
    for column, value in enumerate(top, start=1):
        sheet.cell(8, column, value)
    for column, value in enumerate(under, start=1):
        sheet.cell(9, column, value)
    sheet.merge_cells("D8:E8")
    sheet.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6) = (4) - (5)", "(7)"])
    body = [
        ["I", "Thực hiện các chỉ tiêu phong trào thi đua", 60, 58, 57],
        ["I.1", "Gia đình văn hóa", 25, 25, None],
        [],
        ["I.2", "Phân loại rác", 20, "21,5", "20,88", None, reason],
        ["I.3", "Quỹ vì người nghèo", 15, 15, None],
        ["II", "An ninh, trật tự và môi trường", 40, 39, None],
        ["II.1", "Không có điểm nóng", 15, 15, 15],
        ["II.2", "Vệ sinh môi trường", 25, 24.5, None],
        ["III.1", "Mô hình được biểu dương", None, 4, None],
        [None, "Tổng cộng", 100, 102.5, 35.88],
        [],
        [None, "NGƯỜI LẬP BIỂU", None, "TỔ TRƯỞNG", "8"],
    ]
    for row in body:
        if order != "self first" and len(row) >= 5:
            row = [*row[:3], row[4], row[3], *row[5:]]
        sheet.append(row)
    return book


def test_another_offices_layout_is_read_whatever_its_column_order(demo_db, tmp_path):
    unit = group_id(demo_db, 2)
    for order in ("self first", "agreed first"):
        path = tmp_path / f"{order}.xlsx"
        office_sheet(order=order).save(path)
        members = import_scores(demo_db, path, dry_run=True).members
        (member,) = members
        assert (member.cluster.name, member.year, member.unit_id) == (BLOCK, 2025, unit)
        assert member.sheet == "Sheet1"
        assert member.own == {
            "I.1": D(25),
            "I.2": D("21.5"),
            "I.3": D(15),
            "II.1": D(15),
            "II.2": D("24.5"),
            "III.1": D(4),
        }
        assert member.agreed == {"I.2": D("20.88"), "II.1": D(15)}


def test_an_agreed_score_apart_from_the_computed_points_needs_its_reason(demo_db, tmp_path):
    # Tổ dân phố số 4's figures give 20 points on I.2; the block agreed 20,88.
    path = tmp_path / "no reason.xlsx"
    office_sheet("Tổ dân phố số 4", reason=None).save(path)
    assert problems_of(demo_db, path) == [
        "sheet 'Sheet1', row 14, cell E14: the agreed 20.88 points differ from the 20 "
        "computed from the program's figures; write why in the column 'Lý do điều chỉnh'"
    ]
    path = tmp_path / "with reason.xlsx"
    office_sheet("Tổ dân phố số 4").save(path)
    import_scores(demo_db, path)
    (score,) = [
        s
        for r in scored_cluster(demo_db, find_cluster(demo_db, BLOCK).id, 2025).results
        if r.name == "Tổ dân phố số 4"
        for s in r.criteria
        if s.criterion.number == "I.2"
    ]
    assert (score.agreed_points, score.computed_points) == (D("20.88"), D(20))
    assert score.agreed_reason == I2_REASON


def test_an_ods_and_a_libreoffice_xlsx_are_read_alike(demo_db, tmp_path):
    book = office_sheet()
    rows = [[cell.value for cell in row] for row in book.active.iter_rows()]
    ods = write_ods(tmp_path / "office.ods", {"Sheet1": rows})
    (member,) = import_scores(demo_db, ods, dry_run=True).members
    assert member.own["I.2"] == D("21.5") and member.agreed["I.2"] == D("20.88")


@needs_office_suite
def test_a_sheet_saved_by_libreoffice_is_read(demo_db, tmp_path):
    import subprocess

    source = tmp_path / "office.xlsx"
    office_sheet().save(source)
    saved = tmp_path / "saved"
    saved.mkdir()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "ods",
            "--outdir",
            str(saved),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path),
            str(saved / "office.ods"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    for path in (saved / "office.ods", tmp_path / "office.xlsx"):
        (member,) = import_scores(demo_db, path, dry_run=True).members
        assert member.own["II.2"] == D("24.5") and member.agreed["II.1"] == D(15)


def problems_of(db, path) -> list[str]:
    with pytest.raises(ScoresRefused) as refused:
        import_scores(db, path)
    return [str(problem) for problem in refused.value.problems]


def test_every_wrong_cell_is_named_and_nothing_is_written(demo_db, tmp_path):
    book = office_sheet()
    sheet = book.active
    sheet["D12"] = 30  # I.1 over its maximum of 25
    sheet["E15"] = -2  # I.3 agreed negative
    sheet["D17"] = "mười lăm"  # II.1: text where a number is due
    sheet["A18"] = "III.9"  # a criterion the table has not
    sheet.append(["III.2", "Báo cáo chậm", None, -7, None])  # over the penalty's cap
    # The penalty is below the total row: the table ends there, it is not read.
    path = tmp_path / "wrong.xlsx"
    book.save(path)
    before = (scores_table(demo_db), count(demo_db, "import_batches"))
    problems = problems_of(demo_db, path)
    assert problems == [
        "sheet 'Sheet1', row 12, cell D12: Tổ dân phố số 2, criterion I.1: 30 points is over "
        "the maximum of 25",
        "sheet 'Sheet1', row 15, cell E15: Tổ dân phố số 2, criterion I.3: a score cannot be "
        "negative (-2)",
        "sheet 'Sheet1', row 17, cell D17: 'mười lăm' is not a number",
        "sheet 'Sheet1', row 18, cell A18: criterion III.9 is not in the 2025 table of "
        "Khối thi đua các tổ dân phố",
    ]
    assert (scores_table(demo_db), count(demo_db, "import_batches")) == before


def test_a_penalty_past_its_cap_and_a_score_without_a_number_are_named(demo_db, tmp_path):
    book = office_sheet()
    sheet = book.active
    sheet.insert_rows(19, 2)  # under II.2
    sheet["A19"], sheet["D19"] = "III.2", "-7"
    sheet["B20"], sheet["D20"] = "Điểm thêm", 3
    path = tmp_path / "penalty.xlsx"
    book.save(path)
    assert problems_of(demo_db, path) == [
        "sheet 'Sheet1', row 19, cell D19: Tổ dân phố số 2, criterion III.2: the penalty -7 is "
        "over its cap of -5",
        "sheet 'Sheet1', row 20, cell D20: a score on a row that names no criterion (no number "
        "in STT)",
    ]


def test_a_bonus_or_penalty_written_as_times_is_read_at_its_points_per_time(demo_db, tmp_path):
    book = office_sheet()
    sheet = book.active
    sheet["D19"] = "1 lần"  # III.1: 2 points a time, at most 4
    sheet.insert_rows(20)  # above the total
    sheet["A20"], sheet["D20"] = "III.2", "×3"  # -1 a time, at most -5
    path = tmp_path / "times.xlsx"
    book.save(path)
    import_scores(demo_db, path)
    second = result_of(demo_db, 2025, group_id(demo_db, 2))
    assert second.score("III.1").self_points == Decimal(2)
    assert second.score("III.2").self_points == Decimal(-3)
    # Kept as times, as typed in the grid: a corrected points per time would count them again.
    assert second.member.self_scores["III.2"] == Events(3)
    assert second.member.self_scores["III.1"] == Events(1)
    sheet["D20"] = "9 lần"  # the cap holds at -5: counted, not refused
    sheet["D19"] = "3 lan"  # 6 points a time over the cap of 4: held at 4
    book.save(path)
    import_scores(demo_db, path)
    second = result_of(demo_db, 2025, group_id(demo_db, 2))
    assert (second.score("III.1").self_points, second.score("III.2").self_points) == (4, -5)


def test_a_heading_that_names_no_member_or_a_unit_outside_the_cluster_is_refused(demo_db, tmp_path):
    cases = {
        "ward": (
            office_sheet(unit="Phường Kiến An"),
            "sheet 'Sheet1', row 6, cell B6: 'Phường Kiến An' is not a member of Khối thi đua "
            "các tổ dân phố for 2025",
        ),
        "no year": (
            office_sheet(year_line=""),
            "sheet 'Sheet1': the heading says no year",
        ),
        "two years": (
            office_sheet(year_line="NĂM 2025 - NĂM 2026"),
            "sheet 'Sheet1': the heading names several years: 2025, 2026",
        ),
        "2024": (
            office_sheet(year_line="NĂM 2024"),
            "sheet 'Sheet1', row 6, cell B6: 'Tổ dân phố số 2' is not a member",
        ),
    }
    for name, (book, expected) in cases.items():
        path = tmp_path / f"{name}.xlsx"
        book.save(path)
        (problem,) = problems_of(demo_db, path)
        assert problem.startswith(expected), name


def test_each_sheet_of_a_workbook_is_a_members_and_one_member_twice_is_refused(demo_db, tmp_path):
    book = office_sheet()
    other = book.copy_worksheet(book.active)
    other.title = "Tổ 4"
    other["B6"] = "Tổ dân phố số 4"
    path = tmp_path / "two.xlsx"
    book.save(path)
    members = import_scores(demo_db, path, dry_run=True).members
    assert [m.member for m in members] == ["Tổ dân phố số 2", "Tổ dân phố số 4"]
    other["B6"] = "tổ dân phố số 2"
    book.save(path)
    assert problems_of(demo_db, path) == [
        "sheet 'Tổ 4': the scores of Tổ dân phố số 2 (Khối thi đua các tổ dân phố, 2025) are "
        "on sheet 'Sheet1' already"
    ]


def test_a_file_without_a_score_table_or_a_word_document_is_refused(demo_db, tmp_path):
    book = Workbook()
    book.active.append(["STT", "Họ và tên"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    assert problems_of(demo_db, path)[0].startswith("no sheet holds a score table")
    with pytest.raises(KienanError, match="not a document"):
        import_scores(demo_db, tmp_path / "sheet.docx")


@pytest.mark.parametrize(
    ("typed", "points"),
    [(8, D(8)), (8.5, D("8.5")), ("8,5", D("8.5")), (" -2 ", D(-2)), ("15 điểm", D(15))],
)
def test_points_are_read_as_offices_type_them(typed, points):
    assert points_of(typed) == points


def test_a_spreadsheets_binary_noise_is_rounded_away():
    assert points_of(21.770000000000003) == D("21.77")
    assert points_of(0.1 + 0.2) == D("0.3")


def test_the_sheets_words_are_read_by_the_import(demo_db):
    """The program's own headers are among those the import reads."""
    assert layout.column_of_header(layout.SELF) == layout.SELF_COLUMN
    for header in layout.AGREED_BY_KIND.values():
        assert layout.column_of_header(header) == layout.AGREED_COLUMN
    assert layout.column_of_header("Điểm tự chấm (điểm)") == layout.SELF_COLUMN
    assert layout.column_of_header("ĐIỂM THẨM ĐỊNH") == layout.AGREED_COLUMN
    assert layout.column_of_header(words.ROW_NUMBER) == layout.NUMBER


def test_the_member_is_found_in_a_longer_label_or_in_a_heading_without_one(demo_db, tmp_path):
    labelled = office_sheet(unit="Tổ dân phố số 2 - Khối thi đua các tổ dân phố")
    unlabelled = office_sheet()
    unlabelled.active["A1"] = "TỔ DÂN PHỐ SỐ 4"
    unlabelled.active["A6"] = unlabelled.active["B6"] = None
    for book, expected in ((labelled, 2), (unlabelled, 4)):
        path = tmp_path / f"{expected}.xlsx"
        book.save(path)
        (member,) = import_scores(demo_db, path, dry_run=True).members
        assert member.unit_id == group_id(demo_db, expected)


def test_a_heading_without_its_cluster_is_the_one_cluster_with_that_member(demo_db, tmp_path):
    book = office_sheet()
    book.active["A2"] = None  # the block's name
    path = tmp_path / "no-cluster.xlsx"
    book.save(path)
    (member,) = import_scores(demo_db, path, dry_run=True).members
    assert (member.cluster.name, member.unit_id) == (BLOCK, group_id(demo_db, 2))
    book.active["B6"] = "Phường Kiến An"  # a member of the city's cluster, which has no table
    book.save(path)
    assert problems_of(demo_db, path) == [
        "sheet 'Sheet1': the heading names no emulation cluster or block recorded in the program"
    ]


def test_a_hostile_workbook_is_refused_by_the_guards_every_import_has(demo_db, tmp_path):
    from tests.support.hostile_workbooks import far_cell_xlsx, repeated_value_ods, zip_bomb_xlsx

    for path in (
        zip_bomb_xlsx(tmp_path / "bomb.xlsx"),
        far_cell_xlsx(tmp_path / "far.xlsx", with_a1=True),
        repeated_value_ods(tmp_path / "spread.ods"),
    ):
        with pytest.raises(KienanError) as refused:
            import_scores(demo_db, path)
        assert path.name in str(refused.value)
    assert count(demo_db, "import_batches") == 0
