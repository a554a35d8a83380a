"""Seeded office lists for the import fuzzer: lists as other offices and other
programs make them, and hostile ones.

``generate_list(seed, folder)`` writes one file and says what odd things it holds; the same
seed always gives the same list, so a failing seed can be replayed. The file is written by
one of several writers on purpose (XlsxWriter and openpyxl as other programs use them, a
hand-made .xlsx as small exporters and web systems write it, a LibreOffice-like .ods, a .csv),
since each stores the same table differently. Nothing here reads the program's own tables of
header names: the headers are the ones offices type, known to the reader or not.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from tests.support.hostile_workbooks import Member, write_zip
from tests.support.list_files import ODS_MANIFEST

LIST_KINDS = ("awards", "proposals", "people", "units")
# Zip members get one fixed time, so a seed gives the same bytes every time.
_FIXED_ZIP_TIME = (2025, 8, 1, 8, 0, 0)
_FIXED_CREATED = dt.datetime(2025, 8, 1, 8, 0, 0)
_TODAY = dt.date.today()
# Decisions since the two-tier government (1 July 2025).
_FIRST_DECISION_DAY = dt.date(2025, 7, 1)

# --- Vietnamese names, units and words ------------------------------------------------------
FAMILY_NAMES = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
    "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đoàn", "Lương", "Trịnh", "Đào", "Mạc",
)  # fmt: skip
MIDDLE_NAMES_MALE = ("Văn", "Hữu", "Đức", "Minh", "Quang", "Xuân", "Thành", "Công", "Trường")
MIDDLE_NAMES_FEMALE = ("Thị", "Thu", "Ngọc", "Thanh", "Kim", "Thùy", "Hồng", "Diệu", "Bích")
GIVEN_NAMES_MALE = (
    "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phong", "Quân",
    "Sơn", "Thắng", "Tuấn", "Việt", "Đạt", "Hòa", "Hoà", "Thủy", "Nghĩa",
)  # fmt: skip
GIVEN_NAMES_FEMALE = (
    "Anh", "Bích", "Chi", "Dung", "Hà", "Hằng", "Hương", "Lan", "Linh", "Mai", "Nga", "Ngọc",
    "Oanh", "Phương", "Thảo", "Trang", "Yến", "Đào", "Thúy", "Huyền",
)  # fmt: skip
# Some match the demo database ("Phòng Kinh tế"), some are ambiguous there ("Tổ dân phố số 1"
# is in every ward), two differ only in their diacritics.
UNITS = (
    "Phường Kiến An", "Phường Phù Liễn", "Xã Cẩm Giàng", "Xã Cẩm Giang",
    "Phòng Văn hóa - Xã hội", "Phòng Kinh tế", "Phòng Nội vụ", "Trường THCS Nam Sơn",
    "Trường Tiểu học Bắc Sơn", "Trạm Y tế phường Kiến An", "Tổ dân phố số 5",
    "Tổ dân phố số 1", "Văn phòng HĐND và UBND phường", "Công an phường Kiến An",
    "Hội Liên hiệp Phụ nữ phường", "Đoàn Thanh niên phường Kiến An", "Phường Đồng Hòa",
    "Phường Đồng Hoà",
)  # fmt: skip
COLLECTIVES = (
    "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Trường THCS Nam Sơn", "Tổ dân phố số 5",
    "Tổ dân phố số 1", "Lớp 9A Trường THCS Nam Sơn", "Trạm Y tế phường Kiến An",
    "Ban Chỉ huy Quân sự phường", "Chi hội Cựu chiến binh tổ dân phố số 3", "Xã Cẩm Giàng",
    "Bộ phận Một cửa phường Kiến An",
)  # fmt: skip
PLAIN_UNITS = tuple(
    u for u in UNITS if u not in ("Tổ dân phố số 1", "Xã Cẩm Giang", "Phường Đồng Hoà")
)
PLAIN_COLLECTIVES = tuple(c for c in COLLECTIVES if c != "Tổ dân phố số 1")
UNIT_KIND_WORDS = ("Phường", "Xã", "Phòng", "Cơ quan", "Tổ dân phố", "Khác", "Trường", "Quận")
POSITIONS = (
    "Chuyên viên", "Trưởng phòng", "Phó Trưởng phòng", "Giáo viên", "Hiệu trưởng", "Kế toán",
    "Công chức Văn hóa - Xã hội", "Tổ trưởng tổ dân phố", "Bí thư Chi bộ", "Nhân viên",
    "Phó Chủ tịch UBND phường",
)  # fmt: skip
FORMS_INDIVIDUAL = ("Giấy khen", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở")
FORMS_COLLECTIVE = ("Giấy khen", "Tập thể lao động tiên tiến", "Tập thể lao động xuất sắc")
FORMS_HOUSEHOLD = ("Gia đình văn hóa",)
UNKNOWN_FORMS = ("Huân chương Lao động hạng Ba", "Bằng khen", "Khen thưởng đột xuất")
ACHIEVEMENTS = (
    "Đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2025",
    "Hoàn thành xuất sắc nhiệm vụ năm 2025",
    "Có thành tích trong công tác phòng, chống bão số 3 (Yagi)",
    "Đạt danh hiệu Gia đình văn hóa 3 năm liền (2023 - 2025)",
    "Có thành tích xuất sắc trong thực hiện sắp xếp đơn vị hành chính năm 2025",
    "Hoàn thành tốt nhiệm vụ năm học 2024 - 2025",
    "Tích cực tham gia chuyển đổi số, năm 2026",
)
HONORIFICS = ("Ông", "Bà", "Đồng chí", "Đ/c", "Đại tá", "Thượng tá", "ThS.", "TS.", "Cô", "Thầy")
SECTION_ROWS = {
    "collective": ("I. TẬP THỂ", "I - Tập thể", "A. KHEN THƯỞNG TẬP THỂ", "TẬP THỂ"),
    "individual": ("II. CÁ NHÂN", "II - Cá nhân", "B. KHEN THƯỞNG CÁ NHÂN", "CÁ NHÂN"),
    "household": ("III. HỘ GIA ĐÌNH", "III - Hộ gia đình", "HỘ GIA ĐÌNH"),
}
KIND_CELLS = {
    "collective": ("Tập thể", "TAPTHE", "tập thể", "Collective"),
    "individual": ("Cá nhân", "CANHAN", "Khen thưởng cá nhân", "Individual"),
    "household": ("Hộ gia đình", "HOGIADINH", "Gia đình", "Household"),
}
TITLE_ROWS = (
    "ỦY BAN NHÂN DÂN PHƯỜNG KIẾN AN",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "DANH SÁCH",
    "Tập thể, cá nhân được tặng Giấy khen của Chủ tịch UBND phường",
    "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/8/2025 của Chủ tịch UBND phường)",
)
FOOTER_ROWS = (
    "Tổng cộng: {count} tập thể, cá nhân",
    "Người lập biểu",
    "CHỦ TỊCH",
    "(Đã ký)",
    "Nguyễn Trường Sơn",
)

# Headers as offices type them, the reader's aliases and others it may not know.
HEADERS = {
    "row_number": ("STT", "TT", "Số TT", "No.", "stt", "S.T.T"),
    "name": ("Họ và tên", "Họ tên", "HỌ VÀ TÊN", "Full name", "Họ và tên (2)"),
    "name_mixed": (
        "Tên tập thể/cá nhân/hộ gia đình",
        "Tên đơn vị / tập thể",
        "Họ và tên, tên tập thể",
        "Tên tập thể, cá nhân",
        "Họ và tên",
    ),  # fmt: skip
    "unit_name": ("Tên đơn vị", "Đơn vị", "Tên đơn vị / tập thể", "Unit", "Name"),
    "kind": ("Loại", "Đối tượng", "Kind", "Loại đối tượng", "Loại đơn vị"),
    "gender": ("Giới tính", "Giới tính (Nam/Nữ)", "Gender", "Sex", "Nam/Nữ"),
    "birth": (
        "Năm sinh",
        "Ngày sinh",
        "Ngày tháng năm sinh",
        "Ngày, tháng, năm sinh",
        "Year of birth",
    ),
    "position": ("Chức vụ", "Chức danh", "Position", "Chức vụ hiện nay"),
    "unit": ("Đơn vị", "Đơn vị công tác", "Cơ quan, đơn vị", "Unit", "Nơi công tác"),
    "position_unit": (
        "Chức vụ, đơn vị",
        "Chức vụ, đơn vị công tác",
        "Chức vụ - Đơn vị",
        "Position and unit",
    ),  # fmt: skip
    "form": ("Hình thức khen thưởng", "Hình thức", "Danh hiệu", "Award", "Hình thức đề nghị"),
    "achievement": ("Thành tích", "Nội dung thành tích", "Tóm tắt thành tích", "Achievement"),
    "decision_number": ("Số quyết định", "Số QĐ", "Decision number", "Số, ký hiệu QĐ"),
    "decision_date": ("Ngày quyết định", "Ngày QĐ", "Ngày ký", "Decision date"),
    "year": ("Năm", "Năm khen thưởng", "Năm thành tích", "Year"),
    "personal_id": ("CCCD", "Số CCCD", "Số CMND/CCCD", "Số định danh cá nhân", "Personal ID"),
    "parent": ("Trực thuộc", "Đơn vị cấp trên", "Thuộc", "Parent unit"),
    "valid_from": ("Ngày thành lập", "Từ ngày", "Valid from"),
    "valid_to": ("Ngày giải thể", "Đến ngày", "Ngày sáp nhập"),
    "other": ("Ghi chú", "Số tiền (đồng)", "Ký nhận", "Note", "Điện thoại"),
}

EXCEL_ERRORS = ("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!")
C0_CONTROLS = [chr(c) for c in range(0x00, 0x20) if chr(c) not in "\t\n\r"] + ["\x7f"]
C1_CONTROLS = [chr(c) for c in range(0x80, 0xA0)]
BIDI_CONTROLS = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u00ad")
EMOJI = ("🏅", "👍🏽", "🇻🇳", "👨\u200d👩\u200d👧", "⭐", "❤️", "𝐍𝐠𝐮𝐲𝐞̂̃𝐧")
FORBIDDEN_SHEET_NAMES = ("[DS]", "DS:2025", "Tập thể*", "Cá nhân?", "Đợt 1/2025", "DS\\cũ", "")
EXCEL_CELL_LIMIT = 32_767


# --- the generated list ---------------------------------------------------------------------
@dataclass
class GeneratedList:
    path: Path
    list_kind: str
    seed: int
    description: list[str]  # the odd things it holds, one short tag each
    argv: list[str] = field(default_factory=list)  # after FILE: --decision, --errors-out, ...
    writer: str = ""
    deliberately_large: bool = False  # a bomb, allowed past the usual 200 KB
    # For a plain list, the rows an accepted import must have read; None for the others.
    expected_rows: int | None = None

    @property
    def summary(self) -> str:
        return (
            f"seed {self.seed}: {self.list_kind} {self.path.name} [{', '.join(self.description)}]"
        )


@dataclass(frozen=True)
class Formula:
    text: str  # "=1/0"
    cached: object = None  # the result the writing program saved; None when it saved none


@dataclass(frozen=True)
class ErrorValue:
    code: str  # "#N/A"


@dataclass(frozen=True)
class DateSerial:
    """A number shown with a date format: what Excel stores for a date, also past its range."""

    number: float


@dataclass
class SheetPlan:
    name: str
    rows: list[list] = field(default_factory=list)  # rows[0] is Excel's row 1
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2
    hidden_rows: list[int] = field(default_factory=list)  # 0-based
    state: str = "visible"  # "hidden" or "veryHidden"
    far_cells: list[tuple[int, int, object]] = field(default_factory=list)  # 0-based row, col


# --- the generator ----------------------------------------------------------------------------
def generate_list(seed: int, folder: Path) -> GeneratedList:
    """One list for this seed, written into folder (created if needed)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    maker = _ListMaker(rng, seed, folder)
    return maker.make()


