"""Figures and files for the office: report (PDF or Excel), movements and progress (the
movements' targets against plan) and export (every table a clerk cares about, to one
workbook; or a member's score sheet for a cluster-year, to fill in and import back)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from contextlib import closing
from pathlib import Path

from kienan_awards.cli import DONE, UsageError
from kienan_awards.cli.arguments import record_number_argument, year_argument
from kienan_awards.core import i18n
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _
from kienan_awards.core.messages import Message
from kienan_awards.core.storage.database import open_database
from kienan_awards.core.text import ENGLISH_MARKS, VIETNAMESE_MARKS, format_decimal


def add_parser(commands) -> None:
    _add_report(commands)
    progress = commands.add_parser(
        "progress", help=_("targets with plan, actual, %% of plan and of the same period, status")
    )
    progress.add_argument(
        "--movement", metavar="ID|NAME", help=_("a movement's number or (part of) its name")
    )
    progress.add_argument("--year", type=year_argument, metavar="Y")
    progress.add_argument("--format", choices=("table", "json"), default="table")
    progress.set_defaults(handler=command_progress)
    movements = commands.add_parser(
        "movements", help=_("the emulation movements, newest first, with their numbers")
    )
    movements.set_defaults(handler=command_movements)
    exporting = commands.add_parser(
        "export",
        help=_(
            "write every table a clerk cares about to one Excel workbook, or a member's score sheet"
        ),
        description=_(
            "export FILE.xlsx: every table a clerk cares about in one workbook. export "
            "scoring-sheet --cluster NAME --year YEAR --unit UNIT --out FILE.xlsx: a member's "
            "score sheet for the year, with the criteria of the cluster's table and the figures "
            "already known, to fill in and read back with 'import scores FILE'; with "
            "--every-member in place of --unit, every member's sheet in the folder --out names, "
            "one file each."
        ),
    )
    exporting.add_argument("file", type=Path, metavar="FILE.xlsx|scoring-sheet")
    exporting.add_argument(
        "--with-personal-ids",
        action="store_true",
        help=_("include personal ID numbers (left out unless asked for)"),
    )
    exporting.add_argument(
        "--cluster", metavar="NAME", help=_("scoring-sheet: the emulation cluster or block")
    )
    exporting.add_argument(
        "--year", type=year_argument, metavar="YEAR", help=_("scoring-sheet: the year")
    )
    exporting.add_argument(
        "--unit", metavar="UNIT", help=_("scoring-sheet: the member unit (its name or a part)")
    )
    exporting.add_argument(
        "--every-member",
        action="store_true",
        help=_("scoring-sheet: every member's sheet, one file each in the folder --out names"),
    )
    exporting.add_argument(
        "--out",
        type=Path,
        metavar="FILE.xlsx|FOLDER",
        help=_("scoring-sheet: the file to write (the folder, with --every-member)"),
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
        arguments=_report_arguments,
    )
    reporting.set_defaults(handler=command_report)


def _report_arguments(reporting) -> None:
    from kienan_awards.core.documents.reports import REPORT_KINDS

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
        metavar="ID|NAME",
        help=_("one movement, by its number or (part of) its name (movement)"),
    )
    reporting.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.xlsx")


def command_report(args: argparse.Namespace) -> int:
    from kienan_awards.core.documents.report_workbook import write_report_workbook
    from kienan_awards.core.documents.reports import build_report

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UsageError(_("{file}: name the report .pdf or .xlsx").format(file=args.out.name))
    if args.to_year is not None and args.kind != "multi-year":
        raise UsageError(_("--to-year belongs to the multi-year report"))
    if args.movement is not None and args.kind != "movement":
        raise UsageError(_("--movement belongs to the movement report"))
    with closing(open_database(args.db, create=False)) as db:
        movement = _movement_id(db, args.movement) if args.movement is not None else None
        _refuse_a_report_of_nothing(db, args)
        report = build_report(db, args.kind, args.year, args.to_year, movement)
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


def _refuse_a_report_of_nothing(db, args: argparse.Namespace) -> None:
    """A report of awards for years without any is a mistake of the year, not a report (the
    honour list refuses its own year; the movement report, of targets and figures, is made
    without awards)."""
    from kienan_awards.core.records.record_counts import awards_of_years

    if args.kind == "annual" and args.year is not None:
        first = last = args.year
    elif args.kind == "multi-year" and (args.year or 0) <= (args.to_year or 9999):
        first, last = args.year, args.to_year
    else:
        return
    if awards_of_years(db, first, last) == 0:
        years = str(first) if first == last else f"{first or '…'} - {last or '…'}"
        raise KienanError(Message("no award was made for the achievements of {year}", year=years))


def _movement_id(db, given: str) -> int:
    """A movement named by its number, or by its name or a part of it (with or without
    diacritics); a name several movements share is refused with their names."""
    from kienan_awards.core.movements.movement_plans import list_movements
    from kienan_awards.core.search.award_search import find_movement

    if given.strip().isdigit():
        try:
            number = record_number_argument(given.strip())
        except argparse.ArgumentTypeError as error:
            raise UsageError(f"--movement: {error}") from None
        if all(m.id != number for m in list_movements(db)):
            raise KienanError(_("there is no movement {number}").format(number=number))
        return number
    return find_movement(db, given)


def command_movements(args: argparse.Namespace) -> int:
    from kienan_awards.core.movements.movement_plans import list_movements

    with closing(open_database(args.db, create=False)) as db:
        movements = list_movements(db)
    for movement in movements:
        start, end = (
            f"{dt.date.fromisoformat(day):%d/%m/%Y}" if day else "-"
            for day in (movement.starts_on, movement.ends_on)
        )
        print(f"{movement.id} | {movement.name} | {start} - {end}")
    if not movements:
        print(_("No movement is recorded."))
    return DONE


def command_progress(args: argparse.Namespace) -> int:
    from kienan_awards.core.movements.progress import target_progress

    with closing(open_database(args.db, create=False)) as db:
        movement = _movement_id(db, args.movement) if args.movement is not None else None
        targets = target_progress(db, movement_id=movement, year=args.year)
    if args.format == "json":
        rows = [_progress_row(target) for target in targets]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return DONE
    # Figures as the language spoken writes them: 754.505 and 6,6, or 754,505 and 6.6.
    marks = VIETNAMESE_MARKS if i18n.language() == "vi" else ENGLISH_MARKS
    for target in targets:
        print(_progress_line(target, marks))
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


def _figure(value, marks: tuple[str, str]) -> str:
    """A figure as the language writes it; a whole one without decimals (112, not 112.0)."""
    return "-" if value is None else format_decimal(str(_number(value)), marks)


def _percent(value, marks: tuple[str, str]) -> str:
    return "-" if value is None else f"{_figure(value, marks)}%"


def _same_period(target, marks: tuple[str, str]) -> str:
    """% of the same period, or for a rate its change in percentage points."""
    points = target.points_from_same_period
    if points is None:
        return _percent(target.percent_of_same_period, marks)
    sign = "+" if points > 0 else ""
    return _("{points} points").format(points=sign + _figure(points, marks))


def _progress_line(target, marks: tuple[str, str]) -> str:
    from kienan_awards.core.movements.progress import STATUS_WORDS

    plans = "; ".join(
        f"{p.plan.source}: {p.plan.describe(marks)} ({_percent(p.percent, marks)})"
        for p in target.plans
    )
    period = target.period_end or target.period_start
    status = target.verdict
    return _(
        "{year} | {unit} | {indicator} ({measure}) | {plans} | actual {actual} | "
        "{of_plan} of plan | {of_same_period} of same period | {status}"
    ).format(
        year=period.year if period else "-",
        unit=target.unit_name or _("(whole area)"),
        indicator=target.indicator,
        measure=target.measure_unit,
        plans=plans,
        actual=_figure(target.actual, marks),
        of_plan=_percent(target.percent_of_plan, marks),
        of_same_period=_same_period(target, marks),
        status=_(STATUS_WORDS[status]) if status in STATUS_WORDS else "-",
    )


# The word that makes `export` write a member's score sheet instead of the whole workbook.
SCORING_SHEET = "scoring-sheet"
_SHEET_OPTIONS = ("cluster", "year", "unit", "out")


def command_export(args: argparse.Namespace) -> int:
    from kienan_awards.core.lists.spreadsheet_export import export_database

    if str(args.file) == SCORING_SHEET:
        return _export_scoring_sheet(args)
    given = [f"--{name}" for name in _SHEET_OPTIONS if getattr(args, name) is not None]
    given += ["--every-member"] if args.every_member else []
    if given:
        raise UsageError(
            _("{options}: only 'export scoring-sheet' takes these").format(options=", ".join(given))
        )
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


def _export_every_scoring_sheet(args: argparse.Namespace) -> int:
    """Every member's score sheet for the cluster-year, in one folder."""
    from kienan_awards.core.clusters.clusters import cluster_named
    from kienan_awards.core.clusters.score_sheets.writing import write_scoring_sheets

    with closing(open_database(args.db, create=False)) as db:
        cluster = cluster_named(db, args.cluster)
        written = write_scoring_sheets(db, cluster.id, args.year, args.out)
    for path in written:
        print(path)
    return DONE


