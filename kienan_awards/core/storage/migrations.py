"""Forward-only, numbered schema steps.

Each step runs inside one transaction together with its bookkeeping row (sqlite-utils'
Migrations wraps both in ``db.atomic()``), so a failed step leaves the file as it was.
A step, once released, is never edited: change the schema by adding the next one.
"""

from __future__ import annotations

import secrets
import sqlite3
from importlib import resources

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from kienan_awards.core.messages import Message
from kienan_awards.core.storage import audit_triggers, schema_steps
from kienan_awards.core.storage.step_data import (
    bonus_rates_0012,
    catalogue_0002,
    city_flag_0026,
    council_0022,
    cycle_registers_0021,
    discipline_0019,
    law_0013,
    rules_0006,
    rules_0017,
    signing_0018,
)
from kienan_awards.core.text import fold, name_sort_text, text_sort_text

MIGRATION_SET = schema_steps.MIGRATION_SET
APPLICATION_ID = schema_steps.APPLICATION_ID

STEPS = Migrations(MIGRATION_SET)


def _run_sql_script(db: Database, script: str) -> None:
    # executescript() would COMMIT the step's transaction; run statement by statement instead,
    # cutting where SQLite says a statement is complete (a trigger body holds semicolons).
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            if statement.strip():
                db.execute(statement)
            statement = ""
    if statement.strip() and not all(
        part.strip().startswith("--") or not part.strip() for part in statement.splitlines()
    ):
        raise ValueError(
            Message(
                "unfinished statement in a schema step: {statement}",
                statement=repr(statement[:60]),
            )
        )


def _run_sql_file(db: Database, name: str) -> None:
    _run_sql_script(
        db,
        resources.files("kienan_awards.core.storage").joinpath("schema", name).read_text("utf-8"),
    )


@STEPS(name="0001_initial_schema")
def _initial_schema(db: Database) -> None:
    _run_sql_file(db, "schema_v1.sql")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


@STEPS(name="0002_award_catalogue")
def _award_catalogue(db: Database) -> None:
    forms = db.table("award_forms")
    for order, (code, name_vi, name_en, category, kinds, levels, basis) in enumerate(
        catalogue_0002.AWARD_FORMS, start=1
    ):
        forms.insert(
            {
                "code": code,
                "name_vi": name_vi,
                "name_en": name_en,
                "category": category,
                "recipient_kinds": kinds,
                "conferring_level": levels,
                "legal_basis": basis,
                "sort_order": order,
            }
        )
    form_ids = {row["code"]: row["id"] for row in db.query("SELECT id, code FROM award_forms")}
    db.table("bonus_rates").insert_all(
        {
            "form_id": form_ids[code],
            "recipient_kind": kind,
            "coefficient": coefficient,
            "legal_basis": catalogue_0002.DECREE_98,
            "note": note,
        }
        for code, kind, coefficient, note in catalogue_0002.BONUS_RATES
    )
    db.table("base_salaries").insert_all(
        {"amount": amount, "valid_from": valid_from, "legal_basis": basis}
        for amount, valid_from, basis in catalogue_0002.BASE_SALARIES
    )


@STEPS(name="0003_import_batches")
def _import_batches(db: Database) -> None:
    _run_sql_file(db, "schema_v3_imports.sql")


@STEPS(name="0004_record_keeping")
def _record_keeping(db: Database) -> None:
    _run_sql_file(db, "schema_v4_record_keeping.sql")
    for table, column, key in (
        ("people", "full_name", name_sort_text),
        ("units", "name", text_sort_text),
    ):
        rows = db.execute(f"SELECT id, {column} FROM {table}").fetchall()
        db.conn.executemany(
            f"UPDATE {table} SET name_sort_key = ? WHERE id = ?",
            [(key(name), record_id) for record_id, name in rows],
        )


@STEPS(name="0005_progress_evidence")
def _progress_evidence(db: Database) -> None:
    _run_sql_file(db, "schema_v5_progress.sql")