class _ListMaker:
    def __init__(self, rng: random.Random, seed: int, folder: Path):
        self.rng = rng
        self.seed = seed
        self.folder = folder
        self.tags: list[str] = []
        self.argv: list[str] = []
        self.kind = rng.choice(LIST_KINDS)
        self.large = False
        self.writer = ""
        # A plain list is the one the README promises to read: no oddity, consistent cells,
        # and readable headers. Most should be accepted; a refused one points at a gap.
        self.plain = False
        self.sections_wanted = False
        self.names_used: set[str] = set()  # a plain list names each person or unit once
        self.expected_rows = 0  # the records a plain list holds, all sheets together

    def tag(self, text: str) -> None:
        if text not in self.tags:
            self.tags.append(text)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def odd(self, p: float) -> bool:
        """An oddity a plain list never has."""
        return not self.plain and self.rng.random() < p

    # --- the whole file ---------------------------------------------------------------------
    def make(self) -> GeneratedList:
        rng = self.rng
        roll = rng.random()
        if roll < 0.10:
            path, writer = self._hostile_file()
        else:
            writer = rng.choices(
                ("xlsxwriter", "openpyxl", "ods", "raw-xlsx", "csv"), (36, 26, 22, 11, 5)
            )[0]
            self.writer = writer
            self.plain = writer != "csv" and self.chance(0.4)
            if self.plain:
                self.tag("plain")
            sheets = self._sheets()
            path = self._write(sheets, writer)
            if not self.plain:
                path = self._damage(path, writer)
        self._command_options(path)
        expected = self.expected_rows if self.plain else None
        return GeneratedList(
            path, self.kind, self.seed, self.tags, self.argv, writer, self.large, expected
        )

    def _file_name(self, suffix: str) -> Path:
        stem = self.rng.choice(
            ("Danh sách khen thưởng", "DS khen thuong", "list", "Tờ trình đề nghị", "DS")
        )
        if self.chance(0.05):
            stem = unicodedata.normalize("NFD", stem)
            self.tag("file-name-nfd")
        if self.chance(0.01):
            stem = f"{stem}\u202eslx"  # the old trick that shows "…xls" reversed
            self.tag("file-name-bidi")
        return self.folder / f"s{self.seed} {stem}{suffix}"

    def _command_options(self, path: Path) -> None:
        rng = self.rng
        if self.chance(0.3):
            target = self.folder / f"s{self.seed} loi.xlsx"
            odd = 1.0 if self.plain else rng.random()
            if odd < 0.04:
                target, tag = path, "errors-out-is-the-list"
            elif odd < 0.08:
                target, tag = self.folder / "no such folder" / "loi.xlsx", "errors-out-no-folder"
            elif odd < 0.11:
                target, tag = self.folder, "errors-out-is-a-folder"
            else:
                tag = "errors-out"
            self.argv += ["--errors-out", str(target)]
            self.tag(tag)
        if self.chance(0.12):
            self.argv.append("--dry-run")
            self.tag("dry-run")

    # --- sheets with a list -------------------------------------------------------------------
    def _sheets(self) -> list[SheetPlan]:
        rng = self.rng
        hostility = 0 if self.plain else rng.choices((0, 1, 2), (20, 45, 35))[0]
        main = self._list_sheet(hostility)
        sheets = [main]
        if self.chance(0.2):
            sheets.append(SheetPlan(rng.choice(("Sheet2", "Ghi chú", "Tổng hợp")), []))
            self.tag("empty-second-sheet")
        if self.odd(0.12):
            second = self._list_sheet(hostility)
            second.name = rng.choice(("Cá nhân", "Đợt 2", "Sheet3", main.name))
            sheets.append(second)
            self.tag("second-list-sheet")
            if second.name == main.name and self.writer in ("ods", "raw-xlsx"):
                self.tag("sheet-names-identical")
        if self.plain and self.writer in ("ods", "raw-xlsx") and self.chance(0.15):
            # One list over two sheets of the same name: other programs than Excel write it.
            second = self._list_sheet(0)
            second.name = main.name
            sheets.append(second)
            self.tag("sheet-names-identical")
        if self.chance(0.06):
            notes = SheetPlan("Hướng dẫn", [["Ghi chú: điền đủ các cột"], ["STT", "Nội dung"]])
            notes.state = rng.choice(("hidden", "veryHidden"))
            sheets.insert(rng.randrange(len(sheets) + 1), notes)
            self.tag("hidden-sheet")
        if self.odd(0.04):
            main.state = "hidden"
            self.tag("list-on-hidden-sheet")
        # Only OpenDocument and hand-made files can hold names Excel refuses.
        if self.writer in ("ods", "raw-xlsx") and self.odd(0.2):
            self._odd_sheet_names(sheets)
        if self.odd(0.08):
            self._far_cell(rng.choice(sheets))
        elif self.odd(0.02):
            # A stray value low down on every sheet: each alone may be read, all together
            # they are what a reader holds at once.
            for number in range(rng.randint(2, 5)):
                sheets.append(SheetPlan(f"Sheet{len(sheets) + number + 1}", []))
            # I1048576 on each: just under ten million cells a sheet.
            row, column = rng.choice(((1048575, 0), (1048575, 8), (199_999, 25), (524_287, 1)))
            for sheet in sheets:
                sheet.far_cells.append((row, column, " "))
            self.tag(f"far-cells-on-{len(sheets)}-sheets:{_ref(row, column)}")
        return sheets

    def _odd_sheet_names(self, sheets: list[SheetPlan]) -> None:
        rng = self.rng
        odd = rng.random()
        if odd < 0.45:
            sheets[0].name = rng.choice(FORBIDDEN_SHEET_NAMES)
            self.tag("sheet-name-excel-forbids")
        elif odd < 0.75:
            base = "Danh sách khen thưởng năm 2025 - đợt "  # 37 characters: equal in 31
            sheets[0].name = base + "1"
            if len(sheets) == 1:
                sheets.append(SheetPlan("x", [row[:] for row in sheets[0].rows]))
            sheets[1].name = base + "2"
            self.tag("sheet-names-equal-in-31")
        elif odd < 0.9:
            sheets[0].name = rng.choice(("Danh\nsách", "DS\t1", "'DS'", "History", "DS\x07"))
            self.tag("sheet-name-odd-characters")
        else:
            sheets[0].name = "Đ" * rng.choice((32, 100, 300))
            self.tag("sheet-name-long")

    def _far_cell(self, sheet: SheetPlan) -> None:
        ref = self.rng.choice(
            ((1048575, 77), (1048575, 99), (1048575, 16383), (16383, 16383), (0, 16383),
             (65535, 255), (1048575, 0), (199_999, 25))
        )  # fmt: skip
        value = self.rng.choice((" ", " ", "x", 0, ""))
        sheet.far_cells.append((*ref, value))
        self.tag(f"far-cell:{_ref(*ref)}")

    def _list_sheet(self, hostility: int) -> SheetPlan:
        rng = self.rng
        columns = self._columns()
        records = self._records(columns)
        if self.plain:
            self.expected_rows += len(records)
        header = [_header_text(rng, name, self.kind, self.plain) for name in columns]
        sheet = SheetPlan(rng.choice(("Danh sách", "DS", "Sheet1", "Tập thể - cá nhân", "KT")))
        width = len(columns)
        # Title rows, merged across, as offices put above the table.
        if self.chance(0.55):
            count = rng.randint(1, len(TITLE_ROWS))
            for title in TITLE_ROWS[:count]:
                sheet.rows.append([title])
                if width > 1 and self.chance(0.8):
                    sheet.merges.append((len(sheet.rows) - 1, 0, len(sheet.rows) - 1, width - 1))
            sheet.rows.append([])
            self.tag("title-rows")
        if self.odd(0.08):  # the header pushed down past where lists usually start
            for _ in range(rng.randint(10, 22)):
                sheet.rows.append([])
            self.tag("header-far-down")
        offset = rng.choice((0, 0, 0, 0, 1, 2, 5)) if self.chance(0.25) else 0
        if offset:
            self.tag("table-moved-right")
        header_index = len(sheet.rows)
        split_birth = "birth" in columns and self.kind in ("awards", "people") and self.odd(0.1)
        if split_birth:  # "Ngày tháng năm sinh" over two columns "Nam" / "Nữ"
            at = columns.index("birth")
            columns = [*columns[: at + 1], "birth_female", *columns[at + 1 :]]
            header = [*header[:at], "Ngày tháng năm sinh", None, *header[at + 1 :]]
            sheet.rows.append([None] * offset + header)
            sub = [None] * len(columns)
            sub[at], sub[at + 1] = "Nam", "Nữ"
            sheet.rows.append([None] * offset + sub)
            sheet.merges.append((header_index, offset + at, header_index, offset + at + 1))
            self.tag("birth-split-nam-nu")
        else:
            sheet.rows.append([None] * offset + header)
        if self.odd(0.25):
            numbers = (
                [f"({n})" for n in range(1, len(columns) + 1)]
                if self.chance(0.6)
                else list(range(1, len(columns) + 1))
            )
            sheet.rows.append([None] * offset + numbers)
            self.tag("numbers-row")
        sections = self.kind in ("awards", "proposals") and self.sections_wanted
        section = None
        number = 0
        repeat_header_at = rng.randrange(len(records)) if self.odd(0.05) and records else -1
        # Some offices leave STT out on a few rows, or leave a blank row here and there.
        unnumbered = 0.15 if self.odd(0.1) else 0.0
        blank_after = 0.1 if self.chance(0.1) else 0.0
        for index, record in enumerate(records):
            if index == repeat_header_at:
                sheet.rows.append([None] * offset + list(header))
                self.tag("header-repeated")
            if sections and record.get("_kind") != section:
                section = record.get("_kind")
                words = (
                    SECTION_ROWS[section][0] if self.plain else rng.choice(SECTION_ROWS[section])
                )
                sheet.rows.append([None] * offset + [words])
                number = 0
                self.tag("section-rows")
            number += 1
            if split_birth:
                birth = record.pop("birth", None)
                if record.get("_gender") == "female":
                    record["birth_female"] = birth
                else:
                    record["birth"] = birth
            record["row_number"] = number
            row = [record.get(name) for name in columns]
            if unnumbered and self.chance(unnumbered):
                row[0] = None
                self.tag("rows-without-stt")
            sheet.rows.append([None] * offset + row)
            if blank_after and self.chance(blank_after):
                sheet.rows.append([])
                self.tag("blank-rows")
        if self.chance(0.3):
            sheet.rows.append([])
            for line in FOOTER_ROWS[: rng.randint(1, len(FOOTER_ROWS))]:
                cell = line.format(count=len(records))
                sheet.rows.append([None] * rng.randint(0, width) + [cell])
            self.tag("footer-rows")
        if self.odd(0.08):
            hidden = [rng.randrange(len(sheet.rows)) for _ in range(rng.randint(1, 3))]
            sheet.hidden_rows = sorted(set(hidden))
            self.tag("hidden-rows")
        if hostility:
            self._mutate(sheet, header_index + 1, offset, columns, hostility)
        return sheet

    # --- columns and records ----------------------------------------------------------------
    def _columns(self) -> list[str]:
        rng, kind = self.rng, self.kind
        if kind in ("awards", "proposals"):
            columns = ["row_number", "name"]
            if self.chance(0.3):
                columns.append("kind")
            for name, p in (("birth", 0.5), ("gender", 0.5)):
                if self.chance(p):
                    columns.append(name)
            columns += rng.choice(
                (["position", "unit"], ["position_unit"], ["unit"], ["position_unit", "unit"], [])
            )
            if self.chance(0.85) or (self.plain and kind == "proposals"):
                columns.append("form")
            if self.chance(0.8):
                columns.append("achievement")
            if kind == "awards" and self.chance(0.6):
                columns += ["decision_number", "decision_date"]
            if self.chance(0.3 if kind == "awards" else 0.7) or (
                self.plain and kind == "proposals"
            ):
                columns.append("year")
            if self.chance(0.2):
                columns.append("personal_id")
        elif kind == "people":
            columns = ["row_number", "name"]
            for name, p in (("gender", 0.7), ("birth", 0.7)):
                if self.chance(p):
                    columns.append(name)
            columns += rng.choice((["position", "unit"], ["position_unit"], ["unit"]))
            if self.chance(0.5):
                columns.append("personal_id")
        else:
            columns = ["row_number", "name"]
            for name, p in (("kind", 0.6), ("parent", 0.4), ("valid_from", 0.3), ("valid_to", 0.1)):
                if self.chance(p):
                    columns.append(name)
        if self.chance(0.25):
            columns.insert(rng.randint(2, len(columns)), "other")
        if self.odd(0.06):
            self.tag("no-row-number-column")
            columns.remove("row_number")
        if self.odd(0.1):
            moved = columns[1:]
            rng.shuffle(moved)
            columns = columns[:1] + moved
            self.tag("columns-shuffled")
        if self.kind == "awards":
            self._decision_options(columns)
        elif self.kind == "proposals" and "form" not in columns:
            self.argv += [
                "--form",
                "Giấy khen" if self.chance(0.7) else rng.choice(FORMS_INDIVIDUAL),
            ]
        return columns

    def _decision_options(self, columns: list[str]) -> None:
        rng = self.rng
        if "decision_number" not in columns and (self.plain or self.chance(0.9)):
            self.argv += ["--decision", _decision_number(rng)]
        if "decision_date" not in columns and (self.plain or self.chance(0.9)):
            day = _decision_day(rng)
            shown = rng.choice(
                (f"{day:%d/%m/%Y}", f"{day.day}/{day.month}/{day.year}", day.isoformat())
            )
            if self.odd(0.05):
                shown = rng.choice(("31/02/2026", "12/13/2025", "hôm qua", "01/01/1800", "0/0/0"))
                self.tag("bad-date-option")
            self.argv += ["--date", shown]
        if "form" not in columns and (self.plain or self.chance(0.9)):
            # One form for every row: Giấy khen goes to people, collectives and households.
            form = "Giấy khen" if self.plain else rng.choice(FORMS_INDIVIDUAL)
            if self.odd(0.05):
                form = rng.choice((*UNKNOWN_FORMS, "giay khen", "GIAY_KHEN", "Giấy khen\x1b[2J"))
                self.tag("odd-form-option")
            self.argv += ["--form", form]

    def _records(self, columns: list[str]) -> list[dict]:
        rng = self.rng
        count = rng.choice((1, 2, 3, 5, 8, 12, 20, 30, 45, 80, 150))
        if self.kind == "units":
            records = [self._unit_record() for _ in range(count)]
        elif self.kind == "people":
            records = [self._person_record() for _ in range(count)]
        else:
            # Without a kind column or section rows, a plain list names only people: a
            # household is told from a person by those alone.
            kinds_known = "kind" in columns or self.rng.random() < 0.6
            self.sections_wanted = kinds_known and "kind" not in columns
            decision = (_decision_number(rng), _decision_day(rng))
            records = []
            for _ in range(count):
                roll = rng.random()
                kind = "collective" if roll < 0.25 else "household" if roll < 0.32 else "individual"
                if self.plain and not kinds_known:
                    kind = "individual"
                records.append(self._award_record(kind, decision))
            if self.odd(0.06):
                records[rng.randrange(len(records))]["form"] = rng.choice(UNKNOWN_FORMS)
                self.tag("unknown-form")
            order = {"collective": 0, "individual": 1, "household": 2}
            records.sort(key=lambda r: order[r["_kind"]])
        if self.plain:  # one row per person or unit, as a careful clerk sends it
            unique = []
            for record in records:
                key = " ".join(record["name"].casefold().split())
                if key not in self.names_used:
                    self.names_used.add(key)
                    unique.append(record)
            records = unique
            if self.kind == "units":
                self._plain_parents(records)
        elif self.chance(0.08) and records:  # the same person twice
            records.append(dict(records[rng.randrange(len(records))]))
            self.tag("duplicate-row")
        return records

    def _plain_parents(self, records: list[dict]) -> None:
        """A parent named in a plain list of units is a unit listed above it."""
        for index, record in enumerate(records):
            earlier = [r["name"] for r in records[:index]]
            record["parent"] = self.rng.choice(earlier) if earlier and self.chance(0.4) else None

    def _person_name(self, gender: str) -> str:
        rng = self.rng
        female = gender == "female"
        middle = rng.choice(MIDDLE_NAMES_FEMALE if female else MIDDLE_NAMES_MALE)
        if self.chance(0.15):
            middle += " " + rng.choice(MIDDLE_NAMES_FEMALE if female else MIDDLE_NAMES_MALE)
        given = rng.choice(GIVEN_NAMES_FEMALE if female else GIVEN_NAMES_MALE)
        return f"{rng.choice(FAMILY_NAMES)} {middle} {given}"

    def _unit(self) -> str:
        # Units that the demo database holds ten times, and the two spelt alike, make a plain
        # list ambiguous on purpose; they belong to the other lists.
        choices = PLAIN_UNITS if self.plain else UNITS
        return self.rng.choice(choices)

    def _person_record(self) -> dict:
        rng = self.rng
        gender = rng.choice(("male", "female"))
        born = dt.date(rng.randint(1962, 2004), rng.randint(1, 12), rng.randint(1, 28))
        male_words, female_words = ("Nam", "nam", "NAM"), ("Nữ", "nữ", "NỮ")
        record = {
            "_gender": gender,
            "_kind": "individual",
            "name": self._person_name(gender),
            "gender": rng.choice(male_words if gender == "male" else female_words),
            "birth": rng.choice((born.year, born.year, born, f"{born:%d/%m/%Y}", str(born.year))),
            "position": rng.choice(POSITIONS),
            "unit": self._unit(),
            "personal_id": _personal_id(rng, born, gender),
            "other": rng.choice((None, "", "0912 345 678", "Đảng viên")),
        }
        record["position_unit"] = f"{record['position']}, {record['unit']}"
        if self.odd(0.1):
            record["position_unit"] = f"{record['position']} {record['unit']}"
        if self.chance(0.15):
            record["position"] = None
        return record

    def _award_record(self, kind: str, decision) -> dict:
        rng = self.rng
        if kind == "individual":
            record = self._person_record()
            record["form"] = rng.choice(FORMS_INDIVIDUAL)
        elif kind == "collective":
            name = rng.choice(PLAIN_COLLECTIVES if self.plain else COLLECTIVES)
            record = {"name": name, "unit": rng.choice(("Phường Kiến An", None, "Xã Cẩm Giàng"))}
            record["form"] = rng.choice(FORMS_COLLECTIVE)
        else:
            head = self._person_name(rng.choice(("male", "female")))
            name = rng.choice((f"Hộ gia đình ông {head}", f"Gia đình bà {head}", f"Hộ {head}"))
            record = {"name": name, "unit": rng.choice(("Tổ dân phố số 5", "Phường Kiến An"))}
            record["form"] = rng.choice(FORMS_HOUSEHOLD)
        record["_kind"] = kind
        record["kind"] = KIND_CELLS[kind][0] if self.plain else rng.choice(KIND_CELLS[kind])
        record["achievement"] = rng.choice(ACHIEVEMENTS)
        if self.chance(0.1):
            number, day = _decision_number(rng), _decision_day(rng)
        else:
            number, day = decision
        record["decision_number"] = number
        record["decision_date"] = rng.choice(
            (day, day, f"{day:%d/%m/%Y}", f"ngày {day.day} tháng {day.month} năm {day.year}")
        )
        record["year"] = 2025 if self.plain else rng.choice((2025, 2025, "2025", 2026))
        return record

    def _unit_record(self) -> dict:
        rng = self.rng
        if self.plain:
            name = rng.choice((*PLAIN_UNITS, f"Tổ dân phố số {rng.randint(6, 40)} phường Kiến An"))
            kind = _plain_unit_kind(name)
        else:
            name = rng.choice((*UNITS, *COLLECTIVES, f"Tổ dân phố số {rng.randint(1, 40)}"))
            kind = rng.choice(UNIT_KIND_WORDS)
        began = _decision_day(rng) if self.chance(0.5) else dt.date(rng.randint(1990, 2024), 1, 1)
        return {
            "_kind": "collective",
            "name": name,
            "kind": kind,
            "parent": rng.choice((None, None, "Phường Kiến An", "Xã Cẩm Giàng", "Quận Kiến An")),
            "valid_from": rng.choice((began, f"{began:%d/%m/%Y}")),
            "valid_to": rng.choice((None, None, dt.date(2025, 6, 30), "30/6/2025"))
            if not self.plain
            else None,
        }

    # --- mutations of cells -------------------------------------------------------------------
    def _mutate(self, sheet: SheetPlan, first_row: int, offset: int, columns, hostility: int):
        rng = self.rng
        data_rows = [
            r for r in range(first_row, len(sheet.rows)) if len(sheet.rows[r]) > offset + 1
        ]
        if not data_rows:
            return
        mutations = (
            self._control_characters, self._bidi, self._zero_width, self._combining_marks,
            self._decomposed, self._eth_for_d, self._emoji, self._long_text, self._single_spaces,
            self._capitals, self._honorifics, self._wrong_types, self._dates_as_text,
            self._dates_out_of_range, self._excel_errors, self._formulas, self._booleans,
            self._personal_ids, self._odd_numbers, self._odd_genders, self._line_breaks,
            self._units_differing_in_diacritics,
        )  # fmt: skip
        count = rng.randint(1, 3) if hostility == 1 else rng.randint(3, 8)
        for mutate in rng.sample(mutations, count):
            mutate(sheet, data_rows, offset, columns)

    def _cells(self, sheet, rows, offset, columns, wanted=None, count=None):
        """Positions (row, column) of cells to change: in the wanted columns when given."""
        rng = self.rng
        indexes = [i for i, name in enumerate(columns) if wanted is None or name in wanted]
        if not indexes:
            return []
        count = count or rng.randint(1, 3)
        picked = []
        for _ in range(count):
            row = rng.choice(rows)
            column = offset + rng.choice(indexes)
            while len(sheet.rows[row]) <= column:
                sheet.rows[row].append(None)
            picked.append((row, column))
        return picked

    def _text_cells(self, sheet, rows, offset, columns, count=None):
        wanted = ("name", "position", "unit", "position_unit", "achievement", "form", "parent")
        return self._cells(sheet, rows, offset, columns, wanted, count)

    def _insert(self, sheet, where, piece: str) -> None:
        row, column = where
        value = sheet.rows[row][column]
        text = "" if value is None else _as_text(value)
        at = self.rng.randint(0, len(text))
        sheet.rows[row][column] = text[:at] + piece + text[at:]

    def _control_characters(self, sheet, rows, offset, columns):
        for where in self._text_cells(sheet, rows, offset, columns):
            char = self.rng.choice(C0_CONTROLS + C1_CONTROLS)
            self._insert(sheet, where, char)
            self.tag("control-character")
            if char == "\x00":
                self.tag("nul-character")

    def _bidi(self, sheet, rows, offset, columns):
        for where in self._text_cells(sheet, rows, offset, columns):
            self._insert(sheet, where, self.rng.choice(BIDI_CONTROLS))
        self.tag("bidi-control")

    def _zero_width(self, sheet, rows, offset, columns):
        for where in self._text_cells(sheet, rows, offset, columns):
            self._insert(sheet, where, self.rng.choice(ZERO_WIDTH))
        self.tag("zero-width")

    def _combining_marks(self, sheet, rows, offset, columns):
        for where in self._text_cells(sheet, rows, offset, columns):
            marks = "".join(
                chr(self.rng.randint(0x300, 0x36F)) for _ in range(self.rng.choice((1, 3, 40)))
            )
            self._insert(sheet, where, marks)
        self.tag("combining-marks")

    def _decomposed(self, sheet, rows, offset, columns):
        for row in rows:
            sheet.rows[row] = [
                unicodedata.normalize("NFD", v) if isinstance(v, str) else v
                for v in sheet.rows[row]
            ]
        self.tag("nfd-text")

    def _eth_for_d(self, sheet, rows, offset, columns):
        for row in rows:
            sheet.rows[row] = [
                v.replace("Đ", "Ð").replace("đ", "ð") if isinstance(v, str) else v
                for v in sheet.rows[row]
            ]
        self.tag("eth-for-d")

    def _emoji(self, sheet, rows, offset, columns):
        for where in self._text_cells(sheet, rows, offset, columns):
            self._insert(sheet, where, self.rng.choice(EMOJI))
        self.tag("emoji")

    def _long_text(self, sheet, rows, offset, columns):
        length = self.rng.choice(
            (300, 4_000, 4_001, 10_000, EXCEL_CELL_LIMIT, EXCEL_CELL_LIMIT + 5)
        )
        for where in self._text_cells(sheet, rows, offset, columns, count=1):
            words = "Có thành tích xuất sắc trong phong trào thi đua "
            sheet.rows[where[0]][where[1]] = (words * (length // len(words) + 1))[:length]
        self.tag(f"long-text:{length}")

    def _single_spaces(self, sheet, rows, offset, columns):
        for row in rows:
            sheet.rows[row] = [" " if v is None else v for v in sheet.rows[row]]
            width = offset + len(columns)
            sheet.rows[row] += [" "] * (width - len(sheet.rows[row]))
        self.tag("single-spaces-in-empty-cells")

    def _capitals(self, sheet, rows, offset, columns):
        column = offset + columns.index("name") if "name" in columns else None
        if column is None:
            return
        for row in rows:
            value = sheet.rows[row][column] if column < len(sheet.rows[row]) else None
            if isinstance(value, str):
                sheet.rows[row][column] = value.upper()
        self.tag("names-in-capitals")

    def _honorifics(self, sheet, rows, offset, columns):
        for where in self._cells(sheet, rows, offset, columns, ("name",)):
            value = sheet.rows[where[0]][where[1]]
            if isinstance(value, str):
                sheet.rows[where[0]][where[1]] = f"{self.rng.choice(HONORIFICS)} {value}"
        self.tag("honorifics")

    def _wrong_types(self, sheet, rows, offset, columns):
        choices = (12345, 3.5, -0.0, 1e20, 0, 2**53 + 1, 1e-300, float("nan"), float("inf"))
        for where in self._text_cells(sheet, rows, offset, columns):
            value = self.rng.choice(choices)
            sheet.rows[where[0]][where[1]] = value
            if value != value or value in (float("inf"),):
                self.tag("nan-or-infinity")
        self.tag("numbers-where-text-expected")

    def _dates_as_text(self, sheet, rows, offset, columns):
        wanted = ("decision_date", "birth", "valid_from", "valid_to", "birth_female")
        for where in self._cells(sheet, rows, offset, columns, wanted):
            day = _decision_day(self.rng)
            sheet.rows[where[0]][where[1]] = self.rng.choice(
                (
                    f"{day:%d/%m/%Y}", f"{day.day}/{day.month}/{day.year}", f"{day:%d-%m-%Y}",
                    f"{day:%d.%m.%Y}", day.isoformat(), f"{day:%Y/%m/%d}", f"{day:%d/%m/%y}",
                    f"ngày {day.day} tháng {day.month} năm {day.year}", f"{day:%b %d, %Y}",
                    f"Tháng {day.month}/{day.year}", f"{day.isoformat()}T08:30:00",
                    f" {day:%d/%m/%Y} ", f"{day:%d / %m / %Y}", "Quý III/2025", "29/02/2025",
                    "00/00/0000", f"{day:%d}/{day:%m}/{day.year + 10000}",
                )
            )  # fmt: skip
        self.tag("dates-as-text")

    def _dates_out_of_range(self, sheet, rows, offset, columns):
        wanted = ("decision_date", "birth", "valid_from", "valid_to", "year", "birth_female")
        for where in self._cells(sheet, rows, offset, columns, wanted):
            sheet.rows[where[0]][where[1]] = self.rng.choice(
                (
                    DateSerial(60), DateSerial(0), DateSerial(-1), DateSerial(2_958_466),
                    DateSerial(1e10), DateSerial(59.5), DateSerial(73_416), 60,
                    dt.date(1899, 12, 31), dt.date(1800, 1, 1), dt.date(2101, 1, 1),
                    dt.date(9999, 12, 31), dt.datetime(2025, 8, 12, 23, 59, 59), dt.time(8, 30),
                    dt.date(1, 1, 1),
                )
            )  # fmt: skip
        self.tag("dates-out-of-range")

    def _excel_errors(self, sheet, rows, offset, columns):
        for where in self._cells(sheet, rows, offset, columns):
            sheet.rows[where[0]][where[1]] = ErrorValue(self.rng.choice(EXCEL_ERRORS))
        self.tag("excel-errors")

    def _formulas(self, sheet, rows, offset, columns):
        for where in self._cells(sheet, rows, offset, columns):
            sheet.rows[where[0]][where[1]] = self.rng.choice(
                (
                    Formula("=1+1", 2), Formula("=A1"), Formula("=1/0", "#DIV/0!"),
                    Formula('=CONCATENATE("Nguyễn"," Văn An")', "Nguyễn Văn An"),
                    Formula('=HYPERLINK("http://example.invalid","x")', "x"),
                    Formula("=NOW()", 46000.5), Formula("=VLOOKUP(A1,Sheet2!A:B,2,0)", "#N/A"),
                    Formula("=TRUE()", True), Formula("=SUM(A1:A1048576)", 0),
                    "=cmd|' /C calc'!A0", "=1+1", "@SUM(1)", "+84912345678", "-",
                )
            )  # fmt: skip
        self.tag("formulas")

    def _booleans(self, sheet, rows, offset, columns):
        for where in self._cells(sheet, rows, offset, columns):
            sheet.rows[where[0]][where[1]] = self.rng.choice((True, False))
        self.tag("booleans")

    def _personal_ids(self, sheet, rows, offset, columns):
        for where in self._cells(sheet, rows, offset, columns, ("personal_id", "other", "name")):
            sheet.rows[where[0]][where[1]] = self.rng.choice(
                (
                    "'031085012345", "031234567", 31234567, 31085012345, "031 085 012 345",
                    "031.085.012.345", "03108501234", "0310850123456", "CCCD: 031085012345",
                    "031085O12345", 1.23456789012e11, "'031234567", 0,
                )
            )  # fmt: skip
        self.tag("cmnd-and-cccd")

    def _odd_numbers(self, sheet, rows, offset, columns):
        for where in self._cells(sheet, rows, offset, columns, ("row_number", "year", "birth")):
            sheet.rows[where[0]][where[1]] = self.rng.choice(
                (
                    "1.",
                    "1a",
                    "I",
                    1.5,
                    -3,
                    10**7,
                    "2025.0",
                    20255,
                    25,
                    "năm 2025",
                    "1985 ",
                    "１９８５",
                )
            )
        self.tag("odd-numbers")

    def _odd_genders(self, sheet, rows, offset, columns):
        for where in self._cells(sheet, rows, offset, columns, ("gender",)):
            sheet.rows[where[0]][where[1]] = self.rng.choice(
                (
                    "x",
                    "Nam/Nữ",
                    1,
                    "N",
                    "Nu",
                    "nữ ",
                    "NỮ",
                    "Female",
                    "Khác",
                    unicodedata.normalize("NFD", "Nữ"),
                )
            )
        self.tag("odd-genders")

    def _line_breaks(self, sheet, rows, offset, columns):
        for where in self._text_cells(sheet, rows, offset, columns):
            self._insert(
                sheet, where, self.rng.choice(("\n", "\r\n", "\t", "\u00a0", "\u2028", "  "))
            )
        self.tag("line-breaks-and-odd-spaces")

    def _units_differing_in_diacritics(self, sheet, rows, offset, columns):
        for where in self._cells(sheet, rows, offset, columns, ("unit", "name", "parent")):
            sheet.rows[where[0]][where[1]] = self.rng.choice(
                ("Xã Cẩm Giàng", "Xã Cẩm Giang", "Xa Cam Giang", "XÃ CẨM GIÀNG", "Phường Đồng Hoà")
            )
        self.tag("units-differing-in-diacritics")

    # --- writing -------------------------------------------------------------------------
    def _write(self, sheets: list[SheetPlan], writer: str) -> Path:
        if writer == "csv":
            self.tag("csv")
            return _write_csv(self._file_name(".csv"), sheets[0], self.rng)
        if writer == "ods":
            path = _write_ods(self._file_name(".ods"), sheets)
        elif writer == "openpyxl":
            path = _write_openpyxl(self._file_name(".xlsx"), sheets)
        elif writer == "raw-xlsx":
            path = _write_raw_xlsx(self._file_name(".xlsx"), sheets, self.rng, self)
        else:
            path = _write_xlsxwriter(self._file_name(".xlsx"), sheets, self)
        return path

    def _damage(self, path: Path, writer: str) -> Path:
        """After writing: a cut file, a password, another suffix."""
        rng = self.rng
        if writer == "csv":
            return path
        roll = rng.random()
        if roll < 0.04:
            data = path.read_bytes()
            path.write_bytes(data[: rng.randrange(max(1, len(data)))])
            self.tag("truncated")
        elif roll < 0.06 and path.suffix == ".xlsx":
            _encrypt(path, rng.choice(("123456", "matkhau", "")))
            self.tag("password-protected")
        elif roll < 0.08:
            suffix = rng.choice(
                (".xlsm", ".xlsb", ".xls", ".ods" if path.suffix == ".xlsx" else ".xlsx")
            )
            moved = path.with_suffix(suffix)
            path.rename(moved)
            path = moved
            self.tag(f"renamed-to{suffix}")
        elif roll < 0.09:
            data = bytearray(path.read_bytes())
            for _ in range(rng.randint(1, 20)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            path.write_bytes(bytes(data))
            self.tag("flipped-bytes")
        return path

    # --- files that are not a list at all ---------------------------------------------------
    def _hostile_file(self) -> tuple[Path, str]:
        rng = self.rng
        makers = (
            self._empty_file, self._not_a_spreadsheet, self._zip_bomb, self._far_cells_only,
            self._xml_tricks, self._bad_cell_references, self._libreoffice_repeats,
            self._password_only, self._html_as_xls, self._folder_named_xlsx,
        )  # fmt: skip
        weights = (8, 14, 12, 16, 12, 12, 12, 6, 6, 2)
        return rng.choices(makers, weights)[0]()

    def _empty_file(self):
        path = self._file_name(self.rng.choice((".xlsx", ".ods", ".xls", ".xlsm")))
        path.write_bytes(b"")
        self.tag("empty-file")
        return path, "bytes"

    def _not_a_spreadsheet(self):
        rng = self.rng
        path = self._file_name(rng.choice((".xlsx", ".xlsx", ".ods", ".xls")))
        choice = rng.randrange(6)
        if choice == 0:
            data = bytes(rng.randrange(256) for _ in range(rng.choice((1, 10, 1000, 20_000))))
            self.tag("random-bytes")
        elif choice == 1:
            data = "STT;Họ và tên;Đơn vị\n1;Nguyễn Văn An;Phòng Kinh tế\n".encode()
            self.tag("text-with-spreadsheet-suffix")
        elif choice == 2:
            data = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            self.tag("pdf-with-spreadsheet-suffix")
        elif choice == 3:
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w") as archive:
                _write_member(archive, "word/document.xml", "<w:document/>")
                _write_member(archive, "[Content_Types].xml", "<Types/>")
            data = buffer.getvalue()
            self.tag("zip-that-is-not-a-workbook")
        elif choice == 4:
            data = (
                b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
                + bytes(504)
                + bytes(rng.randrange(256) for _ in range(3000))
            )
            self.tag("broken-ole-file")
        else:
            data = b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(200))
            self.tag("zip-header-only")
        path.write_bytes(data)
        return path, "bytes"

    def _password_only(self):
        path = _write_xlsxwriter(
            self._file_name(".xlsx"),
            [SheetPlan("DS", [["STT", "Họ và tên"], [1, "Lê Văn An"]])],
            self,
        )
        _encrypt(path, "secret")
        self.tag("password-protected")
        return path, "msoffcrypto"

    def _html_as_xls(self):
        path = self._file_name(self.rng.choice((".xls", ".xlsx")))
        path.write_text(
            "<html><meta charset='utf-8'><table><tr><td>STT</td><td>Họ và tên</td></tr>"
            "<tr><td>1</td><td>Nguyễn Văn An</td></tr></table></html>",
            encoding="utf-8",
        )
        self.tag("html-saved-as-excel")
        return path, "bytes"

    def _folder_named_xlsx(self):
        path = self._file_name(".xlsx")
        path.mkdir(exist_ok=True)
        self.tag("folder-named-xlsx")
        return path, "none"

    def _zip_bomb(self):
        """Small on disk, large once inflated: each kind hurts a reader differently."""
        rng = self.rng
        path = self._file_name(".xlsx")
        header = _inline_row(1, ["STT", "Họ và tên", "Đơn vị", "Hình thức khen thưởng"])
        choice = rng.randrange(4)
        if choice == 0:  # blanks between two tags: the XML parser walks 150 MiB of nothing
            member = _repeated_member(
                _sheet_head() + header, b" " * (1 << 20), 150, b"</sheetData></worksheet>"
            )
            self.tag("zip-bomb:blanks-150MiB")
        elif choice == 1:  # rows of single spaces, no row numbers: a list of 300,000 blank rows
            row = (
                b"<row>"
                + b'<c t="inlineStr"><is><t xml:space="preserve"> </t></is></c>' * 4
                + b"</row>"
            )
            member = _repeated_member(
                _sheet_head() + header, row * 1000, 300, b"</sheetData></worksheet>"
            )
            self.tag("zip-bomb:300k-rows-of-spaces")
        elif choice == 2:  # one wide row repeated: many cells
            row = b"<row>" + b"<c><v>1</v></c>" * 2000 + b"</row>"
            member = _repeated_member(
                _sheet_head() + header, row, 3000, b"</sheetData></worksheet>"
            )
            self.tag("zip-bomb:6M-numbers")
        else:  # the zip's headers lie about the size
            member = _repeated_member(
                _sheet_head() + header, b" " * (1 << 20), 64, b"</sheetData></worksheet>"
            )
            member.declared_size = 1000
            self.tag("zip-bomb:declared-size-lies")
        write_zip(
            path, _workbook_members([("DS", None)]) + [member.named("xl/worksheets/sheet1.xml")]
        )
        self.large = True
        return path, "raw-zip"

    def _far_cells_only(self):
        """A list whose sheet also holds one stray cell far away, written by hand: tiny file."""
        rng = self.rng
        self.kind = rng.choice(LIST_KINDS)
        sheet = SheetPlan("DS", [["STT", "Họ và tên", "Đơn vị", "Hình thức khen thưởng"],
                                 [1, "Nguyễn Văn An", "Phòng Kinh tế", "Giấy khen"]])  # fmt: skip
        ref = rng.choice(
            (
                (1048575, 77),
                (1048575, 99),
                (1048575, 16383),
                (16383, 16383),
                (0, 16383),
                (1048575, 2),
            )
        )
        sheet.far_cells.append((*ref, " "))
        self.tag(f"far-cell:{_ref(*ref)}")
        dimension = rng.choice(("auto", None, "A1:B2", "A1:XFD1048576"))
        if dimension != "auto":
            self.tag(f"dimension:{dimension}")
        path = _write_raw_xlsx(self._file_name(".xlsx"), [sheet], rng, self, dimension=dimension)
        if self.kind == "awards":
            self.argv += ["--decision", "12/QĐ-UBND", "--date", "15/08/2025"]
        return path, "raw-xlsx"

    def _xml_tricks(self):
        rng = self.rng
        path = self._file_name(".xlsx")
        choice = rng.randrange(5)
        head = _sheet_head()
        if choice == 0:
            sheet = (
                b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
                b'"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 '
                b'"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
                + head[head.index(b"<worksheet") :]
                + b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row>'
                b"</sheetData></worksheet>"
            )
            self.tag("xml-entity-expansion")
        elif choice == 1:
            sheet = head + b'<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c>'
            self.tag("xml-unclosed")
        elif choice == 2:
            sheet = (
                head
                + _inline_row(1, ["STT", "Họ và tên"])
                + (
                    b'<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr">'
                    b"<is><t>Nguy\xff\xfen</t></is></c></row>"
                    b"</sheetData></worksheet>"
                )
            )
            self.tag("xml-invalid-utf8")
        elif choice == 3:
            sheet = (
                head
                + _inline_row(1, ["STT", "Họ và tên", "Đơn vị"])
                + (
                    b'<row r="2"><c r="A2" t="s"><v>99999</v></c><c r="B2" t="s"><v>-1</v></c>'
                    b'<c r="C2" t="s"><v>abc</v></c></row></sheetData></worksheet>'
                )
            )
            self.tag("shared-string-index-out-of-range")
        else:
            text = "".join(
                rng.choice(("&#1;", "&#x1B;", "&#xFFFE;", "&#0;", "&#xD800;", "_x0007_", "_x001B_"))
                for _ in range(4)
            )
            sheet = (
                head
                + _inline_row(1, ["STT", "Họ và tên", "Đơn vị"])
                + (
                    f'<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr">'
                    f"<is><t>Nguyễn{text}An</t></is></c>"
                    '<c r="C2" t="inlineStr"><is><t>Phòng Kinh tế</t></is></c></row>'
                    "</sheetData></worksheet>"
                ).encode()
            )
            self.tag("xml-character-references")
        members = _workbook_members([("DS", None)]) + [Member.of("xl/worksheets/sheet1.xml", sheet)]
        write_zip(path, members)
        return path, "raw-zip"

    def _bad_cell_references(self):
        rng = self.rng
        path = self._file_name(".xlsx")
        refs = rng.sample(
            [
                "A0",
                "XFE1",
                "A1048577",
                "ZZZZ1",
                "A-1",
                "1A",
                "",
                "A99999999999",
                "AAAAAAAAA1",
                "a2",
                "B2:C3",
            ],
            3,
        )
        cells = "".join(f'<c r="{ref}" t="inlineStr"><is><t>x</t></is></c>' for ref in refs)
        rows = rng.choice(("0", "1048577", "-5", "99999999999", "", "x"))
        sheet = (
            _sheet_head()
            + _inline_row(1, ["STT", "Họ và tên"])
            + (f'<row r="{rows}">{cells}</row></sheetData></worksheet>').encode()
        )
        write_zip(
            path,
            _workbook_members([("DS", None)]) + [Member.of("xl/worksheets/sheet1.xml", sheet)],
        )
        self.tag(f"bad-cell-references:{'/'.join(refs)}:row={rows}")
        return path, "raw-zip"

    def _libreoffice_repeats(self):
        """LibreOffice ends a sheet with its unused rows and columns as one repeated row."""
        rng = self.rng
        rows = [
            ["STT", "Họ và tên", "Đơn vị", "Hình thức khen thưởng"],
            [1, "Trần Thị Mai", "Phòng Kinh tế", "Giấy khen"],
        ]
        sheet = SheetPlan("Trang tính1", rows)
        repeats = rng.choice(
            (
                (1048574, 1024),
                (1048574, 16384),
                (1048574, 1),
                (65534, 1024),
                (20, 16384),
                (10**9, 10**9),
            )
        )
        self.tag(f"ods-repeated-rows:{repeats[0]}x{repeats[1]}")
        filled = self.chance(0.3)
        if filled:
            self.tag("ods-repeated-cells-hold-a-space")
        path = _write_ods(self._file_name(".ods"), [sheet], trailing=(*repeats, filled))
        self.kind = rng.choice(("people", "units"))
        return path, "ods"


# --- helpers for values -------------------------------------------------------------------------
def _decision_number(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 4999)}/QĐ-UBND",
            f"{rng.randint(1, 999)}/QĐ-CT",
            f"{rng.randint(1, 99)}/QĐ-UBND ",
        )
    )


