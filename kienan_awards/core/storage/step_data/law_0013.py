"""The law by date, as schema step 13 loads it: which authority level confers each form on a
day, the commune chairman's Giấy khen rate before 1 July 2025, and the lines a decision prints
(its legal bases, and who carries it out) by date and level.

Frozen, like catalogue_0002: a later law or decree arrives as a new step. Dates are those the
law took effect on; a row with no start holds from before the program's records began.
"""

LAW_2003 = (
    "Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số "
    "điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013;"
)
DECREE_91 = (
    "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết "
    "thi hành một số điều của Luật Thi đua, khen thưởng;"
)
LOCAL_GOVERNMENT_2015 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
# The amending law of 22/11/2019 took effect on 01/07/2020.
LOCAL_GOVERNMENT_2015_2019 = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung "
    "một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 "
    "tháng 11 năm 2019;"
)
# Law 65/2025/QH15 (in force 01/03/2025) and Law 72/2025/QH15 (in force 01/07/2025); cited by
# number: their days of adoption are not confirmed here.
LOCAL_GOVERNMENT_65_2025 = "Căn cứ Luật Tổ chức chính quyền địa phương số 65/2025/QH15;"
LOCAL_GOVERNMENT_2025 = "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;"
LAW_2022 = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"
DECREE_98 = (
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi "
    "tiết thi hành một số điều của Luật Thi đua, khen thưởng;"
)
# The decree's day of signing is not confirmed here: it is cited by its number.
DECREE_152 = (
    "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định về phân cấp, phân quyền trong "
    "lĩnh vực thi đua, khen thưởng;"
)
IMPLEMENTERS_DISTRICT = (
    "Điều 3. Chánh Văn phòng, Trưởng phòng Nội vụ, Trưởng phòng Tài chính - Kế hoạch, các tập "
    "thể và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."
)
# A commune's and a ward's economic offices are named differently: the line names none.
IMPLEMENTERS_COMMUNE_2025 = (
    "Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân, Thủ trưởng các phòng, đơn vị "
    "có liên quan, các tập thể và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định "
    "này./."
)

# Whose proposal a decision answers when it names none: the office that keeps emulation work.
# After the reform the ward's own office keeps it (as reported; unconfirmed).
PROPOSER_DISTRICT = "Trưởng phòng Nội vụ"
PROPOSER_COMMUNE_2025 = "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"

REFORM_DAY = "2025-07-01"
BEFORE_REFORM = "2025-06-30"
LAW_2022_FROM = "2024-01-01"
LAW_2003_TO = "2023-12-31"

BASIS_UNTIL_2024 = (
    "Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005 và 2013); Nghị định số "
    "91/2017/NĐ-CP"
)
BASIS_UNTIL_REFORM = (
    "Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 80; Nghị định số 98/2023/NĐ-CP"
)
BASIS_FROM_REFORM = (
    "Luật Thi đua, khen thưởng số 06/2022/QH15; Luật Tổ chức chính quyền địa phương số "
    "72/2025/QH15; Nghị định số 152/2025/NĐ-CP"
)
BASIS_CITY = "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 98/2023/NĐ-CP"

# The same powers under the 2003 law until 2023, under the 2022 law from 2024.
BEFORE_REFORM_PERIODS = (
    (None, LAW_2003_TO, BASIS_UNTIL_2024),
    (LAW_2022_FROM, BEFORE_REFORM, BASIS_UNTIL_REFORM),
)

