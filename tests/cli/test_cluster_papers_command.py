"""`cluster papers --cluster NAME --year Y --out FOLDER [--pdf] [--summary-only]`: the
cluster-year's score summary and review minutes written to the folder, each file's path on a
line; an unknown cluster, or minutes without a review meeting, refused with nothing written.
Driven through the parser add_papers_parser adds, as the `cluster` group adds it."""

from __future__ import annotations

import argparse

import pytest

from kienan_awards.cli.cluster_papers import add_papers_parser, papers_action
from kienan_awards.core.errors import KienanError
from kienan_awards.core.storage.database import open_database

BLOCK = "Khối thi đua các tổ dân phố"


def _parsed(*words):
    parser = argparse.ArgumentParser(prog="kienan-awards cluster")
    parser.add_argument("--db")
    actions = parser.add_subparsers(dest="cluster_action", required=True)
    add_papers_parser(actions)
    return parser.parse_args([str(word) for word in words])


def test_the_papers_are_written_and_their_paths_printed(capsys, demo_path, tmp_path):
    out = tmp_path / "giấy tờ"
    args = _parsed("--db", demo_path, "papers", "--cluster", BLOCK, "--year", 2025, "--out", out)
    assert args.cluster_action == "papers"
    assert args.handler(args) == 0
    printed = capsys.readouterr().out.splitlines()
    assert [line.rsplit(".", 1)[1] for line in printed] == ["docx", "xlsx", "docx"]
    assert sorted(path.name for path in out.iterdir()) == sorted(
        line.rsplit("/", 1)[1] for line in printed
    )


def test_pdf_beside_each_docx(capsys, demo_path, tmp_path):
    out = tmp_path / "pdf"
    args = _parsed(
        "--db", demo_path, "papers", "--cluster", BLOCK, "--year", 2025, "--out", out, "--pdf"
    )
    assert args.handler(args) == 0
    names = [path.name for path in out.iterdir()]
    assert sum(name.endswith(".pdf") for name in names) == 2
    assert {name.rsplit(".", 1)[0] for name in names if name.endswith(".pdf")} == {
        name.rsplit(".", 1)[0] for name in names if name.endswith(".docx")
    }


def test_an_unknown_cluster_is_refused(demo_path, tmp_path):
    args = _parsed(
        "--db", demo_path, "papers", "--cluster", "Cụm số 99", "--year", 2025, "--out", tmp_path
    )
    with pytest.raises(KienanError, match="no emulation cluster or block named 'Cụm số 99'"):
        args.handler(args)


def test_without_a_review_meeting_only_the_summary_can_be_written(capsys, demo_path, tmp_path):
    db = open_database(demo_path, create=False)
    try:
        db.execute(
            "DELETE FROM cluster_reviews WHERE cluster_id = "
            "(SELECT id FROM clusters WHERE name = ?)",
            [BLOCK],
        )
        db.conn.commit()
        out = tmp_path / "out"
        words = ("papers", "--cluster", BLOCK, "--year", 2025, "--out", out)
        with pytest.raises(KienanError, match="no review meeting"):
            papers_action(db, _parsed(*words))
        assert not out.exists()
        papers_action(db, _parsed(*words, "--summary-only"))
    finally:
        db.close()
    assert [line.rsplit(".", 1)[1] for line in capsys.readouterr().out.splitlines()] == [
        "docx",
        "xlsx",
    ]
