"""A member's score sheet (bảng tự chấm điểm thi đua) as both its writer and its reader see
it: the sheet's fixed words, the headers its columns go by in the offices' own sheets, and a
cluster-year's member named the way the clerk names it.

The sheet is in Vietnamese whatever the window speaks; its fixed words are kept here. The
import reads the headers after folding case, diacritics, spaces and punctuation, as every list
import does (list_layout.header_key), a part in brackets left out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kienan_awards.core import vocabulary as words
from kienan_awards.core.clusters.clusters import Cluster
from kienan_awards.core.clusters.scoring_table import BONUS, JUDGED, PENALTY, TARGET, YES_NO
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists import cell_values
from kienan_awards.core.lists.list_layout import header_key
from kienan_awards.core.messages import Message
from kienan_awards.core.text import clean, fold

if TYPE_CHECKING:
    from sqlite_utils import Database

# --- the sheet's words -----------------------------------------------------------------------
SHEET_NAME = "Tự chấm điểm"
TITLE = "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM {year}"
# A member's sheet as the office files it when the sheets are sent out together.
SHEET_FILE = "Bảng tự chấm điểm thi đua năm {year} - {member}"
UNIT_LINE = "Đơn vị: {unit}"
TABLE_LINE = "Bảng tiêu chí: {source}"
BLANK_PLACE_AND_DATE = "……………, ngày …… tháng …… năm ……"
CRITERION_TEXT = "Nội dung tiêu chí"
METHOD = "Cách chấm"
MAXIMUM = "Điểm tối đa"
SELF = "Điểm tự chấm"
AGREED_BY_KIND = {"cluster": "Điểm cụm chấm", "block": "Điểm khối chấm"}
EVIDENCE = "Căn cứ / số liệu"
# Why the agreed points on a target criterion stand apart from those computed from the figures.
REASON = "Lý do điều chỉnh"
METHOD_WORDS = {
    TARGET: "Theo chỉ tiêu",
    YES_NO: "Đạt/không đạt",
    JUDGED: "Chấm theo mức",
    BONUS: "Điểm thưởng",
    PENALTY: "Điểm trừ",
}
MUST = "Tiêu chí bắt buộc."
TARGET_EVIDENCE = "{indicator}: kế hoạch {plan}, thực hiện {actual}, đạt {percent}% kế hoạch"
REPORTED = " (báo cáo ngày {day:%d/%m/%Y})"
COMPUTED = "Điểm tự chấm đề xuất tính từ số liệu của chương trình."
NO_PROGRAM_FIGURES = "Chương trình chưa có số liệu của đơn vị: đơn vị tự chấm."
ABOVE_PLAN_BONUS = "Thưởng {points} điểm mỗi 1% vượt kế hoạch, tối đa {cap} điểm."
PER_EVENT = "{points} điểm/lần, tối đa {cap} điểm."
PENALTY_HOW_TO = "Ghi số âm."
LEGEND = (
    "Ghi chú: ô tô màu là điểm đề xuất tính từ số liệu chỉ tiêu của chương trình, đơn vị kiểm "
    "tra và sửa nếu cần; ô để trống là chưa chấm; số thập phân ghi dấu phẩy (8,5)."
)

# "I. Thực hiện các chỉ tiêu": a group's numeral, printed in the STT column.
_GROUP_NUMERAL = re.compile(r"^([IVXLC]+|[A-Z]|\d+)\s*[.)]\s+(.+)$")

# --- the headers offices give the columns the import reads -----------------------------------
NUMBER_HEADERS = (words.ROW_NUMBER, "TT", "Số TT", "Số thứ tự", "Mã tiêu chí", "Tiêu chí số")
SELF_HEADERS = (
    SELF,
    "Tự chấm",
    "Đơn vị tự chấm",
    "Điểm đơn vị tự chấm",
    "Điểm tự chấm của đơn vị",
    "Tự chấm điểm",
    "Tự đánh giá",
    "Điểm tự đánh giá",
    "Đơn vị tự đánh giá",
)
AGREED_HEADERS = (
    *AGREED_BY_KIND.values(),
    "Cụm chấm",
    "Khối chấm",
    "Điểm cụm, khối chấm",
    "Cụm, khối chấm",
    "Điểm cụm thẩm định",
    "Điểm khối thẩm định",
    "Cụm thẩm định",
    "Khối thẩm định",
    "Điểm thẩm định",
    "Thẩm định",
    "Kết quả thẩm định",
    "Điểm đạt",
    "Điểm chấm chéo",
    "Chấm chéo",
    "Điểm thống nhất",
    "Điểm được duyệt",
    "Điểm do cụm chấm",
    "Điểm do khối chấm",
    "Trưởng cụm chấm",
    "Trưởng khối chấm",
)
TEXT_HEADERS = (
    CRITERION_TEXT,
    "Tiêu chí",
    "Nội dung",
    "Nội dung chấm điểm",
    "Tiêu chí chấm điểm",
    "Nội dung tiêu chí chấm điểm",
    "Tiêu chí thi đua",
    "Tên tiêu chí",
)
MAXIMUM_HEADERS = (MAXIMUM, "Điểm chuẩn", "Thang điểm", "Điểm quy định", "Điểm tối đa quy định")
REASON_HEADERS = (
    REASON,
    "Lý do",
    "Lý do điều chỉnh điểm",
    "Lý do chấm khác",
    "Giải trình",
    "Ý kiến giải trình",
    "Ghi chú",
)
NUMBER, TEXT, SELF_COLUMN, AGREED_COLUMN, MAXIMUM_COLUMN, REASON_COLUMN = (
    "number",
    "text",
    "self",
    "agreed",
    "maximum",
    "reason",
)
_COLUMN_OF_HEADER = {
    header_key(header): column
    for column, headers in (
        (NUMBER, NUMBER_HEADERS),
        (SELF_COLUMN, SELF_HEADERS),
        (AGREED_COLUMN, AGREED_HEADERS),
        (TEXT, TEXT_HEADERS),
        (MAXIMUM_COLUMN, MAXIMUM_HEADERS),
        (REASON_COLUMN, REASON_HEADERS),
    )
    for header in headers
}
# The labels a heading names the member unit under ("Đơn vị: Tổ dân phố số 1").
UNIT_LABELS = frozenset(
    header_key(label)
    for label in (
        words.UNIT,
        words.UNIT_NAME,
        "Đơn vị tự chấm",
        "Đơn vị được chấm",
        "Tên đơn vị tự chấm",
        "Cơ quan, đơn vị",
        "Thành viên",
        "Đơn vị thành viên",
    )
)


def group_heading(group: str) -> tuple[str, str]:
    """A group's label as its row prints it: (its numeral for the STT column, its text)."""
    found = _GROUP_NUMERAL.match(group)
    return (found.group(1), found.group(2)) if found else ("", group)


