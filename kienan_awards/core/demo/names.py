"""Vietnamese names for the demo's people: family names by how common they are, middle and
given names for men and women, and the personal ID numbers of Hải Phòng residents."""

from __future__ import annotations

import datetime as dt
import random

from kienan_awards.core.text import clean

PROVINCE_CODE = "031"  # Hải Phòng

FAMILY_NAMES = [
    ("Nguyễn", 36),
    ("Trần", 11),
    ("Lê", 9),
    ("Phạm", 8),
    ("Vũ", 6),
    ("Hoàng", 5),
    ("Phan", 3),
    ("Bùi", 3),
    ("Đỗ", 3),
    ("Đặng", 2),
    ("Ngô", 2),
    ("Đào", 2),
    ("Đinh", 2),
    ("Dương", 1),
    ("Huỳnh", 1),
    ("Võ", 1),
    ("Hồ", 1),
    ("Lý", 1),
    ("Mạc", 1),
    ("Lương", 1),
]
MALE_MIDDLE = [
    "Văn",
    "Văn",
    "Văn",
    "Đức",
    "Minh",
    "Quang",
    "Hữu",
    "Xuân",
    "Thanh",
    "Mạnh",
    "Tiến",
    "Đình",
    "Công",
    "Ngọc",
    "Trung",
    "Hoàng",
    "Việt",
    "Duy",
]
MALE_GIVEN = [
    "Hùng",
    "Dũng",
    "Tuấn",
    "Hải",
    "Sơn",
    "Long",
    "Nam",
    "Thắng",
    "Cường",
    "Hưng",
    "Phong",
    "Quân",
    "Hiếu",
    "Khánh",
    "Thành",
    "Tùng",
    "Đạt",
    "Huy",
    "Kiên",
    "Bình",
    "Toàn",
    "Tài",
    "Lâm",
    "Vinh",
    "Việt",
    "Trung",
    "Hoàn",
    "Thịnh",
    "Quyết",
    "Chiến",
    "Hòa",
    "Tiến",
]
FEMALE_MIDDLE = ["Thu", "Ngọc", "Thanh", "Thùy", "Minh", "Phương", "Hồng", "Bích", "Kim", "Mai"]
FEMALE_GIVEN = [
    "Hương",
    "Lan",
    "Hằng",
    "Hà",
    "Trang",
    "Linh",
    "Nga",
    "Huyền",
    "Thủy",
    "Hoa",
    "Yến",
    "Nhung",
    "Thảo",
    "Loan",
    "Mai",
    "Phương",
    "Hạnh",
    "Vân",
    "Dung",
    "Ngân",
    "Oanh",
    "Quỳnh",
    "Thúy",
    "Hiền",
    "Giang",
    "Anh",
    "Liên",
    "Hòa",
    "Huệ",
    "Lý",
]


def full_name(rng: random.Random, gender: str) -> str:
    family = rng.choices(
        [name for name, _ in FAMILY_NAMES], [weight for _, weight in FAMILY_NAMES]
    )[0]
    while True:
        if gender == "male":
            middle, given = rng.choice(MALE_MIDDLE), rng.choice(MALE_GIVEN)
        else:
            draw = rng.random()
            if draw < 0.4:
                middle = "Thị"
            elif draw < 0.55:
                middle = f"Thị {rng.choice(FEMALE_MIDDLE)}"
            else:
                middle = rng.choice(FEMALE_MIDDLE)
            given = rng.choice(FEMALE_GIVEN)
        if given not in middle.split():
            return clean(f"{family} {middle} {given}")


def personal_id(rng: random.Random, gender: str, birth_year: int, taken: set[str]) -> str:
    """A 12-digit citizen ID: province, century and gender, year of birth, then six digits."""
    century = 0 if birth_year < 2000 else 2
    digit = century + (1 if gender == "female" else 0)
    while True:
        number = f"{PROVINCE_CODE}{digit}{birth_year % 100:02d}{rng.randrange(10**6):06d}"
        if number not in taken:
            taken.add(number)
            return number


def random_day(rng: random.Random, year: int, last: str | None = None) -> str:
    start = dt.date(year, 1, 1)
    end = dt.date.fromisoformat(last) if last else dt.date(year, 12, 31)
    return (start + dt.timedelta(days=rng.randrange((end - start).days + 1))).isoformat()
