"""Realistic Vietnamese full names for benchmarks, weighted as family names are in practice."""

from __future__ import annotations

import random

FAMILY_NAMES = [
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 2),
    ("Phan", 4.5), ("Vũ", 3.9), ("Võ", 2), ("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.4),
    ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5), ("Đinh", 0.8), ("Mai", 0.5),
    ("Trịnh", 0.5), ("Đoàn", 0.5), ("Lương", 0.4), ("Tô", 0.3), ("Cao", 0.4), ("Vương", 0.2),
]
MIDDLE = {
    "male": ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Công", "Xuân", "Hoàng", "Mạnh",
             "Trường", "Ngọc", "Thế", "Anh", "Tiến", "Đình"],
    "female": ["Thị", "Thu", "Ngọc", "Thanh", "Thúy", "Minh", "Hồng", "Kim", "Bích", "Mai",
               "Phương", "Lan", "Hải", "Diệu", "Khánh"],
}
GIVEN = {
    "male": ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy", "Khoa", "Long", "Minh",
             "Nam", "Phong", "Quân", "Sơn", "Thắng", "Thành", "Trung", "Tuấn", "Việt", "Vinh",
             "Hiếu", "Lộc", "Nghĩa", "Phúc", "Tài", "Toàn", "Trí", "Hòa", "Khải"],
    "female": ["Anh", "Bích", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương",
               "Huyền", "Lan", "Linh", "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phương",
               "Quỳnh", "Thảo", "Thủy", "Trang", "Uyên", "Vân", "Yến", "Ánh", "Ngọc", "Hòa"],
}


def full_name(rng: random.Random, gender: str) -> str:
    names, weights = zip(*FAMILY_NAMES, strict=True)
    family = rng.choices(names, weights)[0]
    middle = rng.choice(MIDDLE[gender])
    if rng.random() < 0.3:
        middle = f"{middle} {rng.choice(MIDDLE[gender])}"
    return f"{family} {middle} {rng.choice(GIVEN[gender])}"
