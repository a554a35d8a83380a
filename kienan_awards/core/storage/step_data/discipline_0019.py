"""The register of discipline, as schema step 19 writes it: each discipline of a person, its
form, decision and the end of its effect, read by the rules that a disciplined person is not
proposed and that a collective title needs no member disciplined at warning level or above.
"""

from sqlite_utils import Database

from kienan_awards.core.storage import audit_triggers

# Frozen as shipped: the forms of the Law on Cadres and Civil Servants and the Law on Public
# Employees, mildest first.
FORM_CODES = (
    "reprimand",
    "warning",
    "salary_lowered",
    "demotion",
    "dismissal",
    "removal",
    "forced_resignation",
)
_FORMS = ", ".join(f"'{code}'" for code in FORM_CODES)
TABLE = f"""CREATE TABLE IF NOT EXISTS disciplines (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    form TEXT NOT NULL CHECK (form IN ({_FORMS})),
    decided_on TEXT NOT NULL CHECK (date(decided_on) IS decided_on),
    decision_number TEXT,
    reason TEXT,
    effect_until TEXT CHECK (effect_until IS NULL OR
        (date(effect_until) IS effect_until AND effect_until >= decided_on)),
    deleted_at TEXT
)"""
INDEX = "CREATE INDEX IF NOT EXISTS disciplines_person ON disciplines(person_id, decided_on)"


def discipline_register_step(db: Database) -> None:
    db.execute(TABLE)
    db.execute(INDEX)
    audit_triggers.create_audit_triggers(db, "disciplines")
