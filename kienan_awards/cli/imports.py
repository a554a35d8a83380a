"""import: an office's list of awards, proposals, people or units, a unit's registration,
initiatives, the city's answer to a proposal or a list of emulation clusters, from a workbook
or the tables of a Word document, all rows or none; and a member's filled score sheet."""

from __future__ import annotations

import argparse
from pathlib import Path

from kienan_awards.cli import DONE, FAILED, UsageError, complain, say
from kienan_awards.cli.arguments import date_argument, record_number_argument, year_argument
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, ngettext, shown
from kienan_awards.core.messages import Message

# How many places (a sheet and a row) a line names before it only counts the rest.
PLACES_NAMED = 10
# The kind of list that is a member's filled score sheet.
SCORES = "scores"
# The options of the other lists, which a score sheet's heading says for itself.
_NOT_FOR_SCORES = (
    ("decision", "--decision"),
    ("date", "--date"),
    ("form", "--form"),
    ("year", "--year"),
    ("unit", "--unit"),
    ("proposal", "--proposal"),
    ("authority", "--authority"),
    ("errors_out", "--errors-out"),
)


def add_parser(commands) -> None:
    importing = commands.add_parser(
        "import",
        help=_(
            "import a list of awards, proposals, people, units, registrations, initiatives, "
            "the city's answer to a proposal, emulation clusters or a member's filled score "
            "sheet from Excel or Word (all rows or none)"
        ),
        description=_(
            "Checks every row first; if any is wrong nothing is written and each wrong "
            "row is named by its sheet and row number. A score sheet (import scores FILE...) "
            "says its cluster, year and member unit in its heading; each wrong cell is named; "
            "several members' sheets are entered together, or none."
        ),
        arguments=_import_arguments,
    )
    importing.set_defaults(handler=command_import)


def _list_kind_argument(importing) -> None:
    from kienan_awards.core.lists.list_layout import LIST_KINDS

    # Typed with a hyphen ("city-answer"), as the other commands' words are. A filled score
    # sheet is read by its own import (its heading says the cluster, year and unit).
    kinds = (*LIST_KINDS, SCORES)
    importing.add_argument(
        "list_kind",
        type=lambda text: text.replace("-", "_"),
        choices=kinds,
        metavar="|".join(kind.replace("_", "-") for kind in kinds),
    )


def _import_arguments(importing) -> None:
    _list_kind_argument(importing)
    # Several files for score sheets only: the members send theirs apart.
    importing.add_argument("file", type=Path, nargs="+", metavar="FILE")
    importing.add_argument("--dry-run", action="store_true", help=_("check and report only"))
    importing.add_argument(
        "--decision",
        "--number",
        dest="decision",
        metavar="NUMBER",
        help=_("decision number for every row (the city's answer: its decision's number)"),
    )
    importing.add_argument(
        "--date", type=date_argument, metavar="DD/MM/YYYY", help=_("decision date for every row")
    )
    importing.add_argument("--form", metavar="NAME", help=_("award form for every row"))
    importing.add_argument(
        "--year",
        type=year_argument,
        metavar="YEAR",
        help=_(
            "a registration's year, an initiative's or a list of clusters', for rows that do "
            "not say it"
        ),
    )
    importing.add_argument(
        "--unit",
        metavar="NAME",
        help=_("the unit whose registration it is, for rows that name no unit"),
    )
    _city_answer_arguments(importing)
    importing.add_argument(
        "--skip-hidden",
        action="store_true",
        help=_("leave out hidden sheets and hidden rows (they are read, and named, by default)"),
    )
    importing.add_argument(
        "--choose",
        action="append",
        default=[],
        type=_choice_argument,
        metavar="SHEET:ROW=ID|new",
        help=_(
            "for a row whose name fits several records: the record it is (its ID, as the "
            "check names them), or new; may be given for several rows"
        ),
    )
    importing.add_argument(
        "--errors-out",
        type=Path,
        metavar="FILE.xlsx",
        help=_("when rows are wrong, save a copy of the file with an error column here"),
    )


def _city_answer_arguments(importing) -> None:
    importing.add_argument(
        "--proposal",
        type=record_number_argument,
        metavar="ID",
        help=_("the city's answer: the proposal it answers"),
    )
    importing.add_argument(
        "--authority",
        metavar="NAME",
        help=_(
            "the city's answer: the body that decided, when the list's heading does not name "
            "it (e.g. Ủy ban nhân dân thành phố Hải Phòng)"
        ),
    )


