"""cluster table: a cluster-year's scoring table (bảng tiêu chí chấm điểm), shown as a list of
its criteria or as JSON; with --copy-previous, the year before's table copied first, each target
criterion moved to this year's target of the same indicator, to be edited in the window.

The `cluster` group adds the command with add_table_parser(actions); the parser it adds carries
its own handler (args.handler)."""

from __future__ import annotations

import argparse
import json
from contextlib import closing

from kienan_awards.cli import DONE, UsageError
from kienan_awards.cli.arguments import year_argument
from kienan_awards.core import i18n
from kienan_awards.core.clusters.scoring_table import METHODS, TARGET, TIE_BREAKS
from kienan_awards.core.i18n import _
from kienan_awards.core.text import ENGLISH_MARKS, VIETNAMESE_MARKS, format_decimal


def add_table_parser(actions) -> argparse.ArgumentParser:
    table = actions.add_parser(
        "table",
        help=_("a cluster-year's scoring table; or last year's copied to edit"),
        description=_(
            "One line a criterion of the cluster's or block's scoring table for the year: "
            "number, text, method, maximum points, and for a target criterion its target "
            "and the bonus above plan; then the tie-break rules and how many members lead. "
            "With --copy-previous, the year before's table becomes this year's first (each "
            "target criterion on this year's target of the same indicator), to be edited in "
            "the window (Emulation clusters and blocks > Scoring > Scoring table)."
        ),
    )
    table.add_argument("--cluster", required=True, metavar="NAME")
    table.add_argument("--year", type=year_argument, required=True, metavar="YEAR")
    table.add_argument(
        "--copy-previous",
        action="store_true",
        help=_("copy the year before's table as this year's first"),
    )
    table.add_argument(
        "--document",
        default="",
        metavar="TEXT",
        help=_("the document that issues the copied table (with --copy-previous)"),
    )
    table.add_argument("--format", choices=("table", "json"), default="table")
    table.set_defaults(handler=command_cluster_table)
    return table


def command_cluster_table(args: argparse.Namespace) -> int:
    from kienan_awards.core.clusters.clusters import cluster_named
    from kienan_awards.core.clusters.scoring_store import copy_previous_table, stored_table
    from kienan_awards.core.errors import KienanError
    from kienan_awards.core.messages import Message
    from kienan_awards.core.storage.database import open_database

    if args.document and not args.copy_previous:
        raise UsageError(_("--document names the copied table's document: use --copy-previous"))
    with closing(open_database(args.db, create=False)) as db:
        cluster = cluster_named(db, args.cluster)
        if args.copy_previous:
            copy_previous_table(db, cluster.id, args.year, args.document)
        stored = stored_table(db, cluster.id, args.year)
        if stored is None:
            raise KienanError(
                Message(
                    "{cluster} has no scoring table for {year}",
                    cluster=cluster.name,
                    year=args.year,
                )
            )
        targets = _targets_of(db, stored.table)
    if args.format == "json":
        print(json.dumps(_table_json(cluster, stored, targets), ensure_ascii=False, indent=1))
    else:
        _print_table(cluster, stored, targets)
    return DONE


def _targets_of(db, table) -> dict:
    """The target criteria's targets as the clerk knows them: indicator, unit, movement."""
    from kienan_awards.core.movements.progress import target_progress

    ids = sorted({c.target_id for c in table.criteria if c.method == TARGET})
    return {t.target_id: t for t in target_progress(db, target_ids=ids)} if ids else {}


def _number(value) -> float | int:
    return int(value) if value == value.to_integral_value() else float(value)


def _table_json(cluster, stored, targets: dict) -> dict:
    table = stored.table
    return {
        "cluster": cluster.name,
        "year": table.year,
        "document": table.source_document,
        "most_points": _number(table.most_points),
        "leading_count": stored.leading_count,
        "leading_basis": stored.leading_basis,
        "tie_breaks": list(table.tie_breaks),
        "criteria": [_criterion_json(c, targets) for c in table.criteria],
    }


def _criterion_json(criterion, targets: dict) -> dict:
    target = targets.get(criterion.target_id)
    return {
        "group": criterion.group,
        "number": criterion.number,
        "text": criterion.text,
        "method": criterion.method,
        "max": _number(criterion.maximum),
        "must": criterion.must,
        "target": None
        if target is None
        else {
            "id": target.target_id,
            "indicator": target.indicator,
            "unit": target.unit_name,
            "movement": target.movement_name,
        },
        "plan_source": criterion.plan_source,
        "bonus_per_percent": _number(criterion.bonus_per_percent),
        "bonus_cap": _number(criterion.bonus_cap),
        "points_per_event": _number(criterion.points_per_event),
        "cap": _number(criterion.cap),
    }


def _print_table(cluster, stored, targets: dict) -> None:
    marks = VIETNAMESE_MARKS if i18n.language() == "vi" else ENGLISH_MARKS
    table = stored.table

    def figure(value) -> str:
        return format_decimal(str(value.normalize()), marks)

    print(
        _("Scoring table of {cluster} for {year}: {count} criteria, {points} points").format(
            cluster=cluster.name,
            year=table.year,
            count=len(table.criteria),
            points=figure(table.most_points),
        )
    )
    if table.source_document:
        print(_("Issued by: {document}").format(document=table.source_document))
    group = None
    for criterion in table.criteria:
        if criterion.group and criterion.group != group:
            print(criterion.group)
        group = criterion.group
        print("  " + _criterion_line(criterion, targets.get(criterion.target_id), figure))
    rules = ", ".join(_(TIE_BREAKS[rule]) for rule in table.tie_breaks)
    print(_("Ties broken by: {rules}").format(rules=rules or "-"))
    print(
        _("Leading members: {count} {basis}")
        .format(
            count=stored.leading_count,
            basis=f"({stored.leading_basis})" if stored.leading_basis else "",
        )
        .rstrip()
    )


def _criterion_line(criterion, target, figure) -> str:
    method = i18n.pgettext("scoring method", METHODS[criterion.method])
    parts = [f"{criterion.number}. {criterion.text}", method]
    if criterion.counted:
        parts.append(
            _("{points} a time, at most {cap}").format(
                points=figure(criterion.points_per_event), cap=figure(criterion.cap)
            )
        )
    else:
        parts.append(_("max {points}").format(points=figure(criterion.maximum)))
    if criterion.method == TARGET:
        shown = target.indicator if target is not None else str(criterion.target_id)
        if target is not None and target.unit_name:
            shown += f" ({target.unit_name})"
        if criterion.plan_source:
            shown += f"; {criterion.plan_source}"
        parts.append(_("target: {target}").format(target=shown))
        if criterion.bonus_cap:
            parts.append(
                _("+{points} a percent above plan, at most {cap}").format(
                    points=figure(criterion.bonus_per_percent), cap=figure(criterion.bonus_cap)
                )
            )
    if criterion.must:
        parts.append(_("must"))
    return " | ".join(parts)
