"""The words of the documents the program writes and of the office lists it reads.

Decisions, certificates, reports, exported workbooks and the lists an import reads are in
Vietnamese whatever language the window speaks, so their words are kept here, each once, and
never in the window's catalogue (core/i18n.py). A code the database stores (a recipient kind,
a gender, a status) has its word here: the workbook writes it, a report counts under it, and
the import takes it as that code's spelling (the other spellings an import reads stay with the
import, in core/lists). Words in braces are filled in with str.format.
"""

from __future__ import annotations

# --- what a stored code is called on paper ----------------------------------------------------
RECIPIENT_KINDS = {"individual": "Cá nhân", "collective": "Tập thể", "household": "Hộ gia đình"}
GENDERS = {"male": "Nam", "female": "Nữ"}
HONORIFICS = {"male": "Ông", "female": "Bà"}  # before a person's name on a certificate
AWARD_STATUSES = {"awarded": "Đã khen", "revoked": "Đã thu hồi"}
DECISION_STATUSES = {"draft": "Dự thảo", "signed": "Đã ký"}
# Who signs a decision, as the decisions list says it.
DECISION_SIGNING = {
    "signed": "Đã ký",
    "issuer_not_recorded": "Chưa ghi cơ quan ban hành",
    "other_body": "Quyết định của cơ quan khác",
}
# A code covers the kinds of one tier, so its word names them all ("Quận, huyện").
# The list import also reads every administrative kind by the tier it stands in (core/lists).
UNIT_KINDS = {
    "province": "Tỉnh, thành phố",
    "district": "Quận, huyện",
    "agency": "Cơ quan",
    "department": "Phòng, ban",
    "ward": "Phường, xã",
    "residential_group": "Tổ dân phố",
    "other": "Khác",
}
MOVEMENT_KINDS = {"regular": "Thường xuyên", "campaign": "Theo đợt, chuyên đề"}
MOVEMENT_STATUSES = {
    "planned": "Chưa triển khai",
    "active": "Đang triển khai",
    "closed": "Đã kết thúc",
}
TARGET_VERDICTS = {
    "exceeded": "Vượt kế hoạch",
    "met": "Đạt",
    "not_met": "Không đạt",
    "on_track": "Đúng tiến độ",
    "behind": "Chậm tiến độ",
}
# The levels of position the reports to the city count people by; None: no position written.
POSITION_LEVELS = {
    "leader": "Lãnh đạo, quản lý",
    "worker": "Công nhân, nông dân, người lao động trực tiếp",
    "staff": "Cán bộ, công chức, viên chức, nhân viên",
    None: "Không ghi chức vụ",
}
AUDIT_ACTIONS = {"insert": "Thêm", "update": "Sửa", "delete": "Xóa"}
BONUS_RATES = "Hệ số tiền thưởng"
# The register's tables as a document names them (the sheets of the exported workbook too).
RECORD_TABLES = {
    "award_acts": "Thu hồi và đính chính",
    "award_evidence": "Căn cứ khen thưởng",
    "award_forms": "Hình thức khen thưởng",
    "awards": "Khen thưởng",
    "base_salaries": "Mức lương cơ sở",
    "bonus_rates": BONUS_RATES,
    "calibration_profiles": "Hồ sơ máy in",
    "certificates": "Giấy khen",
    "conferring_levels": "Cấp có thẩm quyền khen thưởng",
    "decision_wording": "Lời văn quyết định",
    "decisions": "Quyết định",
    "disciplines": "Kỷ luật",
    "eligibility_rules": "Tiêu chuẩn xét khen",
    "import_batches": "Danh sách đã nhập",
    "issuing_authorities": "Cấp ban hành",
    "movement_units": "Đơn vị tham gia phong trào",
    "movements": "Phong trào",
    "people": "Cá nhân",
    "print_log": "Nhật ký in",
    "progress_reports": "Báo cáo tiến độ",
    "proposal_lines": "Dòng tờ trình",
    "proposals": "Tờ trình",
    "settings": "Cài đặt",
    "target_plans": "Kế hoạch chỉ tiêu",
    "targets": "Chỉ tiêu",
    "unit_successions": "Kế thừa đơn vị",
    "units": "Đơn vị",
    "registrations": "Đăng ký thi đua",
    "initiatives": "Sáng kiến",
    "initiative_authors": "Tác giả của sáng kiến",
    "council_members": "Thành viên Hội đồng",
    "council_rules": "Quy định bỏ phiếu của Hội đồng",
    "council_thresholds": "Ngưỡng tỷ lệ phiếu của Hội đồng",
    "council_meetings": "Các cuộc họp Hội đồng",
    "council_attendance": "Thành viên dự họp Hội đồng",
    "council_reviewed_proposals": "Đề nghị được Hội đồng xem xét",
    "council_votes": "Kết quả bỏ phiếu của Hội đồng",
    "cluster_members": "Thành viên cụm, khối thi đua",
    "cluster_review_attendees": "Thành viên dự họp cụm, khối thi đua",
    "cluster_review_votes": "Kết quả biểu quyết đề nghị khen thưởng của cụm, khối",
    "cluster_reviews": "Các cuộc họp cụm, khối thi đua",
    "cluster_pacts": "Giao ước thi đua",
    "cluster_scores": "Điểm thi đua của thành viên cụm, khối",
    "cluster_scoring_tables": "Bảng tiêu chí chấm điểm thi đua",
    "clusters": "Cụm, khối thi đua",
    "pact_signatories": "Đơn vị ký giao ước thi đua",
    "proposal_line_rankings": "Kết quả xếp hạng làm căn cứ đề nghị khen thưởng",
    "scoring_criteria": "Tiêu chí của bảng chấm điểm thi đua",
}


