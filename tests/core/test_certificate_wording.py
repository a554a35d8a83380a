"""Certificates: the achievement is one phrase with one lead-in, positions and units
read as documents write them, a collective is named in full with its place."""

import json
import unicodedata

import pytest

from kienan_awards.core import demo
from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.certificate_layout import fields_of
from kienan_awards.core.documents.certificate_prints import decision_award_ids
from kienan_awards.core.documents.certificate_wording import (
    achievement_sentence,
    name_with_place,
    position_with_unit,
)
from kienan_awards.core.documents.certificates import certificate, verify
from kienan_awards.core.text import fold

LEAD_IN = words.ACHIEVEMENT_OPENING


@pytest.fixture
def demo_db(db):
    demo.load_demo(db)
    return db


@pytest.mark.parametrize(
    "achievement, printed",
    [
        # Verb phrases stand as they are, whatever their case.
        ("Đã hoàn thành tốt nhiệm vụ năm 2025", "Đã hoàn thành tốt nhiệm vụ năm 2025"),
        ("đã hoàn thành tốt nhiệm vụ năm 2025", "Đã hoàn thành tốt nhiệm vụ năm 2025"),
        ("ĐÃ HOÀN THÀNH TỐT NHIỆM VỤ", "ĐÃ HOÀN THÀNH TỐT NHIỆM VỤ"),
        ("Hoàn thành xuất sắc nhiệm vụ năm 2025", "Hoàn thành xuất sắc nhiệm vụ năm 2025"),
        (
            "hoàn thành tốt nhiệm vụ, tích cực tham gia",
            "Hoàn thành tốt nhiệm vụ, tích cực tham gia",
        ),
        ("Có thành tích xuất sắc trong công tác", "Có thành tích xuất sắc trong công tác"),
        ("Đã có thành tích xuất sắc trong công tác", "Đã có thành tích xuất sắc trong công tác"),
        ("đã có thành tích xuất sắc trong công tác", "Đã có thành tích xuất sắc trong công tác"),
        (
            "Đã thực hiện tốt phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”",
            "Đã thực hiện tốt phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”",
        ),
        ("Tích cực tham gia phong trào thi đua", "Tích cực tham gia phong trào thi đua"),
        ("Góp phần vào thành tích chung của phường", "Góp phần vào thành tích chung của phường"),
        # A lead-in typed before a verb phrase, or twice, is dropped.
        ("Đã có thành tích đã hoàn thành tốt nhiệm vụ", "Đã hoàn thành tốt nhiệm vụ"),
        ("Đã có thành tích hoàn thành xuất sắc nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ"),
        ("đã có thành tích Đã có thành tích xuất sắc", "Đã có thành tích xuất sắc"),
        ("Đã có thành tích có thành tích xuất sắc", "Có thành tích xuất sắc"),
        # Any other phrase follows the lead-in, once.
        (
            "xuất sắc trong công tác dân vận năm 2024",
            f"{LEAD_IN} xuất sắc trong công tác dân vận năm 2024",
        ),
        (
            "Xuất sắc trong công tác dân vận năm 2024.",
            f"{LEAD_IN} xuất sắc trong công tác dân vận năm 2024",
        ),
        ("thành tích xuất sắc trong phong trào", f"{LEAD_IN} xuất sắc trong phong trào"),
        ("Thành tích xuất sắc trong phong trào", f"{LEAD_IN} xuất sắc trong phong trào"),
        ("trong phong trào thi đua năm 2024", f"{LEAD_IN} trong phong trào thi đua năm 2024"),
        ("COVID-19 được kiểm soát", f"{LEAD_IN} COVID-19 được kiểm soát"),
        ("  xuất sắc   trong công tác ", f"{LEAD_IN} xuất sắc trong công tác"),
        ("", ""),
    ],
)
def test_the_achievement_is_one_phrase_with_one_lead_in(achievement, printed):
    assert achievement_sentence(achievement) == printed


