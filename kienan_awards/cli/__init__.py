"""The command line: a second front over the same core as the window.

A command's own heavy modules (the demo, .docx, workbooks, reports, certificates) are imported
inside it: every command, an import above all, starts without paying for the others."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import closing
from pathlib import Path

from kienan_awards import __version__
from kienan_awards.core.documents.reports import REPORT_KINDS, build_report
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists import cell_values
from kienan_awards.core.lists.csv_output import write_csv
from kienan_awards.core.lists.import_error_copy import check_error_copy_path, write_error_copy
from kienan_awards.core.lists.list_import import ImportOptions, commit_import, prepare_import
from kienan_awards.core.lists.list_layout import LIST_KINDS
from kienan_awards.core.lists.spreadsheet_reading import read_workbook
from kienan_awards.core.records.audit_log import (
    ACTION_TITLES,
    AuditFilters,
    audit_entries,
    audit_entry_count,
    audit_entry_ids,
    record_key,
)
from kienan_awards.core.records.record_counts import record_counts
from kienan_awards.core.search.award_search import (
    AWARD_STATUSES,
    RECIPIENT_KINDS,
    SEARCH_FIELDS,
    AwardFilters,
    AwardSearch,
    award_ids,
    award_summaries,
    find_form,
    find_movement,
    find_unit,
    rebuild_search_index,
)
from kienan_awards.core.storage.audit_triggers import audited_table_names
from kienan_awards.core.storage.backups import back_up, restore_database
from kienan_awards.core.storage.database import database_made_if_missing, open_database
from kienan_awards.core.storage.integrity import database_problems
from kienan_awards.core.storage.locations import default_database_path
from kienan_awards.core.storage.moving import move_database, remove_old_database, use_database
from kienan_awards.core.text import without_controls

PROGRAM = "kienan-awards"


def say(text: str) -> None:
    """One line on stderr. What it quotes (a file or sheet name, a cell) may hold a new line,
    which would split it, or a direction override, which would disguise it on the terminal:
    such characters are shown as spaces and U+FFFD."""
    sys.stderr.write(" ".join(without_controls(str(text)).split()) + "\n")


class UsageError(Exception):
    """A mistake in the command's words found after parsing: one line, exit 2."""


