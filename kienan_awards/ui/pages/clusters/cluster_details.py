"""The chosen cluster or block in the year: the decision that set it up, its members with the
leader and the deputy marked, and who signed the year's pact."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kienan_awards.core.clusters import clusters
from kienan_awards.core.i18n import _
from kienan_awards.ui.pages.clusters.cluster_dialog import kind_words, organiser_words
from kienan_awards.ui.pages.clusters.cluster_members import NO_MEMBERS, YearMembers
from kienan_awards.ui.pages.cycle.plain_tables import fill, read_only_table


def decision_text(cluster: clusters.Cluster) -> str:
    """ "05/QĐ-HĐTĐKT, 05/08/2025, Hội đồng …", or what of it is recorded."""
    day = f"{cluster.decided_on:%d/%m/%Y}" if cluster.decided_on else ""
    parts = (cluster.decision_number or "", day, cluster.deciding_authority or "")
    return ", ".join(part for part in parts if part)


def short_decision_text(cluster: clusters.Cluster) -> str:
    """The number and date for a list; the body that decided when neither is recorded."""
    day = f"{cluster.decided_on:%d/%m/%Y}" if cluster.decided_on else ""
    short = ", ".join(part for part in (cluster.decision_number or "", day) if part)
    return short or cluster.deciding_authority or ""


def role_words() -> dict[str, str]:
    return {"leader": _("Leader"), "deputy": _("Deputy"), "member": _("Member")}


class ClusterDetails(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("cluster_title")
        self.title.setWordWrap(True)
        self.decision = QLabel()
        self.decision.setWordWrap(True)
        self.members = read_only_table([_("Member unit"), _("Role")])
        self.members.setObjectName("cluster_members")
        self.pact = QLabel()
        self.pact.setObjectName("cluster_pact")
        self.pact.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.decision)
        layout.addWidget(self.members, 1)
        layout.addWidget(self.pact)

    def show_cluster(
        self,
        cluster: clusters.Cluster | None,
        year: int,
        members: YearMembers = NO_MEMBERS,
        pact: clusters.Pact | None = None,
    ) -> None:
        if cluster is None:
            self.title.setText(_("Record a cluster or block to set its members."))
            self.decision.clear()
            fill(self.members, [])
            self.pact.clear()
            return
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setText(
            _("{name} ({kind}, organised by {organiser})").format(
                name=cluster.name,
                kind=kind_words()[cluster.kind].lower(),
                organiser=organiser_words()[cluster.organiser].lower(),
            )
        )
        decision = decision_text(cluster)
        self.decision.setText(
            _("Decision: {decision}").format(decision=decision)
            if decision
            else _("No decision recorded")
        )
        words = role_words()
        fill(
            self.members,
            [
                [name, words[members.role_of(unit_id)]]
                for unit_id, name in zip(members.ids, members.names, strict=True)
            ],
        )
        self.pact.setText(self._pact_text(year, members, pact))

    @staticmethod
    def _pact_text(year: int, members: YearMembers, pact: clusters.Pact | None) -> str:
        if not members.ids:
            return _("No members recorded for {year}.").format(year=year)
        if pact is None or not pact.signatories:
            return _("No pact recorded for {year}.").format(year=year)
        said = {
            "year": year,
            "count": len(pact.signatories),
            "members": len(members.ids),
            "names": ", ".join(pact.signatories),
        }
        if pact.signed_on is None:
            return _("Pact for {year} signed by {count} of {members} members: {names}").format(
                **said
            )
        return _("Pact for {year} signed on {day} by {count} of {members} members: {names}").format(
            day=f"{pact.signed_on:%d/%m/%Y}", **said
        )
