"""What a clerk's action changed: the kinds of record and their ids.

Every door of the core that writes returns a ChangeSet (an edit's EditGroup carries one), and
the window hands it to every page: a page that shows one of the kinds refreshes, the others do
nothing. The kinds are one list the pages and the doors share.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class RecordKind(StrEnum):
    UNITS = "units"
    PEOPLE = "people"
    MOVEMENTS = "movements"  # movements, their targets, plans and reported figures
    PROPOSALS = "proposals"  # proposals and their lines
    REGISTRATIONS = "registrations"  # what units and people register for at the year's start
    INITIATIVES = "initiatives"  # the register of initiatives and their authors
    COUNCIL = "council"  # the council's members, rules, meetings and counts
    CLUSTERS = "clusters"  # emulation clusters and blocks: members by year, pacts
    DECISIONS = "decisions"
    AWARDS = "awards"
    CERTIFICATES = "certificates"  # what was printed, reissued, calibration profiles
    OFFICE = "office"  # issuing authorities and their signers
    CATALOGUE = "catalogue"  # award forms, bonus rates, base salaries, eligibility rules
    TEMPLATES = "templates"  # certificate templates
    SETTINGS = "settings"
    IMPORTS = "imports"  # import batches
    BACKUPS = "backups"


# Which kind of record each table holds. The audit log is not here: every write adds to it,
# so a page showing the audit trail listens to every kind.
TABLE_KINDS: Mapping[str, RecordKind] = MappingProxyType(
    {
        "units": RecordKind.UNITS,
        "unit_successions": RecordKind.UNITS,
        "people": RecordKind.PEOPLE,
        "disciplines": RecordKind.PEOPLE,
        "movements": RecordKind.MOVEMENTS,
        "movement_units": RecordKind.MOVEMENTS,
        "targets": RecordKind.MOVEMENTS,
        "target_plans": RecordKind.MOVEMENTS,
        "progress_reports": RecordKind.MOVEMENTS,
        "proposals": RecordKind.PROPOSALS,
        "proposal_lines": RecordKind.PROPOSALS,
        "registrations": RecordKind.REGISTRATIONS,
        "initiatives": RecordKind.INITIATIVES,
        "initiative_authors": RecordKind.INITIATIVES,
        "council_members": RecordKind.COUNCIL,
        "council_rules": RecordKind.COUNCIL,
        "council_thresholds": RecordKind.COUNCIL,
        "council_meetings": RecordKind.COUNCIL,
        "council_attendance": RecordKind.COUNCIL,
        "council_reviewed_proposals": RecordKind.COUNCIL,
        "council_votes": RecordKind.COUNCIL,
        "clusters": RecordKind.CLUSTERS,
        "cluster_members": RecordKind.CLUSTERS,
        "cluster_pacts": RecordKind.CLUSTERS,
        "pact_signatories": RecordKind.CLUSTERS,
        "cluster_scoring_tables": RecordKind.CLUSTERS,
        "scoring_criteria": RecordKind.CLUSTERS,
        "cluster_scores": RecordKind.CLUSTERS,
        "cluster_reviews": RecordKind.CLUSTERS,
        "cluster_review_attendees": RecordKind.CLUSTERS,
        "cluster_review_votes": RecordKind.CLUSTERS,
        "proposal_line_rankings": RecordKind.PROPOSALS,
        "decisions": RecordKind.DECISIONS,
        "awards": RecordKind.AWARDS,
        "award_acts": RecordKind.AWARDS,
        "award_evidence": RecordKind.AWARDS,
        "certificates": RecordKind.CERTIFICATES,
        "print_log": RecordKind.CERTIFICATES,
        "calibration_profiles": RecordKind.CERTIFICATES,
        "issuing_authorities": RecordKind.OFFICE,
        "award_forms": RecordKind.CATALOGUE,
        "bonus_rates": RecordKind.CATALOGUE,
        "base_salaries": RecordKind.CATALOGUE,
        "eligibility_rules": RecordKind.CATALOGUE,
        "conferring_levels": RecordKind.CATALOGUE,
        "decision_wording": RecordKind.CATALOGUE,
        "settings": RecordKind.SETTINGS,
        "import_batches": RecordKind.IMPORTS,
    }
)


@dataclass(frozen=True)
class ChangeSet:
    """Kinds of record that changed, each with the ids that did (empty: ids not known, as
    after an import of thousands of rows; a page then reloads all it shows of that kind)."""

    ids: Mapping[RecordKind, frozenset[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, kind: RecordKind, *ids: int) -> ChangeSet:
        return cls({kind: frozenset(ids)})

    @classmethod
    def of_kinds(cls, kinds: Iterable[RecordKind]) -> ChangeSet:
        return cls({kind: frozenset() for kind in kinds})

    @classmethod
    def of_tables(cls, rows: Iterable[tuple[str, int | None]]) -> ChangeSet:
        """From (table, id) pairs; a table no kind names is left out."""
        ids: dict[RecordKind, set[int]] = {}
        for table, record_id in rows:
            kind = TABLE_KINDS.get(table)
            if kind is not None:
                ids.setdefault(kind, set())
                if record_id is not None:
                    ids[kind].add(record_id)
        return cls({kind: frozenset(found) for kind, found in ids.items()})

    @property
    def kinds(self) -> frozenset[RecordKind]:
        return frozenset(self.ids)

    def touches(self, kinds: Iterable[RecordKind]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def __bool__(self) -> bool:
        return bool(self.ids)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        merged = {kind: set(ids) for kind, ids in self.ids.items()}
        for kind, ids in other.ids.items():
            merged.setdefault(kind, set()).update(ids)
        return ChangeSet({kind: frozenset(ids) for kind, ids in merged.items()})


NOTHING = ChangeSet()
EVERYTHING = ChangeSet.of_kinds(RecordKind)
