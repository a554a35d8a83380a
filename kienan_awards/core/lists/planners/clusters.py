"""The planner of a list of emulation clusters and blocks (danh sách cụm, khối thi đua): each
row a member unit with its cluster and its role for the year. The cluster's cell is often
merged down over its members' rows, so a row without one is of the cluster above it. The
leader and deputy are marked in their own columns ("x") or named in a role column ("Trưởng
cụm", "Phó cụm").

Units are matched as every list matches them (name and the unit above it); a unit the register
does not hold is a wrong row, not a new unit: a cluster's members are recorded first. A cluster
not recorded is made, its kind from its name ("Cụm ..." or "Khối ...").
"""

from __future__ import annotations

import re

from kienan_awards.core.clusters.clusters import find_cluster
from kienan_awards.core.lists.clean_rows import CleanRow, RowProblem
from kienan_awards.core.lists.import_plan import ClusterMemberToWrite, ClusterToWrite, Verdict
from kienan_awards.core.lists.planners.row_planner import RowPlanner, chosen_record
from kienan_awards.core.lists.record_matching import NEW_RECORD, Ambiguous
from kienan_awards.core.messages import Message
from kienan_awards.core.text import clean, fold

# A cluster's kind by the first word of its name (folded); the one who sets it up by its kind
# (the city sets its wards in clusters; a ward its residential groups in blocks).
_KIND_OF_WORD = {"cum": "cluster", "khoi": "block"}
_ORGANISER_OF_KIND = {"cluster": "city", "block": "office"}
# A mark in a leader's or deputy's column: anything but a blank, a zero or a "no".
_NO_MARK = {"", "0", "khong", "no", "-"}
# The kind words a city's list may put before a unit's name, or leave out.
_UNIT_KIND_WORDS = re.compile(r"^(phuong|xa|dac khu|thi tran|to dan pho)\s+")
_UNIT_KIND_PREFIXES = ("Phường", "Xã")


def cluster_kind_of_name(name: str) -> str | None:
    words = fold(name).split()
    return _KIND_OF_WORD.get(words[0]) if words else None


def role_of_text(text: str) -> str | None:
    """'leader', 'deputy' or 'member' for a role cell ("Trưởng cụm", "Phó khối", "Thành
    viên"); None for one that says none of them."""
    folded = fold(text)
    if not folded or "thanh vien" in folded or folded == "member":
        return "member"
    if folded.startswith("pho") or "pho truong" in folded or folded.endswith(" pho"):
        return "deputy"
    if "truong" in folded or folded == "leader":
        return "leader"
    if folded == "deputy":
        return "deputy"
    return None


def _marked(text: str) -> bool:
    return fold(text) not in _NO_MARK


