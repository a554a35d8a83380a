"""The award catalogue and bonus table as first shipped: the rows schema step 2 loads.

Frozen: a database that has taken step 2 keeps its own, clerk-edited copy. Later changes to the
regulation arrive as new schema steps, never by editing these rows. Figures whose survival
under the current decree is unconfirmed say so in their note.
"""

LAW_2022 = "Luật Thi đua, khen thưởng số 06/2022/QH15"
DECREE_98 = "Nghị định số 98/2023/NĐ-CP"
CIRCULAR_01 = "Thông tư số 01/2024/TT-BNV"

# code, Vietnamese name, English name, category, recipient kinds, conferring levels, legal basis
AWARD_FORMS = [
    (
        "GIAY_KHEN",
        "Giấy khen",
        "Certificate of Merit",
        "commendation",
        "individual,collective,household",
        "district,commune",
        f"{LAW_2022}, Điều 75 và Điều 80; {DECREE_98}",
    ),
    (
        "LDTT",
        "Lao động tiên tiến",
        "Advanced Worker",
        "title",
        "individual",
        "district,commune",
        f"{LAW_2022}, Điều 80; {CIRCULAR_01}",
    ),
    (
        "CSTDCS",
        "Chiến sĩ thi đua cơ sở",
        "Grassroots Emulation Fighter",
        "title",
        "individual",
        "district",
        f"{LAW_2022}, Điều 80; {DECREE_98}",
    ),
    (
        "TTLDTT",
        "Tập thể lao động tiên tiến",
        "Advanced Labour Collective",
        "title",
        "collective",
        "district",
        f"{LAW_2022}, Điều 80; {DECREE_98}",
    ),
    (
        "TTLDXS",
        "Tập thể lao động xuất sắc",
        "Excellent Labour Collective",
        "title",
        "collective",
        "city",
        f"{LAW_2022}; {DECREE_98}",
    ),
    (
        "TDPVH",
        "Tổ dân phố văn hóa",
        "Cultural Residential Group",
        "title",
        "collective",
        "district",
        f"{LAW_2022}, Điều 80; {DECREE_98}",
    ),
    (
        "GDVH",
        "Gia đình văn hóa",
        "Cultural Family",
        "title",
        "household",
        "commune",
        f"{LAW_2022}, Điều 80; {DECREE_98}",
    ),
    (
        "BK_CITY",
        "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố",
        "Diploma of Merit of the City People's Committee Chairman",
        "commendation",
        "individual,collective",
        "city",
        f"{LAW_2022}; {DECREE_98}",
    ),
    (
        "CSTD_CITY",
        "Chiến sĩ thi đua thành phố",
        "City Emulation Fighter",
        "title",
        "individual",
        "city",
        f"{LAW_2022}; {DECREE_98}",
    ),
]

# form code, recipient kind, coefficient (exact decimal text), note
BONUS_RATES = [
    ("GIAY_KHEN", "individual", "0.3", None),
    ("GIAY_KHEN", "household", "0.3", "Như mức của cá nhân (chưa xác nhận)."),
    (
        "GIAY_KHEN",
        "collective",
        "0.6",
        "Gấp đôi mức của cá nhân; chưa xác nhận theo nghị định hiện hành.",
    ),
    ("LDTT", "individual", "0.3", None),
    ("CSTDCS", "individual", "1.0", None),
    ("TTLDTT", "collective", "0.8", None),
    ("TTLDXS", "collective", "1.5", None),
    ("TDPVH", "collective", "1.5", None),
    ("BK_CITY", "individual", "1.5", None),
]

# amount in VND per month, in force from, legal basis
BASE_SALARIES = [
    (1_490_000, "2019-07-01", "Nghị định số 38/2019/NĐ-CP"),
    (1_800_000, "2023-07-01", "Nghị định số 24/2023/NĐ-CP"),
    (2_340_000, "2024-07-01", "Nghị định số 73/2024/NĐ-CP"),
]
