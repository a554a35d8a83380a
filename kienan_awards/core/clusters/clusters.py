"""Emulation clusters (cụm thi đua) and blocks (khối thi đua) as the clerk keeps them: each set
up once by a decision; its members, with the leader and deputy, per year (they change year to
year and the years before are kept); the year's pact and the members that signed it.

A member may be any unit, this office's or not (the other wards of a city cluster are recorded
as units under the city), and a unit may sit in a city cluster and in this office's blocks in
the same year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.records.record_edits import transaction
from kienan_awards.core.text import clean, fold

if TYPE_CHECKING:
    from sqlite_utils import Database

KINDS = ("cluster", "block")
ORGANISERS = ("city", "office")
ROLES = ("leader", "deputy", "member")
# The kind as the office's papers say it, and as the command line's JSON gives it.
KIND_WORDS = {"cluster": "cụm", "block": "khối"}


def _changed(cluster_id: int) -> ChangeSet:
    """What a door on clusters changed: the cluster (its members and pact go with it)."""
    return ChangeSet.of(RecordKind.CLUSTERS, cluster_id)


@dataclass(frozen=True)
class Cluster:
    id: int
    name: str
    kind: str  # 'cluster' or 'block'
    organiser: str  # 'city' or 'office'
    decision_number: str | None
    decided_on: dt.date | None
    deciding_authority: str | None


@dataclass(frozen=True)
class ClusterYear:
    """A cluster's year: its members' names in order, the leader's and deputy's among them."""

    cluster: Cluster
    year: int
    leader: str | None
    deputy: str | None
    members: tuple[str, ...]
    member_ids: tuple[int, ...]


_CLUSTER_COLUMNS = (
    "id, name, kind, organiser, decision_number, decided_on, deciding_authority FROM clusters"
)


def _cluster(row) -> Cluster:
    cluster_id, name, kind, organiser, number, decided_on, authority = row
    day = dt.date.fromisoformat(decided_on) if decided_on else None
    return Cluster(cluster_id, name, kind, organiser, number, day, authority)


def clusters(db: Database) -> list[Cluster]:
    """Every cluster and block not in the trash, the city's first, by name."""
    rows = db.execute(
        f"SELECT {_CLUSTER_COLUMNS} WHERE deleted_at IS NULL "
        "ORDER BY organiser = 'office', kind, name_folded, id"
    ).fetchall()
    return [_cluster(row) for row in rows]


def cluster_by_id(db: Database, cluster_id: int) -> Cluster:
    row = db.execute(
        f"SELECT {_CLUSTER_COLUMNS} WHERE id = ? AND deleted_at IS NULL", [cluster_id]
    ).fetchone()
    if row is None:
        raise KienanError(Message("there is no emulation cluster or block {id}", id=cluster_id))
    return _cluster(row)


def find_cluster(db: Database, name: str, organiser: str | None = None) -> Cluster | None:
    """The cluster of that name (case, diacritics and spaces aside); of the city's and the
    office's of one name, the organiser's, else the city's."""
    rows = db.execute(
        f"SELECT {_CLUSTER_COLUMNS} WHERE deleted_at IS NULL AND name_folded = ? "
        "ORDER BY organiser = 'office'",
        [fold(clean(name))],
    ).fetchall()
    found = [_cluster(row) for row in rows]
    if organiser is not None:
        found = [cluster for cluster in found if cluster.organiser == organiser] or found
    return found[0] if found else None


def cluster_named(db: Database, typed: str) -> Cluster:
    """The cluster a clerk means by a name typed whole or in part ("cum thi dua so 4" for
    "Cụm thi đua số 4 (các phường)"): the one of that name, else the only one whose name holds
    the words typed; refused where none or several do."""
    found = find_cluster(db, typed)
    if found is not None:
        return found
    words = " " + " ".join(fold(clean(typed)).split()) + " "
    holding = [
        cluster
        for cluster in clusters(db)
        if words.strip() and words in " " + " ".join(_plain_words(cluster.name)) + " "
    ]
    if len(holding) == 1:
        return holding[0]
    if holding:
        raise KienanError(
            Message(
                "'{name}' fits {count} clusters and blocks: {names}; give the whole name",
                name=typed,
                count=len(holding),
                names="; ".join(cluster.name for cluster in holding),
            )
        )
    raise KienanError(Message("there is no emulation cluster or block named '{name}'", name=typed))


def _plain_words(name: str) -> list[str]:
    """A name's folded words without brackets and punctuation around them."""
    return [word.strip("()[],.;:") for word in fold(clean(name)).split()]


