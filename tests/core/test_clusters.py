"""Emulation clusters and blocks: set up once, their members with leader and deputy kept per
year (changed year to year, the years before kept), and the year's pact with its signatories."""

import datetime as dt

import pytest

from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.clusters import clusters
from kienan_awards.core.errors import KienanError
from kienan_awards.core.records import units


def unit(db, name, kind="ward", parent=None):
    fields = {"name": name, "kind": kind, "parent_id": parent}
    return units.save_unit(db, None, fields).record_id


@pytest.fixture
def city(db):
    city = unit(db, "Thành phố Hải Phòng", "province")
    wards = [unit(db, name, parent=city) for name in ("Kiến An", "Phù Liễn", "An Hải", "Lê Chân")]
    cluster = clusters.record_cluster(
        db,
        "Cụm thi đua số 3",
        "cluster",
        "city",
        "12/QĐ-HĐTĐKT",
        dt.date(2025, 7, 15),
        "Hội đồng Thi đua - Khen thưởng thành phố",
    )
    (cluster_id,) = cluster.ids[RecordKind.CLUSTERS]
    return db, cluster_id, wards


def test_a_cluster_is_recorded_with_its_decision_and_a_second_of_its_name_refused(city):
    db, cluster_id, _wards = city
    cluster = clusters.cluster_by_id(db, cluster_id)
    assert (cluster.name, cluster.kind, cluster.organiser) == (
        "Cụm thi đua số 3",
        "cluster",
        "city",
    )
    assert cluster.decided_on == dt.date(2025, 7, 15) and cluster.decision_number == "12/QĐ-HĐTĐKT"
    with pytest.raises(KienanError, match="already recorded"):
        clusters.record_cluster(db, "cụm thi đua SO 3", "cluster", "city")
    # This office's block of the same name is another record.
    clusters.record_cluster(db, "Cụm thi đua số 3", "block", "office")
    with pytest.raises(KienanError, match="not a kind of cluster"):
        clusters.record_cluster(db, "Cụm X", "group", "city")


def test_members_leader_and_deputy_change_year_to_year_and_the_years_before_are_kept(city):
    db, cluster_id, (kien_an, phu_lien, an_hai, le_chan) = city
    changes = clusters.set_members(
        db, cluster_id, 2025, [kien_an, phu_lien, an_hai], kien_an, an_hai
    )
    assert isinstance(changes, ChangeSet) and changes
    clusters.copy_members_to_next_year(db, cluster_id, 2025)
    (copied,) = clusters.cluster_years(db, 2026)
    assert copied.leader is None and copied.deputy is None and len(copied.members) == 3
    clusters.set_members(
        db, cluster_id, 2026, [kien_an, phu_lien, an_hai, le_chan], phu_lien, kien_an
    )
    (year_2025,) = clusters.cluster_years(db, 2025)
    (year_2026,) = clusters.cluster_years(db, 2026)
    assert (year_2025.leader, year_2025.deputy) == ("Kiến An", "An Hải")
    assert (year_2026.leader, year_2026.deputy) == ("Phù Liễn", "Kiến An")
    assert year_2026.members == ("Phù Liễn", "Kiến An", "An Hải", "Lê Chân")
    with pytest.raises(KienanError, match="already has members for 2026"):
        clusters.copy_members_to_next_year(db, cluster_id, 2025)
    # The rotation is in the audit trail, row by row.
    roles = db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'cluster_members' AND action = 'update'"
    ).fetchone()[0]
    assert roles >= 2


def test_a_unit_may_sit_in_a_city_cluster_and_in_the_offices_block_the_same_year(city):
    db, cluster_id, (kien_an, *_others) = city
    group = unit(db, "Tổ dân phố số 1", "residential_group", kien_an)
    block = clusters.record_cluster(db, "Khối tổ dân phố", "block", "office")
    (block_id,) = block.ids[RecordKind.CLUSTERS]
    clusters.set_members(db, cluster_id, 2026, [kien_an])
    clusters.set_members(db, block_id, 2026, [group, kien_an])
    assert [year.cluster.name for year in clusters.cluster_years(db, 2026)] == [
        "Cụm thi đua số 3",
        "Khối tổ dân phố",
    ]


def test_wrong_memberships_are_refused_naming_what_is_wrong_and_nothing_is_written(city):
    db, cluster_id, (kien_an, phu_lien, an_hai, _le_chan) = city
    with pytest.raises(KienanError, match="Kiến An' is named twice"):
        clusters.set_members(db, cluster_id, 2025, [kien_an, kien_an])
    with pytest.raises(KienanError, match="must be among its members.*An Hải"):
        clusters.set_members(db, cluster_id, 2025, [kien_an, phu_lien], an_hai)
    with pytest.raises(KienanError, match="both the leader and the deputy"):
        clusters.set_members(db, cluster_id, 2025, [kien_an, phu_lien], kien_an, kien_an)
    with pytest.raises(KienanError, match="no unit 999"):
        clusters.set_members(db, cluster_id, 2025, [999])
    assert clusters.cluster_years(db, 2025) == []


def test_the_pact_is_signed_by_members_of_that_year_only(city):
    db, cluster_id, (kien_an, phu_lien, an_hai, le_chan) = city
    clusters.set_members(db, cluster_id, 2026, [kien_an, phu_lien, an_hai], kien_an)
    with pytest.raises(KienanError, match="Lê Chân' is not a member"):
        clusters.record_pact(db, cluster_id, 2026, dt.date(2026, 2, 14), "", [kien_an, le_chan])
    clusters.record_pact(
        db, cluster_id, 2026, dt.date(2026, 2, 14), "Giao ước", [kien_an, phu_lien]
    )
    clusters.record_pact(db, cluster_id, 2026, dt.date(2026, 2, 14), "Giao ước", [kien_an, an_hai])
    assert clusters.pact_signatories(db, cluster_id, 2026) == ["Kiến An", "An Hải"]
    pact = clusters.cluster_pact(db, cluster_id, 2026)
    assert (pact.signed_on, pact.text, pact.signatories) == (
        dt.date(2026, 2, 14),
        "Giao ước",
        ("Kiến An", "An Hải"),
    )
    assert clusters.cluster_pact(db, cluster_id, 2025) is None
    with pytest.raises(KienanError, match="An Hải' signed the pact"):
        clusters.set_members(db, cluster_id, 2026, [kien_an, phu_lien])


def test_a_cluster_is_found_by_its_name_typed_whole_or_in_part(city):
    db, cluster_id, _wards = city
    clusters.record_cluster(db, "Cụm thi đua số 4 (các phường)", "cluster", "city")
    clusters.record_cluster(db, "Khối thi đua các tổ dân phố", "block", "office")
    assert clusters.cluster_named(db, "cum thi dua so 3").id == cluster_id
    assert clusters.cluster_named(db, "Cụm thi đua số 4").name == "Cụm thi đua số 4 (các phường)"
    assert clusters.cluster_named(db, "khoi thi dua").name == "Khối thi đua các tổ dân phố"
    with pytest.raises(KienanError, match="fits 2 clusters and blocks"):
        clusters.cluster_named(db, "cụm thi đua")
    with pytest.raises(KienanError, match="no emulation cluster or block named 'Cụm số 9'"):
        clusters.cluster_named(db, "Cụm số 9")
