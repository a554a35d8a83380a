"""Import of a 100,000-row award list, end to end, against openpyxl only reading the file.

Run on purpose:  python3 -m tests.benchmarks.bench_award_import [ROWS]
Goals: at most 10 s; at most the time openpyxl's read-only mode takes to read the same file
(and, the older goal, half of it); at most 150 MB more memory than that bare read, and under
500 MB. Each measurement runs in its own process so that peak
memory (max RSS) belongs to it alone.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import xlsxwriter

from tests.benchmarks.vietnamese_names import full_name
from tests.support.list_files import AWARD_HEADER

UNITS = [f"Phường Số {n}" for n in range(1, 21)] + [f"Phòng Chuyên Môn {n}" for n in range(1, 16)]
FORMS = ["Giấy khen", "Lao động tiên tiến"]
HEADER = [*AWARD_HEADER, "Năm"]


def write_list(path: Path, rows: int) -> None:
    rng = random.Random(7)
    # Shared strings, as Excel itself saves a workbook (constant_memory would inline them).
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Danh sách")
    date_format = workbook.add_format({"num_format": "dd/mm/yyyy"})
    sheet.write_row(0, 0, ["ỦY BAN NHÂN DÂN QUẬN MẪU"])
    sheet.write_row(1, 0, ["DANH SÁCH KHEN THƯỞNG 2010-2024"])
    sheet.write_row(3, 0, HEADER)
    # About 60,000 people, most honoured once or twice over fifteen years.
    people = []
    for _ in range(rows * 6 // 10):
        gender = rng.choice(("male", "female"))
        people.append(
            (
                full_name(rng, gender),
                rng.randint(1960, 2002),
                "Nam" if gender == "male" else "Nữ",
                rng.choice(UNITS),
            )
        )
    people = list({(name, born): (name, born, g, u) for name, born, g, u in people}.values())
    used = set()
    written = 0
    while written < rows:
        name, born, gender, unit = rng.choice(people)
        year = rng.randint(2010, 2024)
        form = rng.choice(FORMS)
        if (name, born, year, form) in used:
            continue
        used.add((name, born, year, form))
        decided = (
            dt.datetime(year + 1, 1, rng.randint(5, 25))
            if form == FORMS[0]
            else (dt.datetime(year, 12, rng.randint(10, 28)))
        )
        number = f"{decided.day}/QĐ-UBND"
        r = 4 + written
        sheet.write_row(
            r,
            0,
            [
                written + 1,
                name,
                born,
                gender,
                "Chuyên viên",
                unit,
                form,
                f"Hoàn thành xuất sắc nhiệm vụ năm {year}",
                number,
            ],
        )
        sheet.write_datetime(r, 9, decided, date_format)
        sheet.write(r, 10, year)
        written += 1
    workbook.close()


def _measure(code: str) -> dict:
    """Run code in a fresh interpreter; it prints a JSON object with its own timing."""
    wrapper = (
        "import json, resource, time\n"
        f"{code}\n"
        "result['max_rss_mb'] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "print(json.dumps(result))\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", wrapper], capture_output=True, text=True, check=True
    )
    return json.loads(output.stdout.strip().splitlines()[-1])


def main(rows: int = 100_000) -> int:
    folder = Path(tempfile.mkdtemp(prefix="kienan-bench-"))
    workbook = folder / "awards.xlsx"
    started = time.perf_counter()
    write_list(workbook, rows)
    print(
        f"wrote {rows:,} rows to {workbook.name} ({workbook.stat().st_size / 1e6:.1f} MB) "
        f"in {time.perf_counter() - started:.1f} s"
    )

    baseline = _measure(
        "from openpyxl import load_workbook\n"
        "start = time.perf_counter()\n"
        f"book = load_workbook({str(workbook)!r}, read_only=True)\n"
        "count = sum(1 for sheet in book.worksheets for _ in sheet.iter_rows(values_only=True))\n"
        "result = {'seconds': time.perf_counter() - start, 'rows': count}\n"
    )
    ours = _measure(
        "from kienan_awards.core.storage.database import open_database\n"
        "from kienan_awards.core.lists.list_import import prepare_import, commit_import\n"
        "from kienan_awards.core.lists.list_files import read_list_file\n"
        f"db = open_database({str(folder / 'bench.sqlite3')!r})\n"
        "start = time.perf_counter()\n"
        f"sheets = read_list_file({str(workbook)!r})\n"
        "read = time.perf_counter() - start\n"
        f"plan = prepare_import(db, {str(workbook)!r}, sheets=sheets)\n"
        "checked = time.perf_counter() - start\n"
        "assert not plan.errors, plan.errors[:3]\n"
        "summary = commit_import(db, plan)\n"
        "result = {'seconds': time.perf_counter() - start, 'check_seconds': checked,\n"
        "          'read_seconds': read, **summary}\n"
    )
    print(
        f"openpyxl read-only, reading only: {baseline['seconds']:.2f} s, "
        f"{baseline['max_rss_mb']:.0f} MB peak"
    )
    print(
        f"import end to end:                {ours['seconds']:.2f} s "
        f"(checking {ours['check_seconds']:.2f} s), {ours['max_rss_mb']:.0f} MB peak"
    )
    print(
        f"  awards {ours['awards_created']:,}, people {ours['people_created']:,} created, "
        f"units {ours['units_created']}, decisions {ours['decisions_created']}"
    )
    # Where the time goes, against the bare read: reading (the zip's limits checked, then
    # calamine), checking and matching the rows, and writing them (with their audit rows and
    # their search index entries). Reading and writing need no matching at all.
    read = ours["read_seconds"]
    check = ours["check_seconds"] - read
    write = ours["seconds"] - ours["check_seconds"]
    for part, seconds in (("reading", read), ("checking", check), ("writing", write)):
        share = seconds / baseline["seconds"]
        print(f"  {part:9} {seconds:5.2f} s = {share:.2f} of openpyxl's read")
    ratio = ours["seconds"] / baseline["seconds"]
    over = ours["max_rss_mb"] - baseline["max_rss_mb"]
    goals = {
        "at most 10 s": ours["seconds"] <= 10,
        "at most openpyxl's read (1.0x)": ratio <= 1.0,
        "at most half of openpyxl's read": ratio <= 0.5,
        "at most 150 MB more than openpyxl's read": over <= 150,
        "under 500 MB": ours["max_rss_mb"] < 500,
    }
    print(f"ratio to openpyxl: {ratio:.2f}; memory over openpyxl's: {over:.0f} MB")
    for goal, met in goals.items():
        print(f"  {'met ' if met else 'MISSED'} {goal}")
    return 0 if all(goals.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
