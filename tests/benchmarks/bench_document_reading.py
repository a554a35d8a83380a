"""Reading a 5,000-row list from a Word table, against reading the same rows from an .xlsx.

Run on purpose:  python3 -m tests.benchmarks.bench_document_reading [ROWS]
Goal: read_document takes at most twice what read_workbook takes on the same rows, whether the
document is written plainly (python-docx) or as Word writes it, with an id of its own on each
paragraph and the editing session on each row and paragraph. Each
measurement runs in its own process (best of three reads there), so that neither warms the
other's caches and each peak memory (max RSS) is its own.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import docx
import xlsxwriter

from tests.benchmarks.vietnamese_names import full_name
from tests.support.list_files import AWARD_HEADER
from tests.support.word_lists import heading_table, many_rows_table, set_cell_text

UNITS = [f"Tổ dân phố số {n}" for n in range(1, 31)] + [
    f"Phòng Chuyên môn {n}" for n in range(1, 9)
]
FORMS = ["Giấy khen", "Lao động tiên tiến"]


def list_rows(count: int) -> list[list]:
    """STT and birth year as numbers, the decision's date as a date, as a workbook holds them."""
    rng = random.Random(11)
    rows = []
    for number in range(1, count + 1):
        gender = rng.choice(("male", "female"))
        rows.append(
            [
                number,
                full_name(rng, gender),
                rng.randint(1960, 2002),
                "Nam" if gender == "male" else "Nữ",
                rng.choice(("Chuyên viên", "Tổ trưởng", "Phó Trưởng phòng")),
                rng.choice(UNITS),
                rng.choice(FORMS),
                "Hoàn thành xuất sắc nhiệm vụ năm 2025",
                f"{rng.randint(1, 300)}/QĐ-UBND",
                dt.date(2025, 12, rng.randint(10, 28)),
            ]
        )
    return rows


def as_text(value) -> str:
    return f"{value:%d/%m/%Y}" if isinstance(value, dt.date) else str(value)


def write_docx(path: Path, rows: list[list]) -> None:
    document = docx.Document()
    heading = heading_table().rows[0]
    written = document.add_table(rows=1, cols=2)
    for column, text in enumerate(heading):
        set_cell_text(written.cell(0, column), text)
    document.add_paragraph("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG")
    many_rows_table(document, AWARD_HEADER, [[as_text(v) for v in row] for row in rows])
    document.save(str(path))


def write_xlsx(path: Path, rows: list[list]) -> None:
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Danh sách")
    dates = workbook.add_format({"num_format": "dd/mm/yyyy"})
    sheet.write_row(0, 0, ["ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN"])
    sheet.write_row(1, 0, ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"])
    sheet.write_row(3, 0, AWARD_HEADER)
    for r, row in enumerate(rows, start=4):
        sheet.write_row(r, 0, row[:-1])
        sheet.write_datetime(r, len(row) - 1, dt.datetime.combine(row[-1], dt.time()), dates)
    workbook.close()


def with_word_ids(source: Path, target: Path) -> None:
    """The same document with the ids Word writes: w14:paraId and w14:textId on each
    paragraph, w:rsidR on each paragraph and row."""
    with zipfile.ZipFile(source) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    numbers = iter(range(1, 10**9))

    def paragraph(_match) -> bytes:
        number = next(numbers)
        return b'<w:p w14:paraId="%08X" w14:textId="77777777" w:rsidR="00A1%04X">' % (
            number * 7919 % 0x7FFFFFFF,
            number % 0xFFFF,
        )

    xml = re.sub(rb"<w:p>", paragraph, parts["word/document.xml"])
    xml = re.sub(rb"<w:tr>", lambda _m: b'<w:tr w:rsidR="00C4%04X">' % next(numbers), xml)
    parts["word/document.xml"] = xml
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _measure(function: str, path: Path) -> dict:
    """Read the file three times in a fresh interpreter; the best time and the rows read."""
    code = (
        "import json, resource, time\n"
        "from kienan_awards.core.lists.document_reading import read_document\n"
        "from kienan_awards.core.lists.spreadsheet_reading import read_workbook\n"
        "times = []\n"
        "for _ in range(3):\n"
        "    start = time.perf_counter()\n"
        f"    sheets = {function}({str(path)!r})\n"
        "    times.append(time.perf_counter() - start)\n"
        "rows = sum(len(sheet.rows) for sheet in sheets)\n"
        "rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "print(json.dumps({'seconds': min(times), 'rows': rows, 'max_rss_mb': rss}))\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return json.loads(output.stdout.strip().splitlines()[-1])


def main(count: int = 5_000) -> int:
    folder = Path(tempfile.mkdtemp(prefix="kienan-bench-"))
    rows = list_rows(count)
    document, workbook = folder / "list.docx", folder / "list.xlsx"
    started = time.perf_counter()
    write_docx(document, rows)
    write_xlsx(workbook, rows)
    print(
        f"wrote {count:,} rows to {document.name} ({document.stat().st_size / 1e6:.2f} MB) and "
        f"{workbook.name} ({workbook.stat().st_size / 1e6:.2f} MB) "
        f"in {time.perf_counter() - started:.1f} s"
    )
    word_made = folder / "list_word.docx"
    with_word_ids(document, word_made)
    excel = _measure("read_workbook", workbook)
    print(
        f"read_workbook (.xlsx):                  {excel['seconds'] * 1000:7.1f} ms, "
        f"{excel['rows']:,} rows, {excel['max_rss_mb']:.0f} MB peak"
    )
    met = True
    for label, path in (("python-docx", document), ("as Word writes", word_made)):
        word = _measure("read_document", path)
        ratio = word["seconds"] / excel["seconds"]
        met = met and ratio <= 2.0
        print(
            f"read_document (.docx, {label + '):':17} {word['seconds'] * 1000:7.1f} ms, "
            f"{word['rows']:,} rows, {word['max_rss_mb']:.0f} MB peak, {ratio:.2f}x the .xlsx"
        )
    print(f"  {'met ' if met else 'MISSED'} within 2x of reading the .xlsx")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5_000))
