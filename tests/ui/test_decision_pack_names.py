"""The window names a decision pack as the command line does, by number and date: this
year's 15/QĐ-UBND never overwrites last year's in the same folder."""

import datetime as dt

from kienan_awards.core import demo
from kienan_awards.core.awards import decisions
from kienan_awards.core.documents.decision_document import decision_pack_stem
from kienan_awards.ui.pages.decisions.decided_part import DecidedPart


def test_the_same_number_in_two_years_gives_two_packs(qtbot, db, tmp_path):
    demo.load_demo(db)
    last_year = decisions.find_decision(db, "15/QĐ-UBND", dt.date(2024, 1, 12))
    this_year = decisions.find_decision(db, "31/QĐ-UBND", dt.date(2026, 1, 9))
    db.execute("UPDATE decisions SET number = '15/QĐ-UBND' WHERE id = ?", [this_year.id])
    db.conn.commit()
    part = DecidedPart(db)
    qtbot.addWidget(part)
    first = part.write_pack(last_year.id, tmp_path)
    second = part.write_pack(this_year.id, tmp_path)
    assert [p.stem for p in first] == [decision_pack_stem("15/QĐ-UBND", dt.date(2024, 1, 12))] * 2
    assert [p.stem for p in second] == [decision_pack_stem("15/QĐ-UBND", dt.date(2026, 1, 9))] * 2
    assert len({*first, *second}) == 4 and all(p.is_file() for p in (*first, *second))