def _decision_day(rng: random.Random) -> dt.date:
    span = (_TODAY - _FIRST_DECISION_DAY).days
    return _FIRST_DECISION_DAY + dt.timedelta(days=rng.randint(0, max(span, 0)))


def _personal_id(rng: random.Random, born: dt.date, gender: str) -> str:
    century = (0 if born.year < 2000 else 2) + (1 if gender == "female" else 0)
    return f"031{century}{born.year % 100:02d}{rng.randrange(10**6):06d}"


def _plain_unit_kind(name: str) -> str:
    """The kind of unit its name begins with, in the words the README's lists use."""
    for prefix, word in (("Phường", "Phường"), ("Xã", "Phường"), ("Phòng", "Phòng"),
                         ("Tổ dân phố", "Tổ dân phố"), ("Quận", "Quận")):  # fmt: skip
        if name.startswith(prefix):
            return word
    return "Cơ quan"


def _header_text(rng: random.Random, name: str, kind: str, plain: bool = False) -> str:
    mixed = kind in ("awards", "proposals") and rng.random() < 0.4
    if name == "name":
        key = "unit_name" if kind == "units" else "name_mixed" if mixed else "name"
    elif name == "other":
        key = "other"
    else:
        key = name
    choices = HEADERS[key]
    if plain:  # the spelling the README's example lists use
        return "Họ và tên" if key == "name_mixed" else choices[0]
    # The usual spelling most of the time, the others now and then.
    return choices[0] if rng.random() < 0.55 else rng.choice(choices)