def insert_cluster(
    db: Database,
    name: str,
    kind: str,
    organiser: str,
    decision_number: str | None = None,
    decided_on: dt.date | None = None,
    deciding_authority: str | None = None,
    import_batch_id: int | None = None,
) -> int:
    """Inside the caller's transaction: the checked cluster written; its id."""
    name = clean(name)
    if not name:
        raise KienanError(Message("an emulation cluster or block needs a name"))
    if kind not in KINDS:
        raise KienanError(
            Message("'{kind}' is not a kind of cluster (cluster or block)", kind=kind)
        )
    if organiser not in ORGANISERS:
        raise KienanError(
            Message(
                "'{organiser}' is not who organises a cluster (city or office)",
                organiser=organiser,
            )
        )
    taken = db.execute(
        "SELECT 1 FROM clusters WHERE deleted_at IS NULL AND organiser = ? AND name_folded = ?",
        [organiser, fold(name)],
    ).fetchone()
    if taken:
        raise KienanError(
            Message("a cluster or block named '{name}' is already recorded", name=name)
        )
    return db.execute(
        "INSERT INTO clusters (name, name_folded, kind, organiser, decision_number, decided_on, "
        "deciding_authority, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            name,
            fold(name),
            kind,
            organiser,
            clean(decision_number) or None,
            decided_on.isoformat() if decided_on else None,
            clean(deciding_authority) or None,
            import_batch_id,
        ],
    ).lastrowid


def record_cluster(
    db: Database,
    name: str,
    kind: str,
    organiser: str,
    decision_number: str | None = None,
    decided_on: dt.date | None = None,
    deciding_authority: str | None = None,
) -> ChangeSet:
    """A cluster or block set up by a decision (its number, date and the body that made it)."""
    with transaction(db):
        cluster_id = insert_cluster(
            db, name, kind, organiser, decision_number, decided_on, deciding_authority
        )
    return _changed(cluster_id)


def _unit_names(db: Database, unit_ids: Sequence[int]) -> dict[int, str]:
    """The units' names; a unit not recorded, or in the trash, is refused."""
    names = {}
    for unit_id in unit_ids:
        row = db.execute("SELECT name, deleted_at FROM units WHERE id = ?", [unit_id]).fetchone()
        if row is None:
            raise KienanError(Message("there is no unit {id}", id=unit_id))
        if row[1] is not None:
            raise KienanError(Message("unit '{name}' is in the trash", name=row[0]))
        names[unit_id] = row[0]
    return names


def check_members(
    db: Database,
    cluster: Cluster,
    year: int,
    unit_ids: Sequence[int],
    leader: int | None,
    deputy: int | None,
) -> None:
    """Refuses a unit named twice, a leader or deputy not among the members, one unit as
    both, and a unit the year's pact names as a signatory left out."""
    names = _unit_names(db, unit_ids)
    seen: set[int] = set()
    for unit_id in unit_ids:
        if unit_id in seen:
            raise KienanError(
                Message(
                    "'{unit}' is named twice among the members of {cluster} for {year}",
                    unit=names[unit_id],
                    cluster=cluster.name,
                    year=year,
                )
            )
        seen.add(unit_id)
    for chosen in (leader, deputy):
        if chosen is not None and chosen not in seen:
            raise KienanError(
                Message(
                    "the leader and the deputy of {cluster} must be among its members for "
                    "{year}: unit {unit} is not",
                    cluster=cluster.name,
                    year=year,
                    unit=_unit_names(db, [chosen])[chosen],
                )
            )
    if leader is not None and leader == deputy:
        raise KienanError(
            Message(
                "'{unit}' cannot be both the leader and the deputy of {cluster}",
                unit=names[leader],
                cluster=cluster.name,
            )
        )
    signed = db.execute(
        "SELECT s.unit_id, u.name FROM pact_signatories s "
        "JOIN cluster_pacts p ON p.id = s.pact_id JOIN units u ON u.id = s.unit_id "
        "WHERE p.cluster_id = ? AND p.year = ?",
        [cluster.id, year],
    ).fetchall()
    for unit_id, name in signed:
        if unit_id not in seen:
            raise KienanError(
                Message(
                    "'{unit}' signed the pact of {cluster} for {year}: it stays a member that year",
                    unit=name,
                    cluster=cluster.name,
                    year=year,
                )
            )