@STEPS(name="0006_decisions")
def _decisions(db: Database) -> None:
    _run_sql_file(db, "schema_v6_decisions.sql")
    db.table("eligibility_rules").insert_all(
        {
            "code": code,
            "name_vi": name_vi,
            "name_en": name_en,
            "legal_basis": basis,
            "message": message,
            "parameter": parameter,
            "sort_order": order,
        }
        for order, (code, name_vi, name_en, basis, message, parameter) in enumerate(
            rules_0006.RULES, start=1
        )
    )
    db.table("settings").insert({"key": "register.books", "value": "single"})


@STEPS(name="0007_certificates")
def _certificates(db: Database) -> None:
    _run_sql_file(db, "schema_v7_certificates.sql")
    # The verification secret is born with the database and never leaves it.
    db.table("settings").insert({"key": "certificates.secret", "value": secrets.token_hex(32)})


@STEPS(name="0008_search_index")
def _search_index(db: Database) -> None:
    _run_sql_file(db, "schema_v8_search.sql")
    db.execute(
        "INSERT INTO search_index (rowid, names, units, about, spelled) "
        "SELECT id, names, units, about, spelled FROM award_search_text"
    )


@STEPS(name="0009_audit_trail")
def _audit_trail(db: Database) -> None:
    audit_triggers.create_audit_trail(db)


@STEPS(name="0010_report_indexes")
def _report_indexes(db: Database) -> None:
    _run_sql_file(db, "schema_v10_reports.sql")


# What folding has dropped or read otherwise since step 11 (text.clean): names holding them
# were folded differently when they were stored.
_REFOLDED = ("\u200b", "\u200c", "\u200d", "\ufeff", "Ð", "ð")


@STEPS(name="0011_refold_names")
def _refold_names(db: Database) -> None:
    """Names are folded again where today's folding differs (zero-width characters dropped,
    "Ð" read as "Đ"): a stored name must match the same name typed again, and the search
    index must find it."""
    for table, column in (("people", "full_name"), ("units", "name")):
        db.execute(
            f"UPDATE {table} SET name_folded = fold({column}) "
            f"WHERE name_folded IS NOT fold({column})"
        )
    holds_one = " OR ".join(
        f"instr({column}, ?) > 0"
        for column in ("recipient_name", "unit_name", "achievement")
        for _ in _REFOLDED
    )
    marks = [char for _ in range(3) for char in _REFOLDED]
    if db.execute(f"SELECT EXISTS (SELECT 1 FROM awards WHERE {holds_one})", marks).fetchone()[0]:
        db.execute("DELETE FROM search_index")
        db.execute(
            "INSERT INTO search_index (rowid, names, units, about, spelled) "
            "SELECT id, names, units, about, spelled FROM award_search_text"
        )


@STEPS(name="0012_bonus_rates_2025")
def _bonus_rates_2025(db: Database) -> None:
    """Decree 152/2025's coefficients from 1 July 2025. The rate each replaces is closed the day
    before, not deleted: decisions made under it keep their figures, and a clerk's own edit of
    it stays as the clerk left it. A form and kind that already has a rate from that day or
    later (recorded by the clerk) keeps it; a form the file no longer holds is passed over.
    Like the catalogue of step 2, the decree's rows are the program's, not a clerk's action:
    they leave no audit row (a new file's log stays empty)."""
    rows = bonus_rates_0012
    for statement in audit_triggers.audit_trigger_statements(db, "bonus_rates")[:3]:
        db.execute(statement)  # the three DROP TRIGGERs
    for code, kind, coefficient, note in rows.BONUS_RATES:
        form = db.execute("SELECT id FROM award_forms WHERE code = ?", [code]).fetchone()
        if form is None:
            continue
        recorded_later = db.execute(
            "SELECT EXISTS (SELECT 1 FROM bonus_rates WHERE form_id = ? AND recipient_kind = ? "
            "AND valid_from >= ?)",
            [form[0], kind, rows.IN_FORCE_FROM],
        ).fetchone()[0]
        if recorded_later:
            continue
        db.execute(
            "UPDATE bonus_rates SET valid_to = ? WHERE form_id = ? AND recipient_kind = ? "
            "AND (valid_to IS NULL OR valid_to > ?)",
            [rows.CLOSED_ON, form[0], kind, rows.CLOSED_ON],
        )
        db.table("bonus_rates").insert(
            {
                "form_id": form[0],
                "recipient_kind": kind,
                "coefficient": coefficient,
                "legal_basis": rows.DECREE_152,
                "valid_from": rows.IN_FORCE_FROM,
                "note": note,
            }
        )
    audit_triggers.create_audit_triggers(db, "bonus_rates")