def _as_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (Formula, ErrorValue, DateSerial)):
        return ""
    return str(value)


def _ref(row: int, column: int) -> str:
    letters, index = "", column + 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return f"{letters}{row + 1}"


def _excel_escape(text: str) -> str:
    """Characters XML cannot hold, written the way Excel writes them (_x0007_)."""
    return "".join(
        f"_x{ord(ch):04X}_"
        if (ord(ch) < 0x20 and ch not in "\t\n\r")
        or 0xD800 <= ord(ch) <= 0xDFFF
        or ord(ch) in (0xFFFE, 0xFFFF)
        else ch
        for ch in text
    )


# --- writers --------------------------------------------------------------------------------
def _write_xlsxwriter(path: Path, sheets: list[SheetPlan], maker: _ListMaker) -> Path:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(
        str(path),
        {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False,
         "nan_inf_to_errors": True},
    )  # fmt: skip
    workbook.set_properties({"created": _FIXED_CREATED, "author": "Văn thư"})
    date_format = workbook.add_format({"num_format": "dd/mm/yyyy"})
    used_names: list[str] = []
    first_visible = None
    for sheet in sheets:
        name = _excel_sheet_name(sheet.name, used_names)
        worksheet = workbook.add_worksheet(name)
        for r1, c1, r2, c2 in sheet.merges:
            value = sheet.rows[r1][c1] if c1 < len(sheet.rows[r1]) else None
            worksheet.merge_range(r1, c1, r2, c2, None)
            _xlsxwriter_cell(worksheet, r1, c1, value, date_format)
        merged = {(r1, c1) for r1, c1, _r2, _c2 in sheet.merges}
        for r, row in enumerate(sheet.rows):
            for c, value in enumerate(row):
                if value is not None and (r, c) not in merged:
                    _xlsxwriter_cell(worksheet, r, c, value, date_format)
        for r in sheet.hidden_rows:
            worksheet.set_row(r, None, None, {"hidden": True})
        if sheet.state == "visible" and first_visible is None:
            first_visible = worksheet
        elif sheet.state != "visible":
            if sheet.state == "veryHidden" and hasattr(worksheet, "very_hidden"):
                worksheet.very_hidden()
            else:
                worksheet.hide()
    if first_visible is not None:
        first_visible.activate()
    else:  # Excel wants one visible sheet; a workbook with none is what some programs write
        maker.tag("no-visible-sheet")
        workbook.worksheets()[0].hidden = 0
        workbook.worksheets()[0].activate()
    workbook.close()
    _pin_zip(path, [sheet.far_cells for sheet in sheets])
    return path


