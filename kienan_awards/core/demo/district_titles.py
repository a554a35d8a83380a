"""Who held the district's titles each year, chosen under the eligibility rules the program
ships (read from its rules table): most of a department's or agency's staff are Advanced
Workers (LĐTT), its Grassroots Emulation Fighters (CSTĐCS) are Advanced Workers of the year
and no more than the cap's share of them, and an Advanced Labour Collective has the members'
share of Advanced Workers the rule asks for. The wards' staff were their own chairmen's to
make Advanced Workers, decisions this office does not hold, so the district's titles go to
its departments and agencies; the wards and their people have its Giấy khen."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from sqlite_utils import Database

from kienan_awards.core.awards.eligibility import rules
from kienan_awards.core.demo.people import FIRST_YEAR, LAST_YEAR, eligible_years

LDTT_SHARE = (0.55, 0.95)  # of a unit's staff who may be honoured that year
CSTDCS_PER_UNIT = 2  # at most, even where the cap would allow more
KEEPS_TITLE = 0.6  # how often last year's Emulation Fighter is chosen again, when allowed
TTLDTT_PER_YEAR = 6
TITLED_KINDS = ("agency", "department")
DEFAULT_SHARES = {"CSTDCS_SHARE": "15", "COLLECTIVE_MEMBER_SHARE": "50"}


@dataclass
class Titles:
    """Person ids (LĐTT, CSTĐCS) and unit ids (Advanced Labour Collectives) by year."""

    ldtt: dict[int, set[int]] = field(default_factory=dict)
    cstdcs: dict[int, set[int]] = field(default_factory=dict)
    advanced: dict[int, list[int]] = field(default_factory=dict)

    def fighters(self, year: int) -> set[int]:
        return self.cstdcs.get(year, set())


def shares(db: Database) -> tuple[Decimal, Decimal]:
    """(CSTĐCS cap, Advanced Labour Collective members' share) as percentages, as the rules
    table holds them; a rule switched off does not bind."""
    found = rules(db)

    def percent(code: str) -> Decimal:
        rule = found.get(code)
        if rule is not None and not rule.enabled:
            return Decimal(100) if code == "CSTDCS_SHARE" else Decimal(0)
        return Decimal((rule.parameter if rule else None) or DEFAULT_SHARES[code])

    return percent("CSTDCS_SHARE"), percent("COLLECTIVE_MEMBER_SHARE")


def fighters_allowed(advanced_workers: int, cap: Decimal) -> int:
    """How many Emulation Fighters a unit with this many Advanced Workers may have."""
    return int(advanced_workers * cap // 100)


def choose_titles(
    db: Database, rng: random.Random, offices: list[dict], staff: list[dict]
) -> Titles:
    cap, member_share = shares(db)
    offices = [unit for unit in offices if unit["kind"] in TITLED_KINDS]
    by_unit: dict[int, list[dict]] = {unit["id"]: [] for unit in offices}
    for person in staff:
        if person["unit_id"] in by_unit:
            by_unit[person["unit_id"]].append(person)
    titles = Titles()
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        titles.ldtt[year], titles.cstdcs[year] = set(), set()
        collectives = []
        for unit in offices:
            members = by_unit[unit["id"]]
            eligible = [p["id"] for p in members if year in eligible_years(p)]
            workers = sorted(rng.sample(eligible, round(rng.uniform(*LDTT_SHARE) * len(eligible))))
            titles.ldtt[year].update(workers)
            wanted = min(fighters_allowed(len(workers), cap), CSTDCS_PER_UNIT)
            titles.cstdcs[year].update(_fighters(rng, workers, titles.fighters(year - 1), wanted))
            # More than the share (Law 2022, Art. 28), not as many as it.
            if members and len(workers) * 100 > member_share * len(members):
                collectives.append(unit["id"])
        titles.advanced[year] = sorted(
            rng.sample(collectives, min(TTLDTT_PER_YEAR, len(collectives)))
        )
    return titles


def _fighters(rng: random.Random, workers: list[int], last_year: set[int], wanted: int) -> set[int]:
    """The unit's Emulation Fighters among its Advanced Workers: last year's often again."""
    chosen: list[int] = []
    for pid in workers:
        if pid in last_year and len(chosen) < wanted and rng.random() < KEEPS_TITLE:
            chosen.append(pid)
    others = [pid for pid in workers if pid not in chosen]
    chosen += rng.sample(others, wanted - len(chosen))
    return set(chosen)