@STEPS(name="0013_law_by_date")
def _law_by_date(db: Database) -> None:
    """Which level confers each form, by date; each authority's level, read from its name
    (the clerk may correct it); the commune chairman's Giấy khen rate before 1 July 2025; the
    lines decisions print by date. The forms' single "conferring_level" text gives way to the
    dated rows. Like steps 2 and 12 these rows are the program's and leave no audit row."""
    rows = law_0013
    _run_sql_file(db, "schema_v13_law_by_date.sql")
    for statement in (
        "DROP TRIGGER IF EXISTS audit_award_forms_insert",
        "DROP TRIGGER IF EXISTS audit_award_forms_update",
        "DROP TRIGGER IF EXISTS audit_award_forms_delete",
    ):
        db.execute(statement)
    # A form the clerk added keeps the levels its text gave, as rows of its own.
    own_forms = [
        row
        for row in db.execute(
            "SELECT id, code, conferring_level, legal_basis, valid_from, valid_to FROM award_forms"
        ).fetchall()
        if row[1] not in {code for code, *_ in rows.CONFERRING_LEVELS}
    ]
    db.execute("ALTER TABLE award_forms DROP COLUMN conferring_level")
    for table in ("issuing_authorities", "bonus_rates", "conferring_levels", "decision_wording"):
        for statement in audit_triggers.audit_trigger_statements(db, table)[:3]:
            db.execute(statement)  # the three DROP TRIGGERs: the step's rows are not audited
    forms = dict(db.execute("SELECT code, id FROM award_forms").fetchall())
    for authority_id, body_name in db.execute(
        "SELECT id, body_name FROM issuing_authorities"
    ).fetchall():
        db.execute(
            "UPDATE issuing_authorities SET level = ? WHERE id = ?",
            [rows.level_of_body(fold(body_name)), authority_id],
        )
    db.conn.executemany(
        "INSERT INTO conferring_levels (form_id, level, valid_from, valid_to, legal_basis) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            (forms[code], level, start, end, basis)
            for code, level, start, end, basis in rows.CONFERRING_LEVELS
            if code in forms
        ],
    )
    db.conn.executemany(
        "INSERT INTO conferring_levels (form_id, level, valid_from, valid_to, legal_basis) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            (form_id, level.strip(), start, end, basis)
            for form_id, _, levels, basis, start, end in own_forms
            for level in (levels or "").split(",")
            if level.strip() in ("commune", "district", "city", "national", "other")
        ],
    )
    for code, kind, level, coefficient, end, basis, note in rows.COMMUNE_RATES:
        if code not in forms:
            continue
        db.execute(
            "INSERT INTO bonus_rates (form_id, recipient_kind, conferring_level, coefficient, "
            "legal_basis, valid_to, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [forms[code], kind, level, coefficient, basis, end, note],
        )
    db.conn.executemany(
        "INSERT INTO decision_wording (part, level, text, sort_order, valid_from, valid_to) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows.DECISION_WORDING,
    )
    for table in (
        "award_forms",
        "issuing_authorities",
        "bonus_rates",
        "conferring_levels",
        "decision_wording",
    ):
        audit_triggers.create_audit_triggers(db, table)


