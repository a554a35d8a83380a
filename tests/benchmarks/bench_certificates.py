"""1,000 certificates of one decision to one PDF, against QPdfWriter drawing the same strings
on 1,000 pages with no layout at all.

Run on purpose:  python3 -m tests.benchmarks.bench_certificates [COUNT]
Goals: at most 4 s, at most 6x the baseline, and no memory growth per page.
"""

from __future__ import annotations

import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kienan_awards.core import demo  # noqa: E402
from kienan_awards.core.awards import catalogue  # noqa: E402
from kienan_awards.core.documents.certificates import certificate, freeze_certificates  # noqa: E402
from kienan_awards.core.storage.database import open_database  # noqa: E402
from tests.benchmarks.vietnamese_names import full_name  # noqa: E402


def build(path: Path, count: int) -> list[int]:
    db = open_database(path)
    demo.load_demo(db)
    rng = random.Random(5)
    form = catalogue.find_award_form(db, "GIAY_KHEN").id
    with db.conn:
        decision = db.execute(
            "INSERT INTO decisions (number, decided_on, authority_id, signer_title, signer_name)"
            " SELECT '999/QĐ-UBND', '2024-12-30', id, signer_title, signer_name "
            "FROM issuing_authorities LIMIT 1"
        ).lastrowid
        ids = []
        for number in range(1, count + 1):
            gender = rng.choice(("male", "female"))
            person = db.execute(
                "INSERT INTO people (full_name, name_folded, gender) VALUES (?, '', ?)",
                [full_name(rng, gender), gender],
            ).lastrowid
            ids.append(
                db.execute(
                    "INSERT INTO awards (decision_id, form_id, recipient_kind, person_id, "
                    "recipient_name, unit_name, position, achievement, achievement_year, "
                    "register_book, register_year, register_number) SELECT ?, ?, 'individual', id,"
                    " full_name, 'Phòng Nội vụ', 'Chuyên viên', 'Đã có thành tích xuất sắc trong "
                    "thực hiện nhiệm vụ năm 2024', 2024, 'bench', 2024, ? FROM people WHERE id = ?",
                    [decision, form, number, person],
                ).lastrowid
            )
        freeze_certificates(db, ids)
    db.close()
    return ids


def main(count: int = 1000) -> int:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QFont, QPainter, QPdfWriter

    from kienan_awards.printing import offscreen_application
    from kienan_awards.printing.certificate_printing import _set_page, print_to_pdf

    offscreen_application()
    folder = Path(tempfile.mkdtemp(prefix="kienan-certs-"))
    ids = build(folder / "certs.sqlite3", count)
    db = open_database(folder / "certs.sqlite3")
    strings = []
    for award_id in ids:
        data, code = certificate(db, award_id)
        strings.append(
            [
                data.recipient_name,
                data.achievement,
                data.decision_line,
                f"Số vào sổ: {data.register_number}",
                f"Mã xác thực: {code}",
                data.place_date_line,
                data.signer_name,
                "GIẤY KHEN",
            ]
        )

    def baseline() -> None:
        writer = QPdfWriter(str(folder / "baseline.pdf"))
        writer.setResolution(300)
        _set_page(writer, "A4")
        painter = QPainter(writer)
        font = QFont("Tinos", 14)
        for index, page in enumerate(strings):
            if index:
                writer.newPage()
            painter.setFont(font)
            for line, text in enumerate(page):
                painter.drawText(QPointF(200, 200 + line * 150), text)
        painter.end()

    start = time.perf_counter()
    baseline()
    base = time.perf_counter() - start
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    print_to_pdf(db, ids, folder / "certificates.pdf")
    ours = time.perf_counter() - start
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = (folder / "certificates.pdf").stat().st_size / 1e6
    print(f"QPdfWriter, same strings, no layout: {base:.2f} s")
    print(
        f"{count:,} certificates to one PDF:      {ours:.2f} s ({size:.1f} MB), "
        f"ratio {ours / base:.1f}x"
    )
    print(f"peak memory before/after printing:   {rss_before:.0f} / {rss_after:.0f} MB")
    goals = {"at most 4 s": ours <= 4, "at most 6x the baseline": ours <= 6 * base}
    for goal, met in goals.items():
        print(f"  {'met ' if met else 'MISSED'} {goal}")
    return 0 if all(goals.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