def _xlsxwriter_cell(worksheet, r: int, c: int, value, date_format) -> None:
    if value is None:
        worksheet.write_blank(r, c, None)
    elif isinstance(value, bool):
        worksheet.write_boolean(r, c, value)
    elif isinstance(value, (int, float)):
        if isinstance(value, int) and abs(value) > 2**53:
            value = float(value)
        worksheet.write_number(r, c, value)
    elif isinstance(value, Formula):
        worksheet.write_formula(
            r, c, value.text, None, value.cached if value.cached is not None else 0
        )
    elif isinstance(value, ErrorValue):
        worksheet.write_formula(r, c, "=NA()", None, value.code)
    elif isinstance(value, DateSerial):
        worksheet.write_number(r, c, value.number, date_format)
    elif isinstance(value, (dt.date, dt.datetime, dt.time)):
        if isinstance(value, dt.date) and value.year < 1900:
            worksheet.write_string(
                r, c, f"{value:%d/%m/%Y}" if value.year >= 1000 else value.isoformat()
            )
        else:
            moment = value
            if type(value) is dt.date:  # noqa: E721 - a datetime is a date too
                moment = dt.datetime.combine(value, dt.time())
            worksheet.write_datetime(r, c, moment, date_format)
    else:
        worksheet.write_string(r, c, str(value))