def word(words: dict, code):
    """The word for a stored code; a code without one as it is, and None as None."""
    return words.get(code, code) if code is not None else None


# --- what stands in for what is not recorded --------------------------------------------------
NOT_RECORDED = "Không ghi"  # a person's gender
NO_UNIT = "(Không ghi đơn vị)"
WHOLE_AREA = "Toàn địa bàn"  # a target assigned to the whole area rather than one unit
NOT_REPORTED = "Chưa báo cáo"
NO_FIGURES = "Không có số liệu"
TOTAL = "Tổng cộng"
TOTAL_COUNT = "Tổng số"
TOTAL_COLUMN = "Tổng"
LIST = "Danh sách"  # a sheet whose title leaves nothing Excel accepts
ERROR = "Lỗi"  # the column the copy of a list with errors adds
TABLE = "Bảng"  # a table of a Word list, named as a sheet is: "Bảng 2"

# --- column headers: workbooks, reports and the lists an import reads -------------------------
ROW_NUMBER = "STT"
FULL_NAME = "Họ và tên"
NAME_OR_COLLECTIVE = "Họ và tên / Tên tập thể"
RECIPIENT = "Cá nhân, tập thể được khen"
RECIPIENT_KIND = "Đối tượng"
GENDER = "Giới tính"
BORN = "Ngày/năm sinh"
BIRTH_YEAR = "Năm sinh"
POSITION = "Chức vụ"
POSITION_AND_UNIT = "Chức vụ, đơn vị"
UNIT = "Đơn vị"
UNIT_NAME = "Tên đơn vị"
UNIT_KIND = "Loại đơn vị"
PARENT_UNIT = "Đơn vị cấp trên"
VALID_FROM = "Hiệu lực từ ngày"
VALID_TO = "Hiệu lực đến ngày"
SUCCESSOR_UNIT = "Đơn vị kế thừa"
PERSONAL_ID = "Số CCCD"
MOVEMENT = "Phong trào"
MOVEMENT_NAME = "Tên phong trào"
MOVEMENT_KIND = "Hình thức"  # regular or a campaign
FROM_DATE = "Từ ngày"
TO_DATE = "Đến ngày"
LAUNCHING_DOCUMENT = "Văn bản phát động"
THEMES = "Chủ đề"
LAUNCHED_BY = "Cơ quan phát động"
TARGET_COUNT = "Số chỉ tiêu"
YEAR = "Năm"
INDICATOR = "Chỉ tiêu"
MEASURE_UNIT = "Đơn vị tính"
PLAN = "Kế hoạch"
SAME_PERIOD = "Cùng kỳ"
ACTUAL = "Thực hiện"
REPORTED_ON = "Ngày báo cáo"
PERCENT_OF_PLAN = "% kế hoạch"
PERCENT_OF_SAME_PERIOD = "% cùng kỳ"
VERDICT = "Đánh giá"
DECISION = "Quyết định"
DECISION_NUMBER = "Số quyết định"
DECISION_DATE = "Ngày quyết định"
DATE = "Ngày"
ISSUED_BY = "Cơ quan ban hành"
SIGNER_TITLE = "Chức vụ người ký"
SIGNER = "Người ký"
SUMMARY = "Trích yếu"
STATUS = "Trạng thái"
AWARD_COUNT = "Số khen thưởng"
REGISTER_YEAR = "Năm vào sổ"
REGISTER_NUMBER = "Số vào sổ"
AWARD_FORM = "Hình thức khen thưởng"
FORM = "Hình thức"  # of award, where a column is narrow
ACHIEVEMENT = "Thành tích"
ACHIEVEMENT_YEAR = "Năm thành tích"
BONUS = "Tiền thưởng (đồng)"
AMOUNT = "Số tiền (đồng)"
SIGNED_FOR = "Ký nhận"
CODE = "Mã"
NAME_VI = "Tên tiếng Việt"
NAME_EN = "Tên tiếng Anh"
LEGAL_BASIS = "Căn cứ pháp lý"
AT = "Thời điểm"
USER = "Người dùng"
TABLE = "Bảng"
RECORD = "Bản ghi"
ACTION = "Thao tác"
VALUES = "Giá trị"

