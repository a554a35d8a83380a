"""The lines a decision prints by its date: its legal bases and who carries it out (Article 3)
are the dated rows of decision_wording in force on the decision's date, for its authority's
level; a decision that stored its own legal bases keeps them."""

import datetime as dt

import pytest

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.decision_document import decision_content, decision_wording
from kienan_awards.core.records.office import add_office
from kienan_awards.core.storage.step_data import law_0013 as law

DISTRICT = {
    "body_name": "Ủy ban nhân dân quận Mẫu",
    "place": "Mẫu",
    "signer_title": "Chủ tịch",
    "signer_name": "Trần Văn Quận",
}
WARD = {
    "body_name": "Ủy ban nhân dân phường Mẫu",
    "place": "Mẫu",
    "signer_title": "Chủ tịch",
    "signer_name": "Lê Văn Ký",
}


def last_article(content) -> str:
    """The office's line on who carries the decision out, as its last article prints it after
    saying when the decision takes effect."""
    text = str(content.articles[-1])
    assert f"Điều 3. {words.TAKES_EFFECT} " in text
    return text.replace(f"{words.TAKES_EFFECT} ", "")


@pytest.fixture
def offices(db):
    add_office(db, DISTRICT, dt.date(2015, 1, 1))
    add_office(db, WARD, dt.date(2025, 7, 1))
    return db


def a_decision(db, number: str, day: dt.date, legal_bases: str | None = None) -> int:
    """A decision of this office, signed by the authority of its date (none of its own)."""
    return db.execute(
        "INSERT INTO decisions (number, decided_on, legal_bases, proposed_by, status) "
        "VALUES (?, ?, ?, 'Chánh Văn phòng', 'signed')",
        [number, day.isoformat(), legal_bases],
    ).lastrowid


def test_a_2019_decision_cites_the_2003_law_and_decree_91(offices):
    content = decision_content(offices, a_decision(offices, "5/QĐ-UBND", dt.date(2019, 12, 20)))
    assert content.legal_bases == [law.LOCAL_GOVERNMENT_2015, law.LAW_2003, law.DECREE_91]
    assert last_article(content) == law.IMPLEMENTERS_DISTRICT
    assert str(content.articles[0]).startswith("Điều 1.") and str(content.articles[1]).startswith(
        "Điều 2."
    )


def test_a_2024_decision_cites_the_2022_law_decree_98_and_the_2015_local_government_law(offices):
    content = decision_content(offices, a_decision(offices, "15/QĐ-UBND", dt.date(2024, 1, 12)))
    assert content.legal_bases == [law.LOCAL_GOVERNMENT_2015_2019, law.LAW_2022, law.DECREE_98]
    assert "Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003" not in " ".join(
        content.legal_bases
    )
    assert last_article(content) == law.IMPLEMENTERS_DISTRICT


def test_a_decision_of_december_2025_cites_law_72_and_decree_152_and_the_communes_article_3(
    offices,
):
    content = decision_content(offices, a_decision(offices, "20/QĐ-UBND", dt.date(2025, 12, 15)))
    bases = " ".join(content.legal_bases)
    assert "72/2025/QH15" in bases and "152/2025/NĐ-CP" in bases
    # domain.md's three bases: Decree 152 takes Decree 98's place.
    assert content.legal_bases == [law.LOCAL_GOVERNMENT_2025, law.LAW_2022, law.DECREE_152]
    assert "19 tháng 6 năm 2015" not in bases
    assert last_article(content) == law.IMPLEMENTERS_COMMUNE_2025
    assert len(content.articles) == 3
    assert not any("Trưởng phòng Nội vụ" in str(article) for article in content.articles)
    assert content.body_name == "ỦY BAN NHÂN DÂN PHƯỜNG MẪU"


def test_the_last_day_before_the_reform_still_prints_the_old_lines(offices):
    content = decision_content(offices, a_decision(offices, "9/QĐ-UBND", dt.date(2025, 6, 30)))
    # Between 01/03 and 30/06/2025 the local government law was Law 65/2025/QH15.
    assert content.legal_bases == [law.LOCAL_GOVERNMENT_65_2025, law.LAW_2022, law.DECREE_98]
    assert law.DECREE_152 not in content.legal_bases
    assert last_article(content) == law.IMPLEMENTERS_DISTRICT