@STEPS(name="0014_unit_successions")
def _unit_successions(db: Database) -> None:
    """A unit's successors become rows of their own, several to a unit, each from a date; the
    links units held move there. Moving them is the program's, not a clerk's: no audit row."""
    for statement in audit_triggers.audit_trigger_statements(db, "units")[:3]:
        db.execute(statement)
    _run_sql_file(db, "schema_v14_successions.sql")
    audit_triggers.create_audit_triggers(db, "units")
    audit_triggers.create_audit_triggers(db, "unit_successions")


# Step 1's check on people.personal_id, and the check that takes its place in step 15.
_CCCD_ONLY = "length(personal_id) = 12 AND"
_CCCD_OR_CMND = "length(personal_id) IN (9, 12) AND"


@STEPS(name="0015_identity_cards_and_honorifics")
def _identity_cards_and_honorifics(db: Database) -> None:
    """A person may carry a 9-digit CMND as well as a 12-digit CCCD, and the honorific a list
    typed before the name ("Đại tá", "Bà") is kept in a column of its own.

    The looser check is written into the table's definition in place, as SQLite documents
    for dropping or loosening a CHECK: no stored row can break it, and rebuilding the table
    would drop its triggers and break the views over it."""
    (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'people'")
    sql = sql[0]
    if sql.count(_CCCD_ONLY) != 1:
        raise ValueError(Message("the people table's personal ID check is not step 1's"))
    (version,) = db.execute("PRAGMA schema_version").fetchone()
    db.execute("PRAGMA writable_schema = ON")
    try:
        db.execute(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'people'",
            [sql.replace(_CCCD_ONLY, _CCCD_OR_CMND)],
        )
        db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")
    db.execute("ALTER TABLE people ADD COLUMN honorific TEXT")
    audit_triggers.create_audit_triggers(db, "people")


@STEPS(name="0016_search_tiers")
def _search_tiers(db: Database) -> None:
    """The search index is written again in the shape the honour roll's tiers read: a
    recipient's name for whole-name lookups, the names apart from the other words, the
    spellings indexed, newest first by key. Names holding a word joiner or a Mongolian vowel
    separator, which folding drops since this step, are folded again first."""
    for table, column in (("people", "full_name"), ("units", "name")):
        db.execute(
            f"UPDATE {table} SET name_folded = fold({column}) "
            f"WHERE name_folded IS NOT fold({column})"
        )
    _run_sql_file(db, "schema_v16_search_tiers.sql")
    db.execute(
        "INSERT INTO search_index_entries SELECT recency, id, name_folded, name_spelled, names, "
        "others, spelled_names, spelled_others FROM award_search_text ORDER BY recency"
    )
    db.execute("INSERT INTO search_index (search_index) VALUES ('rebuild')")


@STEPS(name="0017_collective_rules")
def _collective_rules(db: Database) -> None:
    """The collective titles as the Law of 2022 sets them, each rule citing its own article:
    the Advanced Labour Collective (Art. 28) and the Excellent Labour Collective (Art. 27)."""
    rules_0017.collective_rules_step(db)


@STEPS(name="0018_signing_capacity")
def _signing_capacity(db: Database) -> None:
    """How each dated signer signs (himself, KT., TM. or Q.), kept on each decision too, so
    the issuer line stays the chairman's when a deputy signs."""
    signing_0018.signing_capacity_step(db)


@STEPS(name="0019_discipline_register")
def _discipline_register(db: Database) -> None:
    """The register of discipline, which the rules on disciplined people and members read."""
    discipline_0019.discipline_register_step(db)


@STEPS(name="0020_search_prefixes")
def _search_prefixes(db: Database) -> None:
    """The search index is made again with prefix indexes of one and two characters and a
    list of its words, so a word still being typed is read from one list ("h", "ng") or as
    the whole words it begins ("hoa"), not from the lists of all those words merged first;
    its entries keep their words and are keyed by award, so an import adds its entries at
    the end of the table."""
    _run_sql_file(db, "schema_v20_search_prefixes.sql")


@STEPS(name="0021_year_cycle_registers")
def _year_cycle_registers(db: Database) -> None:
    """Each unit's registration for the year's titles, the register of initiatives with their
    authors and recognising decisions, and the rule that flags a title not registered."""
    cycle_registers_0021.cycle_registers_step(db)


@STEPS(name="0022_council_review")
def _council_review(db: Database) -> None:
    """The council's members by date, the office's rules for its votes, its meetings with the
    members present and the proposals reviewed, and the count of each proposal line."""
    council_0022.council_step(db)


# Step 21's check on the kinds of list an import batch may be, and the one that takes its place.
_STEP_21_KINDS = (
    "list_kind IN ('awards', 'proposals', 'people', 'units', 'registrations', 'initiatives')"
)
_CITY_ANSWER_KINDS = (
    "list_kind IN ('awards', 'proposals', 'people', 'units', 'registrations', 'initiatives', "
    "'city_answer')"
)


@STEPS(name="0023_city_answer")
def _city_answer(db: Database) -> None:
    """Each proposal line sent up to the city keeps the city's answer (decided or not
    chosen) and the city's decision that gave it; the city's list is a kind of import batch.
    The import batches' check is loosened in place, as step 21 loosened it."""
    _run_sql_file(db, "schema_v23_city_answer.sql")
    audit_triggers.create_audit_triggers(db, "proposal_lines")
    (sql,) = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'import_batches'"
    ).fetchone()
    if sql.count(_STEP_21_KINDS) != 1:
        raise ValueError(Message("the import batches' check of list kinds is not step 21's"))
    (version,) = db.execute("PRAGMA schema_version").fetchone()
    db.execute("PRAGMA writable_schema = ON")
    try:
        db.execute(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'import_batches'",
            [sql.replace(_STEP_21_KINDS, _CITY_ANSWER_KINDS)],
        )
        db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")