# The window's lists as a workbook prints them: each column's header, by the column's key
# (core/records/record_lists.py, audit_log.py).
LIST_COLUMNS = {
    "full_name": FULL_NAME,
    "gender": GENDER,
    "birth_year": BIRTH_YEAR,
    "position": POSITION,
    "unit": UNIT,
    "awards": AWARD_COUNT,
    "number": DECISION_NUMBER,
    "decided_on": DATE,
    "title": SUMMARY,
    "authority": ISSUED_BY,
    "recipient_name": RECIPIENT,
    "unit_name": UNIT,
    "form": AWARD_FORM,
    "year": YEAR,
    "decision": DECISION,
    "register_number": REGISTER_NUMBER,
    "status": STATUS,
    "code": CODE,
    "name_vi": NAME_VI,
    "name_en": NAME_EN,
    "recipient_kinds": RECIPIENT_KIND,
    "coefficients": BONUS_RATES,
    "legal_basis": LEGAL_BASIS,
    "at": AT,
    "os_user": USER,
    "table": TABLE,
    "record": RECORD,
    "action": ACTION,
    "changes": VALUES,
}

# --- reports -----------------------------------------------------------------------------------
REPORT_SHEET = "Báo cáo"
CHART_SHEET = "Biểu đồ"
ANNUAL_TITLE = "BÁO CÁO TỔNG HỢP CÔNG TÁC KHEN THƯỞNG NĂM {year}"
ANNUAL_SUBTITLE = "Thành tích năm {year}: {count} khen thưởng, tiền thưởng {bonus} đồng"
MULTI_YEAR_TITLE = "BÁO CÁO KHEN THƯỞNG GIAI ĐOẠN {first}-{last}"
MULTI_YEAR_SUBTITLE = "Thành tích các năm {first}-{last}: {count} khen thưởng"
MOVEMENT_TITLE = "BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA NĂM {year}"
RECIPIENT_LIST_TITLE = "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG"
HONOUR_LIST_TITLE = RECIPIENT_LIST_TITLE + " NĂM {year}"
HONOUR_LIST_SUBTITLE = "{count} khen thưởng, {units} đơn vị"
BY_FORM_AND_KIND = "Số khen thưởng theo hình thức và đối tượng"
BY_UNIT = "Số khen thưởng theo đơn vị"
PEOPLE_BY_GENDER = "Cá nhân được khen thưởng theo giới tính"
PEOPLE_BY_POSITION = "Cá nhân được khen thưởng theo chức vụ"
DECISIONS_OF_THE_YEAR = "Các quyết định khen thưởng"
DECISION_COUNT = "{count} quyết định"
REGISTRATIONS_BY_UNIT = "Đăng ký thi đua theo đơn vị"
TITLES_REGISTERED = "Danh hiệu đăng ký"
TITLES_ACHIEVED = "Đạt"
TITLES_PROPOSED = "Đã đề nghị"
ACHIEVED_SHARE = "Tỷ lệ đạt (%)"
SUBMISSION = "Tờ trình"  # what an office sends up with a dossier
# A candidate's result in the council's count of ballots: no verdict until the office sets
# the share its regulation asks.
VOTE_VERDICTS = {True: "Đạt", False: "Không đạt", None: "Chưa kết luận"}
AWARDS_TO_PEOPLE = "Số lượt cá nhân"  # awards, not people: one person may have two
SHARE = "Tỷ lệ (%)"
YEARS_SUMMARY = "Tổng hợp theo năm"
YEARS_BY_FORM = "Theo hình thức khen thưởng"
YEARS_BY_KIND = "Theo đối tượng"
YEARS_PEOPLE_BY_GENDER = "Cá nhân theo giới tính"
YEARS_PEOPLE_BY_POSITION = "Cá nhân theo chức vụ"
YEARS_BY_UNIT = "Theo đơn vị"
PEOPLE_TOTAL = "Tổng cá nhân"
MOVEMENT_TARGETS = "{movement}: chỉ tiêu và kết quả"
MOVEMENT_UNITS = "{movement}: tổng hợp theo đơn vị"
MOVEMENT_AWARDS = "{movement}: khen thưởng sau phong trào"
TARGETS_MET = "Đạt, vượt"
TARGETS_NOT_MET = "Không đạt, chậm"
CHART_BY_FORM = "Số khen thưởng theo hình thức năm {year}"
CHART_YEARS = "Số khen thưởng {first}-{last}"
CHART_TARGETS_MET = "Chỉ tiêu đạt, vượt"
CHART_AWARDS = "Khen thưởng"
REVOKED_LEFT_OUT = "Không tính {count} khen thưởng đã thu hồi."

