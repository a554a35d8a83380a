"""The city's emulation flag, as schema step 26 loads it into the catalogue: the prize a city
cluster's leading ward is proposed for (Law 06/2022 Art. 26: the flag of a province's People's
Committee), conferred by the city from the day the law came into force.

Frozen: a database that has taken step 26 keeps its own, clerk-edited copy.
"""

# code, Vietnamese name, English name, category, recipient kinds, legal basis
CITY_FLAG = (
    "CO_THI_DUA_CITY",
    "Cờ thi đua của Ủy ban nhân dân thành phố",
    "Emulation Flag of the City People's Committee",
    "title",
    "collective",
    "Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 26; Nghị định số 98/2023/NĐ-CP",
)
CONFERRED_BY_THE_CITY_FROM = "2024-01-01"