def test_no_achievement_of_the_demo_reads_its_lead_in_twice_or_before_a_verb(demo_db):
    achievements = [row[0] for row in demo_db.execute("SELECT DISTINCT achievement FROM awards")]
    assert len(achievements) > 20
    for achievement in achievements:
        printed = fold(achievement_sentence(achievement))
        assert printed.count(fold(LEAD_IN)) <= 1, achievement
        assert (
            f"{fold(LEAD_IN)} da " not in printed and f"{fold(LEAD_IN)} hoan thanh" not in printed
        )


def test_a_decomposed_achievement_reads_the_same():
    typed = unicodedata.normalize("NFD", "Đã có thành tích đã hoàn thành tốt nhiệm vụ")
    assert achievement_sentence(typed) == "Đã hoàn thành tốt nhiệm vụ"


def test_the_template_decides_the_lead_in():
    assert achievement_sentence("xuất sắc trong công tác", "Có thành tích") == (
        "Có thành tích xuất sắc trong công tác"
    )
    assert achievement_sentence("xuất sắc trong công tác", "") == "Xuất sắc trong công tác"
    assert achievement_sentence("Đã hoàn thành tốt nhiệm vụ", "Có thành tích") == (
        "Đã hoàn thành tốt nhiệm vụ"
    )


@pytest.mark.parametrize(
    "position, unit, printed",
    [
        ("Chủ tịch UBND phường", "Phường Đồng Hòa", "Chủ tịch UBND phường Đồng Hòa"),
        ("Phó Chủ tịch UBND phường", "phường Kiến An", "Phó Chủ tịch UBND phường Kiến An"),
        ("Chủ tịch UBND phường Đồng Hòa", "Phường Đồng Hoà", "Chủ tịch UBND phường Đồng Hòa"),
        ("Chuyên viên", "Phòng Nội vụ", "Chuyên viên Phòng Nội vụ"),
        ("Phó Trưởng phòng", "Phòng Quản lý đô thị", "Phó Trưởng phòng Quản lý đô thị"),
        (
            "Trưởng phòng",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Trưởng phòng Kinh tế, Hạ tầng và Đô thị",
        ),
        (
            "Chánh Văn phòng",
            "Văn phòng HĐND và UBND quận Kiến An",
            "Chánh Văn phòng HĐND và UBND quận Kiến An",
        ),
        ("Chánh Thanh tra", "Thanh tra quận Kiến An", "Chánh Thanh tra quận Kiến An"),
        (
            "Tổ trưởng tổ dân phố",
            "Tổ dân phố số 1, phường Lãm Hà",
            "Tổ trưởng tổ dân phố số 1, phường Lãm Hà",
        ),
        (
            "Công chức Địa chính - Xây dựng",
            "Phường Bắc Sơn",
            "Công chức Địa chính - Xây dựng phường Bắc Sơn",
        ),
        (
            "Cán bộ Văn phòng Đảng ủy phường",
            "Phường Tràng Minh",
            "Cán bộ Văn phòng Đảng ủy phường Tràng Minh",
        ),
        ("Bí thư Chi bộ", "Tổ dân phố số 2", "Bí thư Chi bộ tổ dân phố số 2"),
        ("Chủ tịch", "Xã An Lão", "Chủ tịch xã An Lão"),
        ("Giám đốc", "Trung tâm Y tế", "Giám đốc Trung tâm Y tế"),
        # "Văn phòng" is a kind of its own: its "phòng" does not take a Phòng's name.
        ("Nhân viên Văn phòng", "Phòng Nội vụ", "Nhân viên Văn phòng Phòng Nội vụ"),
        # A department with its place (as frozen on a certificate) keeps the place, once.
        (
            "Trưởng phòng",
            "Phòng Văn hóa - Thông tin quận Kiến An",
            "Trưởng phòng Văn hóa - Thông tin quận Kiến An",
        ),
        (
            "Trưởng phòng Văn hóa - Thông tin",
            "Phòng Văn hóa - Thông tin quận Kiến An",
            "Trưởng phòng Văn hóa - Thông tin quận Kiến An",
        ),
        (
            "Chuyên viên Phòng Văn hóa - Xã hội",
            "Phòng Văn hóa - Xã hội phường Kiến An",
            "Chuyên viên Phòng Văn hóa - Xã hội phường Kiến An",
        ),
        (
            "Chuyên viên Văn phòng HĐND và UBND",
            "UBND phường Lê Chân",
            "Chuyên viên Văn phòng HĐND và UBND phường Lê Chân",
        ),
        (
            "Phó Trưởng phòng Văn hóa - Xã hội",
            "UBND phường Lê Chân",
            "Phó Trưởng phòng Văn hóa - Xã hội UBND phường Lê Chân",
        ),
        (
            "Chủ tịch Hội Nông dân",
            "Hội Nông dân phường Lãm Hà",
            "Chủ tịch Hội Nông dân phường Lãm Hà",
        ),
        (
            "Tổ trưởng tổ dân phố số 1",
            "Tổ dân phố số 1, phường Lãm Hà",
            "Tổ trưởng tổ dân phố số 1, phường Lãm Hà",
        ),
        ("Chuyên viên", "", "Chuyên viên"),
        ("", "Phòng Nội vụ", "Phòng Nội vụ"),
        ("", "", ""),
    ],
)
def test_a_position_and_its_unit_read_as_one_phrase(position, unit, printed):
    assert position_with_unit(position, unit) == printed