# --- decisions and certificates ----------------------------------------------------------------
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
DECISION_HEADING = "QUYẾT ĐỊNH"
DECIDES = "QUYẾT ĐỊNH:"
COPIES_TO = "Nơi nhận:"
COPIES = ("- Như Điều 3;", "- Lưu: VT.")
RECEIPT_TITLE = "DANH SÁCH KÝ NHẬN"
PAYMENT_TITLE = "BẢNG THANH TOÁN TIỀN THƯỞNG"
# The number suffix of a People's Committee's decisions: 15/QĐ-UBND.
DECISION_SUFFIX = "QĐ-UBND"
NUMBER_LINE = "Số: {number}"
# Filled by core/documents/decree_dates.py, which writes the day and month as Decree 30 does.
DATE_IN_WORDS = "ngày {day} tháng {month} năm {year}"
PLACE_AND_DATE = "{place}, {date}"
DECISION_OF = "Quyết định số {number} {date}"
DEFAULT_FORM = "Giấy khen"
DECISION_TITLE = "Về việc tặng {forms}"
PROPOSED_BY = "Xét đề nghị của {proposer}."
ACHIEVEMENT_OPENING = "Đã có thành tích"
REGISTER_LINE = REGISTER_NUMBER + ": {number}"
CODE_LINE = "Mã xác thực: {code}"
REISSUE = "Cấp lại"

# --- Reports and workbooks (issues 21 and 29) -------------------------------------------------
ABOUT_PLAN = "khoảng {value}"  # a plan "about 4"
POINTS_CHANGE = "{value} điểm %"  # a rate against the same period: "-4,9 điểm %"
SAME_PERIOD_COMPARISON = "So với cùng kỳ"  # a % of the same period, or a rate's points
PAGE_NUMBER = "Trang {page}/{pages}"
CHART_DATA = "Số liệu của biểu đồ"