class ClusterPlanner(RowPlanner):
    def __init__(self, db, plan, options):
        super().__init__(db, plan, options)
        self.current: dict[str, str] = {}  # by sheet: the cluster named last, for merged cells
        self.clusters: dict[str, int | ClusterToWrite] = {}  # by folded name
        # Where each cluster-year's unit, leader and deputy were first read.
        self.seen: dict[tuple, tuple[str, int]] = {}

    def plan_row(self, row: CleanRow) -> Verdict:
        name = self.name(row)
        cluster_name = row.text("cluster") or self.current.get(row.sheet_name)
        if not cluster_name:
            raise RowProblem(
                Message("no emulation cluster or block is named on this row or above it")
            )
        self.current[row.sheet_name] = cluster_name
        year = row.value("year") or self.options.year
        if year is None:
            raise RowProblem(Message("the year is missing (give the year of the list)"))
        cluster = self._cluster(cluster_name)
        unit = self._unit(row, name)
        role = self._role(row)
        key = id(cluster) if isinstance(cluster, ClusterToWrite) else cluster
        for what in ("unit", role):
            if what == "member":
                continue
            place = (key, year, what, unit if what == "unit" else None)
            if place in self.seen:
                sheet, first = self.seen[place]
                if what == "unit":
                    raise RowProblem(
                        Message(
                            "'{unit}' is already a member of {cluster} for {year} at sheet "
                            "'{sheet}' row {row}",
                            unit=name,
                            cluster=cluster_name,
                            year=year,
                            sheet=sheet,
                            row=first,
                        )
                    )
                raise RowProblem(
                    Message(
                        "{cluster} has a leader or a deputy for {year} already at sheet "
                        "'{sheet}' row {row}: one of each",
                        cluster=cluster_name,
                        year=year,
                        sheet=sheet,
                        row=first,
                    )
                )
        for what in ("unit", role):
            place = (key, year, what, unit if what == "unit" else None)
            self.seen.setdefault(place, (row.sheet_name, row.row_number))
        self.plan.cluster_members.append(ClusterMemberToWrite(cluster, year, unit, role))
        self.plan.counts["cluster_members"] += 1
        return Verdict(name, "matched", unit, "unit")

    def _cluster(self, typed: str) -> int | ClusterToWrite:
        """The recorded cluster of the name, or the one planned for it."""
        name = clean(typed)
        key = fold(name)
        if key in self.clusters:
            return self.clusters[key]
        kind = cluster_kind_of_name(name)
        recorded = find_cluster(self.db, name, _ORGANISER_OF_KIND.get(kind))
        if recorded is not None:
            self.plan.counts["clusters_matched"] += 1
            found: int | ClusterToWrite = recorded.id
        elif kind is None:
            raise RowProblem(
                Message(
                    "'{name}' is not a recorded emulation cluster or block, and its name does "
                    "not begin with Cụm or Khối to make one",
                    name=name,
                )
            )
        else:
            found = ClusterToWrite(name, kind, _ORGANISER_OF_KIND[kind])
            self.plan.new_clusters.append(found)
            self.plan.counts["clusters_created"] += 1
        self.clusters[key] = found
        return found

    def _unit(self, row: CleanRow, name: str) -> int:
        """The recorded unit the row names (under the unit above it, when the row names
        one); the clerk's choice of several; an unknown one is a wrong row."""
        parent = None
        parent_text = row.text("parent")
        if parent_text:
            parent = self._recorded(row, parent_text, None)
        return self._recorded(row, name, parent)

    def _recorded(self, row: CleanRow, typed: str, parent: int | None) -> int:
        for spelling in self._spellings(typed):
            try:
                found = self.units.find(spelling, parent)
            except Ambiguous as error:
                found = chosen_record(self.options, row, error)
                if found == NEW_RECORD:
                    raise RowProblem(
                        Message("a list of clusters names recorded units only")
                    ) from None
            if isinstance(found, int):
                return found
        raise RowProblem(
            Message(
                "'{name}' is not a recorded unit; record it (with the unit above it) before "
                "the list of clusters",
                name=typed,
            )
        )

    @staticmethod
    def _spellings(typed: str) -> list[str]:
        """The name as typed, then without the kind word a city's list puts before a ward's
        name ("Phường Kiến An"), or with it when the list leaves it out."""
        spellings = [typed]
        bare = _UNIT_KIND_WORDS.match(fold(typed))
        if bare:
            words = typed.split()
            spellings.append(" ".join(words[len(bare.group(1).split()) :]))
        else:
            spellings += [f"{prefix} {typed}" for prefix in _UNIT_KIND_PREFIXES]
        return spellings

    @staticmethod
    def _role(row: CleanRow) -> str:
        leader, deputy = (_marked(row.text(name)) for name in ("leader", "deputy"))
        typed = row.text("cluster_role")
        said = role_of_text(typed)
        if said is None:
            raise RowProblem(
                Message(
                    "'{role}' is not a role in a cluster (Trưởng cụm, Phó cụm or Thành viên)",
                    role=typed,
                )
            )
        marked = {"leader"} if leader else set()
        marked |= {"deputy"} if deputy else set()
        if said != "member":
            marked.add(said)
        if len(marked) > 1:
            raise RowProblem(Message("a unit is marked both the leader and the deputy"))
        return marked.pop() if marked else "member"
