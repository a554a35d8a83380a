"""Certificates: the text frozen when the decision is saved, and the verification code.

The code is an HMAC of the frozen text under a secret created with the database, written in
an alphabet without look-alike characters (no 0/O, 1/I/L, 2/Z, 5/S, 8/B) as three groups of
four: it cannot be forged or guessed from the register number.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from kienan_awards.core import vocabulary as words
from kienan_awards.core.awards.decision_issuer import AUTHORITY_OF_DECISION_SQL
from kienan_awards.core.documents.certificate_wording import name_with_place
from kienan_awards.core.documents.decree_dates import decision_of, place_and_date
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.records import record_edits
from kienan_awards.core.records.office import body_of_issuer, decision_capacity, signature_lines

if TYPE_CHECKING:
    from sqlite_utils import Database

CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_GROUPS, GROUP_LENGTH = 3, 4


@dataclass(frozen=True)
class CertificateData:
    award_id: int
    form_code: str
    form_name: str
    recipient_kind: str
    honorific: str  # "Ông", "Bà" or "" for a collective
    recipient_name: str
    position: str
    unit_name: str
    achievement: str
    issuer_title: str  # CHỦ TỊCH ỦY BAN NHÂN DÂN …
    signer_title: str
    signer_name: str
    place: str
    decision_number: str
    decided_on: str  # ISO date
    register_number: int | None
    achievement_year: int
    # "KT.", "TM.", "Q." or "" (himself); certificates frozen before it was kept sign "".
    signing_capacity: str = ""

    @property
    def signature_lines(self) -> list[str]:
        """The lines over the signature: "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH", as decisions."""
        if not self.signer_title and not self.signing_capacity:
            return []
        return signature_lines(
            self.signing_capacity, self.signer_title, body_of_issuer(self.issuer_title.upper())
        )

    @property
    def decision_line(self) -> str:
        day = dt.date.fromisoformat(self.decided_on)
        return decision_of(self.decision_number, day)

    @property
    def place_date_line(self) -> str:
        day = dt.date.fromisoformat(self.decided_on)
        return place_and_date(self.place, day)


def _secret(db: Database) -> bytes:
    row = db.execute("SELECT value FROM settings WHERE key = 'certificates.secret'").fetchone()
    if row is None:
        raise KienanError(Message("this database has no certificate secret"))
    return bytes.fromhex(row[0])


def _code(secret: bytes, data_json: str) -> str:
    digest = hmac.new(secret, data_json.encode("utf-8"), hashlib.sha256).digest()
    number = int.from_bytes(digest, "big")
    chars = []
    for _ in range(CODE_GROUPS * GROUP_LENGTH):
        number, index = divmod(number, len(CODE_ALPHABET))
        chars.append(CODE_ALPHABET[index])
    return "-".join(
        "".join(chars[i : i + GROUP_LENGTH]) for i in range(0, len(chars), GROUP_LENGTH)
    )


QR_MASK = 2  # any of the eight masks is valid; a fixed one saves trying them all


def qr_modules(code: str) -> str:
    """The QR symbol of a code, computed once when the certificate is frozen."""
    import segno  # only a certificate frozen needs it, not a code checked (verify)

    matrix = segno.make(code, error="m", mask=QR_MASK).matrix
    return "/".join("".join("1" if dark else "0" for dark in row) for row in matrix)


def normalise_code(text: str) -> str:
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(compact[i : i + GROUP_LENGTH] for i in range(0, len(compact), GROUP_LENGTH))


def _current_data(db: Database, award_id: int) -> CertificateData:
    # A decision of a past list with no authority of its own is signed by the one in force
    # on its date, resolved here when its certificates are frozen for printing.
    row = db.execute(
        f"""SELECT a.id, f.code, f.name_vi, a.recipient_kind, p.gender, p.honorific,
                  a.recipient_name,
                  a.position, a.unit_name, a.achievement, ia.issuer_title,
                  coalesce(d.signer_title, ia.signer_title),
                  coalesce(d.signer_name, ia.signer_name), ia.place, d.number, d.decided_on,
                  a.register_number, a.achievement_year, a.unit_id, a.recipient_unit_id,
                  d.signing_capacity, d.signer_title, ia.signing_capacity
           FROM awards a JOIN award_forms f ON f.id = a.form_id
           JOIN decisions d ON d.id = a.decision_id
           LEFT JOIN issuing_authorities ia ON ia.id = {AUTHORITY_OF_DECISION_SQL}
           LEFT JOIN people p ON p.id = a.person_id
           WHERE a.id = ?""",
        [award_id],
    ).fetchone()
    if row is None:
        raise KienanError(Message("there is no award {award_id}", award_id=award_id))
    (
        award,
        code,
        name,
        kind,
        gender,
        kept_honorific,
        recipient,
        position,
        unit,
        achievement,
        issuer,
        signer_title,
        signer_name,
        place,
        number,
        decided_on,
        register,
        year,
        unit_id,
        recipient_unit_id,
        kept_capacity,
        kept_title,
        authority_capacity,
    ) = row
    # The honorific the person's record keeps ("Đại tá"), else the one their gender gives.
    honorific = (kept_honorific or words.HONORIFICS.get(gender, "")) if kind == "individual" else ""
    # Names are frozen as printed, with their place: a certificate is read on its own, so a
    # person of a district's or ward's department is of "Phòng Nội vụ quận Kiến An".
    if kind == "individual":
        unit = unit_name_with_place(db, unit_id, unit or "", only_when_cut=False)
    else:
        recipient = unit_name_with_place(db, recipient_unit_id, recipient, only_when_cut=False)
    return CertificateData(
        award,
        code,
        name,
        kind,
        honorific,
        recipient,
        position or "",
        unit or "" if kind == "individual" else "",
        achievement or "",
        issuer or "",
        signer_title or "",
        signer_name or "",
        place or "",
        number,
        decided_on,
        register,
        year,
        decision_capacity(kept_capacity, kept_title, authority_capacity) if issuer else "",
    )


_ADMINISTRATIVE_TIERS = ("province", "district", "ward")


def unit_name_with_place(
    db: Database, unit_id: int | None, written: str, *, only_when_cut: bool
) -> str:
    """The unit's name as written on the decision, completed with the administrative unit it
    belongs to ("Văn phòng HĐND và UBND quận" -> "... quận Kiến An", "Phòng Nội vụ" -> "Phòng
    Nội vụ quận Kiến An"). An administrative unit is named as it stands; only_when_cut
    completes only a name that ends with its place's kind."""
    row = db.execute(
        "SELECT u.kind, p.name, p.kind FROM units u JOIN units p ON p.id = u.parent_id "
        "WHERE u.id = ?",
        [unit_id],
    ).fetchone()
    if not written or row is None:
        return written
    kind, place, place_kind = row
    if kind in _ADMINISTRATIVE_TIERS or place_kind not in _ADMINISTRATIVE_TIERS:
        return written
    return name_with_place(
        written, place, residential=kind == "residential_group", only_when_cut=only_when_cut
    )


def freeze_certificates(db: Database, award_ids: list[int]) -> int:
    """Freeze the certificate text of awards not frozen yet; returns how many were frozen.
    Runs inside the caller's transaction when there is one."""
    secret = _secret(db)
    frozen = 0
    for award_id in award_ids:
        if db.execute("SELECT 1 FROM certificates WHERE award_id = ?", [award_id]).fetchone():
            continue
        data_json = json.dumps(
            asdict(_current_data(db, award_id)), ensure_ascii=False, sort_keys=True
        )
        code = _code(secret, data_json)
        db.execute(
            "INSERT INTO certificates (award_id, data_json, verification_code, qr_modules) "
            "VALUES (?, ?, ?, ?)",
            [award_id, data_json, code, qr_modules(code)],
        )
        frozen += 1
    return frozen


def freeze_again_unsigned(db: Database, award_ids: Sequence[int]) -> int:
    """Freeze again the certificates frozen with no issuer (their decision had no authority
    recorded for its date then), now that one signs them; returns how many. Runs inside the
    caller's transaction; the caller has made sure an authority now signs each."""
    unsigned = [
        award_id
        for award_id in award_ids
        if (
            row := db.execute(
                "SELECT data_json FROM certificates WHERE award_id = ?", [award_id]
            ).fetchone()
        )
        and not json.loads(row[0]).get("issuer_title")
    ]
    if unsigned:
        marks = ", ".join("?" for _ in unsigned)
        db.execute(f"DELETE FROM certificates WHERE award_id IN ({marks})", unsigned)
        freeze_certificates(db, unsigned)
    return len(unsigned)


def certificate(db: Database, award_id: int) -> tuple[CertificateData, str]:
    """The frozen text and its verification code (frozen now if the award predates this)."""
    data, code, _modules = certificate_with_qr(db, award_id)
    return data, code


def certificate_with_qr(db: Database, award_id: int) -> tuple[CertificateData, str, str]:
    query = "SELECT data_json, verification_code, qr_modules FROM certificates WHERE award_id = ?"
    row = db.execute(query, [award_id]).fetchone()
    if row is None:
        with record_edits.transaction(db):
            freeze_certificates(db, [award_id])
        row = db.execute(query, [award_id]).fetchone()
    return CertificateData(**json.loads(row[0])), row[1], row[2]


def sample_certificate(
    db: Database, form_codes: Sequence[str], recipient_kinds: Sequence[str]
) -> tuple[CertificateData, str, str] | None:
    """A certificate of these forms and kinds to show a template on: the one with the
    longest recipient name, the hardest to fit; None when there is none."""
    if not form_codes or not recipient_kinds:
        return None
    row = db.execute(
        # Only an award this office may print: one of its own decisions, signed.
        "SELECT a.id FROM awards a JOIN award_forms f ON f.id = a.form_id "
        "JOIN decisions d ON d.id = a.decision_id "
        f"JOIN issuing_authorities ia ON ia.id = {AUTHORITY_OF_DECISION_SQL} "
        f"WHERE ia.is_this_office = 1 AND f.code IN ({', '.join('?' for _ in form_codes)}) "
        f"AND a.recipient_kind IN ({', '.join('?' for _ in recipient_kinds)}) "
        "ORDER BY length(a.recipient_name) DESC LIMIT 1",
        [*form_codes, *recipient_kinds],
    ).fetchone()
    return certificate_with_qr(db, row[0]) if row else None


@dataclass(frozen=True)
class Verification:
    status: str  # "valid", "revoked" or "unknown"
    data: CertificateData | None = None
    reason: str | None = None


def verify(db: Database, code: str) -> Verification:
    """Look a code up; a stored text that no longer matches its code counts as unknown."""
    wanted = normalise_code(code)
    row = db.execute(
        "SELECT c.award_id, c.data_json, c.verification_code, a.status FROM certificates c "
        "JOIN awards a ON a.id = c.award_id WHERE c.verification_code = ?",
        [wanted],
    ).fetchone()
    if row is None or not hmac.compare_digest(_code(_secret(db), row[1]), row[2]):
        return Verification("unknown")
    data = CertificateData(**json.loads(row[1]))
    if row[3] == "revoked":
        reason = db.execute(
            "SELECT reason FROM award_acts WHERE award_id = ? AND "
            "act = 'revocation' ORDER BY id DESC LIMIT 1",
            [row[0]],
        ).fetchone()
        return Verification("revoked", data, reason[0] if reason else None)
    return Verification("valid", data)