# --- Decision pack ------------------------------------------------------------------------
# The abbreviations the note under an attached list writes ("của Chủ tịch UBND quận …"):
# each abbreviation and the words it stands for.
COMMITTEE = "Ủy ban nhân dân"  # a People's Committee, the body whose chairman signs
NOTE_ABBREVIATIONS = {"UBND": COMMITTEE}
ARTICLE_LABEL = "Điều {number}."
# How many of each kind, in a decision's article: "06 tập thể", "23 cá nhân".
KIND_COUNT = "{count} {kind}"
KIND_COUNT_WORDS = {"collective": "tập thể", "individual": "cá nhân", "household": "hộ gia đình"}
KIND_COUNTS_IN_SENTENCE = " và "  # "cho 06 tập thể và 23 cá nhân đã có thành tích ..."
KIND_COUNTS_IN_CLAUSE = "; "  # "...“Lao động tiên tiến”: 06 tập thể; 23 cá nhân"
# A title is recognised, except those the law has the chairman give (core/documents/
# decision_articles.py names them by code).
TITLE_RECOGNISED = "Công nhận"
TITLE_GIVEN = "Tặng"
TITLE_NAMED = "danh hiệu “{form}”"
COMMENDATION_GIVEN = "Tặng"
MERIT_FOR_YEAR = "đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm {year}"
ARTICLE_1_ONE_CLAUSE = "{award} cho {counts} {merit} (có danh sách kèm theo)."
ARTICLE_1_ONE_TITLE = "{award} năm {year} cho {counts} (có danh sách kèm theo)."
ARTICLE_1_TITLES_LEAD = (
    "{verbs} danh hiệu thi đua năm {year} cho các tập thể, cá nhân có tên trong danh sách kèm "
    "theo, cụ thể như sau:"
)
ARTICLE_1_MIXED_LEAD = (
    "Khen thưởng các tập thể, cá nhân {merit} (có danh sách kèm theo), cụ thể như sau:"
)
ARTICLE_1_CLAUSE = "{index}. {award}: {counts}"
BONUS_ARTICLE = (
    "Các tập thể, cá nhân có tên tại Điều 1 được thưởng theo quy định; tổng số tiền thưởng là "
    "{total} đồng (Bằng chữ: {total_words}), chi từ Quỹ thi đua, khen thưởng."
)
NO_BONUS_ARTICLE = (
    "Các tập thể, cá nhân có tên tại Điều 1 được hưởng chế độ khen thưởng theo quy định hiện hành."
)
TAKES_EFFECT = "Quyết định này có hiệu lực kể từ ngày ký."
IMPLEMENTERS_WHEN_NONE_RECORDED = (
    "Các tập thể và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."
)
ATTACHED_TO_DECISION = "(Kèm theo Quyết định số {number} ngày {day:%d/%m/%Y} của {issuer})"
LIST_SECTIONS = {"collective": "TẬP THỂ", "individual": "CÁ NHÂN", "household": "HỘ GIA ĐÌNH"}
LIST_SECTION = "{numeral}. {kind}"
ROMAN_NUMERALS = ("I", "II", "III", "IV", "V")
TOTAL_IN_WORDS = "Tổng số tiền bằng chữ: {words}."
PREPARER = "NGƯỜI LẬP BIỂU"
CHIEF_ACCOUNTANT = "KẾ TOÁN TRƯỞNG"
HEAD_OF_OFFICE = "THỦ TRƯỞNG ĐƠN VỊ"
SIGN_WITH_NAME = "(Ký, ghi rõ họ tên)"
SIGN_AND_SEAL = "(Ký, ghi rõ họ tên, đóng dấu)"
# An amount in words: "Hai mươi chín triệu một trăm sáu mươi nghìn đồng".
DIGIT_WORDS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
HUNDRED = "trăm"
TEN = "mười"
TENS = "mươi"
ZERO_TENS = "linh"
ONE_AFTER_TENS = "mốt"
FOUR_AFTER_TENS = "tư"
FIVE_AFTER_TENS = "lăm"
THOUSANDS_WORDS = ("", "nghìn", "triệu", "tỷ")
CURRENCY = "đồng"