# form code, level, valid from, valid to, legal basis. Until 30/06/2025 the district chairman
# conferred the titles and Giấy khen, the commune chairman LĐTT, Giấy khen and the cultural
# family; from 01/07/2025 the commune chairman holds the former district powers.
CONFERRING_LEVELS = [
    *(
        (code, "district", start, end, basis)
        for code in ("GIAY_KHEN", "LDTT", "CSTDCS", "TTLDTT", "TDPVH")
        for start, end, basis in BEFORE_REFORM_PERIODS
    ),
    *(
        (code, "commune", start, end, basis)
        for code in ("GIAY_KHEN", "LDTT", "GDVH")
        for start, end, basis in BEFORE_REFORM_PERIODS
    ),
    *(
        (code, "commune", REFORM_DAY, None, BASIS_FROM_REFORM)
        for code in ("GIAY_KHEN", "LDTT", "CSTDCS", "TTLDTT", "TDPVH", "GDVH")
    ),
    *((code, "city", None, None, BASIS_CITY) for code in ("TTLDXS", "BK_CITY", "CSTD_CITY")),
]

# The commune chairman's Giấy khen before 1 July 2025: half the district chairman's.
# form code, recipient kind, level, coefficient, valid to, legal basis, note
COMMUNE_RATES = [
    (
        "GIAY_KHEN",
        "individual",
        "commune",
        "0.15",
        BEFORE_REFORM,
        "Nghị định số 98/2023/NĐ-CP",
        "Giấy khen của Chủ tịch UBND cấp xã trước 01/07/2025.",
    ),
    (
        "GIAY_KHEN",
        "household",
        "commune",
        "0.15",
        BEFORE_REFORM,
        "Nghị định số 98/2023/NĐ-CP",
        "Như mức của cá nhân (chưa xác nhận).",
    ),
    (
        "GIAY_KHEN",
        "collective",
        "commune",
        "0.3",
        BEFORE_REFORM,
        "Nghị định số 98/2023/NĐ-CP",
        "Gấp đôi mức của cá nhân (chưa xác nhận).",
    ),
]

# part ('legal_basis', 'proposer' or 'implementers'), level (None: any), text, sort order,
# valid from, valid to
DECISION_WORDING = [
    ("legal_basis", None, LOCAL_GOVERNMENT_2015, 1, None, "2020-06-30"),
    ("legal_basis", None, LOCAL_GOVERNMENT_2015_2019, 1, "2020-07-01", "2025-02-28"),
    ("legal_basis", None, LOCAL_GOVERNMENT_65_2025, 1, "2025-03-01", BEFORE_REFORM),
    ("legal_basis", None, LOCAL_GOVERNMENT_2025, 1, REFORM_DAY, None),
    ("legal_basis", None, LAW_2003, 2, None, LAW_2003_TO),
    ("legal_basis", None, LAW_2022, 2, LAW_2022_FROM, None),
    ("legal_basis", None, DECREE_91, 3, None, LAW_2003_TO),
    ("legal_basis", None, DECREE_98, 3, LAW_2022_FROM, BEFORE_REFORM),
    ("legal_basis", None, DECREE_152, 3, REFORM_DAY, None),
    ("proposer", None, PROPOSER_DISTRICT, 1, None, BEFORE_REFORM),
    ("proposer", None, PROPOSER_COMMUNE_2025, 1, REFORM_DAY, None),
    ("implementers", None, IMPLEMENTERS_DISTRICT, 1, None, BEFORE_REFORM),
    ("implementers", None, IMPLEMENTERS_COMMUNE_2025, 1, REFORM_DAY, None),
]


def level_of_body(folded_body_name: str) -> str | None:
    """The level an authority's body is at, read from its folded name ("uy ban nhan dan quan
    kien an" -> district); None when the name does not say."""
    words = folded_body_name.replace("uy ban nhan dan", " ").split()
    if words[:1] == ["ubnd"]:  # "UBND phường X", as offices often shorten it
        words = words[1:]
    if words[:2] in (["thi", "xa"], ["thanh", "pho"]) or words[:1] in (["quan"], ["huyen"]):
        # A "thành phố" body is a city of the centre unless it is a district-level town; the
        # name alone cannot say, and a city of a province is rarer in these records.
        return "city" if words[:2] == ["thanh", "pho"] else "district"
    if words[:1] in (["phuong"], ["xa"]) or words[:2] in (["thi", "tran"], ["dac", "khu"]):
        return "commune"
    if words[:1] == ["tinh"]:
        return "city"
    return None
