"""A movement over two years holds each member's target of each year: a cluster-year is scored
on the targets of its own year, never on last year's of the same indicator."""

from kienan_awards.core import demo
from kienan_awards.core.clusters.clusters import find_cluster
from kienan_awards.core.clusters.scored_cluster import scored_cluster

BLOCK = "Khối thi đua các tổ dân phố"


def test_each_year_of_the_block_is_scored_on_the_targets_of_that_year(db):
    demo.load_demo(db)
    block = find_cluster(db, BLOCK)
    for year in (2025, 2026):
        scored = scored_cluster(db, block.id, year)
        target_ids = [
            score.evidence.target_id
            for result in scored.results
            for score in result.criteria
            if score.evidence is not None
        ]
        assert len(target_ids) >= 10
        years = {
            period
            for (period,) in db.execute(
                f"SELECT DISTINCT period_year FROM targets WHERE id IN "
                f"({', '.join('?' for _ in target_ids)})",
                target_ids,
            )
        }
        assert years == {year}