def _excel_sheet_name(name: str, used: list[str]) -> str:
    """Writers that obey Excel's rules get a name Excel would allow, unique in 31 characters."""
    cleaned = re.sub(r"[\[\]:*?/\\\x00-\x1f]", "_", name).strip("'")[:31] or "Sheet"
    candidate, n = cleaned, 1
    while candidate.lower() in (u.lower() for u in used):
        n += 1
        candidate = f"{cleaned[:28]}({n})"
    used.append(candidate)
    return candidate


def _write_openpyxl(path: Path, sheets: list[SheetPlan]) -> Path:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.created = _FIXED_CREATED
    workbook.properties.creator = "Văn thư"
    used: list[str] = []
    any_visible = False
    for sheet in sheets:
        worksheet = workbook.create_sheet(_excel_sheet_name(sheet.name, used))
        cells = [(r, c, v) for r, row in enumerate(sheet.rows) for c, v in enumerate(row)]
        for r, c, value in cells:
            if value is None:
                continue
            cell = worksheet.cell(row=r + 1, column=c + 1)
            if isinstance(value, str):
                if ILLEGAL_CHARACTERS_RE.search(value):
                    value = _excel_escape(value)
                cell.value = value
                if value.startswith("=") or value in EXCEL_ERRORS:
                    cell.data_type = "s"  # typed text, not a formula
            elif isinstance(value, Formula):
                cell.value = value.text  # openpyxl saves no cached result, as many programs
            elif isinstance(value, ErrorValue):
                cell.value = value.code
            elif isinstance(value, DateSerial):
                cell.value = value.number
                cell.number_format = "dd/mm/yyyy"
            elif isinstance(value, (dt.date, dt.datetime)) and value.year < 1900:
                cell.value = value.isoformat()
            elif isinstance(value, int) and abs(value) > 2**53:
                cell.value = float(value)
            else:
                cell.value = value
                if isinstance(value, (dt.date, dt.datetime)):
                    cell.number_format = "dd/mm/yyyy"
        for r1, c1, r2, c2 in sheet.merges:
            worksheet.merge_cells(
                start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1
            )
        for r in sheet.hidden_rows:
            worksheet.row_dimensions[r + 1].hidden = True
        if sheet.state != "visible":
            worksheet.sheet_state = sheet.state
        else:
            any_visible = True
    if not any_visible:
        workbook.worksheets[0].sheet_state = "visible"
    workbook.save(path)
    _pin_zip(path, [sheet.far_cells for sheet in sheets])
    return path