def _export_scoring_sheet(args: argparse.Namespace) -> int:
    """A member's score sheet (bảng tự chấm điểm) for the cluster-year."""
    from kienan_awards.core.clusters.clusters import cluster_named
    from kienan_awards.core.clusters.score_sheets.layout import find_member
    from kienan_awards.core.clusters.score_sheets.writing import write_scoring_sheet
    from kienan_awards.core.clusters.scoring_store import member_name

    needed = [name for name in _SHEET_OPTIONS if not (name == "unit" and args.every_member)]
    missing = [f"--{name}" for name in needed if getattr(args, name) is None]
    if missing:
        raise UsageError(
            _("export scoring-sheet needs {options}").format(options=", ".join(missing))
        )
    if args.with_personal_ids:
        raise UsageError(_("--with-personal-ids belongs to the whole workbook's export"))
    if args.every_member:
        if args.unit is not None:
            raise UsageError(_("--unit names one member; --every-member writes them all"))
        if args.out.suffix.lower() == ".xlsx":
            raise UsageError(
                _("{file}: --every-member writes a file for each member into a folder").format(
                    file=args.out.name
                )
            )
        return _export_every_scoring_sheet(args)
    if args.out.suffix.lower() != ".xlsx":
        raise UsageError(
            _("{file}: the score sheet is an Excel workbook; name it .xlsx").format(
                file=args.out.name
            )
        )
    with closing(open_database(args.db, create=False)) as db:
        cluster = cluster_named(db, args.cluster)
        unit_id = find_member(db, cluster, args.year, args.unit)
        written = write_scoring_sheet(db, cluster.id, args.year, unit_id, args.out)
        unit = member_name(db, cluster, args.year, unit_id)
    print(
        _("Wrote {file}: the score sheet of {unit} ({cluster}, {year}).").format(
            file=written, unit=unit, cluster=cluster.name, year=args.year
        )
    )
    return DONE