def test_a_decision_that_stored_its_own_legal_bases_keeps_them(offices):
    own = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nCăn cứ Quy chế của phường;"
    decision = a_decision(offices, "21/QĐ-UBND", dt.date(2025, 12, 15), legal_bases=own)
    content = decision_content(offices, decision)
    assert content.legal_bases == own.splitlines()
    # Article 3 is still the one of its date.
    assert last_article(content) == law.IMPLEMENTERS_COMMUNE_2025


def test_a_line_written_for_the_authoritys_level_stands_in_for_the_line_of_any_level(offices):
    offices.execute(
        "INSERT INTO decision_wording (part, level, text, sort_order, valid_from) "
        "VALUES ('implementers', 'commune', 'Điều 3. Văn phòng phường thi hành./.', 1, "
        "'2025-07-01')"
    )
    day = dt.date(2025, 12, 15)
    assert decision_wording(offices, "implementers", day, "commune") == [
        "Điều 3. Văn phòng phường thi hành./."
    ]
    assert decision_wording(offices, "implementers", day, "city") == [law.IMPLEMENTERS_COMMUNE_2025]
    assert decision_wording(offices, "implementers", day, None) == [law.IMPLEMENTERS_COMMUNE_2025]


def test_a_decision_with_no_proposer_answers_the_office_that_kept_emulation_work_on_its_day(
    offices,
):
    before = a_decision(offices, "9/QĐ-UBND", dt.date(2024, 12, 20))
    after = a_decision(offices, "21/QĐ-UBND", dt.date(2025, 12, 20))
    offices.execute("UPDATE decisions SET proposed_by = NULL")
    assert law.PROPOSER_DISTRICT in decision_content(offices, before).proposer_line
    assert law.PROPOSER_COMMUNE_2025 in decision_content(offices, after).proposer_line
    assert "Nội vụ" not in decision_content(offices, after).proposer_line


def test_bases_a_clerk_types_on_a_decision_print_one_a_line(offices):
    from kienan_awards.core.awards import decisions
    from kienan_awards.core.awards.catalogue import find_award_form
    from kienan_awards.core.records import people

    person = people.save_person(offices, None, {"full_name": "Trần Thị Lan"}).record_id
    proposal = decisions.create_proposal(offices, "Năm 2025", 2025).record_id
    form = find_award_form(offices, "GIAY_KHEN").id
    line = decisions.add_line(offices, proposal, {"form_id": form, "person_id": person})
    decisions.review_line(offices, line.record_id, "accepted")
    typed = "Căn cứ Luật A;\n\n  Căn cứ  Nghị định B;  \n"
    result = decisions.decide(offices, proposal, "30/QĐ-UBND", dt.date(2025, 12, 20), None, typed)
    content = decision_content(offices, result.decision_id)
    assert content.legal_bases == ["Căn cứ Luật A;", "Căn cứ Nghị định B;"]


def test_a_decision_of_titles_recognises_them_and_one_of_giay_khen_gives_it(offices):
    day = dt.date(2025, 12, 20)
    titles = a_decision(offices, "40/QĐ-UBND", day)
    merit = a_decision(offices, "41/QĐ-UBND", day)
    person = offices.execute("INSERT INTO people (full_name, name_folded) VALUES ('A', 'a')")
    for decision, code in ((titles, "LDTT"), (merit, "GIAY_KHEN")):
        offices.execute(
            "INSERT INTO awards (decision_id, form_id, recipient_kind, person_id, "
            "recipient_name, achievement_year) SELECT ?, id, 'individual', ?, 'A', 2025 "
            "FROM award_forms WHERE code = ?",
            [decision, person.lastrowid, code],
        )
    assert str(decision_content(offices, titles).articles[0]).startswith(
        "Điều 1. Công nhận danh hiệu “Lao động tiên tiến”"
    )
    assert str(decision_content(offices, merit).articles[0]).startswith("Điều 1. Tặng Giấy khen")