def _write_csv(path: Path, sheet: SheetPlan, rng: random.Random) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=rng.choice((",", ";", "\t")))
    for row in sheet.rows:
        writer.writerow(["" if v is None else _as_text(v) for v in row])
    encoding = rng.choice(("utf-8", "utf-8-sig", "utf-16"))
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    return path


# --- OpenDocument ---------------------------------------------------------------------------
_ODS_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"'
)


def _ods_text(value: str) -> str:
    """Paragraphs per line, runs of spaces as <text:s/>, as LibreOffice writes them."""
    paragraphs = []
    for line in value.split("\n"):
        escaped = escape(line)
        escaped = re.sub(r"  +", lambda m: f' <text:s text:c="{len(m.group()) - 1}"/>', escaped)
        paragraphs.append(f"<text:p>{escaped}</text:p>")
    return "".join(paragraphs)


def _ods_cell(value, span: tuple[int, int] | None = None) -> str:
    attrs = ""
    if span:
        attrs = f' table:number-rows-spanned="{span[0]}" table:number-columns-spanned="{span[1]}"'
    if value is None:
        return f"<table:table-cell{attrs}/>"
    if isinstance(value, bool):
        return (
            f'<table:table-cell{attrs} office:value-type="boolean" office:boolean-value='
            f'"{str(value).lower()}"><text:p>{"TRUE" if value else "FALSE"}</text:p>'
            "</table:table-cell>"
        )
    if isinstance(value, (int, float)):
        shown = repr(value) if isinstance(value, float) else str(value)
        return (
            f'<table:table-cell{attrs} office:value-type="float" office:value="{shown}">'
            f"<text:p>{shown}</text:p></table:table-cell>"
        )
    if isinstance(value, DateSerial):
        try:
            day = dt.date(1899, 12, 30) + dt.timedelta(days=value.number)
            stamp = day.isoformat()
        except (OverflowError, ValueError):
            stamp = f"+{int(value.number):d}-01-01"
        return (
            f'<table:table-cell{attrs} office:value-type="date" office:date-value="{stamp}">'
            f"<text:p>{value.number}</text:p></table:table-cell>"
        )
    if isinstance(value, dt.datetime):
        return (
            f'<table:table-cell{attrs} office:value-type="date" office:date-value='
            f'"{value.isoformat()}"><text:p>{value:%d/%m/%Y %H:%M}</text:p></table:table-cell>'
        )
    if isinstance(value, dt.date):
        return (
            f'<table:table-cell{attrs} office:value-type="date" office:date-value='
            f'"{value.isoformat()}"><text:p>{value.isoformat()}</text:p></table:table-cell>'
        )
    if isinstance(value, dt.time):
        return (
            f'<table:table-cell{attrs} office:value-type="time" office:time-value='
            f'"PT{value.hour:02d}H{value.minute:02d}M{value.second:02d}S"><text:p>{value}</text:p>'
            "</table:table-cell>"
        )
    if isinstance(value, Formula):
        cached = value.cached
        formula = quoteattr("of:" + value.text)
        if isinstance(cached, (int, float)) and not isinstance(cached, bool):
            return (
                f'<table:table-cell{attrs} table:formula={formula} office:value-type="float" '
                f'office:value="{cached}"><text:p>{cached}</text:p></table:table-cell>'
            )
        return (
            f'<table:table-cell{attrs} table:formula={formula} office:value-type="string" '
            f"office:string-value={quoteattr(str(cached or ''))}>{_ods_text(str(cached or ''))}"
            "</table:table-cell>"
        )
    if isinstance(value, ErrorValue):
        return (
            f'<table:table-cell{attrs} table:formula="of:=NA()" office:value-type="string" '
            f'office:string-value="{value.code}"><text:p>{value.code}</text:p></table:table-cell>'
        )
    text = _ods_text(str(value))
    return f'<table:table-cell{attrs} office:value-type="string">{text}</table:table-cell>'


def _write_ods(path: Path, sheets: list[SheetPlan], trailing=None) -> Path:
    """An OpenDocument spreadsheet: merges, hidden rows and sheets, repeated rows, and names
    Excel forbids (OpenDocument allows them). Control characters are written as they are,
    which XML 1.0 does not allow: a careless exporter's file."""
    tables = []
    for sheet in sheets:
        spans = {(r1, c1): (r2 - r1 + 1, c2 - c1 + 1) for r1, c1, r2, c2 in sheet.merges}
        covered = {
            (r, c)
            for r1, c1, r2, c2 in sheet.merges
            for r in range(r1, r2 + 1)
            for c in range(c1, c2 + 1)
            if (r, c) != (r1, c1)
        }
        rows_xml = []
        for r, row in enumerate(sheet.rows):
            width = max(
                [len(row)]
                + [c1 + 1 for (rr, c1) in spans if rr == r]
                + [c + 1 for (rr, c) in covered if rr == r]
            )
            cells = []
            for c in range(width):
                if (r, c) in covered:
                    cells.append("<table:covered-table-cell/>")
                else:
                    cells.append(_ods_cell(row[c] if c < len(row) else None, spans.get((r, c))))
            hidden = ' table:visibility="collapse"' if r in sheet.hidden_rows else ""
            rows_xml.append(f"<table:table-row{hidden}>{''.join(cells)}</table:table-row>")
        for r, c, value in sheet.far_cells:
            gap = r - len(sheet.rows)
            if gap > 0:
                rows_xml.append(
                    f'<table:table-row table:number-rows-repeated="{gap}">'
                    "<table:table-cell/></table:table-row>"
                )
            lead = f'<table:table-cell table:number-columns-repeated="{c}"/>' if c else ""
            rows_xml.append(f"<table:table-row>{lead}{_ods_cell(value)}</table:table-row>")
        if trailing:
            count, width, filled = trailing
            inner = (
                f'<table:table-cell table:number-columns-repeated="{width}" '
                'office:value-type="string">'
                "<text:p> </text:p></table:table-cell>"
                if filled
                else f'<table:table-cell table:number-columns-repeated="{width}"/>'
            )
            rows_xml.append(
                f'<table:table-row table:number-rows-repeated="{count}">{inner}</table:table-row>'
            )
        style = ' table:style-name="hiddentable"' if sheet.state != "visible" else ""
        columns = max(1, max((len(r) for r in sheet.rows), default=1))
        tables.append(
            f"<table:table table:name={quoteattr(sheet.name)}{style}>"
            f'<table:table-column table:number-columns-repeated="{columns}"/>'
            f"{''.join(rows_xml)}</table:table>"
        )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-content {_ODS_NAMESPACES} office:version="1.2">'
        '<office:automatic-styles><style:style style:name="hiddentable" style:family="table">'
        '<style:table-properties table:display="false"/></style:style></office:automatic-styles>'
        f"<office:body><office:spreadsheet>{''.join(tables)}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        _write_member(
            archive,
            "mimetype",
            "application/vnd.oasis.opendocument.spreadsheet",
            zipfile.ZIP_STORED,
        )
        _write_member(archive, "content.xml", content)
        _write_member(archive, "META-INF/manifest.xml", ODS_MANIFEST)
    return path