# The kinds of list an import batch may be from step 24 on (step 23's: _CITY_ANSWER_KINDS).
_CLUSTER_KINDS = (
    "list_kind IN ('awards', 'proposals', 'people', 'units', 'registrations', 'initiatives', "
    "'city_answer', 'clusters')"
)
_CLUSTER_TABLES = ("clusters", "cluster_members", "cluster_pacts", "pact_signatories")


@STEPS(name="0024_clusters")
def _clusters(db: Database) -> None:
    """Emulation clusters and blocks: each set up by a decision, its members with the leader
    and deputy per year, and the year's pact with the members that signed it; a list of
    clusters is a kind of import batch (the check loosened in place, as step 23 did)."""
    _run_sql_file(db, "schema_v24_clusters.sql")
    for table in _CLUSTER_TABLES:
        audit_triggers.create_audit_triggers(db, table)
    _loosen_list_kinds(db, _CITY_ANSWER_KINDS, _CLUSTER_KINDS)


_SCORING_TABLES = ("cluster_scoring_tables", "scoring_criteria", "cluster_scores")


@STEPS(name="0025_cluster_scoring")
def _cluster_scoring(db: Database) -> None:
    """A cluster-year's scoring table with its criteria, and each member's self and agreed
    scores on them."""
    _run_sql_file(db, "schema_v25_cluster_scoring.sql")
    for table in _SCORING_TABLES:
        audit_triggers.create_audit_triggers(db, table)


# The kinds of list an import batch may be from step 26 on: a cluster's filled score sheets.
_SCORES_KINDS = (
    "list_kind IN ('awards', 'proposals', 'people', 'units', 'registrations', 'initiatives', "
    "'city_answer', 'clusters', 'scores')"
)
_REVIEW_TABLES = (
    "cluster_scores",  # its new column: why an agreed score differs from the computed one
    "cluster_reviews",
    "cluster_review_attendees",
    "cluster_review_votes",
    "proposal_line_rankings",
)


