"""The dossier sent up to the city as content and as .docx: the submission signed by
the office's authority (TM./KT. as its decisions), addressed to the city through its emulation
body, counting what is proposed per form, the list of candidates attached; each candidate's
achievement report prefilled with the records (facts, targets, initiatives, award history)
and the form's other headings left with lines to write over."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from docx import Document

from kienan_awards.core.documents.dossier_docx import write_dossier_docx
from kienan_awards.core.documents.dossier_papers import (
    COLLECTIVE,
    INDIVIDUAL,
    Dossier,
    DossierCandidate,
    Grid,
    PastAward,
    ProposedForm,
    RecognisedInitiative,
    TargetFigure,
    achievement_report,
    candidates_list,
    submission,
)
from kienan_awards.core.errors import KienanError
from kienan_awards.core.records.office import FOR_THE_BODY, ON_BEHALF, Office

BANG_KHEN = ProposedForm("BK_CITY", "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố", False)
FIGHTER = ProposedForm("CSTD_CITY", "Chiến sĩ thi đua thành phố", True)
EXCELLENT = ProposedForm("TTLDXS", "Tập thể lao động xuất sắc", True)
OFFICE = Office(
    "Ủy ban nhân dân phường Kiến An", "Kiến An", "Chủ tịch", "Nguyễn Trường Sơn", FOR_THE_BODY
)


def _person(name, form, unit, position, born, gender="female", **more):
    return DossierCandidate(
        INDIVIDUAL,
        name,
        form,
        2025,
        "Hoàn thành xuất sắc nhiệm vụ năm 2025",
        born,
        gender,
        position,
        unit,
        **more,
    )


def sample_dossier(**changes) -> Dossier:
    """Five candidates: two collectives bearing one name under two wards, a person in a unit
    whose name another unit shares, stacked Vietnamese marks throughout."""
    candidates = (
        DossierCandidate(
            COLLECTIVE,
            "Tổ dân phố số 1",
            EXCELLENT,
            2025,
            "Hoàn thành xuất sắc nhiệm vụ năm 2025",
            unit="Phường Kiến An",
            awards=(
                PastAward(
                    2024,
                    "Tập thể lao động tiên tiến",
                    True,
                    "15/QĐ-UBND",
                    dt.date(2024, 12, 20),
                    "Chủ tịch UBND quận Kiến An",
                ),
            ),
            targets=(
                TargetFigure(
                    "Thu ngân sách trên địa bàn",
                    "triệu đồng",
                    "≥ 1.200",
                    Decimal("1315.5"),
                    Decimal("109.625"),
                ),
            ),
        ),
        DossierCandidate(
            COLLECTIVE,
            "Tổ dân phố số 1",
            BANG_KHEN,
            2025,
            "Thành tích xuất sắc trong phong trào thi đua năm 2025",
            unit="Phường Phù Liễn",
        ),
        _person(
            "Nguyễn Thị Ngọc Ánh",
            FIGHTER,
            "Tổ dân phố số 1",
            "Tổ trưởng",
            1985,
            unit_parent="Phường Phù Liễn",
            awards=(
                PastAward(
                    2023,
                    "Chiến sĩ thi đua cơ sở",
                    True,
                    "120/QĐ-UBND",
                    dt.date(2023, 12, 22),
                    "Chủ tịch UBND quận Kiến An",
                ),
                PastAward(
                    2024,
                    "Chiến sĩ thi đua cơ sở",
                    True,
                    "98/QĐ-UBND",
                    dt.date(2024, 12, 20),
                    "Chủ tịch UBND quận Kiến An",
                ),
                PastAward(2024, "Giấy khen", False, "99/QĐ-UBND", None, ""),
            ),
            initiatives=(
                RecognisedInitiative(
                    "Số hóa hồ sơ hộ tịch tại tổ dân phố",
                    "05/QĐ-UBND",
                    dt.date(2025, 10, 3),
                    "Ủy ban nhân dân thành phố Hải Phòng",
                    "Thành phố",
                ),
            ),
            targets=(
                TargetFigure(
                    "Tỷ lệ hộ gia đình văn hóa", "%", "≥ 90", Decimal("93.4"), Decimal("103.78")
                ),
            ),
        ),
        _person(
            "Phạm Văn Đức",
            BANG_KHEN,
            "Văn phòng HĐND và UBND phường Kiến An",
            "Chuyên viên",
            1979,
            "male",
        ),
        _person(
            "Lê Thị Hồng Nhung", BANG_KHEN, "Trường Tiểu học Trần Thành Ngọ", "Hiệu trưởng", 1980
        ),
    )
    values = dict(
        office=OFFICE,
        year=2025,
        dated=dt.date(2025, 12, 15),
        addressee="Ủy ban nhân dân thành phố Hải Phòng",
        candidates=candidates,
        number="25/TTr-UBND",
        through="Sở Nội vụ thành phố Hải Phòng",
        legal_bases=(
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;",
        ),
        council_met_on=dt.date(2025, 12, 10),
        council_minutes_number="02/BB-HĐTĐKT",
    )
    values.update(changes)
    return Dossier(**values)


def _texts(paper) -> list[str]:
    return [b.text for b in paper.blocks if not isinstance(b, Grid)]


def _cells(paper) -> list[str]:
    return [
        cell for b in paper.blocks if isinstance(b, Grid) for row in b.rows for cell in row.cells
    ]


def test_the_submission_counts_each_form_and_is_signed_for_the_committee():
    paper = submission(sample_dossier(), with_minutes=True)
    assert paper.heading == "TỜ TRÌNH" and paper.number_line == "Số: 25/TTr-UBND"
    assert paper.place_date == "Kiến An, ngày 15 tháng 12 năm 2025"
    assert paper.heading_left == [("ỦY BAN NHÂN DÂN", True), ("PHƯỜNG KIẾN AN", True)]
    assert paper.addressee_lines == [
        "Kính gửi: Ủy ban nhân dân thành phố Hải Phòng",
        "(qua Sở Nội vụ thành phố Hải Phòng)",
    ]
    text = "\n".join(_texts(paper))
    assert "1. Danh hiệu “Tập thể lao động xuất sắc”: 01 tập thể;" in text
    assert "2. Bằng khen của Chủ tịch Ủy ban nhân dân thành phố: 01 tập thể, 02 cá nhân;" in text
    assert "3. Danh hiệu “Chiến sĩ thi đua thành phố”: 01 cá nhân." in text
    assert "Tổng số: 05 (02 tập thể, 03 cá nhân)." in text
    assert "số 02/BB-HĐTĐKT ngày 10 tháng 12 năm 2025" in text
    assert "05 báo cáo thành tích" in text and "Biên bản họp Hội đồng" in text
    assert "Ủy ban nhân dân phường Kiến An kính trình Ủy ban nhân dân thành phố Hải Phòng" in text
    signer = paper.signature_rows[0][0]
    assert (
        signer.titles == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") and signer.name == "Nguyễn Trường Sơn"
    )
    assert paper.copies[0] == "- Như trên;"


def test_a_deputy_signs_on_the_chairmans_behalf_and_an_unnumbered_submission_keeps_room():
    deputy = Office(
        "Ủy ban nhân dân phường Kiến An", "Kiến An", "Phó Chủ tịch", "Trần Văn Hùng", ON_BEHALF
    )
    paper = submission(sample_dossier(office=deputy, number="", council_met_on=None))
    assert paper.signature_rows[0][0].titles == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert paper.number_line.startswith("Số:") and paper.number_line.endswith("/TTr-UBND")
    assert not any("Biên bản" in t for t in _texts(paper))
    assert (
        paper.attachment.note
        == "(Kèm theo Tờ trình ngày 15/12/2025 của Ủy ban nhân dân phường Kiến An)"
    )


def test_the_list_groups_by_form_then_kind_and_tells_apart_a_shared_unit_name():
    attachment = candidates_list(sample_dossier())
    sections = [row.cells[0] for row in attachment.rows if row.kind == "section"]
    assert sections == [
        "I. Danh hiệu “Tập thể lao động xuất sắc”",
        "1. Tập thể",
        "II. Bằng khen của Chủ tịch Ủy ban nhân dân thành phố",
        "1. Tập thể",
        "2. Cá nhân",
        "III. Danh hiệu “Chiến sĩ thi đua thành phố”",
        "1. Cá nhân",
    ]
    lines = [row.cells for row in attachment.rows if row.kind == "line"]
    assert lines[0][1:4] == ("Tổ dân phố số 1", "", "Phường Kiến An")
    assert lines[1][1:4] == ("Tổ dân phố số 1", "", "Phường Phù Liễn")
    assert lines[-1][1:4] == (
        "Nguyễn Thị Ngọc Ánh",
        "1985",
        "Tổ trưởng tổ dân phố số 1, phường Phù Liễn",
    )
    assert round(sum(column.width_mm for column in attachment.columns), 1) == 165.0


def test_a_persons_report_is_prefilled_from_the_records():
    dossier = sample_dossier()
    person = dossier.candidates[2]
    paper = achievement_report(dossier, person)
    assert paper.subtitles == ["ĐỀ NGHỊ TẶNG DANH HIỆU “CHIẾN SĨ THI ĐUA THÀNH PHỐ”", "Năm 2025"]
    assert paper.heading_left == []  # a person's report has no body in its header
    text = "\n".join(_texts(paper))
    for line in (
        "- Họ và tên: Nguyễn Thị Ngọc Ánh",
        "- Năm sinh: 1985",
        "- Giới tính: Nữ",
        "- Đơn vị công tác: Tổ dân phố số 1, phường Phù Liễn",
        "- Chức vụ (Đảng, chính quyền, đoàn thể): Tổ trưởng",
    ):
        assert line in text
    assert "- Quê quán: ...." in text  # left for the unit to complete
    assert "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận:" in text
    cells = _cells(paper)
    assert ["Tỷ lệ hộ gia đình văn hóa", "%", "≥ 90", "93,4", "103,78%"] == cells[1:6]
    assert "Số hóa hồ sơ hộ tịch tại tổ dân phố" in cells
    assert (
        "Quyết định số 05/QĐ-UBND ngày 03/10/2025 của Ủy ban nhân dân thành phố Hải Phòng" in cells
    )
    assert "Quyết định số 98/QĐ-UBND ngày 20/12/2024 của Chủ tịch UBND quận Kiến An" in cells
    assert "Quyết định số 99/QĐ-UBND" in cells and "Giấy khen" in cells
    history = [b for b in paper.blocks if isinstance(b, Grid)][-2:]
    assert [row.cells[0] for row in history[0].rows] == ["2023", "2024"]  # titles by year
    assert paper.signature_rows[0][-1].name == "Nguyễn Thị Ngọc Ánh"


def test_a_units_report_names_its_parent_and_leaves_empty_parts_to_complete():
    dossier = sample_dossier()
    unit = dossier.candidates[1]
    paper = achievement_report(dossier, unit)
    assert paper.heading_left == [("PHƯỜNG PHÙ LIỄN", False), ("TỔ DÂN PHỐ SỐ 1", True)]
    text = "\n".join(_texts(paper))
    assert "Tên tập thể đề nghị: Tổ dân phố số 1" in text
    assert "- Đơn vị cấp trên: Phường Phù Liễn" in text
    assert (
        "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH" in text
        and "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG" in text
    )
    assert not _cells(paper)  # no targets, initiatives nor awards on record: lines to write on
    dotted = [t for t in _texts(paper) if set(t) == {"."}]
    assert len(dotted) >= 10
    assert [s.titles[0] for s in paper.signature_rows[0]] == [
        "THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN",
        "THỦ TRƯỞNG ĐƠN VỊ",
    ]


def test_a_dossier_without_candidates_is_refused():
    with pytest.raises(KienanError):
        submission(sample_dossier(candidates=()))


def _docx_text(path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts).replace("\u2011", "-").replace("\u00a0", " ")


def test_the_docx_open_and_hold_the_names(tmp_path):
    dossier = sample_dossier()
    cover = write_dossier_docx(submission(dossier), tmp_path / "Tờ trình.docx")
    text = _docx_text(cover)
    for expected in (
        "TỜ TRÌNH",
        "Kính gửi: Ủy ban nhân dân thành phố Hải Phòng",
        "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
        "Nguyễn Thị Ngọc Ánh",
        "Lê Thị Hồng Nhung",
        "Phường Phù Liễn",
        "TM. ỦY BAN NHÂN DÂN",
        "Nguyễn Trường Sơn",
    ):
        assert expected in text, expected
    report = write_dossier_docx(
        achievement_report(dossier, dossier.candidates[2]), tmp_path / "r.docx"
    )
    text = _docx_text(report)
    for expected in (
        "BÁO CÁO THÀNH TÍCH",
        "Nguyễn Thị Ngọc Ánh",
        "Số hóa hồ sơ hộ tịch tại tổ dân phố",
        "103,78%",
        "NGƯỜI BÁO CÁO THÀNH TÍCH",
    ):
        assert expected in text, expected
    section = Document(str(report)).sections[0]
    assert round(section.page_width.mm) == 210 and round(section.left_margin.mm) == 30


def test_a_candidate_from_a_clusters_ranking_cites_it_and_encloses_its_score_sheet():
    import dataclasses

    from kienan_awards.core.documents.dossier_papers import ClusterStanding

    plain = sample_dossier()
    standing = ClusterStanding("Cụm thi đua số 4 (các phường)", 2025, 1, 5, "102.88")
    first, *others = plain.candidates
    dossier = dataclasses.replace(
        plain, candidates=(dataclasses.replace(first, standing=standing), *others)
    )
    text = "\n".join(_texts(submission(dossier)))
    assert (
        "Căn cứ kết quả chấm điểm, xếp hạng thi đua năm 2025 của Cụm thi đua số 4 (các phường);"
        in text
    )
    assert "cá nhân; Bảng chấm điểm thi đua của Tổ dân phố số 1." in text
    without = "\n".join(_texts(submission(plain)))
    assert "chấm điểm" not in without
