"""How each dated signer signs, and how each decision was signed: the rows schema step 18
writes.

A signer's own title ("Phó Chủ tịch") is kept apart from the issuing title (the chairman's,
"CHỦ TỊCH ỦY BAN NHÂN DÂN ..."), which every decision and certificate of a People's Committee
carries whoever signs. A signer recorded before this step whose title plainly says a deputy
signs KT. on the chairman's behalf, as Decree 30/2020 has a deputy sign, and one whose title
says acting ("Quyền Chủ tịch") signs Q.; anyone else signs himself. Such a signer's issuer line,
written from his own title until now, becomes the chairman's. A decision that keeps its signer
keeps the capacity that signer's title says.
"""

from sqlite_utils import Database

from kienan_awards.core.storage import audit_triggers
from kienan_awards.core.text import fold

# Frozen as shipped, apart from the office module's, which may learn more later.
SIGNING_CAPACITIES = ("", "KT.", "TM.", "Q.")
CHAIRMAN_TITLE = "Chủ tịch"
_ALLOWED = ", ".join(f"'{capacity}'" for capacity in SIGNING_CAPACITIES)
AUTHORITY_COLUMN = (
    "ALTER TABLE issuing_authorities ADD COLUMN signing_capacity TEXT NOT NULL DEFAULT '' "
    f"CHECK (signing_capacity IN ({_ALLOWED}))"
)
# NULL: a decision that keeps no signer of its own is signed as its authority signs.
DECISION_COLUMN = (
    "ALTER TABLE decisions ADD COLUMN signing_capacity TEXT "
    f"CHECK (signing_capacity IS NULL OR signing_capacity IN ({_ALLOWED}))"
)


def inferred_capacity(signer_title: str | None) -> str:
    first = fold(signer_title).split()[:1]
    return {"pho": "KT.", "quyen": "Q."}.get(first[0], "") if first else ""


def _has_column(db: Database, table: str, column: str) -> bool:
    return any(row[1] == column for row in db.execute(f"PRAGMA table_info({table})"))


def signing_capacity_step(db: Database) -> None:
    """Add the signing capacity to the issuing authorities and the decisions, inferred for the
    rows already written; does nothing on a file that has it."""
    if _has_column(db, "issuing_authorities", "signing_capacity"):
        return
    db.execute(AUTHORITY_COLUMN)
    db.execute(DECISION_COLUMN)
    audit_triggers.create_audit_triggers(db, "issuing_authorities")
    audit_triggers.create_audit_triggers(db, "decisions")
    authorities = db.execute("SELECT id, signer_title, body_name FROM issuing_authorities")
    for authority_id, signer_title, body_name in authorities.fetchall():
        capacity = inferred_capacity(signer_title)
        if not capacity:
            continue
        # Only the issuer line the program wrote from the signer's title is corrected; one
        # the clerk wrote otherwise stays.
        written = f"{signer_title} {body_name}"
        chairman = f"{CHAIRMAN_TITLE} {body_name}"
        db.execute(
            """UPDATE issuing_authorities SET signing_capacity = :capacity,
                 issuer_title = CASE WHEN issuer_title = :written_upper THEN :chairman
                                     ELSE issuer_title END,
                 name = CASE WHEN name = :written THEN :chairman_name ELSE name END
               WHERE id = :id""",
            {
                "capacity": capacity,
                "written_upper": written.upper(),
                "chairman": chairman.upper(),
                "written": written,
                "chairman_name": chairman,
                "id": authority_id,
            },
        )
    for decision_id, signer_title in db.execute(
        "SELECT id, signer_title FROM decisions WHERE signer_title IS NOT NULL"
    ).fetchall():
        db.execute(
            "UPDATE decisions SET signing_capacity = ? WHERE id = ?",
            [inferred_capacity(signer_title), decision_id],
        )
