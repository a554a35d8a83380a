"""The registers of the year's cycle, as schema step 21 writes them: each unit's registration
for the year's titles (đăng ký thi đua), the register of initiatives (sáng kiến) with their
authors and recognising decisions, and the rule that flags a proposal for a title nobody
registered, frozen as shipped.
"""

from sqlite_utils import Database

from kienan_awards.core.messages import Message
from kienan_awards.core.storage import audit_triggers
from kienan_awards.core.storage.step_data.catalogue_0002 import LAW_2022

# Frozen as shipped: the scope an initiative's effect reaches, narrowest first.
SCOPES = ("grassroots", "city", "national")
_SCOPES = ", ".join(f"'{scope}'" for scope in SCOPES)
_CREATED = "created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))"

TABLES = (
    # One row a title registered: a collective's own (its unit, no person) or one of its
    # people's (the person, and the unit he registered with).
    f"""CREATE TABLE IF NOT EXISTS registrations (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('individual', 'collective')),
    person_id INTEGER REFERENCES people(id),
    form_id INTEGER NOT NULL REFERENCES award_forms(id),
    registered_on TEXT CHECK (registered_on IS NULL OR date(registered_on) IS registered_on),
    import_batch_id INTEGER REFERENCES import_batches(id),
    deleted_at TEXT,
    {_CREATED},
    CHECK ((recipient_kind = 'individual') = (person_id IS NOT NULL))
)""",
    "CREATE UNIQUE INDEX IF NOT EXISTS registrations_once ON registrations "
    "(year, form_id, unit_id, coalesce(person_id, 0)) WHERE deleted_at IS NULL",
    "CREATE INDEX IF NOT EXISTS registrations_person ON registrations(person_id, year)",
    f"""CREATE TABLE IF NOT EXISTS initiatives (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    unit_id INTEGER REFERENCES units(id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    decision_number TEXT,
    decided_on TEXT CHECK (decided_on IS NULL OR date(decided_on) IS decided_on),
    authority TEXT,
    scope TEXT NOT NULL DEFAULT 'grassroots' CHECK (scope IN ({_SCOPES})),
    effect TEXT,
    import_batch_id INTEGER REFERENCES import_batches(id),
    deleted_at TEXT,
    {_CREATED}
)""",
    "CREATE INDEX IF NOT EXISTS initiatives_year ON initiatives(year)",
    # An author's share of the initiative in percent, when the decision gives one.
    """CREATE TABLE IF NOT EXISTS initiative_authors (
    id INTEGER PRIMARY KEY,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    share REAL CHECK (share IS NULL OR (share > 0 AND share <= 100)),
    UNIQUE (initiative_id, person_id)
)""",
    "CREATE INDEX IF NOT EXISTS initiative_authors_person ON initiative_authors(person_id)",
)

# The Law of 2003 (Art. 10(1)(b)) made registering a ground of every title; the Law of 2022
# leaves it to each office's regulation: shipped on, the office switches it off.
REGISTRATION_RULE = (
    "TITLE_REGISTERED",
    "Danh hiệu thi đua phải được đăng ký từ đầu năm",
    "A title must have been registered at the start of the year",
    f"Quy chế thi đua, khen thưởng của cơ quan; {LAW_2022} (điều khoản chưa xác nhận)",
    Message("did not register for this title this year"),
    None,
)


# Step 3's check on the kinds of list an import batch may be, and the one that takes its place.
_STEP_3_KINDS = "list_kind IN ('awards', 'proposals', 'people', 'units')"
_KINDS = "list_kind IN ('awards', 'proposals', 'people', 'units', 'registrations', 'initiatives')"


def _import_batch_kinds(db: Database) -> None:
    """The looser check is written into the table's definition in place, as step 15 loosened
    the people's: no stored row can break it, and no trigger or view over it is lost."""
    (sql,) = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'import_batches'"
    ).fetchone()
    if _KINDS in sql:
        return
    if sql.count(_STEP_3_KINDS) != 1:
        raise ValueError(Message("the import batches' check of list kinds is not step 3's"))
    (version,) = db.execute("PRAGMA schema_version").fetchone()
    db.execute("PRAGMA writable_schema = ON")
    try:
        db.execute(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'import_batches'",
            [sql.replace(_STEP_3_KINDS, _KINDS)],
        )
        db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")


def cycle_registers_step(db: Database) -> None:
    """Run twice, it changes nothing the second time. The rule is the program's row and
    leaves no audit row, as the law's rows before it."""
    _import_batch_kinds(db)
    for statement in TABLES:
        db.execute(statement)
    for table in ("registrations", "initiatives", "initiative_authors"):
        audit_triggers.create_audit_triggers(db, table)
    for statement in audit_triggers.audit_trigger_statements(db, "eligibility_rules")[:3]:
        db.execute(statement)  # the three DROP TRIGGERs
    code, name_vi, name_en, basis, message, parameter = REGISTRATION_RULE
    (last,) = db.execute("SELECT coalesce(max(sort_order), 0) FROM eligibility_rules").fetchone()
    db.execute(
        "INSERT OR IGNORE INTO eligibility_rules "
        "(code, name_vi, name_en, legal_basis, message, parameter, sort_order) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [code, name_vi, name_en, basis, message, parameter, last + 1],
    )
    audit_triggers.create_audit_triggers(db, "eligibility_rules")
