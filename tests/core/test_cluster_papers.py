"""A cluster-year's papers: the score summary (members in rank order with self and agreed
totals, rank and remark, the points per criterion group where they fit, the leading members,
headed and signed by the leader unit of a city cluster or by the office for its block), its
workbook (numbers as numbers, A4 landscape, header row repeated), and the minutes of the
review meeting (those present, the scores, the vote, the conclusion), refused where no meeting
is recorded."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from docx import Document
from openpyxl import load_workbook

from kienan_awards.core import demo
from kienan_awards.core.clusters import scoring_store
from kienan_awards.core.clusters.cluster_papers import (
    cluster_header,
    cluster_papers_contents,
    write_cluster_papers,
)
from kienan_awards.core.clusters.clusters import find_cluster
from kienan_awards.core.clusters.scoring import Events
from kienan_awards.core.clusters.scoring_table import BONUS, JUDGED, PENALTY, YES_NO, Criterion
from kienan_awards.core.documents.cluster_papers import (
    A4_LANDSCAPE,
    Table,
    Text,
    groups_table,
    signing_name,
    summary_rows,
)
from kienan_awards.core.errors import KienanError

BLOCK = "Khối thi đua các tổ dân phố"
CITY = "Cụm thi đua số 4 (các phường)"
LONG_WARD = (
    "Phường Hưng Đạo (sáp nhập từ phường Hưng Đạo, phường Đa Phúc và một phần phường Tràng Minh)"
)


@pytest.fixture
def demo_db(db):
    demo.load_demo(db)
    return db


def _block(db):
    return find_cluster(db, BLOCK).id


def _texts(content) -> str:
    return "\n".join(block.text for block in content.blocks if isinstance(block, Text))


def _tables(content) -> list[Table]:
    return [block for block in content.blocks if isinstance(block, Table)]


def score_city_cluster(db, groups: int = 5) -> int:
    """The demo's city cluster given a 2025 table of `groups` groups and scores, one ward
    renamed at length."""
    cluster_id = find_cluster(db, CITY).id
    members = [
        unit_id
        for (unit_id,) in db.execute(
            "SELECT unit_id FROM cluster_members WHERE cluster_id = ? AND year = 2025 ORDER BY id",
            [cluster_id],
        )
    ]
    db.execute("UPDATE units SET name = ? WHERE id = ?", [LONG_WARD, members[-1]])
    db.conn.commit()
    criteria = [Criterion("I.1", "Kỷ luật, kỷ cương", YES_NO, Decimal(20), "Nhóm 1", must=True)]
    criteria += [
        Criterion(f"{n}.1", f"Tiêu chí {n}", JUDGED, Decimal(10), f"Nhóm {n}")
        for n in range(2, groups)
    ]
    criteria += [
        Criterion(
            "T.1",
            "Mô hình mới",
            BONUS,
            group="Thưởng, trừ",
            points_per_event=Decimal(5),
            cap=Decimal(10),
        ),
        Criterion(
            "T.2",
            "Báo cáo chậm",
            PENALTY,
            group="Thưởng, trừ",
            points_per_event=Decimal(-2),
            cap=Decimal(-10),
        ),
    ]
    scoring_store.save_table(db, cluster_id, 2025, criteria, leading_count=2)
    for place, unit_id in enumerate(members):
        scores = {"I.1": "20" if place != 3 else "0", "T.1": Events(place % 2)}
        scores |= {f"{n}.1": str(10 - place) for n in range(2, groups)}
        scoring_store.enter_self_scores(db, cluster_id, 2025, unit_id, scores)
        scoring_store.enter_agreed_scores(db, cluster_id, 2025, unit_id, scores)
    return cluster_id


def test_the_summary_lists_the_members_in_rank_order_with_totals_rank_and_remark(demo_db):
    summary, _minutes, scored, leading = cluster_papers_contents(demo_db, _block(demo_db), 2025)
    # The block's three groups fit beside the totals: one table, and the page holds it all.
    (ranking,) = _tables(summary)
    assert summary.paper is A4_LANDSCAPE and summary.heading.startswith("BẢNG TỔNG HỢP")
    assert summary.subtitles[0] == f"{BLOCK} năm 2025"
    headers = [column.header for column in ranking.columns]
    assert headers[:2] == ["STT", "Đơn vị"]
    assert headers[-4:] == ["Điểm tự chấm", "Điểm khối chấm", "Xếp hạng", "Ghi chú"]
    assert headers[2].startswith("I. Thực hiện các chỉ tiêu") and "(tối đa 60 điểm)" in headers[2]
    rows = [row.cells for row in ranking.rows]
    assert rows[0] == (
        "1.", "Tổ dân phố số 2", "60,88", "38", "4", "103,88", "102,88", "1", "Dẫn đầu"
    )  # fmt: skip
    assert rows[-1][1] == "Tổ dân phố số 3" and rows[-1][-1] == "Không đạt tiêu chí bắt buộc II.1"
    assert [row[-2] for row in rows] == ["1", "2", "3", "4"]
    # The widths fill the landscape text width exactly.
    assert sum(c.width_mm for c in ranking.columns) == pytest.approx(252, abs=0.2)
    # Each member's group points add up to its total.
    for line in summary_rows(scored):
        assert sum(line.group_points) == line.total
    assert "Tổ dân phố số 2 (102,88 điểm)" in _texts(summary)
    assert leading == [
        "Đơn vị dẫn đầu khối thi đua năm 2025 (1 đơn vị theo quy chế hoạt động khối thi đua "
        "các tổ dân phố: 1 tổ dẫn đầu được đề nghị Giấy khen): Tổ dân phố số 2 (102,88 điểm)."
    ]


def test_an_office_block_is_headed_and_signed_by_the_office(demo_db):
    summary, minutes, _scored, _leading = cluster_papers_contents(demo_db, _block(demo_db), 2025)
    assert summary.parent_lines == []
    assert summary.council_lines == ["ỦY BAN NHÂN DÂN", "PHƯỜNG KIẾN AN"]
    (signer,) = summary.signature_rows[0]
    assert signer.name and signer.title.endswith("CHỦ TỊCH")
    assert summary.place_date.startswith("Kiến An, ngày 16 tháng 12 năm 2025")
    assert minutes.council_lines == summary.council_lines


def test_the_minutes_say_who_came_the_scores_the_vote_and_the_conclusion(demo_db):
    _summary, minutes, _scored, _leading = cluster_papers_contents(demo_db, _block(demo_db), 2025)
    text = _texts(minutes)
    assert minutes.heading == "BIÊN BẢN" and minutes.number_line.endswith("/BB-KTĐ")
    assert "Thời gian: ngày 16 tháng 12 năm 2025." in text
    assert "Địa điểm: Nhà văn hóa tổ dân phố số 2, phường Kiến An." in text
    assert "4/4 đơn vị thành viên" in text
    assert "1. Tổ dân phố số 1: Ông Nguyễn Văn Tuấn, Tổ trưởng;" in text
    assert "Tổ dân phố số 2: 4/4 đơn vị có mặt đồng ý đề nghị (100%)." in text
    assert "Tổ dân phố số 1: 1/4 đơn vị có mặt đồng ý đề nghị (25%)." in text
    assert "thống nhất suy tôn Tổ dân phố số 2 là đơn vị dẫn đầu" in text
    assert "đề nghị khen thưởng: Giấy khen cho Tổ dân phố số 2." in text  # as proposed
    (scores,) = _tables(minutes)
    assert [row.cells[1] for row in scores.rows][0] == "Tổ dân phố số 2"
    secretary, chair = minutes.signature_rows[0]
    assert (secretary.title, secretary.name) == ("THƯ KÝ", "Đặng Minh Châu")
    assert (chair.title, chair.name) == ("CHỦ TỌA", "Hoàng Thị Lan")


def test_without_a_review_meeting_the_minutes_are_refused_and_nothing_is_written(demo_db, tmp_path):
    block = _block(demo_db)
    demo_db.execute("DELETE FROM cluster_reviews WHERE cluster_id = ?", [block])
    demo_db.conn.commit()
    folder = tmp_path / "papers"
    with pytest.raises(KienanError, match="no review meeting of Khối thi đua các tổ dân phố"):
        write_cluster_papers(demo_db, block, 2025, folder)
    assert not folder.exists()
    written = write_cluster_papers(demo_db, block, 2025, folder, minutes=False)
    assert [path.suffix for path in written] == [".docx", ".xlsx"]
    (summary,) = [path for path in written if path.suffix == ".docx"]
    assert "ngày ….. tháng ….. năm" in "\n".join(p.text for p in _paragraphs(summary))


def test_a_year_without_a_table_is_refused(demo_db, tmp_path):
    with pytest.raises(KienanError, match="has no scoring table for 2019"):
        write_cluster_papers(demo_db, _block(demo_db), 2019, tmp_path)


def _paragraphs(path):
    document = Document(str(path))
    found = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                found += cell.paragraphs
    return found


def test_the_papers_are_filed_under_readable_names_and_the_workbook_holds_numbers(
    demo_db, tmp_path
):
    folder = tmp_path / "papers"
    written = write_cluster_papers(demo_db, _block(demo_db), 2025, folder)
    assert [path.name for path in written] == [
        f"Bảng tổng hợp kết quả chấm điểm thi đua năm 2025 - {BLOCK}.docx",
        f"Bảng tổng hợp kết quả chấm điểm thi đua năm 2025 - {BLOCK}.xlsx",
        f"Biên bản họp khối thi đua năm 2025 - {BLOCK}.docx",
    ]
    text = "\n".join(p.text for p in _paragraphs(written[0]))
    assert "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA" in text and "102,88" in text
    section = Document(str(written[0])).sections[0]
    assert section.page_width > section.page_height  # landscape
    sheet = load_workbook(written[1]).active
    assert sheet.page_setup.orientation == "landscape" and str(sheet.page_setup.paperSize) == "9"
    assert sheet.print_title_rows is not None
    header = next(r for r in sheet.iter_rows() if r[0].value == "STT")[0].row
    first = [cell.value for cell in sheet[header + 1]]
    assert first[:4] == [1, "Tổ dân phố số 2", pytest.approx(103.88), pytest.approx(102.88)]
    assert first[-3:] == [pytest.approx(102.88), 1, "Dẫn đầu"]
    # Written again: the same names, replaced.
    again = write_cluster_papers(demo_db, _block(demo_db), 2025, folder)
    assert again == written and len(list(folder.iterdir())) == 3


def test_a_city_cluster_is_headed_by_its_leader_unit(demo_db):
    cluster_id = score_city_cluster(demo_db)
    summary, minutes, scored, _leading = cluster_papers_contents(demo_db, cluster_id, 2025)
    assert summary.parent_lines == ["UBND PHƯỜNG DƯƠNG KINH"]
    assert summary.council_lines == ["TRƯỞNG CỤM THI ĐUA SỐ 4"]
    assert summary.place_date.startswith("Dương Kinh, ngày")
    (signer,) = summary.signature_rows[0]
    assert signer.title == "TRƯỞNG CỤM THI ĐUA SỐ 4\nCHỦ TỊCH UBND PHƯỜNG DƯƠNG KINH"
    assert minutes.subtitles == ["Hội nghị Cụm thi đua số 4 bình xét, chấm điểm thi đua năm 2025"]
    # No proposal made from this ranking: the conclusion leaves the award to the authority.
    assert "đề nghị cấp có thẩm quyền xét khen thưởng." in _texts(minutes)
    names = [row.cells[1] for row in _tables(summary)[0].rows]
    assert LONG_WARD in names  # whole: the table wraps it
    header = cluster_header(demo_db, scored.cluster, 2026, dt.date(2026, 12, 1))
    assert header.parent_lines == ["UBND PHƯỜNG KIẾN AN"] and header.signer.name  # this ward


def test_groups_that_do_not_fit_across_the_page_are_left_out(demo_db):
    cluster_id = score_city_cluster(demo_db, groups=9)
    summary, _minutes, scored, _leading = cluster_papers_contents(demo_db, cluster_id, 2025)
    assert groups_table(scored, summary_rows(scored), A4_LANDSCAPE) is None
    assert len(_tables(summary)) == 1


def test_a_name_under_a_signature_drops_the_title_and_the_honorific():
    assert signing_name("Bà Hoàng Thị Lan, Tổ trưởng tổ dân phố số 2") == "Hoàng Thị Lan"
    assert signing_name("Ông Phạm Văn Thịnh") == "Phạm Văn Thịnh"
    assert signing_name("Nguyễn Văn A") == "Nguyễn Văn A"
    assert signing_name("") == ""