# --- hand-made .xlsx ------------------------------------------------------------------------
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _sheet_head() -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{_MAIN}" xmlns:r="{_RELATIONSHIPS}"><sheetData>'
    ).encode()


def _inline_row(number: int, values: list[str]) -> bytes:
    cells = "".join(
        f'<c r="{_ref(number - 1, c)}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
        for c, v in enumerate(values)
    )
    return f'<row r="{number}">{cells}</row>'.encode()


def _raw_cell(ref: str | None, value) -> str:
    at = f' r="{ref}"' if ref else ""
    if value is None:
        return f"<c{at}/>"
    if isinstance(value, bool):
        return f'<c{at} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return (
            f"<c{at}><v>{value!r}</v></c>"
            if isinstance(value, float)
            else f"<c{at}><v>{value}</v></c>"
        )
    if isinstance(value, DateSerial):
        return f'<c{at} s="1"><v>{value.number!r}</v></c>'
    if isinstance(value, dt.datetime | dt.date):
        if isinstance(value, dt.datetime):
            delta = value - dt.datetime(1899, 12, 30)
            serial = delta.days + delta.seconds / 86400
        else:
            serial = (value - dt.date(1899, 12, 30)).days
        return f'<c{at} s="1"><v>{serial}</v></c>'
    if isinstance(value, dt.time):
        seconds = value.hour * 3600 + value.minute * 60 + value.second
        return f'<c{at} s="1"><v>{seconds / 86400}</v></c>'
    if isinstance(value, Formula):
        cached = value.cached
        if cached is None:
            return f"<c{at}><f>{escape(value.text.lstrip('='))}</f></c>"
        kind = (
            ' t="str"' if isinstance(cached, str) else ' t="b"' if isinstance(cached, bool) else ""
        )
        shown = int(cached) if isinstance(cached, bool) else cached
        return (
            f"<c{at}{kind}><f>{escape(value.text.lstrip('='))}</f><v>{escape(str(shown))}</v></c>"
        )
    if isinstance(value, ErrorValue):
        return f'<c{at} t="e"><f>NA()</f><v>{escape(value.code)}</v></c>'
    text = escape(_excel_escape(str(value)))
    return f'<c{at} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def _write_raw_xlsx(path, sheets, rng, maker, dimension="auto") -> Path:
    """As a small exporter writes it: inline strings, sometimes no cell references at all;
    sheet names as they are (Excel's rules not applied)."""
    no_references = rng.random() < 0.2
    if no_references:
        maker.tag("xlsx-without-cell-references")
    parts = []
    for sheet in sheets:
        rows = []
        for r, row in enumerate(sheet.rows):
            hidden = ' hidden="1"' if r in sheet.hidden_rows else ""
            cells = "".join(
                _raw_cell(None if no_references else _ref(r, c), v)
                for c, v in enumerate(row)
                if v is not None or no_references
            )
            number = "" if no_references else f' r="{r + 1}"'
            rows.append(f"<row{number}{hidden}>{cells}</row>")
        last = (max(len(sheet.rows), 1) - 1, max((len(r) for r in sheet.rows), default=1) - 1)
        for r, c, value in sheet.far_cells:
            rows.append(f'<row r="{r + 1}">{_raw_cell(_ref(r, c), value)}</row>')
            last = (max(last[0], r), max(last[1], c))
        if dimension == "auto":
            declared = f'<dimension ref="A1:{_ref(*last)}"/>'
        elif dimension is None:
            declared = ""
        else:
            declared = f'<dimension ref="{dimension}"/>'
        xml = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_MAIN}" '
            f'xmlns:r="{_RELATIONSHIPS}">{declared}<sheetData>{"".join(rows)}</sheetData></worksheet>'
        )
        parts.append(xml)
    names = []
    for sheet in sheets:
        # Sheet names go into an attribute: new lines and tabs as character references, and
        # characters XML cannot hold the way Excel escapes them.
        name = quoteattr(_excel_escape(sheet.name)).replace("\n", "&#10;").replace("\t", "&#9;")
        names.append((name, None if sheet.state == "visible" else sheet.state))
    members = _workbook_members(names, quoted=True) + [
        Member.of(f"xl/worksheets/sheet{n}.xml", xml) for n, xml in enumerate(parts, start=1)
    ]
    write_zip(path, members)
    return path


def _repeated_member(head: bytes, chunk: bytes, count: int, tail: bytes) -> Member:
    """A member inflating to head + chunk * count + tail, deflated once: after a full flush
    the compressor starts afresh, so the chunk's deflated block can be repeated as it is."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = bytearray(compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH))
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = zlib.crc32(head)
    for _ in range(count):
        data += block
        crc = zlib.crc32(chunk, crc)
    data += compressor.compress(tail) + compressor.flush()
    crc = zlib.crc32(tail, crc)
    return Member("", bytes(data), crc, len(head) + len(chunk) * count + len(tail))


def _workbook_members(sheets: list[tuple[str, str | None]], quoted: bool = False) -> list[Member]:
    """[Content_Types].xml, the relationships, workbook.xml and a date style for n sheets."""
    count = len(sheets)
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for n in range(1, count + 1)
    )
    entries = "".join(
        f'<sheet name={name if quoted else quoteattr(name)} sheetId="{n}" r:id="rId{n}"'
        + (f' state="{state}"' if state else "")
        + "/>"
        for n, (name, state) in enumerate(sheets, start=1)
    )
    relations = (
        "".join(
            f'<Relationship Id="rId{n}" Type="{_RELATIONSHIPS}/worksheet" '
            f'Target="worksheets/sheet{n}.xml"/>'
            for n in range(1, count + 1)
        )
        + f'<Relationship Id="rId{count + 1}" Type="{_RELATIONSHIPS}/styles" Target="styles.xml"/>'
    )
    return [
        Member.of(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{overrides}</Types>",
        ),
        Member.of(
            "_rels/.rels",
            f'<?xml version="1.0" encoding="UTF-8"?>'
            f'<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}">'
            f'<Relationship Id="rId1" Type="{_RELATIONSHIPS}/officeDocument" '
            'Target="xl/workbook.xml"/>'
            "</Relationships>",
        ),
        Member.of(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN}" '
            f'xmlns:r="{_RELATIONSHIPS}"><sheets>{entries}</sheets></workbook>',
        ),
        Member.of(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0" encoding="UTF-8"?>'
            f'<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}">{relations}</Relationships>',
        ),
        Member.of(
            "xl/styles.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{_MAIN}">'
            '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills>'
            '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0"/>'
            '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs>'
            "</styleSheet>",
        ),
    ]


def _write_member(
    archive: zipfile.ZipFile, name: str, content, method=zipfile.ZIP_DEFLATED
) -> None:
    info = zipfile.ZipInfo(name, date_time=_FIXED_ZIP_TIME)
    info.compress_type = method
    archive.writestr(info, content)


def _pin_zip(path: Path, far_cells: list[list] | None = None) -> None:
    """The same bytes for the same seed: fixed member times and document dates. Far cells
    are put into the sheets' XML here: the writers would walk every row up to them."""
    with zipfile.ZipFile(path) as archive:
        members = [(info.filename, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-08-01T08:00:00Z", data)
            sheet = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", name)
            if sheet and far_cells and int(sheet.group(1)) <= len(far_cells):
                for r, c, value in far_cells[int(sheet.group(1)) - 1]:
                    data = _with_far_cell(data.decode(), r, c, value).encode()
            _write_member(archive, name, data)


def _with_far_cell(xml: str, r: int, c: int, value) -> str:
    """The sheet's XML with one more cell, in its row (made if need be), in row order, and
    the dimension stretched to it, as Excel saves a stray value far from the table."""
    cell = _raw_cell(_ref(r, c), value)
    number = r + 1
    xml = xml.replace("<sheetData/>", "<sheetData></sheetData>")
    row = re.search(rf'<row r="{number}"[^>]*?(/?)>', xml)
    if row and row.group(1):  # an empty row written as <row .../>
        xml = xml[: row.start()] + row.group()[:-2] + f">{cell}</row>" + xml[row.end() :]
    elif row:
        end = xml.index("</row>", row.end())
        xml = xml[:end] + cell + xml[end:]
    else:
        later = next(
            (m for m in re.finditer(r'<row r="(\d+)"', xml) if int(m.group(1)) > number), None
        )
        at = later.start() if later else xml.index("</sheetData>")
        xml = xml[:at] + f'<row r="{number}">{cell}</row>' + xml[at:]
    return re.sub(
        r'<dimension ref="([A-Z]+\d+)(?::[A-Z]+\d+)?"/>',
        rf'<dimension ref="A1:{_ref(r, c)}"/>',
        xml,
    )


def _encrypt(path: Path, password: str) -> None:
    """Saved with a password, as Excel does (the test extra brings msoffcrypto-tool)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = path.read_bytes()
    with io.BytesIO(plain) as source, open(path, "wb") as target:
        OOXMLFile(source).encrypt(password or "VelvetSweatshop", target)
