"""The bonus coefficients of Decree 152/2025/NĐ-CP, in force from 1 July 2025: the rows schema
step 12 loads.

Frozen, like catalogue_0002: a later decree arrives as a new step. Each row replaces the rate of
the same form and recipient kind, which the step closes on the day before. Forms the catalogue
does not hold (the national Emulation Fighter, 4.5) and forms the decree is not reported to
cover are left as they are.
"""

DECREE_152 = "Nghị định số 152/2025/NĐ-CP"
IN_FORCE_FROM = "2025-07-01"
CLOSED_ON = "2025-06-30"

# form code, recipient kind, coefficient (exact decimal text), note
BONUS_RATES = [
    ("GIAY_KHEN", "individual", "0.3", "Giấy khen của Chủ tịch UBND cấp xã."),
    ("GIAY_KHEN", "household", "0.45", "Bằng 1,5 lần mức của cá nhân."),
    ("GIAY_KHEN", "collective", "0.6", "Gấp đôi mức của cá nhân."),
    ("LDTT", "individual", "0.3", None),
    ("CSTDCS", "individual", "1.0", None),
    ("TTLDTT", "collective", "0.8", None),
    ("TTLDXS", "collective", "1.5", None),
    ("TDPVH", "collective", "1.5", None),
    ("CSTD_CITY", "individual", "3.0", None),
]