@STEPS(name="0026_cluster_reviews")
def _cluster_reviews(db: Database) -> None:
    """A cluster-year's review meeting with the members present and the vote to propose, the
    proposal lines made from a ranking, the reason an agreed score differs from the computed
    one, filled score sheets as a kind of import batch, and the city's flag in the catalogue."""
    _run_sql_file(db, "schema_v26_cluster_reviews.sql")
    for table in _REVIEW_TABLES:
        audit_triggers.create_audit_triggers(db, table)
    _loosen_list_kinds(db, _CLUSTER_KINDS, _SCORES_KINDS)
    _add_city_flag(db)


def _add_city_flag(db: Database) -> None:
    """The city's flag added to the catalogue, unless the office added it itself (a form of
    that name or code is kept as it is). Like the catalogue of step 2 it is the program's row,
    not a clerk's action: it leaves no audit row."""
    code, name_vi, _name_en, _category, _kinds, basis = city_flag_0026.CITY_FLAG
    held = db.execute(
        "SELECT count(*) FROM award_forms WHERE code = ? OR name_vi = ?", [code, name_vi]
    ).fetchone()[0]
    if held:
        return
    for table in ("award_forms", "conferring_levels"):
        for statement in audit_triggers.audit_trigger_statements(db, table)[:3]:
            db.execute(statement)  # the three DROP TRIGGERs
    form_id = db.execute(
        "INSERT INTO award_forms (code, name_vi, name_en, category, recipient_kinds, "
        "legal_basis, sort_order) VALUES (?, ?, ?, ?, ?, ?, "
        "(SELECT coalesce(max(sort_order), 0) + 1 FROM award_forms))",
        list(city_flag_0026.CITY_FLAG),
    ).lastrowid
    db.execute(
        "INSERT INTO conferring_levels (form_id, level, legal_basis, valid_from) "
        "VALUES (?, 'city', ?, ?)",
        [form_id, basis, city_flag_0026.CONFERRED_BY_THE_CITY_FROM],
    )
    for table in ("award_forms", "conferring_levels"):
        audit_triggers.create_audit_triggers(db, table)


def _loosen_list_kinds(db: Database, was: str, becomes: str) -> None:
    """The import batches' check of list kinds rewritten in place (SQLite cannot alter a
    check); the file's schema version is raised so every connection reads it again."""
    (sql,) = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'import_batches'"
    ).fetchone()
    if sql.count(was) != 1:
        raise ValueError(Message("the import batches' check of list kinds is not step 23's"))
    (version,) = db.execute("PRAGMA schema_version").fetchone()
    db.execute("PRAGMA writable_schema = ON")
    try:
        db.execute(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'import_batches'",
            [sql.replace(was, becomes)],
        )
        db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")


def known_step_names() -> list[str]:
    return [step.name for step in STEPS._migrations]


def latest_schema_version() -> int:
    return len(known_step_names())


def applied_step_names(db: Database) -> list[str]:
    return schema_steps.applied_step_names(db.conn)


def schema_version(db: Database) -> int:
    """How many of this program's schema steps the file has taken (0 for a new file)."""
    return schema_steps.schema_version(db.conn)


def check_can_open(db: Database) -> None:
    """Refuse a file written by a newer version, or by another program, before touching it."""
    schema_steps.check_can_open(db.conn)


def pending_step_names(db: Database) -> list[str]:
    return [step.name for step in STEPS.pending(db)]


def apply_pending(db: Database) -> list[str]:
    """Take every pending step in order; returns the names taken."""
    pending = pending_step_names(db)
    if pending:
        STEPS.apply(db)
        db.execute(f"PRAGMA user_version = {schema_version(db)}")
    return pending
