"""The list of clusters and blocks: each with its kind, organiser, and in the year chosen its
leader and number of members; the decision that set it up, in full in its tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget

from kienan_awards.core.clusters import clusters
from kienan_awards.core.i18n import _
from kienan_awards.ui.pages.clusters.cluster_details import decision_text, short_decision_text
from kienan_awards.ui.pages.clusters.cluster_dialog import kind_words, organiser_words
from kienan_awards.ui.pages.cycle.plain_tables import fill, read_only_table


def cluster_table() -> QTableWidget:
    table = read_only_table(
        [_("Name"), _("Kind"), _("Organised by"), _("Leader"), _("Members"), _("Decision")]
    )
    table.setObjectName("clusters_table")
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    return table


def fill_cluster_table(
    table: QTableWidget, listed: list[clusters.Cluster], years: list[clusters.ClusterYear]
) -> None:
    by_id = {found.cluster.id: found for found in years}
    kinds, organisers = kind_words(), organiser_words()
    rows = []
    for cluster in listed:
        found = by_id.get(cluster.id)
        rows.append(
            [
                cluster.name,
                kinds[cluster.kind],
                organisers[cluster.organiser],
                (found.leader or "") if found else "",
                str(len(found.members)) if found else "0",
                short_decision_text(cluster),
            ]
        )
    fill(table, rows)
    for row, cluster in enumerate(listed):
        table.item(row, len(rows[row]) - 1).setToolTip(decision_text(cluster))