@pytest.mark.parametrize(
    "name, place, residential, only_when_cut, printed",
    [
        (
            "Văn phòng HĐND và UBND quận",
            "Quận Kiến An",
            False,
            False,
            "Văn phòng HĐND và UBND quận Kiến An",
        ),
        (
            "Văn phòng HĐND và UBND quận",
            "Quận Kiến An",
            False,
            True,
            "Văn phòng HĐND và UBND quận Kiến An",
        ),
        ("Thanh tra quận", "Quận Kiến An", False, True, "Thanh tra quận Kiến An"),
        (
            "Trung tâm Phục vụ hành chính công phường",
            "Phường Kiến An",
            False,
            True,
            "Trung tâm Phục vụ hành chính công phường Kiến An",
        ),
        ("Phòng Nội vụ", "Quận Kiến An", False, False, "Phòng Nội vụ quận Kiến An"),
        ("Phòng Nội vụ", "Quận Kiến An", False, True, "Phòng Nội vụ"),
        ("Phòng Nội vụ quận Kiến An", "Quận Kiến An", False, False, "Phòng Nội vụ quận Kiến An"),
        ("Tổ dân phố số 1", "Phường Bắc Sơn", True, False, "Tổ dân phố số 1, phường Bắc Sơn"),
        # A name that already says its place keeps it, even when the unit moved since.
        (
            "Tổ dân phố số 1, phường Lãm Hà",
            "Phường Bắc Hà",
            True,
            False,
            "Tổ dân phố số 1, phường Lãm Hà",
        ),
        ("Phòng Nội vụ", "Kiến An", False, False, "Phòng Nội vụ"),  # a place of no known kind
        # "Xã hội" is no commune.
        (
            "Phòng Văn hóa - Xã hội",
            "Phường Kiến An",
            False,
            False,
            "Phòng Văn hóa - Xã hội phường Kiến An",
        ),
        (
            "Trung tâm Công tác xã hội",
            "Quận Kiến An",
            False,
            False,
            "Trung tâm Công tác xã hội quận Kiến An",
        ),
    ],
)
def test_a_unit_is_named_with_its_place(name, place, residential, only_when_cut, printed):
    assert name_with_place(name, place, residential=residential, only_when_cut=only_when_cut) == (
        printed
    )


