"""A cluster-year's review meeting: the members present and who came for each, the chair and
the secretary, and the vote to propose each member; recorded again in place, refused where a
name or a count cannot be right, nothing written then."""

import datetime as dt

import pytest

from kienan_awards.core.changes import RecordKind
from kienan_awards.core.clusters import clusters
from kienan_awards.core.clusters.review_meetings import cluster_review, record_review
from kienan_awards.core.errors import KienanError
from kienan_awards.core.records import units


def unit(db, name, kind="ward", parent=None):
    return units.save_unit(db, None, {"name": name, "kind": kind, "parent_id": parent}).record_id


@pytest.fixture
def cluster(db):
    city = unit(db, "Thành phố Hải Phòng", "province")
    wards = [unit(db, name, parent=city) for name in ("Kiến An", "Phù Liễn", "An Hải", "Lê Chân")]
    changes = clusters.record_cluster(db, "Cụm thi đua số 4 (các phường)", "cluster", "city")
    (cluster_id,) = changes.ids[RecordKind.CLUSTERS]
    clusters.set_members(db, cluster_id, 2025, wards[:3], wards[0], wards[1])
    return db, cluster_id, wards


def test_a_review_is_kept_with_those_present_and_the_votes_and_recorded_again_in_place(cluster):
    db, cluster_id, (kien_an, phu_lien, an_hai, _le_chan) = cluster
    assert cluster_review(db, cluster_id, 2025) is None
    changes = record_review(
        db,
        cluster_id,
        2025,
        dt.date(2025, 12, 10),
        [(kien_an, "Ông Nguyễn Văn Hùng, Chủ tịch"), (phu_lien, ""), (an_hai, "Bà Lê Thị Mai")],
        {kien_an: 3, phu_lien: 1},
        place="Hội trường UBND phường Kiến An",
        chaired_by="Nguyễn Văn Hùng - Chủ tịch UBND phường Kiến An",
    )
    assert changes.ids[RecordKind.CLUSTERS] == {cluster_id}
    review = cluster_review(db, cluster_id, 2025)
    assert review.held_on == dt.date(2025, 12, 10) and review.present == 3
    assert [a.unit_name for a in review.attendees] == ["Kiến An", "Phù Liễn", "An Hải"]
    assert review.attendees[0].represented_by == "Ông Nguyễn Văn Hùng, Chủ tịch"
    assert review.votes == {kien_an: 3, phu_lien: 1}
    record_review(db, cluster_id, 2025, dt.date(2025, 12, 11), [(kien_an, "")], {kien_an: 1})
    again = cluster_review(db, cluster_id, 2025)
    assert again.id == review.id and again.present == 1 and again.votes == {kien_an: 1}
    assert again.place == "" and again.held_on == dt.date(2025, 12, 11)


@pytest.mark.parametrize(
    ("held_on", "who", "votes", "message"),
    [
        (dt.date(2024, 12, 30), "members", {}, "not on 30/12/2024"),
        (dt.date(2025, 12, 10), "outsider", {}, "cannot attend its review"),
        (dt.date(2025, 12, 10), "twice", {}, "named twice"),
        (dt.date(2025, 12, 10), "nobody", {}, "needs the members present"),
        (dt.date(2025, 12, 10), "members", {"first": 4}, r"members present \(3\)"),
        (dt.date(2025, 12, 10), "members", {"first": -1}, "-1 votes"),
        (dt.date(2025, 12, 10), "members", {"outsider": 1}, "cannot be voted on"),
    ],
)
def test_a_review_that_cannot_be_right_is_refused_and_nothing_is_written(
    cluster, held_on, who, votes, message
):
    db, cluster_id, (kien_an, phu_lien, an_hai, le_chan) = cluster
    attendees = {
        "members": [(kien_an, ""), (phu_lien, ""), (an_hai, "")],
        "outsider": [(kien_an, ""), (le_chan, "")],
        "twice": [(kien_an, ""), (kien_an, "")],
        "nobody": [],
    }[who]
    votes = {{"first": kien_an, "outsider": le_chan}[key]: count for key, count in votes.items()}
    with pytest.raises(KienanError, match=message):
        record_review(db, cluster_id, 2025, held_on, attendees, votes)
    assert cluster_review(db, cluster_id, 2025) is None
    assert db.execute("SELECT count(*) FROM cluster_review_attendees").fetchone() == (0,)


@pytest.mark.parametrize(
    ("texts", "words"),
    [
        ({"place": "Hội trường\u202eUBND"}, "the place of the meeting holds an invisible"),
        ({"chaired_by": "Nguyễn Văn " * 40}, "the name of the chair is 439 characters long"),
        ({"recorded_by": "Lê\x07 Thị Mai"}, "the name of the secretary holds an invisible"),
        ({"note": "Thống nhất đề nghị. " * 120}, "the note is 2399 characters long"),
        ({"note": "Thống nhất\x00"}, "the note holds an invisible control character (U+0000)"),
        ({"who": "Bà Lê Thị Mai\u2066"}, "who came for 'Kiến An' holds an invisible"),
    ],
)
def test_a_review_text_too_long_or_with_hidden_characters_is_refused(cluster, texts, words):
    db, cluster_id, (kien_an, *_others) = cluster
    who = texts.pop("who", "")
    with pytest.raises(KienanError) as refused:
        record_review(db, cluster_id, 2025, dt.date(2025, 12, 10), [(kien_an, who)], {}, **texts)
    assert words in str(refused.value)
    assert cluster_review(db, cluster_id, 2025) is None
