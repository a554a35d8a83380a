"""The honour roll's results in tiers: the person the clerk typed first, the awards found only
through their unit last; exact spellings first within a tier, then the newest."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kienan_awards.core.records import people, units
from kienan_awards.core.search import award_search
from kienan_awards.core.search.award_search import (
    AwardFilters,
    AwardSearch,
    award_ids,
    search_index_differences,
    tiered_award_ids,
)
from kienan_awards.core.search.tiers import UNIT_TIER
from kienan_awards.core.text import fold


class Roll:
    """Awards made one by one: each a person (or a collective) of a unit, in a year."""

    def __init__(self, db):
        self.db = db
        self.form = db.execute("SELECT id FROM award_forms ORDER BY id").fetchone()[0]
        self.units: dict[str, int] = {}
        self.people: dict[tuple[str, str], int] = {}
        self.decisions: dict[int, int] = {}
        self.numbers = itertools.count(1)

    def unit(self, name: str) -> int:
        found = self.db.execute("SELECT id FROM units WHERE name = ?", [name]).fetchone()
        if found:
            self.units[name] = found[0]
        if name not in self.units:
            kind = "ward" if name.startswith(("Phường", "Xã")) else "agency"
            self.units[name] = units.save_unit(
                self.db, None, {"name": name, "kind": kind}
            ).record_id
        return self.units[name]

    def decision(self, year: int) -> int:
        day = f"{year}-12-01"
        found = self.db.execute("SELECT id FROM decisions WHERE decided_on = ?", [day]).fetchone()
        if found:
            self.decisions[year] = found[0]
        if year not in self.decisions:
            self.decisions[year] = (
                self.db.table("decisions")
                .insert({"number": f"{next(self.numbers)}/QĐ-UBND", "decided_on": f"{year}-12-01"})
                .last_pk
            )
        return self.decisions[year]

    def award(self, name: str, unit: str = "Phòng Nội vụ", year: int = 2020) -> int:
        unit_id = self.unit(unit)
        key = (name, unit)
        if key not in self.people:
            self.people[key] = people.save_person(
                self.db, None, {"full_name": name, "birth_year": 1980, "unit_id": unit_id}
            ).record_id
        return self._insert(name, year, unit_id, person_id=self.people[key])

    def collective(self, unit: str, year: int = 2020) -> int:
        unit_id = self.unit(unit)
        return self._insert(unit, year, unit_id, recipient_unit_id=unit_id)

    def _insert(self, name, year, unit_id, person_id=None, recipient_unit_id=None) -> int:
        return (
            self.db.table("awards")
            .insert(
                {
                    "decision_id": self.decision(year),
                    "form_id": self.form,
                    "recipient_kind": "individual" if person_id else "collective",
                    "person_id": person_id,
                    "recipient_unit_id": recipient_unit_id,
                    "recipient_name": name,
                    "unit_id": unit_id,
                    "unit_name": self.db.execute(
                        "SELECT name FROM units WHERE id = ?", [unit_id]
                    ).fetchone()[0],
                    "achievement_year": year,
                }
            )
            .last_pk
        )


@pytest.fixture(autouse=True, params=["one pass", "names in one pass", "query by query"])
def reading(request, monkeypatch):
    """Every test runs each way the tiers are read: a few matches placed in one pass; the
    matches in the names placed in one pass, those through units read by the tiers' queries
    (as for a name that is also a common word of units or achievements); the tiers' queries
    one by one (as for a common name)."""
    if request.param != "one pass":
        monkeypatch.setattr(award_search, "FEW_MATCHES", 0)
    if request.param == "query by query":
        monkeypatch.setattr(award_search, "FEW_NAME_MATCHES", 0)
    return request.param


@pytest.fixture
def roll(db):
    return Roll(db)


def found(db, text, **options):
    return award_ids(db, AwardSearch(text, **options))


def tier_of(db, text, **options) -> dict[int, int]:
    tiered = tiered_award_ids(db, AwardSearch(text, **options))
    tiers, groups = {}, list(tiered.groups)
    for row, award_id in enumerate(tiered.ids):
        while len(groups) > 1 and groups[1].start <= row:
            groups.pop(0)
        tiers[award_id] = groups[0].tier
    return tiers


def test_the_full_name_as_typed_comes_before_longer_names_however_new(db, roll):
    tuan = [roll.award("Hoàng Anh Tuấn", year=2015 + n) for n in range(10)]
    tu = roll.award("Hoàng Anh Tú", year=2010)
    for text in ("Hoàng Anh Tú", "hoang anh tu", "HOÀNG  ANH  TÚ"):
        results = found(db, text)
        assert results[0] == tu, text
        assert set(results[1:]) == set(tuan)  # "tu" begins "tuan": the same words in order
    assert tier_of(db, "Hoàng Anh Tú")[tu] == 1
    assert tier_of(db, "hoang anh tu")[tu] == 2


def test_the_exact_spelling_comes_before_the_same_name_without_its_marks(db, roll):
    tu_grave = [roll.award("Nguyễn Văn Tư", year=2012), roll.award("Nguyễn Văn Tư", year=2014)]
    tu_acute = roll.award("Nguyễn Văn Tứ", year=2024)
    results = found(db, "Nguyễn Văn Tư")
    assert results == [tu_grave[1], tu_grave[0], tu_acute]  # the newest first within a tier
    tiers = tier_of(db, "Nguyễn Văn Tư")
    assert [tiers[i] for i in results] == [1, 1, 2]
    # Without marks both spellings are the same name, the newest first.
    assert found(db, "nguyen van tu ") == [tu_acute, tu_grave[1], tu_grave[0]]


def test_a_word_matched_in_the_unit_comes_after_every_name_that_holds_it(db, roll):
    ha = roll.award("Lê Thị Hà", year=2011)
    hang = roll.award("Lê Thị Ái Hằng", unit="Xã Hà Tây", year=2024)
    mai = roll.award("Lê Thị Mai", unit="Xã Hà Tây", year=2025)
    results = found(db, "Lê Thị Hà")
    assert results[0] == ha
    assert results.index(hang) < results.index(mai)  # "Hà" begins "Hằng" (tier 4)
    assert tier_of(db, "Lê Thị Hà")[mai] == UNIT_TIER
    # A space after the word: "Hằng" is found only through Hà Tây.
    assert found(db, "Lê Thị Hà ") == [ha, mai, hang]
    assert tier_of(db, "Lê Thị Hà ")[hang] == UNIT_TIER


def test_the_words_in_the_order_typed_come_first(db, roll):
    duc_manh = roll.award("Bùi Đức Mạnh", year=2010)
    manh_duc = [roll.award("Bùi Mạnh Đức", year=2020), roll.award("Bùi Mạnh Đức", year=2021)]
    assert found(db, "Bùi Đức Mạnh") == [duc_manh, manh_duc[1], manh_duc[0]]
    assert found(db, "Đức Mạnh") == [duc_manh, manh_duc[1], manh_duc[0]]
    tiers = tier_of(db, "duc manh")
    assert (tiers[duc_manh], tiers[manh_duc[0]]) == (3, 4)
    assert found(db, "Mạnh Đức")[:2] == manh_duc[::-1]


def test_a_name_typed_whole_does_not_drown_in_its_wards(db, roll):
    phuong = roll.award("Nguyễn Thị Phương", year=2010)
    through_wards = [
        roll.award(f"Nguyễn Thị {given}", unit=f"Phường {ward}", year=2020 + n)
        for n, (given, ward) in enumerate(
            [("Lan", "Đồng Hòa"), ("Mai", "Bắc Sơn"), ("Hạnh", "Nam Sơn")]
        )
    ]
    results = found(db, "Nguyễn Thị Phương")
    assert results[0] == phuong
    assert set(results[1:]) == set(through_wards)
    assert found(db, "Nguyễn Thị Phương", names_only=True) == [phuong]
    assert found(db, "nguyen thi phuong", names_only=True) == [phuong]


def test_a_whole_word_with_diacritics_finds_that_word_before_longer_ones(db, roll):
    hoang = [roll.award("Lê Văn Hoàng", year=2024), roll.award("Hoàng Thị Lan", year=2025)]
    hoa = roll.award("Trần Thị Hòa", year=2010)
    ward = roll.collective("Phường Đồng Hòa", year=2011)
    in_ward = roll.award("Phạm Văn Nam", unit="Phường Đồng Hòa", year=2012)
    plain = roll.award("Đỗ Thị Hoa", year=2013)
    for text in ("hoà", "hòa", "Hòa"):
        results = found(db, text)
        # Names holding "hòa" (the ward's own award too), exact first; then its unit's awards.
        assert results[:4] == [ward, hoa, plain, in_ward], text
        assert set(results[4:]) == set(hoang), text
    # Typed without marks, the word is still being typed: every name that begins with it.
    assert set(found(db, "hoa")[:5]) == {*hoang, hoa, plain, ward}
    groups = tiered_award_ids(db, AwardSearch("hoà")).groups
    assert [(g.tier, g.begins_with) for g in groups] == [(3, False), (5, False), (3, True)]


def test_names_typed_with_eth_or_hidden_characters_are_found_every_way(db, roll):
    dang = roll.award("Ðặng Văn Hùng")  # "Ð" (U+00D0), as old keyboards type "Đ"
    db.execute("UPDATE awards SET recipient_name = 'ðặng\u200b Văn\u00a0Hùng' WHERE id = ?", [dang])
    for text in (
        "Đặng Văn Hùng",
        "Ðặng Văn Hùng",
        "ðặng văn hùng",
        "dang van hung",
        "Đặng\u00a0Văn\u200b Hùng",
        "Đặng\u2060 Văn\u202fHùng",
    ):
        assert found(db, text) == [dang], text
        assert tier_of(db, text)[dang] in (1, 2)
    assert tier_of(db, "Ðặng Văn Hùng")[dang] == 1
    assert search_index_differences(db) == 0


def test_the_first_results_are_the_start_of_all_of_them(db, roll):
    for n in range(30):
        roll.award(
            f"Nguyễn Thị {['Lan', 'Hoa', 'Thu'][n % 3]}", unit=f"Phường {n % 4}", year=2000 + n
        )
        roll.award(
            f"Trần Văn {['Nguyễn', 'Thị', 'An'][n % 3]}", unit="Phòng Nguyễn Thị", year=2000 + n
        )
    for text in ("nguyễn thị", "nguyen thi", "thị", "Nguyễn", "ng", "thi nguyen"):
        everything = found(db, text)
        for limit in (1, 5, 17, 40):
            assert award_ids(db, AwardSearch(text), limit=limit) == everything[:limit], text
        assert len(everything) == len(set(everything))


def test_filters_keep_the_tiers(db, roll):
    old = roll.award("Bùi Đức Mạnh", year=2010)
    new = roll.award("Bùi Mạnh Đức", year=2020)
    assert found(db, "Bùi Đức Mạnh") == [old, new]
    assert found(db, "Bùi Đức Mạnh", filters=AwardFilters(from_year=2015)) == [new]
    assert found(db, "Bùi Đức Mạnh", filters=AwardFilters(to_year=2015)) == [old]
    assert award_ids(db, AwardSearch("Bùi Đức Mạnh"), sort_key="year", descending=True) == [
        new,
        old,
    ]


def test_changes_to_the_records_move_the_awards_in_the_index(db, roll):
    first = roll.award("Vũ Văn Dung", year=2010)
    second = roll.award("Vũ Văn Dung", year=2012)
    assert found(db, "vu van dung") == [second, first]
    db.execute("UPDATE awards SET achievement_year = 2030 WHERE id = ?", [first])
    assert found(db, "vu van dung") == [first, second]
    decision = db.execute("SELECT decision_id FROM awards WHERE id = ?", [second]).fetchone()[0]
    db.execute("UPDATE awards SET achievement_year = 2030 WHERE id = ?", [second])
    db.execute("UPDATE decisions SET decided_on = '2031-01-01' WHERE id = ?", [decision])
    assert found(db, "vu van dung") == [second, first]
    person = db.execute("SELECT person_id FROM awards WHERE id = ?", [first]).fetchone()[0]
    people.save_person(db, person, {"full_name": "Vũ Văn Dũng", "birth_year": 1980})
    # The name written on the award stays; the person's new spelling is found among the names.
    assert tier_of(db, "Vũ Văn Dũng")[first] == 2
    assert found(db, "Vũ Văn Dũng", names_only=True) == [second, first]
    db.execute("DELETE FROM awards WHERE id = ?", [second])
    assert found(db, "vu van dung") == [first]
    assert search_index_differences(db) == 0


# The property: whatever the names and the query, an award whose names hold every word comes
# before every award that needs its unit to match.
SYLLABLES = ["Hòa", "Hoa", "Hoàng", "Hà", "Hằng", "Phương", "Phường", "Đức", "Mạnh", "An", "Anh"]
name_strategy = st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=3).map(" ".join)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    awards=st.lists(st.tuples(name_strategy, name_strategy), min_size=1, max_size=12),
    query=st.lists(st.sampled_from(SYLLABLES + ["ho", "ph", "a"]), min_size=1, max_size=3),
    space=st.booleans(),
)
# "Hoàng" of Phường Hòa is found by the whole word, through its unit: no second pass is left.
@example(awards=[("Hòa", "Hà"), ("Hà", "Hòa"), ("Hoàng", "Hòa")], query=["Hòa"], space=False)
def test_every_name_holding_the_words_comes_before_every_match_through_a_unit(
    db, awards, query, space
):
    db.execute("DELETE FROM awards")
    roll = Roll(db)
    names = {}
    for person, unit in awards:
        names[roll.award(f"Ngô {person}", unit=f"Phường {unit}", year=2020)] = f"Ngô {person}"
    text = " ".join(query) + (" " if space else "")
    words = fold(text).split()
    tiered = tiered_award_ids(db, AwardSearch(text))
    # A word typed with diacritics and alone is looked for whole first, then as the start of
    # longer words: the property holds in each of the two passes. The first pass takes the
    # word whole even when the second is empty (every longer word also found whole elsewhere).
    whole_first = len(query) == 1 and not query[0].isascii() and not space
    second_pass = next((g.start for g in tiered.groups if g.begins_with), len(tiered.ids))
    assert whole_first or second_pass == len(tiered.ids)
    passes = [(tiered.ids[:second_pass], space or whole_first)]
    passes.append((tiered.ids[second_pass:], False))
    for results, whole in passes:
        by_name = [n for n, award_id in enumerate(results) if _holds(names[award_id], words, whole)]
        by_unit = [n for n in range(len(results)) if n not in by_name]
        if by_name and by_unit:
            assert max(by_name) < min(by_unit), (text, [names[i] for i in results])
    only_names = set(found(db, text, names_only=True))
    assert only_names == {i for i in tiered.ids if i in names and i in only_names}
    assert all(_holds(names[i], words, False) for i in only_names)


def _holds(name: str, words: list[str], whole: bool) -> bool:
    """The name holds every word, the last as the start of a word unless whole."""
    held = fold(name).split()
    return all(word in held for word in words[:-1]) and any(
        h == words[-1] or (not whole and h.startswith(words[-1])) for h in held
    )