def column_of_header(value) -> str | None:
    """Which of the sheet's columns a header names, or None."""
    shown = cell_values.shown(value)
    if not shown:
        return None
    for candidate in (shown, re.sub(r"\(.*?\)", "", shown)):
        column = _COLUMN_OF_HEADER.get(header_key(candidate))
        if column is not None:
            return column
    return None


# --- a member of the cluster-year, named -----------------------------------------------------


def cluster_members(db: Database, cluster_id: int, year: int) -> list[tuple[int, str, str]]:
    """The cluster-year's members: (unit id, name, short name or '')."""
    return [
        (unit_id, name, short or "")
        for unit_id, name, short in db.execute(
            "SELECT u.id, u.name, u.short_name FROM cluster_members m "
            "JOIN units u ON u.id = m.unit_id WHERE m.cluster_id = ? AND m.year = ? "
            "ORDER BY m.id",
            [cluster_id, year],
        )
    ]


def _fitting(rows, given: str) -> list:
    """The rows whose name or short name is the one given (case and diacritics aside), else
    those that hold it as a part."""
    wanted = fold(clean(given))
    exact = [row for row in rows if wanted in (fold(row[1]), fold(row[2]))]
    if exact:
        return exact
    return [row for row in rows if wanted in fold(row[1]) or (row[2] and wanted in fold(row[2]))]


def find_member(db: Database, cluster: Cluster, year: int, given: str) -> int:
    """The member of the cluster-year named by its name or short name, or by a part of it that
    only one member holds (with or without diacritics). Refused when none fits (saying whether
    a unit of that name exists outside the cluster) or several do."""
    found = _fitting(cluster_members(db, cluster.id, year), given)
    if len(found) == 1:
        return found[0][0]
    if found:
        raise KienanError(
            Message(
                "'{name}' fits {count} members of {cluster} for {year}: {names}; give the "
                "whole name",
                name=clean(given),
                count=len(found),
                cluster=cluster.name,
                year=year,
                names="; ".join(row[1] for row in found),
            )
        )
    units = db.execute(
        "SELECT id, name, coalesce(short_name, '') FROM units WHERE deleted_at IS NULL"
    ).fetchall()
    elsewhere = _fitting(units, given)
    if not elsewhere:
        raise KienanError(Message("no unit is named '{name}'", name=clean(given)))
    raise KienanError(
        Message(
            "'{name}' is not a member of {cluster} for {year}",
            name=elsewhere[0][1] if len(elsewhere) == 1 else clean(given),
            cluster=cluster.name,
            year=year,
        )
    )
