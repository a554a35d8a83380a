"""The office's rules for the council's votes: what a share is counted against, the quorum
and each title's threshold, each with the regulation and article that set it. None has a
default: until the office says, the tally gives shares and no verdict."""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import TYPE_CHECKING

from kienan_awards.core.awards.council_votes import SHARE_BASES, CouncilRules, Threshold
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.records.record_edits import transaction
from kienan_awards.core.text import clean

if TYPE_CHECKING:
    from sqlite_utils import Database


def _fraction_text(share: Fraction) -> str:
    return f"{share.numerator}/{share.denominator}"


def council_rules(db: Database) -> CouncilRules | None:
    """The office's rules, or None until it has said what a share is counted against."""
    row = db.execute(
        "SELECT share_of, quorum_share, quorum_at_least, quorum_regulation, quorum_article "
        "FROM council_rules WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    share_of, quorum_share, at_least, regulation, article = row
    quorum = None
    if quorum_share:
        quorum = Threshold(Fraction(quorum_share), regulation, article or "", bool(at_least))
    thresholds = {
        code: Threshold(Fraction(share), regulation, article, bool(least))
        for code, share, least, regulation, article in db.execute(
            "SELECT f.code, t.threshold, t.at_least, t.regulation, t.article "
            "FROM council_thresholds t JOIN award_forms f ON f.id = t.form_id ORDER BY f.code"
        )
    }
    return CouncilRules(share_of, quorum, thresholds)


def ballot_forms(db: Database) -> list[tuple[str, str]]:
    """(code, Vietnamese name) of every form of the catalogue, in its order: the titles a
    threshold may be set for."""
    return [
        (code, name)
        for code, name in db.execute(
            "SELECT code, name_vi FROM award_forms ORDER BY sort_order, code"
        )
    ]


def _form_id(db: Database, code: str) -> int:
    row = db.execute(
        "SELECT id FROM award_forms WHERE code = ? COLLATE NOCASE", [clean(code)]
    ).fetchone()
    if row is None:
        raise KienanError(Message("'{form}' is not an award form of the catalogue", form=code))
    return row[0]


def set_rules(
    db: Database,
    share_of: str | None = None,
    thresholds: Mapping[str, Threshold] | None = None,
    quorum: Threshold | None = None,
) -> ChangeSet:
    """The office's rules, in one transaction: what a share is counted against (None keeps
    the one set; the first time it must be given), the quorum (None keeps the one set) and
    the thresholds given by title code (the others stay as they were)."""
    if share_of is not None and share_of not in SHARE_BASES:
        CouncilRules(share_of)  # refused there, with the words for it
    with transaction(db):
        held = db.execute("SELECT share_of FROM council_rules WHERE id = 1").fetchone()
        if held is None and share_of is None:
            raise KienanError(
                Message(
                    "say first what a share is counted against: the members present or the "
                    "members in office, as the office's regulation says"
                )
            )
        db.execute(
            "INSERT INTO council_rules (id, share_of) VALUES (1, ?) "
            "ON CONFLICT(id) DO UPDATE SET share_of = excluded.share_of",
            [share_of or held[0]],
        )
        if quorum is not None:
            if not clean(quorum.regulation):
                raise KienanError(Message("name the regulation that sets the quorum"))
            db.execute(
                "UPDATE council_rules SET quorum_share = ?, quorum_at_least = ?, "
                "quorum_regulation = ?, quorum_article = ? WHERE id = 1",
                [
                    _fraction_text(quorum.share),
                    int(quorum.at_least),
                    clean(quorum.regulation),
                    clean(quorum.article),
                ],
            )
        for code, threshold in (thresholds or {}).items():
            if not clean(threshold.regulation):
                raise KienanError(
                    Message("name the regulation that sets the threshold for {form}", form=code)
                )
            db.execute(
                "INSERT INTO council_thresholds (form_id, threshold, at_least, regulation, "
                "article) VALUES (?, ?, ?, ?, ?) ON CONFLICT(form_id) DO UPDATE SET "
                "threshold = excluded.threshold, at_least = excluded.at_least, "
                "regulation = excluded.regulation, article = excluded.article",
                [
                    _form_id(db, code),
                    _fraction_text(threshold.share),
                    int(threshold.at_least),
                    clean(threshold.regulation),
                    clean(threshold.article),
                ],
            )
    return ChangeSet.of(RecordKind.COUNCIL)