def test_the_demo_certificates_name_positions_units_and_collectives_in_full(demo_db):
    printed_units, collectives = [], []
    for number in ("15/QĐ-UBND", "31/QĐ-UBND", "512/QĐ-UBND"):
        for award_id in decision_award_ids(demo_db, number):
            data, code = certificate(demo_db, award_id)
            values = fields_of(data, code)
            if data.recipient_kind == "collective":
                collectives.append(values["recipient"])
            else:
                printed_units.append(values["position_unit"])
    every = printed_units + collectives
    assert all(", Phường" not in text and not text.endswith((" quận", " phường")) for text in every)
    assert "Văn phòng HĐND và UBND phường Kiến An" in collectives
    # a department's own name lacks its place, so the certificate adds it
    assert "Phòng Tư pháp quận Kiến An" in collectives
    assert "Phòng Kinh tế, Hạ tầng và Đô thị phường Kiến An" in collectives
    assert "Chuyên viên Văn phòng HĐND và UBND phường Kiến An" in printed_units
    assert "Phó Chủ tịch UBND phường Kiến An" in printed_units
    for text in every:  # no place named twice
        assert fold(text).count("kien an") <= 1, text


def test_a_person_of_a_department_is_of_the_department_with_its_place(demo_db):
    """A position "Chuyên viên Phòng Nội vụ" reads "... Phòng Nội vụ quận Kiến An", a ward's
    department "... phường Kiến An": a certificate is read on its own."""
    printed = []  # (unit, position and unit as printed)
    for number in ("15/QĐ-UBND", "512/QĐ-UBND"):
        for award_id in decision_award_ids(demo_db, number):
            data, code = certificate(demo_db, award_id)
            if data.recipient_kind == "individual":
                printed.append((data.unit_name, fields_of(data, code)["position_unit"]))
    departments = [text for unit, text in printed if unit.startswith("Phòng")]
    assert departments and all(
        text.endswith((" quận Kiến An", " phường Kiến An")) for text in departments
    )
    texts = {text for _, text in printed}
    assert "Chuyên viên Phòng Nội vụ quận Kiến An" in texts
    assert "Trưởng phòng Tài chính - Kế hoạch quận Kiến An" in texts
    assert "Phó Trưởng phòng Văn hóa - Xã hội phường Kiến An" in texts


def test_certificates_frozen_before_keep_their_text_and_their_code(demo_db):
    """Names are completed when a certificate is frozen; one frozen before keeps its stored
    text, and its code still verifies: only its drawing joins position and unit anew."""
    from kienan_awards.core.documents.certificates import _code, _secret, qr_modules

    award_id = next(
        a
        for a in decision_award_ids(demo_db, "31/QĐ-UBND")
        if certificate(demo_db, a)[0].recipient_kind == "individual"
    )
    data, _code_now = certificate(demo_db, award_id)
    old = {
        **json.loads(
            demo_db.execute(
                "SELECT data_json FROM certificates WHERE award_id = ?", [award_id]
            ).fetchone()[0]
        ),
        "position": "Chủ tịch UBND phường",
        "unit_name": "Phường Đồng Hòa",
        "achievement": "Đã có thành tích đã hoàn thành tốt nhiệm vụ",
    }
    data_json = json.dumps(old, ensure_ascii=False, sort_keys=True)
    code = _code(_secret(demo_db), data_json)
    demo_db.execute(
        "UPDATE certificates SET data_json = ?, verification_code = ?, qr_modules = ? "
        "WHERE award_id = ?",
        [data_json, code, qr_modules(code), award_id],
    )
    kept, kept_code = certificate(demo_db, award_id)
    assert kept_code == code and verify(demo_db, code).status == "valid"
    assert (kept.position, kept.unit_name) == ("Chủ tịch UBND phường", "Phường Đồng Hòa")
    values = fields_of(kept, code)
    assert values["position_unit"] == "Chủ tịch UBND phường Đồng Hòa"
    assert values["achievement"] == "Đã hoàn thành tốt nhiệm vụ"
