"""Figures and files for the office: report (PDF or Excel), progress (the movements' targets
against plan) and export (every table a clerk cares about, to one workbook)."""

from __future__ import annotations

import argparse
import json
from contextlib import closing
from pathlib import Path

from kienan_awards.cli import DONE, UsageError
from kienan_awards.cli.arguments import record_number_argument, year_argument
from kienan_awards.core.documents.reports import REPORT_KINDS, build_report
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _
from kienan_awards.core.storage.database import open_database


def add_parser(commands) -> None:
    _add_report(commands)
    progress = commands.add_parser(
        "progress", help=_("targets with plan, actual, %% of plan and of the same period, status")
    )
    progress.add_argument("--movement", type=record_number_argument, metavar="ID")
    progress.add_argument("--year", type=year_argument, metavar="Y")
    progress.add_argument("--format", choices=("table", "json"), default="table")
    progress.set_defaults(handler=command_progress)
    exporting = commands.add_parser(
        "export", help=_("write every table a clerk cares about to one Excel workbook")
    )
    exporting.add_argument("file", type=Path, metavar="FILE.xlsx")
    exporting.add_argument(
        "--with-personal-ids",
        action="store_true",
        help=_("include personal ID numbers (left out unless asked for)"),
    )
    exporting.set_defaults(handler=command_export)


def _add_report(commands) -> None:
    reporting = commands.add_parser(
        "report",
        help=_(
            "a report as PDF (A4, with its chart) or Excel: annual, multi-year, movement "
            "or honour-list"
        ),
        description=_(
            "annual: the year's awards by form, recipient kind, unit, gender, position "
            "and decision. multi-year: the same counts for --year to --to-year, with a trend "
            "chart. movement: targets and results per unit with the awards that followed. "
            "honour-list: the year's awards by unit, in given-name order. Years are "
            "achievement years."
        ),
    )
    reporting.add_argument(
        "kind", choices=REPORT_KINDS, metavar="KIND", help=" | ".join(REPORT_KINDS)
    )
    reporting.add_argument(
        "--year",
        type=year_argument,
        metavar="Y",
        help=_("the year (multi-year: the first; every year on record when left out)"),
    )
    reporting.add_argument(
        "--to-year", type=year_argument, metavar="Y", help=_("last year (multi-year)")
    )
    reporting.add_argument(
        "--movement",
        type=record_number_argument,
        metavar="ID",
        help=_("one movement (movement)"),
    )
    reporting.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.xlsx")
    reporting.set_defaults(handler=command_report)


def command_report(args: argparse.Namespace) -> int:
    from kienan_awards.core.documents.report_workbook import write_report_workbook

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UsageError(_("{file}: name the report .pdf or .xlsx").format(file=args.out.name))
    if args.to_year is not None and args.kind != "multi-year":
        raise UsageError(_("--to-year belongs to the multi-year report"))
    if args.movement is not None and args.kind != "movement":
        raise UsageError(_("--movement belongs to the movement report"))
    with closing(open_database(args.db, create=False)) as db:
        report = build_report(db, args.kind, args.year, args.to_year, args.movement)
    if suffix == ".xlsx":
        written = write_report_workbook(report, args.out)
    else:
        # Qt is loaded only for the PDF, which is laid out as a page.
        from kienan_awards.printing import offscreen_application
        from kienan_awards.printing.report_pages import write_report_pdf

        offscreen_application()
        written = write_report_pdf(report, args.out)
    # The report's title is the document's own (Vietnamese whatever the program speaks).
    print(_("Wrote {file}: {title}").format(file=written, title=report.title))
    return DONE


def _number(value):
    """Exact decimals as JSON numbers: integers stay integers."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def command_progress(args: argparse.Namespace) -> int:
    from kienan_awards.core.movements.movement_plans import list_movements
    from kienan_awards.core.movements.progress import target_progress

    with closing(open_database(args.db, create=False)) as db:
        if args.movement is not None and all(m.id != args.movement for m in list_movements(db)):
            raise KienanError(_("there is no movement {number}").format(number=args.movement))
        targets = target_progress(db, movement_id=args.movement, year=args.year)
    rows = [_progress_row(target) for target in targets]
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return DONE
    for row in rows:
        print(_progress_line(row))
    return DONE


def _progress_row(target) -> dict:
    """A target's progress as JSON: the keys are the program's, never translated."""
    return {
        "movement": target.movement_name,
        "unit": target.unit_name,
        "indicator": target.indicator,
        "measure": target.measure_unit,
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
            for p in target.plans
        ],
        "actual": _number(target.actual),
        "reported_on": target.reported_on.isoformat() if target.reported_on else None,
        "percent_of_plan": _number(target.percent_of_plan),
        "percent_of_same_period": _number(target.percent_of_same_period),
        # A rate (growth %, share %) is set against the same period in percentage points.
        "points_from_same_period": _number(target.points_from_same_period),
        "status": target.verdict,
    }


def _percent(value) -> str:
    return "-" if value is None else f"{value}%"


def _same_period(row: dict) -> str:
    """% of the same period, or for a rate its change in percentage points."""
    points = row["points_from_same_period"]
    if points is None:
        return _percent(row["percent_of_same_period"])
    return _("{points} points").format(points=f"{points:+}")


def _progress_line(row: dict) -> str:
    plans = "; ".join(f"{p['source']}: {p['text']} ({_percent(p['percent'])})" for p in row["plan"])
    return _(
        "{unit} | {indicator} ({measure}) | {plans} | actual {actual} | {of_plan} of plan | "
        "{of_same_period} of same period | {status}"
    ).format(
        unit=row["unit"] or _("(whole area)"),
        indicator=row["indicator"],
        measure=row["measure"],
        plans=plans,
        actual=row["actual"] if row["actual"] is not None else "-",
        of_plan=_percent(row["percent_of_plan"]),
        of_same_period=_same_period(row),
        status=row["status"] or "-",
    )


def command_export(args: argparse.Namespace) -> int:
    from kienan_awards.core.lists.spreadsheet_export import export_database

    if args.file.suffix.lower() != ".xlsx":
        raise KienanError(
            _("{file}: the export is an Excel workbook; name it .xlsx").format(file=args.file.name)
        )
    with closing(open_database(args.db, create=False)) as db:
        written = export_database(db, args.file, include_personal_ids=args.with_personal_ids)
    # The sheets' names are the workbook's own (Vietnamese whatever the program speaks).
    sheets = ", ".join(f"{name}: {count}" for name, count in written.items())
    print(_("Wrote {file} ({sheets}).").format(file=args.file, sheets=sheets))
    return DONE