def write_members(
    db: Database,
    cluster_id: int,
    year: int,
    unit_ids: Sequence[int],
    leader: int | None,
    deputy: int | None,
    import_batch_id: int | None = None,
) -> None:
    """Inside the caller's transaction, once checked: the year's members in place of those
    recorded; a unit that stays keeps its row (and its history in the audit trail)."""
    wanted = {
        unit_id: "leader" if unit_id == leader else "deputy" if unit_id == deputy else "member"
        for unit_id in unit_ids
    }
    held = dict(
        db.execute(
            "SELECT unit_id, cluster_role FROM cluster_members WHERE cluster_id = ? AND year = ?",
            [cluster_id, year],
        ).fetchall()
    )
    gone = [unit_id for unit_id in held if unit_id not in wanted]
    db.conn.executemany(
        "DELETE FROM cluster_members WHERE cluster_id = ? AND year = ? AND unit_id = ?",
        [(cluster_id, year, unit_id) for unit_id in gone],
    )
    # Roles are given up before they are handed on: one leader and one deputy at any time.
    changed = [unit for unit, role in wanted.items() if unit in held and held[unit] != role]
    db.conn.executemany(
        "UPDATE cluster_members SET cluster_role = 'member' "
        "WHERE cluster_id = ? AND year = ? AND unit_id = ?",
        [(cluster_id, year, unit_id) for unit_id in changed],
    )
    for unit_id in changed:
        if wanted[unit_id] != "member":
            db.execute(
                "UPDATE cluster_members SET cluster_role = ? "
                "WHERE cluster_id = ? AND year = ? AND unit_id = ?",
                [wanted[unit_id], cluster_id, year, unit_id],
            )
    for unit_id, role in wanted.items():
        if unit_id not in held:
            db.execute(
                "INSERT INTO cluster_members (cluster_id, year, unit_id, cluster_role, "
                "import_batch_id) VALUES (?, ?, ?, ?, ?)",
                [cluster_id, year, unit_id, role, import_batch_id],
            )


def set_members(
    db: Database,
    cluster_id: int,
    year: int,
    unit_ids: Sequence[int],
    leader: int | None = None,
    deputy: int | None = None,
) -> ChangeSet:
    """The cluster's members for the year, with its leader and deputy among them, in place of
    those recorded for that year; other years are not touched."""
    with transaction(db):
        cluster = cluster_by_id(db, cluster_id)
        check_members(db, cluster, year, unit_ids, leader, deputy)
        write_members(db, cluster_id, year, unit_ids, leader, deputy)
    return _changed(cluster_id)


def copy_members_to_next_year(db: Database, cluster_id: int, year: int) -> ChangeSet:
    """The year's members become the next year's, all as plain members: the leader and
    deputy are elected for each year. Refused when the next year has members already, or
    the year has none."""
    with transaction(db):
        cluster = cluster_by_id(db, cluster_id)
        units = [
            unit_id
            for (unit_id,) in db.execute(
                "SELECT m.unit_id FROM cluster_members m JOIN units u ON u.id = m.unit_id "
                "WHERE m.cluster_id = ? AND m.year = ? AND u.deleted_at IS NULL ORDER BY m.id",
                [cluster_id, year],
            )
        ]
        if not units:
            raise KienanError(
                Message("{cluster} has no members for {year}", cluster=cluster.name, year=year)
            )
        (already,) = db.execute(
            "SELECT count(*) FROM cluster_members WHERE cluster_id = ? AND year = ?",
            [cluster_id, year + 1],
        ).fetchone()
        if already:
            raise KienanError(
                Message(
                    "{cluster} already has members for {year}; change them there",
                    cluster=cluster.name,
                    year=year + 1,
                )
            )
        write_members(db, cluster_id, year + 1, units, None, None)
    return _changed(cluster_id)


