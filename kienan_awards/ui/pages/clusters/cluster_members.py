"""A cluster's members in one year as the page and its dialogs use them: ids in order, with
the leader's and the deputy's ids (the core lists the leader first, then the deputy)."""

from __future__ import annotations

from dataclasses import dataclass

from kienan_awards.core.clusters import clusters


@dataclass(frozen=True)
class YearMembers:
    ids: tuple[int, ...]
    names: tuple[str, ...]
    leader: int | None
    deputy: int | None

    def role_of(self, unit_id: int) -> str:
        if unit_id == self.leader:
            return "leader"
        return "deputy" if unit_id == self.deputy else "member"


NO_MEMBERS = YearMembers((), (), None, None)


def year_members(db, cluster_id: int, year: int) -> YearMembers:
    for found in clusters.cluster_years(db, year):
        if found.cluster.id != cluster_id:
            continue
        ids = found.member_ids
        leader = ids[0] if found.leader is not None else None
        deputy_at = 1 if leader is not None else 0
        deputy = ids[deputy_at] if found.deputy is not None else None
        return YearMembers(ids, found.members, leader, deputy)
    return NO_MEMBERS
