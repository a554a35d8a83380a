"""The collective titles' rules as the Law on Emulation and Commendation 2022 gives them: the
rows schema step 17 writes, frozen as they shipped.

Step 6 shipped one rule for the Advanced Labour Collective, the 70% share and Article 27, which
are the Excellent Labour Collective's. Article 28 asks of an Advanced Labour Collective more
than 50% of its members Advanced Workers and no member disciplined at warning level or above;
Article 27 asks of an Excellent Labour Collective at least 70% Advanced Workers, every member's
tasks completed, a Grassroots Emulation Fighter among them and nobody disciplined.
"""

from sqlite_utils import Database

from kienan_awards.core.messages import Message
from kienan_awards.core.storage import audit_triggers
from kienan_awards.core.storage.step_data.catalogue_0002 import LAW_2022
from kienan_awards.core.storage.step_data.rules_0006 import RULES as STEP_6_RULES

ARTICLE_27 = f"{LAW_2022}, Điều 27"
ARTICLE_28 = f"{LAW_2022}, Điều 28"

# Step 6's row of this code keeps its code (a clerk's on/off still means the same check of the
# same title); its text, basis and figure become Article 28's.
ADVANCED_SHARE_CODE = "COLLECTIVE_MEMBER_SHARE"
STEP_6_ADVANCED_SHARE = next(row for row in STEP_6_RULES if row[0] == ADVANCED_SHARE_CODE)

# code, Vietnamese name, English name, legal basis, message, parameter: as in rules_0006.
ADVANCED_SHARE = (
    ADVANCED_SHARE_CODE,
    "Tập thể lao động tiên tiến: tỷ lệ cá nhân đạt Lao động tiên tiến",
    "Advanced Labour Collective: share of members who are Advanced Workers",
    ARTICLE_28,
    Message("no more than {parameter}% of its members are Advanced Workers this year"),
    "50",
)
NEW_RULES = [
    (
        "COLLECTIVE_NO_DISCIPLINE",
        "Tập thể lao động tiên tiến: không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên",
        "Advanced Labour Collective: no member disciplined at warning level or above",
        ARTICLE_28,
        Message("has members under discipline this year"),
        None,
    ),
    (
        "EXCELLENT_COLLECTIVE_MEMBER_SHARE",
        "Tập thể lao động xuất sắc: tỷ lệ cá nhân đạt Lao động tiên tiến",
        "Excellent Labour Collective: share of members who are Advanced Workers",
        ARTICLE_27,
        Message("fewer than {parameter}% of its members are Advanced Workers this year"),
        "70",
    ),
    (
        "EXCELLENT_COLLECTIVE_TASKS",
        "Tập thể lao động xuất sắc: 100% cá nhân hoàn thành nhiệm vụ được giao",
        "Excellent Labour Collective: every member completed their tasks",
        ARTICLE_27,
        Message("has members who did not complete the year's tasks"),
        None,
    ),
    (
        "EXCELLENT_COLLECTIVE_FIGHTER",
        "Tập thể lao động xuất sắc: có cá nhân đạt Chiến sĩ thi đua cơ sở",
        "Excellent Labour Collective: a member is a Grassroots Emulation Fighter",
        ARTICLE_27,
        Message("has no Grassroots Emulation Fighter among its members this year"),
        None,
    ),
    (
        "EXCELLENT_COLLECTIVE_NO_DISCIPLINE",
        "Tập thể lao động xuất sắc: không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên",
        "Excellent Labour Collective: no member disciplined at warning level or above",
        ARTICLE_27,
        Message("has members under discipline this year"),
        None,
    ),
]
# The order the rules are listed in after the step: each title's rules together.
ORDER = [
    "ONE_ACHIEVEMENT_ONE_AWARD",
    "LDTT_SERVICE_MONTHS",
    "CSTDCS_NEEDS_LDTT",
    "CSTDCS_EXCELLENCE",
    "CSTDCS_SHARE",
    ADVANCED_SHARE_CODE,
    "COLLECTIVE_NO_DISCIPLINE",
    "EXCELLENT_COLLECTIVE_MEMBER_SHARE",
    "EXCELLENT_COLLECTIVE_TASKS",
    "EXCELLENT_COLLECTIVE_FIGHTER",
    "EXCELLENT_COLLECTIVE_NO_DISCIPLINE",
    "NO_DISCIPLINE",
    "TASKS_COMPLETED",
]


def _row(rule: tuple, order: int) -> dict:
    code, name_vi, name_en, basis, message, parameter = rule
    return {
        "code": code,
        "name_vi": name_vi,
        "name_en": name_en,
        "legal_basis": basis,
        "message": message,
        "parameter": parameter,
        "sort_order": order,
    }


def collective_rules_step(db: Database) -> None:
    """Writes the rows; run twice, it changes nothing the second time. The clerk's on/off of
    step 6's collective rule stays, and so does a figure of the clerk's own (anything but the
    70 step 6 shipped, which was Article 27's). Like the catalogue's steps, the law's rows are
    the program's: they leave no audit row."""
    for statement in audit_triggers.audit_trigger_statements(db, "eligibility_rules")[:3]:
        db.execute(statement)  # the three DROP TRIGGERs
    order = {code: place for place, code in enumerate(ORDER, start=1)}
    old = db.execute(
        "SELECT message, parameter FROM eligibility_rules WHERE code = ?", [ADVANCED_SHARE_CODE]
    ).fetchone()
    shipped_message, shipped_parameter = STEP_6_ADVANCED_SHARE[4], STEP_6_ADVANCED_SHARE[5]
    if old is None:
        db.table("eligibility_rules").insert(_row(ADVANCED_SHARE, order[ADVANCED_SHARE_CODE]))
    elif old[0] == shipped_message:
        own_figure = old[1] not in (None, shipped_parameter)
        _, name_vi, name_en, basis, message, parameter = ADVANCED_SHARE
        db.execute(
            "UPDATE eligibility_rules SET name_vi = ?, name_en = ?, legal_basis = ?, "
            "message = ?, parameter = ? WHERE code = ?",
            [
                name_vi,
                name_en,
                basis,
                message,
                old[1] if own_figure else parameter,
                ADVANCED_SHARE_CODE,
            ],
        )
    for rule in NEW_RULES:
        db.execute(
            "INSERT OR IGNORE INTO eligibility_rules "
            "(code, name_vi, name_en, legal_basis, message, parameter, sort_order) "
            "VALUES (:code, :name_vi, :name_en, :legal_basis, :message, :parameter, :sort_order)",
            _row(rule, order[rule[0]]),
        )
    # A rule this list does not name (none ships) keeps its place after the named ones.
    others = [
        code
        for (code,) in db.execute("SELECT code FROM eligibility_rules ORDER BY sort_order, code")
        if code not in order
    ]
    for place, code in enumerate([*ORDER, *others], start=1):
        db.execute("UPDATE eligibility_rules SET sort_order = ? WHERE code = ?", [place, code])
    audit_triggers.create_audit_triggers(db, "eligibility_rules")