class OneLineErrorParser(argparse.ArgumentParser):
    """argparse, but a mistake is reported in one line on stderr (exit 2), without the usage."""

    def error(self, message: str):
        say(f"{PROGRAM}: {message} (see {PROGRAM} --help)")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineErrorParser(
        prog=PROGRAM,
        description="Emulation and commendation records, award decisions and Certificates of "
        "Merit. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="the database file (default: $KIENAN_AWARDS_DB, else the user's data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=("vi", "en", "pseudo"),
        help="language of the window (default: the one chosen in Settings, else the system's; "
        "pseudo: every string longer, to find text cut off)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that the program works on this computer (window offscreen, a certificate "
        "and a report to PDF, on a temporary database), then exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("demo", help="fill an empty database with the demo data")
    info = commands.add_parser("info", help="schema version and record counts")
    info.add_argument("--format", choices=("table", "json"), default="table")
    importing = commands.add_parser(
        "import",
        help="import an Excel list of awards, proposals, people or units (all rows or none)",
        description="Checks every row first; if any is wrong nothing is written and each wrong "
        "row is named by its sheet and row number.",
    )
    importing.add_argument("list_kind", choices=LIST_KINDS, metavar="|".join(LIST_KINDS))
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--dry-run", action="store_true", help="check and report only")
    importing.add_argument("--decision", metavar="NUMBER", help="decision number for every row")
    importing.add_argument(
        "--date", type=_date_argument, metavar="DD/MM/YYYY", help="decision date for every row"
    )
    importing.add_argument("--form", metavar="NAME", help="award form for every row")
    importing.add_argument(
        "--skip-hidden",
        action="store_true",
        help="leave out hidden sheets and hidden rows (they are read, and named, by default)",
    )
    importing.add_argument(
        "--errors-out",
        type=Path,
        metavar="FILE.xlsx",
        help="when rows are wrong, save a copy of the file with an error column here",
    )
    exporting = commands.add_parser(
        "export", help="write every table a clerk cares about to one Excel workbook"
    )
    exporting.add_argument("file", type=Path, metavar="FILE.xlsx")
    exporting.add_argument(
        "--with-personal-ids",
        action="store_true",
        help="include personal ID numbers (left out unless asked for)",
    )
    progress = commands.add_parser(
        "progress", help="targets with plan, actual, %% of plan and of the same period, status"
    )
    progress.add_argument("--movement", type=_record_id_argument, metavar="ID")
    progress.add_argument("--year", type=_year_argument, metavar="Y")
    progress.add_argument("--format", choices=("table", "json"), default="table")
    proposing = commands.add_parser(
        "candidates", help="who may be proposed to the city next (consecutive-year paths)"
    )
    proposing.add_argument("--year", type=_year_argument, required=True, metavar="Y")
    proposing.add_argument("--format", choices=("table", "json"), default="table")
    pack = commands.add_parser(
        "decision-pack",
        help="write a decision with its list, receipt sheet and bonus sheet as .docx and PDF",
    )
    pack.add_argument("number", metavar="NUMBER", help="decision number, e.g. 15/QĐ-UBND")
    pack.add_argument("--date", type=_date_argument, required=True, metavar="DD/MM/YYYY")
    pack.add_argument("--out", type=Path, default=Path("."), metavar="FOLDER")
    verifying = commands.add_parser("verify", help="check a certificate's verification code")
    verifying.add_argument("code", metavar="CODE")
    printing = commands.add_parser("print", help="print a decision's certificates")
    printing.add_argument("--decision", required=True, metavar="NUMBER")
    printing.add_argument(
        "--date",
        type=_date_argument,
        metavar="DD/MM/YYYY",
        help="the decision's date, needed when its number recurs",
    )
    target = printing.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--pdf",
        type=Path,
        metavar="FILE",
        help="one PDF, one page per award (a .zip gives one PDF per award)",
    )
    target.add_argument("--printer", metavar="NAME")
    printing.add_argument("--mode", choices=("full", "preprinted"), default="full")
    printing.add_argument("--paper", choices=("A4", "A3"), default="A4")
    printing.add_argument("--profile", metavar="NAME", help="calibration profile")
    printing.add_argument(
        "--reissue-reason", metavar="TEXT", help="required when certificates are printed again"
    )
    searching = commands.add_parser(
        "search",
        help="every award whose recipient, unit, achievement or decision matches QUERY",
        description="Words are matched with or without diacritics, the last one as the start "
        "of a word; every word must match. An empty QUERY lists every award the filters keep.",
    )
    searching.add_argument("query", metavar="QUERY")
    searching.add_argument("--year", type=_year_argument, metavar="Y", help="achievement year")
    searching.add_argument("--from-year", type=_year_argument, metavar="Y")
    searching.add_argument("--to-year", type=_year_argument, metavar="Y")
    searching.add_argument("--form", metavar="NAME", help="award form: code or name")
    searching.add_argument(
        "--unit", metavar="NAME", help="unit, with the units that merged into it"
    )
    searching.add_argument("--movement", metavar="NAME", help="emulation movement")
    searching.add_argument("--kind", choices=RECIPIENT_KINDS)
    searching.add_argument("--status", choices=AWARD_STATUSES)
    searching.add_argument(
        "--limit", type=_count_argument, default=100, metavar="N", help="at most N results (0: all)"
    )
    searching.add_argument("--format", choices=("table", "json", "csv"), default="table")
    commands.add_parser(
        "reindex", help="rebuild the search index from the records (it is normally kept in step)"
    )
    backing_up = commands.add_parser("backup", help="write a checked backup now, print its path")
    backing_up.add_argument(
        "folder", nargs="?", type=Path, metavar="FOLDER", help="default: the backups folder"
    )
    restoring = commands.add_parser(
        "restore",
        help="check FILE, back up the current database, then replace it with FILE",
    )
    restoring.add_argument("file", type=Path, metavar="FILE")
    moving = commands.add_parser(
        "move",
        help="move the default database to PLACE (a folder or a new file name) and keep it there",
        description="A checked copy is written at PLACE and becomes the default database of "
        "this user; a backup of the old file stays in its backups folder, then the old file "
        "goes. Only the default database moves (not one named by --db or KIENAN_AWARDS_DB).",
    )
    moving.add_argument("place", type=Path, metavar="PLACE")
    using = commands.add_parser(
        "use",
        help="make the database already at PLACE (a folder or file) the default one, as it is",
        description="For a database kept on a data drive through a reinstall of the computer: "
        "it is checked (read only) and becomes this user's default database.",
    )
    using.add_argument("place", type=Path, metavar="PLACE")
    commands.add_parser(
        "check",
        help="integrity, schema, foreign-key and search-index check; exit 1 with what is wrong",
    )
    reporting = commands.add_parser(
        "report",
        help="a report as PDF (A4, with its chart) or Excel: annual, multi-year, movement "
        "or honour-list",
        description="annual: the year's awards by form, recipient kind, unit, gender, position "
        "and decision. multi-year: the same counts for --year to --to-year, with a trend chart. "
        "movement: targets and results per unit with the awards that followed. honour-list: "
        "the year's awards by unit, in given-name order. Years are achievement years.",
    )
    reporting.add_argument(
        "kind", choices=REPORT_KINDS, metavar="KIND", help=" | ".join(REPORT_KINDS)
    )
    reporting.add_argument("--year", type=_year_argument, required=True, metavar="Y")
    reporting.add_argument(
        "--to-year", type=_year_argument, metavar="Y", help="last year (multi-year)"
    )
    reporting.add_argument(
        "--movement", type=_record_id_argument, metavar="ID", help="one movement (movement)"
    )
    reporting.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.xlsx")
    auditing = commands.add_parser(
        "audit",
        help="the audit trail: who changed which record, when, from what to what",
        description="Newest first. Personal ID numbers are shown masked.",
    )
    auditing.add_argument("--table", metavar="NAME", help="e.g. people, awards, decisions")
    auditing.add_argument("--record", metavar="ID", help="one record of --table")
    auditing.add_argument("--action", choices=tuple(ACTION_TITLES))
    auditing.add_argument("--user", metavar="NAME", help="operating-system user")
    auditing.add_argument("--from", dest="from_date", type=_date_argument, metavar="DD/MM/YYYY")
    auditing.add_argument("--to", dest="to_date", type=_date_argument, metavar="DD/MM/YYYY")
    auditing.add_argument("--find", metavar="TEXT", help="a value, as it was typed")
    auditing.add_argument(
        "--limit", type=_count_argument, default=50, metavar="N", help="at most N changes (0: all)"
    )
    auditing.add_argument("--format", choices=("table", "json"), default="table")
    return parser


def _command_backup(args: argparse.Namespace) -> int:
    with closing(open_database(args.db, create=False)) as db:
        path = back_up(db, "manual", args.folder)
    print(path)
    return 0


def _command_restore(args: argparse.Namespace) -> int:
    safety = restore_database(args.db or default_database_path(), args.file)
    print(f"Restored {args.file}; the database as it was is kept in {safety}.")
    return 0


def _command_move(args: argparse.Namespace) -> int:
    if args.db:
        raise UsageError(
            "move takes the default database; to move a file named by --db, copy it instead"
        )
    with closing(open_database(create=False)) as db:
        old_path = db.path
        new_path = move_database(db, args.place)
    print(f"The database now lives in {new_path}.")
    try:
        remove_old_database(old_path)
    except (KienanError, OSError) as error:  # moved all the same; the old file only lingers
        say(f"{PROGRAM}: the old file {old_path} is still there: {error}")
    return 0


def _command_use(args: argparse.Namespace) -> int:
    if args.db:
        raise UsageError("use sets the default database; --db already names one for a command")
    path = use_database(args.place)
    print(f"The default database is now {path}.")
    return 0


def _command_check(args: argparse.Namespace) -> int:
    with closing(open_database(args.db, create=False, migrate=False, check=False)) as db:
        problems = database_problems(db)
    for problem in problems:
        say(f"{PROGRAM}: {problem}")
    if problems:
        return 1
    print(f"{db.path}: sound")
    return 0


def _search_filters(db, args: argparse.Namespace) -> AwardFilters:
    if args.year is not None and (args.from_year is not None or args.to_year is not None):
        raise UsageError("give --year, or --from-year and --to-year, not both")
    return AwardFilters(
        from_year=args.year if args.year is not None else args.from_year,
        to_year=args.year if args.year is not None else args.to_year,
        form_id=find_form(db, args.form) if args.form else None,
        unit_id=find_unit(db, args.unit) if args.unit else None,
        movement_id=find_movement(db, args.movement) if args.movement else None,
        kind=args.kind,
        status=args.status,
    )


def _command_report(args: argparse.Namespace) -> int:
    from kienan_awards.core.documents.report_workbook import write_report_workbook

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UsageError(f"{args.out.name}: name the report .pdf or .xlsx")
    if args.to_year is not None and args.kind != "multi-year":
        raise UsageError("--to-year belongs to the multi-year report")
    if args.movement is not None and args.kind != "movement":
        raise UsageError("--movement belongs to the movement report")
    with closing(open_database(args.db, create=False)) as db:
        report = build_report(db, args.kind, args.year, args.to_year, args.movement)
    if suffix == ".xlsx":
        written = write_report_workbook(report, args.out)
    else:
        from kienan_awards.printing import offscreen_application
        from kienan_awards.printing.report_document import write_report_pdf

        offscreen_application()
        written = write_report_pdf(report, args.out)
    print(f"Wrote {written}: {report.title}")
    return 0


def _command_audit(args: argparse.Namespace) -> int:
    if args.record and not args.table:
        raise UsageError("--record needs --table")
    filters = AuditFilters(
        table=args.table,
        record_id=record_key(args.record),
        action=args.action,
        os_user=args.user,
        from_date=args.from_date,
        to_date=args.to_date,
        text=args.find,
    )
    with closing(open_database(args.db, create=False)) as db:
        if args.table and args.table not in audited_table_names(db):
            raise UsageError(f"there is no table {args.table}")
        ids = audit_entry_ids(db, filters, limit=args.limit or None)
        entries = audit_entries(db, ids)
        cut = bool(args.limit) and len(ids) == args.limit
        matching = audit_entry_count(db, filters) if cut else len(ids)
    if len(ids) < matching:
        say(f"{PROGRAM}: {len(ids)} of {matching} changes shown; --limit 0 shows all")
    ordered = [entries[i] for i in ids]
    if args.format == "json":
        rows = [
            {
                "id": e.id,
                "at": e.at.isoformat(timespec="seconds"),
                "user": e.os_user,
                "table": e.table,
                "record": e.record_id,
                "action": e.action,
                "changes": [
                    {"field": field, "before": before, "after": after}
                    for field, before, after in e.changes()
                ],
            }
            for e in ordered
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for e in ordered:
            print(
                f"{e.at:%d/%m/%Y %H:%M:%S} | {e.os_user or '-'} | {e.table} {e.record_id} | "
                f"{ACTION_TITLES[e.action].lower()} | {e.summary()}"
            )
    return 0


def _command_search(args: argparse.Namespace) -> int:
    with closing(open_database(args.db, create=False)) as db:
        ids = award_ids(db, AwardSearch(args.query, _search_filters(db, args)))
        shown = ids[: args.limit] if args.limit else ids
        found = award_summaries(db, shown)
    if len(shown) < len(ids):
        say(f"{PROGRAM}: {len(shown)} of {len(ids)} awards shown; --limit 0 shows all")
    if args.format == "json":
        print(json.dumps(found, ensure_ascii=False, indent=1))
    elif args.format == "csv":
        write_csv(sys.stdout, SEARCH_FIELDS, found)
    else:
        for award in found:
            number = award["register_number"]
            print(
                f"{award['name']} | {award['unit'] or ''} | {award['form']} "
                f"({award['year']}) | decision {award['decision_number']} of "
                f"{cell_values.dmy(award['decision_date'])} | "
                f"register no. {number if number is not None else '-'} | {award['status']}"
            )
    return 0


def _command_reindex(args: argparse.Namespace) -> int:
    with closing(open_database(args.db, create=False)) as db:
        count = rebuild_search_index(db)
    print(f"Rebuilt the search index: {count} awards.")
    return 0


def _command_verify(args: argparse.Namespace) -> int:
    from kienan_awards.core.documents.certificates import verify

    with closing(open_database(args.db, create=False)) as db:
        result = verify(db, args.code)
    if result.status == "unknown":
        say(f"{PROGRAM}: unknown: no certificate has the code {args.code}")
        return 1
    data = result.data
    day = cell_values.dmy(data.decided_on)
    line = (
        f"{data.recipient_name} | {data.form_name} ({data.achievement_year}) | "
        f"decision {data.decision_number} of {day} | register no. {data.register_number}"
    )
    if result.status == "revoked":
        say(f"{PROGRAM}: revoked: {line} | reason: {result.reason}")
        return 1
    print(f"valid: {line}")
    return 0


def _command_print(args: argparse.Namespace) -> int:
    if args.pdf and args.pdf.suffix.lower() not in (".pdf", ".zip"):
        raise KienanError(f"{args.pdf.name}: name it .pdf (one file) or .zip (one PDF per award)")
    from kienan_awards.core.documents.certificate_prints import (
        calibration_profile,
        decision_award_ids,
    )
    from kienan_awards.printing import certificate_printing as out
    from kienan_awards.printing import offscreen_application

    offscreen_application()
    with closing(open_database(args.db, create=False)) as db:
        ids = decision_award_ids(db, args.decision, args.date.isoformat() if args.date else None)
        options = {
            "mode": args.mode,
            "paper": args.paper,
            "calibration": calibration_profile(db, args.profile),
            "reissue_reason": args.reissue_reason,
        }
        if args.printer:
            out.print_to_printer(db, ids, args.printer, **options)
            where = f"printer {args.printer}"
        elif args.pdf.suffix.lower() == ".zip":
            out.print_to_zip(db, ids, args.pdf, **options)
            where = str(args.pdf)
        else:
            out.print_to_pdf(db, ids, args.pdf, **options)
            where = str(args.pdf)
    print(f"Printed {len(ids)} certificate(s) of decision {args.decision} to {where}.")
    return 0


def _command_decision_pack(args: argparse.Namespace) -> int:
    from kienan_awards.core.awards.decisions import find_decision

    if not args.out.is_dir():
        raise KienanError(f"{args.out}: no such folder")
    with closing(open_database(args.db, create=False)) as db:
        decision = find_decision(db, args.number, args.date)
        # Qt is loaded only for this command, which lays the PDF out.
        from kienan_awards.printing import offscreen_application
        from kienan_awards.printing.decision_pack import write_decision_pack

        offscreen_application()
        pack = write_decision_pack(db, decision.id, args.out)
    content = pack.content
    total = f"{content.total_amount:,}".replace(",", ".")
    print(
        f"Wrote {' and '.join(str(path) for path in pack.files)} ({len(content.lines)} "
        f"recipients, bonus total {total} đồng)."
    )
    return 0


def _command_candidates(args: argparse.Namespace) -> int:
    from kienan_awards.core.awards.candidates import candidates

    with closing(open_database(args.db, create=False)) as db:
        found = candidates(db, args.year)
    rows = [
        {
            "name": c.name,
            "unit": c.unit,
            "suggested": c.suggested,
            "reason": c.reason,
            "years": list(c.years),
        }
        for c in found
    ]
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for row in rows:
            years = ", ".join(str(y) for y in row["years"])
            print(
                f"{row['name']} | {row['unit'] or ''} | {row['suggested']} | {row['reason']} "
                f"({years})"
            )
    return 0


def _number(value):
    """Exact decimals as JSON numbers: integers stay integers."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _command_progress(args: argparse.Namespace) -> int:
    from kienan_awards.core.movements.progress import target_progress

    with closing(open_database(args.db, create=False)) as db:
        if (
            args.movement is not None
            and not db.execute("SELECT 1 FROM movements WHERE id = ?", [args.movement]).fetchone()
        ):
            raise KienanError(f"there is no movement {args.movement}")
        targets = target_progress(db, movement_id=args.movement, year=args.year)
    rows = [
        {
            "movement": t.movement_name,
            "unit": t.unit_name,
            "indicator": t.indicator,
            "measure": t.measure_unit,
            "plan": [
                {
                    "source": p.plan.source,
                    "form": p.plan.form,
                    "value": _number(p.plan.value),
                    "value_high": _number(p.plan.value_high),
                    "text": p.plan.describe(),
                    "percent": _number(p.percent),
                    "status": p.status,
                }
                for p in t.plans
            ],
            "actual": _number(t.actual),
            "reported_on": t.reported_on.isoformat() if t.reported_on else None,
            "percent_of_plan": _number(t.percent_of_plan),
            "percent_of_same_period": _number(t.percent_of_same_period),
            "status": t.verdict,
        }
        for t in targets
    ]
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for row in rows:
        shown = lambda v: "-" if v is None else f"{v}%"  # noqa: E731
        plans = "; ".join(
            f"{p['source']}: {p['text']} ({shown(p['percent'])})" for p in row["plan"]
        )
        print(
            f"{row['unit'] or '(whole area)'} | {row['indicator']} ({row['measure']}) | {plans} | "
            f"actual {row['actual'] if row['actual'] is not None else '-'} | "
            f"{shown(row['percent_of_plan'])} of plan | "
            f"{shown(row['percent_of_same_period'])} of same period | {row['status'] or '-'}"
        )
    return 0


def _command_export(args: argparse.Namespace) -> int:
    from kienan_awards.core.lists.spreadsheet_export import export_database

    if args.file.suffix.lower() != ".xlsx":
        raise KienanError(f"{args.file.name}: the export is an Excel workbook; name it .xlsx")
    with closing(open_database(args.db, create=False)) as db:
        written = export_database(db, args.file, include_personal_ids=args.with_personal_ids)
    sheets = ", ".join(f"{name}: {count}" for name, count in written.items())
    print(f"Wrote {args.file} ({sheets}).")
    return 0


def _whole_number(text: str, lowest: int, highest: int, what: str) -> int:
    # Checked here: SQLite holds at most 64-bit integers and fails on larger ones mid-query.
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not lowest <= number <= highest:
        raise argparse.ArgumentTypeError(f"{what} {text} lies outside {lowest} - {highest}")
    return number


def _year_argument(text: str) -> int:
    return _whole_number(
        text, cell_values.EARLIEST_DATE.year, cell_values.LATEST_DATE.year, "the year"
    )


def _count_argument(text: str) -> int:
    return _whole_number(text, 0, 1_000_000_000, "the count")


def _record_id_argument(text: str) -> int:
    return _whole_number(text, 1, 2**63 - 1, "the number")


def _date_argument(text: str):
    try:
        return cell_values.date(text)
    except cell_values.CellError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _command_import(args: argparse.Namespace) -> int:
    options = ImportOptions(
        list_kind=args.list_kind,
        decision_number=args.decision,
        decision_date=args.date,
        form_name=args.form,
        skip_hidden=args.skip_hidden,
    )
    if args.errors_out:  # a place that would destroy something is refused before any work
        check_error_copy_path(args.errors_out, args.file, args.db or default_database_path())
    sheets = read_workbook(args.file)
    with database_made_if_missing(args.db) as (db, made):
        plan = prepare_import(db, args.file, options, sheets=sheets)
        if plan.errors:
            for result in plan.errors:
                say(f"{args.file.name}: {result.line()}")
            if args.errors_out:
                write_error_copy(sheets, plan, args.errors_out, database_path=db.path)
                say(f"{PROGRAM}: the rows' errors are marked in {args.errors_out}")
            say(
                f"{PROGRAM}: {len(plan.errors)} of {plan.rows_read} row(s) are wrong; "
                "nothing was written"
            )
            return 1
        summary = plan.summary() if args.dry_run else commit_import(db, plan)
        if made and not args.dry_run:
            say(f"{PROGRAM}: made a new database at {db.path}")
    _print_import_summary(args, plan, summary)
    return 0


def _print_import_summary(args: argparse.Namespace, plan, summary: dict[str, int]) -> None:
    verb = "Checked" if args.dry_run else "Imported"
    print(f"{verb} {summary['rows_read']} row(s) from {args.file.name}.")
    if plan.list_kind == "awards":
        print(f"awards created: {summary['awards_created']}")
    if plan.list_kind == "proposals":
        print(f"proposal lines to review: {summary['proposal_lines_created']}")
    if plan.list_kind != "units":
        print(f"people created: {summary['people_created']}, matched: {summary['people_matched']}")
    print(f"units created: {summary['units_created']}, matched: {summary['units_matched']}")
    if plan.list_kind == "awards":
        print(
            f"decisions created: {summary['decisions_created']}, "
            f"matched: {summary['decisions_matched']}"
        )
    if plan.passed_over:
        where = ", ".join(f"'{sheet}' row {row}" for sheet, row in plan.passed_over[:10])
        more = f" and {len(plan.passed_over) - 10} more" if len(plan.passed_over) > 10 else ""
        print(f"passed over (not records: titles, notes, signatures): {where}{more}")
    if plan.sheets_without_table:
        print(f"sheets without a list: {', '.join(plan.sheets_without_table)}")
    done = "skipped (--skip-hidden)" if plan.options.skip_hidden else "read"
    for sheet in plan.hidden_sheets:
        print(f"sheet '{sheet}' is hidden: {done}")
    if plan.hidden_rows:
        where = ", ".join(f"'{sheet}' row {row}" for sheet, row in plan.hidden_rows[:10])
        more = f" and {len(plan.hidden_rows) - 10} more" if len(plan.hidden_rows) > 10 else ""
        print(f"hidden rows {done}: {where}{more}")
    if args.dry_run:
        print("Dry run: nothing was written.")


def _command_demo(args: argparse.Namespace) -> int:
    from kienan_awards.core import demo

    with database_made_if_missing(args.db) as (db, made):
        created = demo.load_demo(db)
        if made:
            say(f"{PROGRAM}: made a new database at {db.path}")
    summary = ", ".join(f"{count} {name}" for name, count in created.items())
    print(f"Loaded the demo data into {db.path}: {summary}.")
    return 0


def _command_info(args: argparse.Namespace) -> int:
    # Only reads: a misspelt --db is refused, never made into an empty database.
    with closing(open_database(args.db, create=False)) as db:
        info = {"schema_version": db.schema_version, **record_counts(db)}
    if args.format == "json":
        print(json.dumps(info))
    else:
        print(f"database: {db.path}")
        for key, value in info.items():
            print(f"{key}: {value}")
    return 0


COMMANDS = {
    "demo": _command_demo,
    "info": _command_info,
    "import": _command_import,
    "export": _command_export,
    "progress": _command_progress,
    "candidates": _command_candidates,
    "decision-pack": _command_decision_pack,
    "verify": _command_verify,
    "print": _command_print,
    "search": _command_search,
    "audit": _command_audit,
    "report": _command_report,
    "reindex": _command_reindex,
    "backup": _command_backup,
    "restore": _command_restore,
    "move": _command_move,
    "use": _command_use,
    "check": _command_check,
}


def run(args: argparse.Namespace) -> int:
    return COMMANDS[args.command](args)
