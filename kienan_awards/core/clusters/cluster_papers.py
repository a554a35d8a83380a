"""A cluster-year's papers from the stored records: the score summary as .docx and .xlsx, the
minutes of the review meeting as .docx (and a PDF beside each .docx through the writer the
caller passes: core draws no PDF), named as an office files them.

A city cluster's papers are headed by the year's leader unit ("UBND PHƯỜNG DƯƠNG KINH" /
"TRƯỞNG CỤM THI ĐUA SỐ 4"), which signs the summary; an office's block's by the office, whose
signer signs it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kienan_awards.core.clusters.clusters import cluster_leader
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.text import fold

if TYPE_CHECKING:
    from sqlite_utils import Database

# Draws a paper as PDF (printing/council_pdf.write_council_pdf).
PdfWriter = Callable[[object, Path], object]

SUMMARY_FILE = "Bảng tổng hợp kết quả chấm điểm thi đua năm {year} - {cluster}"
MINUTES_FILE = "Biên bản họp {kind} thi đua năm {year} - {cluster}"
COMMITTEE = "UBND"  # as a cluster's papers shorten the leader's People's Committee
LEADER_TITLE = "TRƯỞNG {cluster}"
LEADER_SIGNS = "{leader_title}\nCHỦ TỊCH {committee}"
FALLBACK_HEADER = "{cluster}"


def _area(name: str) -> tuple[str, str]:
    """The kind of area a unit's name starts with and the place after it: ("phường", "Dương
    Kinh") of "Phường Dương Kinh"; ("", name) where it names none."""
    from kienan_awards.core.documents.decision_document import AREA_KINDS_UPPER

    upper = name.upper()
    for kind in AREA_KINDS_UPPER:
        if upper.startswith(kind + " "):
            return name[: len(kind)], name[len(kind) + 1 :].strip()
    return "", name


def _office(db: Database, day):
    from kienan_awards.core.records.office import office_on

    office = office_on(db, day)
    if office is None:
        raise KienanError(
            Message(
                "no issuing authority is recorded for {day}: record the office first",
                day=f"{day:%d/%m/%Y}",
            )
        )
    return office


def cluster_header(db: Database, cluster, year: int, day):
    """Who heads and signs the cluster-year's papers (documents.cluster_papers.ClusterHeader)."""
    from kienan_awards.core.documents.cluster_papers import ClusterHeader, Signer, short_name
    from kienan_awards.core.documents.decision_document import body_name_lines

    if cluster.organiser == "office":
        office = _office(db, day)
        return ClusterHeader(
            parent_lines=[],
            body_lines=body_name_lines(office.body_name.upper()),
            place=office.place,
            signer=Signer("\n".join(office.signature_lines), office.signer_name),
            author=office.body_name,
        )
    short = short_name(cluster.name).upper()
    leader = cluster_leader(db, cluster.id, year)
    if leader is None:
        office = _office(db, day)
        return ClusterHeader(
            [], [FALLBACK_HEADER.format(cluster=short)], office.place, Signer(short, ""), short
        )
    kind, place = _area(leader)
    committee = f"{COMMITTEE} {leader.upper()}" if kind else leader.upper()
    title = LEADER_TITLE.format(cluster=short)
    office = _office(db, day)
    # The office's own ward leading: its signer is known.
    signer_name = office.signer_name if kind and fold(place) == fold(office.place) else ""
    return ClusterHeader(
        parent_lines=[committee],
        body_lines=[title],
        place=place,
        signer=Signer(LEADER_SIGNS.format(leader_title=title, committee=committee), signer_name),
        author=leader,
    )


def proposed_awards(db: Database, cluster_id: int, year: int) -> list[tuple[str, str]]:
    """(award form, recipient) of each line proposed from the cluster-year's ranking."""
    from kienan_awards.core.clusters.ranking_proposals import ranked_lines, ranking_proposal

    proposal_id = ranking_proposal(db, cluster_id, year)
    if proposal_id is None:
        return []
    return [(line.form, line.recipient_name) for line in ranked_lines(db, proposal_id)]


def cluster_papers_contents(db: Database, cluster_id: int, year: int, minutes: bool = True):
    """(summary content, minutes content or None, scored cluster, the leading members'
    sentences); refused where minutes are asked for and no review meeting is recorded."""
    from kienan_awards.core.clusters.review_meetings import cluster_review
    from kienan_awards.core.clusters.scored_cluster import scored_cluster
    from kienan_awards.core.documents import cluster_papers as papers

    scored = scored_cluster(db, cluster_id, year)
    review = cluster_review(db, cluster_id, year)
    if minutes and review is None:
        raise KienanError(
            Message(
                "no review meeting of {cluster} is recorded for {year}: its minutes cannot be "
                "written",
                cluster=scored.cluster.name,
                year=year,
            )
        )
    day = review.held_on if review else dt.date(year, 12, 31)
    header = cluster_header(db, scored.cluster, year, day)
    summary = papers.score_summary(header, scored, review.held_on if review else None)
    minutes_content = (
        papers.review_minutes(header, scored, review, proposed_awards(db, cluster_id, year))
        if minutes
        else None
    )
    return summary, minutes_content, scored, papers.leading_sentences(scored)


def write_cluster_papers(
    db: Database,
    cluster_id: int,
    year: int,
    folder: Path | str,
    pdf_writer: PdfWriter | None = None,
    minutes: bool = True,
) -> list[Path]:
    """The score summary (.docx and .xlsx) and the minutes of the review meeting (.docx), with
    a PDF beside each .docx through pdf_writer, in folder; returns the files written. Refused
    before anything is written where the year has no table or, unless minutes is False, no
    review meeting. Papers written before under the same names are replaced."""
    from kienan_awards.core.clusters.clusters import KIND_WORDS
    from kienan_awards.core.documents.cluster_summary_sheet import write_summary_sheet
    from kienan_awards.core.documents.council_docx import write_council_docx
    from kienan_awards.core.output_files import made_folder, unique_file_name

    summary, minutes_content, scored, leading = cluster_papers_contents(
        db, cluster_id, year, minutes
    )
    folder = made_folder(folder)
    cluster = scored.cluster.name
    pdf = (".pdf",) if pdf_writer is not None else ()
    taken: set[str] = set()
    written: list[Path] = []

    def document(stem_text: str, content) -> None:
        stem = unique_file_name(stem_text, taken, suffix=".docx", also=pdf).removesuffix(".docx")
        written.append(write_council_docx(content, folder / f"{stem}.docx"))
        if pdf_writer is not None:
            pdf_writer(content, folder / f"{stem}.pdf")
            written.append(folder / f"{stem}.pdf")

    summary_stem = SUMMARY_FILE.format(year=year, cluster=cluster)
    document(summary_stem, summary)
    sheet = unique_file_name(summary_stem, taken, suffix=".xlsx")
    written.append(write_summary_sheet(scored, leading, folder / sheet))
    if minutes_content is not None:
        kind = KIND_WORDS[scored.cluster.kind]
        document(MINUTES_FILE.format(kind=kind, year=year, cluster=cluster), minutes_content)
    return written
