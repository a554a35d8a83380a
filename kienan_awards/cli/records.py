"""Reading the records: info (the schema and how many of each), search (the honour roll) and
audit (who changed what)."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from kienan_awards.cli import DONE, UsageError, complain, record_name
from kienan_awards.cli.arguments import count_argument, date_argument, year_argument
from kienan_awards.core.i18n import _, list_label
from kienan_awards.core.lists import cell_values
from kienan_awards.core.storage.read_connections import open_read_connection

if TYPE_CHECKING:
    from kienan_awards.core.records.audit_log import AuditFilters
    from kienan_awards.core.search.award_search import AwardFilters


def add_parser(commands) -> None:
    info = commands.add_parser("info", help=_("schema version and record counts"))
    info.add_argument("--format", choices=("table", "json"), default="table")
    info.set_defaults(handler=command_info)
    _add_search(commands)
    _add_audit(commands)


def _add_search(commands) -> None:
    searching = commands.add_parser(
        "search",
        arguments=_search_arguments,
        help=_("every award whose recipient, unit, achievement or decision matches QUERY"),
        description=_(
            "Words are matched with or without diacritics, the last one as the start of a "
            "word; every word must match. An empty QUERY lists every award the filters keep. "
            "The recipient whose name is QUERY comes first, then the names that hold its "
            "words in order, then in any order, then the awards found through the unit, "
            "achievement or decision number; the newest first within each."
        ),
    )
    searching.set_defaults(handler=command_search)


def _search_arguments(searching) -> None:
    from kienan_awards.core.search.award_search import AWARD_STATUSES, RECIPIENT_KINDS

    searching.add_argument("query", metavar="QUERY")
    searching.add_argument(
        "--names-only",
        action="store_true",
        help=_("only awards whose recipient's name holds every word"),
    )
    searching.add_argument("--year", type=year_argument, metavar="Y", help=_("achievement year"))
    searching.add_argument("--from-year", type=year_argument, metavar="Y")
    searching.add_argument("--to-year", type=year_argument, metavar="Y")
    searching.add_argument("--form", metavar="NAME", help=_("award form: code or name"))
    searching.add_argument(
        "--unit", metavar="NAME", help=_("unit, with the units that merged into it")
    )
    searching.add_argument("--movement", metavar="NAME", help=_("emulation movement"))
    searching.add_argument("--kind", choices=RECIPIENT_KINDS)
    searching.add_argument("--status", choices=AWARD_STATUSES)
    searching.add_argument(
        "--limit",
        type=count_argument,
        default=100,
        metavar="N",
        help=_("at most N results (0: all)"),
    )
    searching.add_argument("--format", choices=("table", "json", "csv"), default="table")
    searching.add_argument(
        "--out",
        type=Path,
        metavar="FILE.csv",
        help=_("write the CSV to FILE, as Excel opens it (with --format csv)"),
    )


def _add_audit(commands) -> None:
    auditing = commands.add_parser(
        "audit",
        help=_("the audit trail: who changed which record, when, from what to what"),
        description=_("Newest first. Personal ID numbers are shown masked."),
        arguments=_audit_arguments,
    )
    auditing.set_defaults(handler=command_audit)


def _audit_arguments(auditing) -> None:
    from kienan_awards.core.records.audit_log import ACTION_TITLES

    auditing.add_argument("--table", metavar="NAME", help=_("e.g. people, awards, decisions"))
    auditing.add_argument("--record", metavar="ID", help=_("one record of --table"))
    auditing.add_argument("--action", choices=tuple(ACTION_TITLES))
    auditing.add_argument("--user", metavar="NAME", help=_("operating-system user"))
    auditing.add_argument("--from", dest="from_date", type=date_argument, metavar="DD/MM/YYYY")
    auditing.add_argument("--to", dest="to_date", type=date_argument, metavar="DD/MM/YYYY")
    auditing.add_argument("--find", metavar="TEXT", help=_("a value, as it was typed"))
    auditing.add_argument(
        "--limit",
        type=count_argument,
        default=50,
        metavar="N",
        help=_("at most N changes (0: all)"),
    )
    auditing.add_argument("--format", choices=("table", "json"), default="table")


def command_info(args: argparse.Namespace) -> int:
    from kienan_awards.cli.office import office_json, office_line
    from kienan_awards.core.records.office import office_period_on
    from kienan_awards.core.records.record_counts import record_counts

    # Only reads: a misspelt --db is refused, never made into an empty database.
    with closing(open_read_connection(args.db, check=True)) as db:
        info = {"schema_version": db.schema_version, **record_counts(db)}
        office = office_period_on(db)
    if args.format == "json":
        print(
            json.dumps({**info, "office": office_json(office, with_end=False)}, ensure_ascii=False)
        )
    else:
        print(_("database: {path}").format(path=db.path))
        for key, value in info.items():
            print(f"{record_name(key)}: {value}")
        print(
            _("office in force: {office}, from {day}").format(
                office=office_line(office),
                day=f"{office.valid_from:%d/%m/%Y}" if office.valid_from else "-",
            )
            if office
            else _("office in force: none recorded for today")
        )
    return DONE


def _search_filters(db, args: argparse.Namespace) -> AwardFilters:
    from kienan_awards.core.search.award_search import (
        AwardFilters,
        find_form,
        find_movement,
        find_unit,
    )

    if args.year is not None and (args.from_year is not None or args.to_year is not None):
        raise UsageError(_("give --year, or --from-year and --to-year, not both"))
    return AwardFilters(
        from_year=args.year if args.year is not None else args.from_year,
        to_year=args.year if args.year is not None else args.to_year,
        form_id=find_form(db, args.form) if args.form else None,
        unit_id=find_unit(db, args.unit) if args.unit else None,
        movement_id=find_movement(db, args.movement) if args.movement else None,
        kind=args.kind,
        status=args.status,
    )


def command_search(args: argparse.Namespace) -> int:
    from kienan_awards.core.search.award_search import (
        SEARCH_FIELDS,
        AwardSearch,
        award_ids,
        award_summaries,
    )

    if args.out and args.format != "csv":
        raise UsageError(_("--out needs --format csv"))
    with closing(open_read_connection(args.db, check=True)) as db:
        ids = award_ids(
            db, AwardSearch(args.query, _search_filters(db, args), names_only=args.names_only)
        )
        shown = ids[: args.limit] if args.limit else ids
        found = award_summaries(db, shown)
    if len(shown) < len(ids):
        complain(
            _("{shown} of {total} awards shown; --limit 0 shows all").format(
                shown=len(shown), total=len(ids)
            )
        )
    if args.format == "json":
        print(json.dumps(found, ensure_ascii=False, indent=1))
    elif args.format == "csv":
        from kienan_awards.core.lists.csv_output import write_csv, write_csv_file

        if args.out:  # UTF-8 with its mark and CRLF: Excel on Windows reads it in columns
            write_csv_file(args.out, SEARCH_FIELDS, found)
        else:
            write_csv(sys.stdout, SEARCH_FIELDS, found)
    else:
        for award in found:
            print(_award_line(award))
    return DONE


def _award_line(award: dict) -> str:
    number = award["register_number"]
    return _(
        "{name} | {unit} | {form} ({year}) | decision {decision} of {date} | "
        "register no. {register} | {status}"
    ).format(
        name=award["name"],
        unit=award["unit"] or "",
        form=award["form"],
        year=award["year"],
        decision=award["decision_number"],
        date=cell_values.dmy(award["decision_date"]),
        register=number if number is not None else "-",
        status=award["status"],
    )


def _audit_filters(args: argparse.Namespace) -> AuditFilters:
    from kienan_awards.core.records.audit_log import AuditFilters, record_key

    if args.record and not args.table:
        raise UsageError(_("--record needs --table"))
    return AuditFilters(
        table=args.table,
        record_id=record_key(args.record),
        action=args.action,
        os_user=args.user,
        from_date=args.from_date,
        to_date=args.to_date,
        text=args.find,
    )


def command_audit(args: argparse.Namespace) -> int:
    from kienan_awards.core.records.audit_log import (
        ACTION_TITLES,
        audit_entries,
        audit_entry_count,
        audit_entry_ids,
    )
    from kienan_awards.core.storage.audit_triggers import audited_table_names

    filters = _audit_filters(args)
    with closing(open_read_connection(args.db, check=True)) as db:
        if args.table and args.table not in audited_table_names(db):
            raise UsageError(_("there is no table {table}").format(table=args.table))
        ids = audit_entry_ids(db, filters, limit=args.limit or None)
        entries = audit_entries(db, ids)
        cut = bool(args.limit) and len(ids) == args.limit
        matching = audit_entry_count(db, filters) if cut else len(ids)
    if len(ids) < matching:
        complain(
            _("{shown} of {total} changes shown; --limit 0 shows all").format(
                shown=len(ids), total=matching
            )
        )
    ordered = [entries[i] for i in ids]
    if args.format == "json":
        print(json.dumps([_audit_row(e) for e in ordered], ensure_ascii=False, indent=1))
    else:
        for e in ordered:
            action = list_label(ACTION_TITLES[e.action]).lower()
            print(
                f"{e.at:%d/%m/%Y %H:%M:%S} | {e.os_user or '-'} | {e.table} {e.record_id} | "
                f"{action} | {e.summary()}"
            )
    return DONE


def _audit_row(entry) -> dict:
    """An audit entry as JSON: the keys are the program's, never translated."""
    return {
        "id": entry.id,
        "at": entry.at.isoformat(timespec="seconds"),
        "user": entry.os_user,
        "table": entry.table,
        "record": entry.record_id,
        "action": entry.action,
        "changes": [
            {"field": field, "before": before, "after": after}
            for field, before, after in entry.changes()
        ],
    }
