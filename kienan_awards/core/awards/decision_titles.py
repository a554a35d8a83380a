"""The trích yếu a decision is offered: what it confers and for which year, worded as
offices word it. Emulation titles are recognised ("công nhận danh hiệu"), forms of
commendation are given ("tặng"); the decision's own words are Vietnamese whatever the
interface speaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kienan_awards.core import vocabulary

if TYPE_CHECKING:
    from sqlite_utils import Database

TITLES_OF_YEAR = "Về việc công nhận danh hiệu thi đua năm {year}"
GIVEN_OF_YEAR = "Về việc tặng {forms} năm {year}"
BOTH_OF_YEAR = "Về việc công nhận danh hiệu thi đua và tặng {forms} năm {year}"


def suggested_decision_title(db: Database, proposal_id: int) -> str:
    """The trích yếu for deciding the proposal's accepted lines not decided yet: their forms
    in the order first proposed, and the proposal's year."""
    (year,) = db.execute(
        "SELECT achievement_year FROM proposals WHERE id = ?", [proposal_id]
    ).fetchone()
    rows = db.execute(
        """SELECT f.name_vi, f.category FROM proposal_lines l
           JOIN award_forms f ON f.id = l.form_id
           WHERE l.proposal_id = ? AND l.review_status = 'accepted' AND l.award_id IS NULL
           ORDER BY l.id""",
        [proposal_id],
    ).fetchall()
    return decision_title(rows, year)


def decision_title(forms: list[tuple[str, str]], year: int) -> str:
    """forms: (Vietnamese name, category) of each line; repeats are said once."""
    given = list(dict.fromkeys(name for name, category in forms if category != "title"))
    titles = any(category == "title" for _name, category in forms)
    if titles and given:
        return BOTH_OF_YEAR.format(forms=", ".join(given), year=year)
    if titles:
        return TITLES_OF_YEAR.format(year=year)
    return GIVEN_OF_YEAR.format(forms=", ".join(given) or vocabulary.DEFAULT_FORM, year=year)
