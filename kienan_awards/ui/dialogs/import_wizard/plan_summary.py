"""What the check step says of a plan: the same counts, and the same rows named, as the command
line says for it (cli/imports.py), so a clerk and a script see one account of a list."""

from __future__ import annotations

from kienan_awards.core.i18n import _, ngettext
from kienan_awards.core.lists.list_import import ImportPlan
from kienan_awards.ui.figures import figure

PLACES_NAMED = 10  # (sheet, row) places a line names before it only counts the rest


def summary_lines(plan: ImportPlan) -> list[str]:
    lines = _count_lines(plan)
    lines.extend(_not_read_lines(plan))
    lines.extend(_kind_lines(plan))
    if plan.errors:
        lines.append(
            _(
                "Nothing can be imported until every row is right: mend the "
                "list (or the column choices) and check again."
            )
        )
    return lines


def places(where: list[tuple[str, int]]) -> str:
    """The first few (sheet, row) places, and how many more there are."""
    named = ", ".join(
        _("'{sheet}' row {row}").format(sheet=sheet, row=row) for sheet, row in where[:PLACES_NAMED]
    )
    if len(where) <= PLACES_NAMED:
        return named
    return _("{places} and {count} more").format(
        places=named, count=figure(len(where) - PLACES_NAMED)
    )


def _count_lines(plan: ImportPlan) -> list[str]:
    summary = plan.summary()
    lines = [
        ngettext(
            "{rows} row read; {errors} with errors.",
            "{rows} rows read; {errors} with errors.",
            summary["rows_read"],
        ).format(rows=figure(summary["rows_read"]), errors=figure(len(plan.errors)))
    ]
    if plan.list_kind == "awards":
        lines.append(_("Awards to create: {n}").format(n=figure(summary["awards_created"])))
    if plan.list_kind == "proposals":
        lines.append(
            _("Proposal lines to review: {n}").format(n=figure(summary["proposal_lines_created"]))
        )
    if plan.list_kind == "city_answer":
        lines.extend(city_answer_lines(plan, summary))
        return lines
    if plan.list_kind == "clusters":
        lines.append(
            _(
                "Clusters and blocks: {new} new, {matched} already recorded; members: {members}"
            ).format(
                new=figure(summary["clusters_created"]),
                matched=figure(summary["clusters_matched"]),
                members=figure(summary["cluster_members"]),
            )
        )
        return lines
    if plan.list_kind != "units":
        lines.append(
            _("People: {new} new, {matched} already recorded").format(
                new=figure(summary["people_created"]), matched=figure(summary["people_matched"])
            )
        )
    lines.append(
        _("Units: {new} new, {matched} already recorded").format(
            new=figure(summary["units_created"]), matched=figure(summary["units_matched"])
        )
    )
    repeated = summary["people_repeated"] + summary["units_repeated"]
    if repeated:
        lines.append(_("Rows repeating an earlier row of the list: {n}").format(n=figure(repeated)))
    if plan.list_kind == "awards":
        lines.append(
            _("Decisions: {new} new, {matched} already recorded").format(
                new=figure(summary["decisions_created"]),
                matched=figure(summary["decisions_matched"]),
            )
        )
    return lines


def city_answer_lines(plan: ImportPlan, summary: dict[str, int]) -> list[str]:
    """The city's decision as read, and what it does to the proposal's lines."""
    options = plan.options
    return [
        _("The city's decision {number} of {day} ({authority})").format(
            number=options.decision_number,
            day=f"{options.decision_date:%d/%m/%Y}",
            authority=options.authority_name,
        ),
        _("Proposal lines decided by the city: {decided}; not chosen: {not_chosen}").format(
            decided=figure(summary["city_lines_decided"]),
            not_chosen=figure(summary["city_lines_not_chosen"]),
        ),
    ]


def _not_read_lines(plan: ImportPlan) -> list[str]:
    """Rows that are not records, sheets without a list, and what was hidden in the file."""
    lines = []
    if plan.passed_over:
        lines.append(
            _("Passed over (not records: titles, notes, signatures): {places}").format(
                places=places(plan.passed_over)
            )
        )
    if plan.sheets_without_table:
        lines.append(
            _("Sheets without a list: {sheets}").format(sheets=", ".join(plan.sheets_without_table))
        )
    skipped = plan.options.skip_hidden
    for sheet in plan.hidden_sheets:
        hidden = (
            _("Sheet '{sheet}' is hidden: left out")
            if skipped
            else _("Sheet '{sheet}' is hidden: read")
        )
        lines.append(hidden.format(sheet=sheet))
    if plan.hidden_rows:
        hidden = _("Hidden rows left out: {where}") if skipped else _("Hidden rows read: {where}")
        lines.append(hidden.format(where=places(plan.hidden_rows)))
    return lines


def _kind_lines(plan: ImportPlan) -> list[str]:
    """A list without a kind column: which rows their names made collectives or households."""
    lines = []
    for kind, words in (
        ("collective", _("Taken as collectives by their names: {places}")),
        ("household", _("Taken as households by their names: {places}")),
    ):
        where = [(sheet, row) for sheet, row, _name, told in plan.kinds_from_names if told == kind]
        if where:
            lines.append(words.format(places=places(where)))
    return lines
