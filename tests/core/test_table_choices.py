"""What a clerk chooses from when editing a scoring table: the year's targets of the cluster's
members and of the whole area, each with its plans; a target a table still names whatever its
year; whether a year has a table; which criteria have scores entered."""

from kienan_awards.core.clusters.clusters import find_cluster
from kienan_awards.core.clusters.scoring_store import stored_table
from kienan_awards.core.clusters.table_choices import has_table, scored_numbers, target_choices
from kienan_awards.core.demo import cluster_scoring

BLOCK = "Khối thi đua các tổ dân phố"


def block_id(db):
    return find_cluster(db, BLOCK).id


def test_the_choices_are_the_years_targets_of_the_members_and_of_the_whole_area(demo_db):
    choices = target_choices(demo_db, block_id(demo_db), 2026)
    assert {choice.year for choice in choices} == {2026}
    members = {choice.unit_name for choice in choices if choice.unit_name}
    assert members == {"Tổ dân phố số 1", "Tổ dân phố số 2", "Tổ dân phố số 3", "Tổ dân phố số 4"}
    culture = [choice for choice in choices if choice.indicator == cluster_scoring.CULTURE]
    assert len(culture) == 4 and culture[0].measure_unit == "%"
    assert culture[0].movement_name == cluster_scoring.BLOCK_MOVEMENT["name"]
    assert culture[0].plan_sources == ("Kế hoạch UBND phường giao",)
    area = [choice for choice in choices if choice.unit_name is None]
    assert area and all(choice.plan_sources for choice in area)


def test_a_target_the_table_names_is_offered_whatever_its_year(demo_db):
    last_years = stored_table(demo_db, block_id(demo_db), 2025).table.criteria[0].target_id
    plain = target_choices(demo_db, block_id(demo_db), 2026)
    kept = target_choices(demo_db, block_id(demo_db), 2026, keep=[last_years, None])
    assert last_years not in {choice.target_id for choice in plain}
    assert {choice.target_id for choice in kept} - {c.target_id for c in plain} == {last_years}


def test_a_year_has_a_table_or_not_and_its_scored_criteria_are_known(demo_db):
    cluster = block_id(demo_db)
    assert has_table(demo_db, cluster, 2025) and has_table(demo_db, cluster, 2026)
    assert not has_table(demo_db, cluster, 2027)
    assert scored_numbers(demo_db, cluster, 2025) >= {"I.1", "II.1", "III.2"}
    assert "I.1" not in scored_numbers(demo_db, cluster, 2026)
    assert scored_numbers(demo_db, cluster, 2027) == frozenset()