def record_pact(
    db: Database,
    cluster_id: int,
    year: int,
    signed_on: dt.date | None,
    text: str | None,
    signatory_ids: Sequence[int],
) -> ChangeSet:
    """The year's pact (bản giao ước thi đua), in place of one recorded for that year, with
    the members that signed it; a signatory must be a member of the cluster that year."""
    with transaction(db):
        cluster = cluster_by_id(db, cluster_id)
        names = _unit_names(db, signatory_ids)
        members = {
            unit_id
            for (unit_id,) in db.execute(
                "SELECT unit_id FROM cluster_members WHERE cluster_id = ? AND year = ?",
                [cluster_id, year],
            )
        }
        for unit_id in signatory_ids:
            if unit_id not in members:
                raise KienanError(
                    Message(
                        "'{unit}' is not a member of {cluster} for {year}: it cannot sign its pact",
                        unit=names[unit_id],
                        cluster=cluster.name,
                        year=year,
                    )
                )
        if signed_on is not None and signed_on.year not in (year - 1, year):
            raise KienanError(
                Message(
                    "a pact for {year} is signed at the end of the year before or during the "
                    "year, not on {day}",
                    year=year,
                    day=f"{signed_on:%d/%m/%Y}",
                )
            )
        pact = db.execute(
            "SELECT id FROM cluster_pacts WHERE cluster_id = ? AND year = ?", [cluster_id, year]
        ).fetchone()
        values = [signed_on.isoformat() if signed_on else None, clean(text) or None]
        if pact is None:
            pact_id = db.execute(
                "INSERT INTO cluster_pacts (cluster_id, year, signed_on, text) VALUES (?, ?, ?, ?)",
                [cluster_id, year, *values],
            ).lastrowid
        else:
            pact_id = pact[0]
            db.execute(
                "UPDATE cluster_pacts SET signed_on = ?, text = ? WHERE id = ?", [*values, pact_id]
            )
        held = {
            unit_id
            for (unit_id,) in db.execute(
                "SELECT unit_id FROM pact_signatories WHERE pact_id = ?", [pact_id]
            )
        }
        wanted = set(signatory_ids)
        db.conn.executemany(
            "DELETE FROM pact_signatories WHERE pact_id = ? AND unit_id = ?",
            [(pact_id, unit_id) for unit_id in held - wanted],
        )
        db.conn.executemany(
            "INSERT INTO pact_signatories (pact_id, unit_id) VALUES (?, ?)",
            [(pact_id, unit_id) for unit_id in signatory_ids if unit_id not in held],
        )
    return _changed(cluster_id)


@dataclass(frozen=True)
class Pact:
    """The year's pact (bản giao ước thi đua): it adopts the scoring table of the same
    cluster-year."""

    signed_on: dt.date | None
    text: str
    signatories: tuple[str, ...]  # the units' names, in the order they signed


def cluster_pact(db: Database, cluster_id: int, year: int) -> Pact | None:
    """The cluster's pact for the year, or None where none is recorded."""
    row = db.execute(
        "SELECT signed_on, text FROM cluster_pacts WHERE cluster_id = ? AND year = ?",
        [cluster_id, year],
    ).fetchone()
    if row is None:
        return None
    signed_on = dt.date.fromisoformat(row[0]) if row[0] else None
    return Pact(signed_on, row[1] or "", tuple(pact_signatories(db, cluster_id, year)))


def pact_signatories(db: Database, cluster_id: int, year: int) -> list[str]:
    """The names of the units that signed the cluster's pact for the year, in order signed."""
    return [
        name
        for (name,) in db.execute(
            "SELECT u.name FROM pact_signatories s JOIN cluster_pacts p ON p.id = s.pact_id "
            "JOIN units u ON u.id = s.unit_id WHERE p.cluster_id = ? AND p.year = ? ORDER BY s.id",
            [cluster_id, year],
        )
    ]


def cluster_leader(db: Database, cluster_id: int, year: int) -> str | None:
    """The name of the year's leading member (trưởng cụm), who heads and signs the cluster's
    papers and proposal; None where none is set."""
    row = db.execute(
        "SELECT u.name FROM cluster_members m JOIN units u ON u.id = m.unit_id "
        "WHERE m.cluster_id = ? AND m.year = ? AND m.cluster_role = 'leader'",
        [cluster_id, year],
    ).fetchone()
    return row[0] if row else None


def cluster_years(db: Database, year: int) -> list[ClusterYear]:
    """Each cluster and block with members in the year: its leader, deputy and members (the
    leader first, then the deputy, then the others in the order recorded)."""
    found = []
    for cluster in clusters(db):
        rows = db.execute(
            "SELECT m.unit_id, u.name, m.cluster_role FROM cluster_members m "
            "JOIN units u ON u.id = m.unit_id WHERE m.cluster_id = ? AND m.year = ? "
            "ORDER BY CASE m.cluster_role WHEN 'leader' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END, "
            "m.id",
            [cluster.id, year],
        ).fetchall()
        if not rows:
            continue
        role_of = {role: name for _unit, name, role in rows}
        found.append(
            ClusterYear(
                cluster,
                year,
                role_of.get("leader"),
                role_of.get("deputy"),
                tuple(name for _unit, name, _role in rows),
                tuple(unit for unit, _name, _role in rows),
            )
        )
    return found
