"""`cluster review` records a cluster-year's review meeting (members named with or without
diacritics, who came for each, the vote); `cluster propose` turns the ranking into a proposal
and prints its number and lines; a wrong word is refused in one line."""

from kienan_awards.core.clusters.clusters import find_cluster
from kienan_awards.core.clusters.ranking_proposals import ranked_lines, ranking_proposal
from kienan_awards.core.clusters.review_meetings import cluster_review
from kienan_awards.core.storage.database import open_database
from tests.cli.conftest import run

CITY_CLUSTER = "Cụm thi đua số 4 (các phường)"
BLOCK = "Khối thi đua các tổ dân phố"


def stored(path, name, year):
    db = open_database(path, create=False)
    try:
        cluster = find_cluster(db, name)
        review = cluster_review(db, cluster.id, year)
        proposal = ranking_proposal(db, cluster.id, year)
        lines = ranked_lines(db, proposal) if proposal else []
        return review, proposal, lines
    finally:
        db.close()


def test_a_review_is_recorded_with_members_named_without_diacritics(capsys, demo_path):
    code, out, err = run(
        capsys,
        "--db",
        demo_path,
        "cluster",
        "review",
        "--cluster",
        "cum thi dua so 4 (cac phuong)",
        "--year",
        "2026",
        "--on",
        "18/12/2026",
        "--present",
        "phuong kien an=Ông Trần Quốc Khánh, Chủ tịch",
        "Phường Phù Liễn",
        "--present",
        "PHUONG DO SON",
        "--vote",
        "Phuong Kien An=3",
        "Phường Đồ Sơn=1",
        "--place",
        "Hội trường UBND phường Kiến An",
        "--chair",
        "Ông Trần Quốc Khánh",
        "--secretary",
        "Bà Vũ Thị Hà",
    )
    assert code == 0, err
    assert CITY_CLUSTER in out and "18/12/2026" in out and "3" in out
    review, _proposal, _lines = stored(demo_path, CITY_CLUSTER, 2026)
    assert [(a.unit_name, a.represented_by) for a in review.attendees] == [
        ("Phường Kiến An", "Ông Trần Quốc Khánh, Chủ tịch"),
        ("Phường Phù Liễn", ""),
        ("Phường Đồ Sơn", ""),
    ]
    assert sorted(review.votes.values()) == [1, 3]
    assert (review.place, review.chaired_by, review.recorded_by) == (
        "Hội trường UBND phường Kiến An",
        "Ông Trần Quốc Khánh",
        "Bà Vũ Thị Hà",
    )


def test_a_review_naming_a_unit_outside_the_cluster_is_refused(capsys, demo_path):
    words = ["--db", demo_path, "cluster", "review", "--cluster", CITY_CLUSTER, "--year", "2026"]
    code, out, err = run(capsys, *words, "--on", "18/12/2026", "--present", "Tổ dân phố số 1")
    assert code == 1 and out == ""
    assert "'Tổ dân phố số 1' is not a member of Cụm thi đua số 4 (các phường) for 2026" in err
    code, _out, err = run(
        capsys, *words, "--on", "18/12/2026", "--present", "Phường Kiến An", "--vote", "Kiến An"
    )
    assert code == 2 and "is not UNIT=VOTES" in err
    code, _out, err = run(
        capsys,
        *words,
        "--on",
        "18/12/2026",
        "--present",
        "Phường Kiến An",
        "--vote",
        "Phường Kiến An=1",
        "phuong kien an=1",
    )
    assert code == 2 and "given votes twice" in err


def test_propose_prints_the_proposals_number_and_its_lines(capsys, demo_path):
    code, out, err = run(
        capsys,
        "--db",
        demo_path,
        "cluster",
        "propose",
        "--cluster",
        "khoi thi dua cac to dan pho",
        "--year",
        "2026",
        "--award",
        "Giay khen=1",
        "--on",
        "10/12/2026",
    )
    assert code == 0, err
    _review, proposal, (line,) = stored(demo_path, BLOCK, 2026)
    assert out.splitlines() == [
        f"Proposal #{proposal}: the leading members of {BLOCK} for 2026; lines: 1.",
        f"  line #{line.id} | Tổ dân phố số 2 | Giấy khen | {line.achievement}",
    ]
    assert line.achievement.startswith(f"Xếp thứ 1/4 {BLOCK} năm 2026, ")


def test_propose_is_refused_in_one_line(capsys, demo_path):
    words = ["--db", demo_path, "cluster", "propose", "--cluster", BLOCK, "--year", "2025"]
    # The demo's 2025 ranking of the block is proposed already.
    code, out, err = run(capsys, *words, "--award", "Giấy khen=1")
    assert code == 1 and out == "" and "is proposed already" in err
    code, _out, err = run(capsys, *words, "--award", "Giấy khen")
    assert code == 2 and "is not FORM=COUNT" in err
    code, _out, err = run(
        capsys, "--db", demo_path, "cluster", "propose", "--cluster", CITY_CLUSTER, "--year",
        "2025", "--award", "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố=1",
    )  # fmt: skip
    assert code == 1 and "has no scoring table for 2025" in err
    code, _out, err = run(
        capsys, *words[:4], "--cluster", "Cụm 99", "--year", "2025", "--award", "Giấy khen=1"
    )
    assert code == 1 and "no emulation cluster or block named 'Cụm 99'" in err


def test_propose_writes_its_vietnamese_lines_whole_to_a_redirected_windows_stream(
    monkeypatch, demo_path
):
    from tests.cli.windows_streams import run_redirected

    code, out, err = run_redirected(
        monkeypatch, "--db", demo_path, "cluster", "propose", "--cluster", BLOCK, "--year",
        "2026", "--award", "Giấy khen=1", "--on", "10/12/2026",
    )  # fmt: skip
    assert code == 0, err
    assert f"| Tổ dân phố số 2 | Giấy khen | Xếp thứ 1/4 {BLOCK} năm 2026" in out
