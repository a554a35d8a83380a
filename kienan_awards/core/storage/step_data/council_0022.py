"""The emulation and commendation council's review, as schema step 22 writes it: the council's
members by date, the office's rules for its votes (what a share counts against, the quorum,
each title's threshold with its regulation's article), the meetings with the members present
and the proposals reviewed, and the count per proposal line, frozen as shipped.

Shares are kept as exact fractions ("7/10", "2/3"), so a candidate on the line stays on it.
No rule has a default: an office that set none gets shares and no verdict.
"""

from sqlite_utils import Database

from kienan_awards.core.storage import audit_triggers

_CREATED = "created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))"
_DATE = "{column} TEXT CHECK ({column} IS NULL OR date({column}) IS {column})"
_COUNT = "{column} INTEGER CHECK ({column} IS NULL OR {column} >= 0)"

TABLES = (
    f"""CREATE TABLE IF NOT EXISTS council_members (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role TEXT NOT NULL CHECK (length(trim(role)) > 0),
    person_id INTEGER REFERENCES people(id),
    {_DATE.format(column="valid_from")},
    {_DATE.format(column="valid_to")},
    deleted_at TEXT,
    {_CREATED},
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
)""",
    # One row: the office's rules. The quorum is optional; a share is "numerator/denominator".
    """CREATE TABLE IF NOT EXISTS council_rules (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    share_of TEXT NOT NULL CHECK (share_of IN ('present', 'in_office')),
    quorum_share TEXT,
    quorum_at_least INTEGER NOT NULL DEFAULT 1 CHECK (quorum_at_least IN (0, 1)),
    quorum_regulation TEXT,
    quorum_article TEXT,
    CHECK ((quorum_share IS NULL) = (quorum_regulation IS NULL))
)""",
    """CREATE TABLE IF NOT EXISTS council_thresholds (
    id INTEGER PRIMARY KEY,
    form_id INTEGER NOT NULL UNIQUE REFERENCES award_forms(id),
    threshold TEXT NOT NULL,
    at_least INTEGER NOT NULL DEFAULT 1 CHECK (at_least IN (0, 1)),
    regulation TEXT NOT NULL CHECK (length(trim(regulation)) > 0),
    article TEXT NOT NULL DEFAULT ''
)""",
    f"""CREATE TABLE IF NOT EXISTS council_meetings (
    id INTEGER PRIMARY KEY,
    held_on TEXT NOT NULL CHECK (date(held_on) IS held_on),
    place TEXT,
    subject TEXT,
    chair_member_id INTEGER REFERENCES council_members(id),
    secretary TEXT,
    minutes_number TEXT,
    count_number TEXT,
    {_COUNT.format(column="ballots_issued")},
    {_COUNT.format(column="ballots_cast")},
    {_COUNT.format(column="ballots_void")},
    deleted_at TEXT,
    {_CREATED},
    CHECK ((ballots_issued IS NULL) = (ballots_cast IS NULL)
        AND (ballots_cast IS NULL) = (ballots_void IS NULL))
)""",
    # The members present; counting: their place on the vote counting committee, if any.
    """CREATE TABLE IF NOT EXISTS council_attendance (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES council_meetings(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES council_members(id),
    counting TEXT CHECK (counting IS NULL OR counting IN ('head', 'member')),
    UNIQUE (meeting_id, member_id)
)""",
    """CREATE TABLE IF NOT EXISTS council_reviewed_proposals (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES council_meetings(id) ON DELETE CASCADE,
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    UNIQUE (meeting_id, proposal_id)
)""",
    # A proposal line on the meeting's ballot, and its count once entered.
    f"""CREATE TABLE IF NOT EXISTS council_votes (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES council_meetings(id) ON DELETE CASCADE,
    line_id INTEGER NOT NULL REFERENCES proposal_lines(id),
    {_COUNT.format(column="agree")},
    {_COUNT.format(column="disagree")},
    {_COUNT.format(column="spoiled")},
    UNIQUE (meeting_id, line_id),
    CHECK ((agree IS NULL) = (disagree IS NULL) AND (disagree IS NULL) = (spoiled IS NULL))
)""",
    "CREATE INDEX IF NOT EXISTS council_votes_line ON council_votes(line_id)",
)

AUDITED = (
    "council_members",
    "council_rules",
    "council_thresholds",
    "council_meetings",
    "council_attendance",
    "council_reviewed_proposals",
    "council_votes",
)


def council_step(db: Database) -> None:
    """Run twice, it changes nothing the second time. It loads no rows."""
    for statement in TABLES:
        db.execute(statement)
    for table in AUDITED:
        audit_triggers.create_audit_triggers(db, table)
