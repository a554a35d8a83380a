"""The eligibility rules as first shipped: the rows schema step 6 loads, frozen as they were.

The clerk may switch a rule off or adjust its figure where the regulation allows; a new decree's
rules come in a new schema step with rows of its own, never by editing these."""

from kienan_awards.core.messages import Message
from kienan_awards.core.storage.step_data.catalogue_0002 import CIRCULAR_01, DECREE_98, LAW_2022

# code, Vietnamese name, English name, legal basis, message, parameter. The messages are stored
# as English text; marked as Messages here so that the window can translate them.
RULES = [
    (
        "ONE_ACHIEVEMENT_ONE_AWARD",
        "Một thành tích, một hình thức khen thưởng",
        "One achievement, one award",
        f"{LAW_2022}, Điều 5",
        Message("already holds this form for the same year"),
        None,
    ),
    (
        "LDTT_SERVICE_MONTHS",
        "Thời gian công tác tối thiểu để xét Lao động tiên tiến",
        "Minimum service for Advanced Worker",
        f"{CIRCULAR_01}",
        Message("recruited less than {parameter} months before the review"),
        "6",
    ),
    (
        "CSTDCS_NEEDS_LDTT",
        "Chiến sĩ thi đua cơ sở phải đạt Lao động tiên tiến cùng năm",
        "Grassroots Emulation Fighter needs Advanced Worker the same year",
        f"{LAW_2022}, Điều 23",
        Message("has no Advanced Worker title for the same year"),
        None,
    ),
    (
        "CSTDCS_EXCELLENCE",
        "Chiến sĩ thi đua cơ sở: hoàn thành xuất sắc hoặc có sáng kiến",
        "Grassroots Emulation Fighter: excellent completion or an initiative",
        f"{LAW_2022}, Điều 23",
        Message("neither completed tasks excellently nor has an initiative"),
        None,
    ),
    (
        "CSTDCS_SHARE",
        "Tỷ lệ Chiến sĩ thi đua cơ sở trên số Lao động tiên tiến của đơn vị",
        "Share of Grassroots Emulation Fighters among a unit's Advanced Workers",
        "Nghị định số 91/2017/NĐ-CP (chưa xác nhận còn hiệu lực)",
        Message("the unit would exceed {parameter}% of its Advanced Workers"),
        "15",
    ),
    (
        "COLLECTIVE_MEMBER_SHARE",
        "Tập thể lao động tiên tiến: tỷ lệ thành viên đạt LĐTT",
        "Advanced Labour Collective: share of members who are Advanced Workers",
        f"{LAW_2022}, Điều 27; {DECREE_98}",
        Message("fewer than {parameter}% of its members are Advanced Workers this year"),
        "70",
    ),
    (
        "NO_DISCIPLINE",
        "Không xét khen thưởng khi đang bị kỷ luật, thanh tra, khiếu nại",
        "Nobody under discipline, inspection or complaint",
        f"{LAW_2022}, Điều 5",
        Message("is under discipline, inspection or complaint"),
        None,
    ),
    (
        "TASKS_COMPLETED",
        "Phải hoàn thành nhiệm vụ",
        "Tasks must be completed",
        f"{LAW_2022}, Điều 24",
        Message("did not complete the year's tasks"),
        None,
    ),
]