def command_import(args: argparse.Namespace) -> int:
    # Reading workbooks and documents, and the error copy's workbook, only for an import.
    from kienan_awards.core.lists.import_error_copy import check_error_copy_path, write_error_copy
    from kienan_awards.core.lists.list_files import read_list_file
    from kienan_awards.core.lists.list_import import ImportOptions, commit_import, prepare_import
    from kienan_awards.core.storage.database import database_made_if_missing
    from kienan_awards.core.storage.locations import default_database_path

    if args.list_kind == SCORES:
        return _import_scores(args)
    if len(args.file) > 1:
        raise UsageError(_("only 'import scores' takes several files; give one list"))
    args.file = args.file[0]
    options = ImportOptions(
        list_kind=args.list_kind,
        decision_number=args.decision,
        decision_date=args.date,
        form_name=args.form,
        year=args.year,
        unit_name=args.unit,
        proposal_id=args.proposal,
        authority_name=args.authority,
        skip_hidden=args.skip_hidden,
    )
    if args.list_kind == "city_answer" and args.proposal is None:
        complain(_("the city's answer: say which proposal it answers with --proposal ID"))
        return FAILED
    if args.errors_out:  # a place that would destroy something is refused before any work
        check_error_copy_path(args.errors_out, args.file, args.db or default_database_path())
    sheets = read_list_file(args.file)
    with database_made_if_missing(args.db) as (db, made):
        plan = prepare_import(db, args.file, options, sheets=sheets)
        if args.choose:
            options.choices = _choices(plan, dict(args.choose))
            plan = prepare_import(db, args.file, options, sheets=sheets)
        if plan.errors:
            _say_wrong_rows(args, plan)
            if args.errors_out:
                write_error_copy(sheets, plan, args.errors_out, database_path=db.path)
                complain(_("the rows' errors are marked in {file}").format(file=args.errors_out))
            complain(
                ngettext(
                    "{wrong} of {read} row is wrong; nothing was written",
                    "{wrong} of {read} rows are wrong; nothing was written",
                    plan.rows_read,
                ).format(wrong=len(plan.errors), read=plan.rows_read)
            )
            return FAILED
        summary = plan.summary() if args.dry_run else commit_import(db, plan)
        if made and not args.dry_run:
            complain(_("made a new database at {path}").format(path=db.path))
    _print_import_summary(args, plan, summary)
    return DONE


def _import_scores(args: argparse.Namespace) -> int:
    """Members' filled score sheets (a file each, or a workbook of them), entered together:
    one summary line a file, or one line a problem and nothing written."""
    from contextlib import closing

    from kienan_awards.core.clusters.score_sheets.importing import import_score_files
    from kienan_awards.core.clusters.score_sheets.reading import ScoresRefused
    from kienan_awards.core.storage.database import open_database

    given = [option for name, option in _NOT_FOR_SCORES if getattr(args, name)]
    given += ["--choose"] * bool(args.choose) + ["--skip-hidden"] * args.skip_hidden
    if given:
        raise UsageError(
            _(
                "import scores reads the cluster, the year and the unit from the sheet's "
                "heading; {options} is not used"
            ).format(options=", ".join(given))
        )
    with closing(open_database(args.db, create=False)) as db:
        try:
            done = import_score_files(db, args.file, dry_run=args.dry_run)
        except ScoresRefused as refused:
            for problem in refused.problems:
                say(_("{file}: {problem}").format(file=refused.file_name, problem=shown(problem)))
            complain(
                ngettext(
                    "{count} problem in {file}; nothing was written",
                    "{count} problems in {file}; nothing was written",
                    len(refused.problems),
                ).format(count=len(refused.problems), file=refused.file_name)
            )
            return FAILED
    for each in done:
        print(shown(each.summary))
    return DONE


def _choice_argument(text: str) -> tuple[tuple[str, int], int]:
    """'DS:12=345' -> (('DS', 12), 345); 'DS:12=new' chooses a new record."""
    from kienan_awards.core.lists.record_matching import NEW_RECORD

    place, _equals, chosen = text.rpartition("=")
    sheet, _colon, row = place.rpartition(":")
    chosen = chosen.strip().lower()
    if not sheet or not row.strip().isdigit() or not (chosen.isdigit() or chosen == "new"):
        raise argparse.ArgumentTypeError(
            _("'{text}' is not SHEET:ROW=ID or SHEET:ROW=new").format(text=text)
        )
    return (sheet, int(row)), NEW_RECORD if chosen == "new" else int(chosen)


def _choices(plan, chosen: dict[tuple[str, int], int]) -> dict:
    """The clerk's choices as the import keeps them; a row with nothing to choose is an
    error of the command."""
    ambiguities = {
        (result.sheet_name, result.row_number): result.ambiguity
        for result in plan.errors
        if result.ambiguity is not None
    }
    choices = {}
    for (sheet, row), record_id in chosen.items():
        ambiguity = ambiguities.get((sheet, row))
        if ambiguity is None:
            raise KienanError(
                Message(
                    "--choose: sheet '{sheet}' row {row} has no name that fits several records",
                    sheet=sheet,
                    row=row,
                )
            )
        choices[ambiguity.key(sheet, row)] = record_id
    return choices


def _say_wrong_rows(args: argparse.Namespace, plan) -> None:
    """One line a wrong row; a row whose name fits several records names their IDs."""
    for result in plan.errors:
        problem = shown(result.message)
        if result.ambiguity is not None and result.ambiguity.candidates:
            problem = _("{problem}; choose with --choose '{place}=ID' (or =new): {ids}").format(
                problem=problem,
                place=f"{result.sheet_name}:{result.row_number}",
                ids="; ".join(
                    f"{record_id} = {described}"
                    for record_id, described in result.ambiguity.candidates
                ),
            )
        say(
            _("{file}: {place}: {problem}").format(
                file=args.file.name, place=shown(result.place()), problem=problem
            )
        )


