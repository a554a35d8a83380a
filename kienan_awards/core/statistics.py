"""Counts of awards for the window's summary tables (the full reports build on these)."""

from __future__ import annotations

from sqlite_utils import Database


def awards_by_year_and_form(
    db: Database,
) -> tuple[list[int], list[str], dict[tuple[int, str], int]]:
    """(years, form names, count per (year, form)) of awards in force, in one grouped query."""
    counts: dict[tuple[int, str], int] = {}
    forms: dict[str, int] = {}
    years: set[int] = set()
    for year, form, order, count in db.execute(
        """SELECT a.achievement_year, f.name_vi, f.sort_order, count(*)
           FROM awards a JOIN award_forms f ON f.id = a.form_id
           WHERE a.status = 'awarded'
           GROUP BY a.achievement_year, f.id"""
    ):
        counts[(year, form)] = count
        forms[form] = order
        years.add(year)
    return sorted(years, reverse=True), sorted(forms, key=forms.get), counts
