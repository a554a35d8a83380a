"""The demo database: Kiến An as its office's records would stand today.

The district's years (2019-2024, from the seed article: its departments, agencies and ten
wards, the Chairman's authority (from 2025 his deputy signs on his behalf), the 2023 and 2024
movements with their plan targets and results, a few hundred honourees a year), then the 2025
reform (the district closes on 30/06/2025; from 01/07/2025 phường Kiến An is the office, with
its own bodies, staff, movements, year-end 2025 decisions and the 2026 proposals under
review), the city's Bằng khen it records, and the emulation cluster and block the ward sits
in for 2025 and 2026, with the block's scoring tables and scores, the 2025 review meetings
and the block's 2025 ranking proposed. Every other module is free of these names: they live
here only.
"""

from __future__ import annotations

import random

from sqlite_utils import Database

from kienan_awards.core.demo import (
    city_awards,
    clusters,
    council,
    cycle,
    district,
    district_awards,
    district_movements,
    people,
    reform,
    ward_decisions,
    ward_movements,
    ward_proposals,
    ward_staff,
)
from kienan_awards.core.documents.certificates import freeze_certificates
from kienan_awards.core.errors import DataPresentError
from kienan_awards.core.messages import Message
from kienan_awards.core.movements.award_evidence import store_award_evidence
from kienan_awards.core.records.record_counts import holds_records
from kienan_awards.core.storage.database import write_transaction

SEED = 20240112  # the district's years
REFORM_SEED = 20250701  # the ward's: its draws leave the district's years as they were
COUNTED = ("units", "people", "movements", "targets", "decisions", "awards")


def load_demo(db: Database) -> dict[str, int]:
    """Fill an empty database with the demo records; returns how many of each there are."""
    with write_transaction(db):
        if holds_records(db):
            raise DataPresentError(
                Message(
                    "the database already holds records; the demo data is only loaded into an "
                    "empty database"
                )
            )
        _all_records(db)
        return {
            table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in COUNTED
        }


def _all_records(db: Database) -> None:
    """Everything, in the order it happened; the reform's units come first so that the
    awards' search words carry their later wards' names from the start."""
    rng = random.Random(SEED)
    units = district.district_units(db)
    ward, bodies = reform.reform_units(db, units)
    authority_ids = district.insert_authorities(db, units[0]["id"])
    new_ward = reform.insert_authorities(db, ward, bodies)
    movements = district_movements.insert_movements(db, units, authority_ids[0])
    signers = {*reform.SIGNERS, district.DEPUTY_AUTHORITY["signer_name"]}
    staff = people.insert_people(db, rng, units, signers)
    titles = district_awards.insert_awards(db, rng, units, staff, authority_ids, movements)
    award_ids = [row[0] for row in db.execute("SELECT id FROM awards ORDER BY id")]
    store_award_evidence(db, award_ids)
    freeze_certificates(db, award_ids)

    rng = random.Random(REFORM_SEED)
    movement_by_year = ward_movements.insert_ward_movements(db, new_ward)
    ward_people = ward_staff.move_staff(
        db, rng, new_ward, units, staff, titles.fighters(people.LAST_YEAR)
    )
    fighters_2024 = titles.fighters(people.LAST_YEAR)
    council.insert_council(db)
    fighters_2025 = ward_decisions.year_end(
        db, rng, new_ward, ward_people, fighters_2024, movement_by_year[2025]
    )
    fighters = {people.LAST_YEAR: fighters_2024, 2025: fighters_2025}
    city_awards.record_city_decision(db, new_ward, ward_people, fighters)
    ward_proposals.open_proposals(db, rng, new_ward, ward_people, movement_by_year[2026])
    cycle.insert_cycle(db)
    # Last, so every unit, person and award made before keeps the id it had.
    clusters.insert_clusters(db, ward)