def _print_own_kind(args: argparse.Namespace, plan, summary: dict[str, int]) -> None:
    """The summary of a list that writes neither people nor units."""
    if plan.list_kind == "clusters":
        print(
            _(
                "clusters and blocks created: {created}, matched: {matched}; members: {members}"
            ).format(
                created=summary["clusters_created"],
                matched=summary["clusters_matched"],
                members=summary["cluster_members"],
            )
        )
    else:
        _print_city_answer(plan, summary)
    _print_what_was_not_read(plan)
    if args.dry_run:
        print(_("Dry run: nothing was written."))


def _print_import_summary(args: argparse.Namespace, plan, summary: dict[str, int]) -> None:
    count = summary["rows_read"]
    if args.dry_run:
        done = ngettext(
            "Checked {count} row from {file}.", "Checked {count} rows from {file}.", count
        )
    else:
        done = ngettext(
            "Imported {count} row from {file}.", "Imported {count} rows from {file}.", count
        )
    print(done.format(count=count, file=args.file.name))
    if plan.list_kind == "awards":
        print(_("awards created: {count}").format(count=summary["awards_created"]))
    if plan.list_kind == "proposals":
        print(
            _("proposal lines to review: {count}").format(count=summary["proposal_lines_created"])
        )
    if plan.list_kind == "registrations":
        print(
            _("titles registered: {created}, already registered: {matched}").format(
                created=summary["registrations_created"], matched=summary["registrations_matched"]
            )
        )
    if plan.list_kind == "initiatives":
        print(_("initiatives recorded: {count}").format(count=summary["initiatives_created"]))
    if plan.list_kind in ("clusters", "city_answer"):
        _print_own_kind(args, plan, summary)
        return
    if plan.list_kind != "units":
        print(
            _("people created: {created}, matched: {matched}").format(
                created=summary["people_created"], matched=summary["people_matched"]
            )
        )
    print(
        _("units created: {created}, matched: {matched}").format(
            created=summary["units_created"], matched=summary["units_matched"]
        )
    )
    repeated = summary["people_repeated"] + summary["units_repeated"]
    if repeated:
        # Rows naming a record an earlier row of the list named: counted, never folded away.
        print(_("rows repeating an earlier row: {count}").format(count=repeated))
    if plan.list_kind == "awards":
        print(
            _("decisions created: {created}, matched: {matched}").format(
                created=summary["decisions_created"], matched=summary["decisions_matched"]
            )
        )
    _print_what_was_not_read(plan)
    if args.dry_run:
        print(_("Dry run: nothing was written."))


def _print_city_answer(plan, summary: dict[str, int]) -> None:
    options = plan.options
    print(
        _("the city's decision {number} of {day} ({authority})").format(
            number=options.decision_number,
            day=f"{options.decision_date:%d/%m/%Y}",
            authority=options.authority_name,
        )
    )
    print(
        _("proposal lines decided by the city: {decided}, not chosen: {not_chosen}").format(
            decided=summary["city_lines_decided"], not_chosen=summary["city_lines_not_chosen"]
        )
    )


def _print_what_was_not_read(plan) -> None:
    """Rows that are not records, sheets without a list, and what was hidden in the file."""
    if plan.passed_over:
        print(
            _("passed over (not records: titles, notes, signatures): {places}").format(
                places=_places(plan.passed_over)
            )
        )
    if plan.sheets_without_table:
        print(
            _("sheets without a list: {sheets}").format(sheets=", ".join(plan.sheets_without_table))
        )
    skipped = plan.options.skip_hidden
    for sheet in plan.hidden_sheets:
        hidden = (
            _("sheet '{sheet}' is hidden: skipped (--skip-hidden)")
            if skipped
            else _("sheet '{sheet}' is hidden: read")
        )
        print(hidden.format(sheet=sheet))
    if plan.hidden_rows:
        hidden = (
            _("hidden rows skipped (--skip-hidden): {places}")
            if skipped
            else _("hidden rows read: {places}")
        )
        print(hidden.format(places=_places(plan.hidden_rows)))
    # A list without a kind column: which rows the name made collectives or households.
    for kind, words in (
        ("collective", _("taken as collectives by their names: {places}")),
        ("household", _("taken as households by their names: {places}")),
    ):
        places = [(sheet, row) for sheet, row, _name, told in plan.kinds_from_names if told == kind]
        if places:
            print(words.format(places=_places(places)))


def _places(places: list[tuple[str, int]]) -> str:
    """The first few (sheet, row) places, and how many more there are."""
    named = ", ".join(
        _("'{sheet}' row {row}").format(sheet=sheet, row=row)
        for sheet, row in places[:PLACES_NAMED]
    )
    if len(places) <= PLACES_NAMED:
        return named
    return _("{places} and {count} more").format(places=named, count=len(places) - PLACES_NAMED)
