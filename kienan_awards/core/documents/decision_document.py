"""The award decision and its attachments as content: what the decision says (Decree 30/2020
layout), the list of recipients, a receipt sheet for signatures and a bonus sheet. The .docx
writer and the PDF renderer both work from this one content, and both files take the one name
decision_pack_stem gives."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from kienan_awards.core import vocabulary as words
from kienan_awards.core.awards.decision_issuer import (
    AUTHORITY_OF_DECISION_SQL,
    OtherBodysDecision,
    UnsignedDecision,
)
from kienan_awards.core.documents.certificate_wording import (
    ADMINISTRATIVE_KINDS,
    position_with_unit,
)
from kienan_awards.core.documents.certificates import unit_name_with_place
from kienan_awards.core.documents.decision_articles import (
    Article,
    AwardedGroup,
    bonus_article,
    closing_articles,
    first_article,
)
from kienan_awards.core.documents.decision_attachments import (
    Attachment,
    RecipientLine,
    payment_sheet,
    receipt_sheet,
    recipient_list,
)
from kienan_awards.core.documents.decree_dates import place_and_date
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.output_files import safe_file_name
from kienan_awards.core.records.office import (
    FOR_THE_BODY,
    decision_capacity,
    signature_lines,
)

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class DecisionContent:
    body_name: str  # ỦY BAN NHÂN DÂN QUẬN …
    number_line: str  # Số: 15/QĐ-UBND
    place_date: str  # Kiến An, ngày 12 tháng 01 năm 2024
    title: str  # Về việc tặng Giấy khen …
    issuer_title: str  # CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN …
    legal_bases: list[str]
    proposer_line: str
    articles: list[Article]
    recipients_note: str  # (Kèm theo Quyết định số … ngày … của Chủ tịch UBND …)
    signer_title: str
    signer_name: str
    number: str  # 15/QĐ-UBND, as recorded
    decided_on: dt.date
    lines: list[RecipientLine] = field(default_factory=list)
    total_amount: int = 0
    office_name: str = ""  # the body as recorded: the files' author
    # "KT. CHỦ TỊCH" over the signer's own title when a deputy signs, "TM. ỦY BAN NHÂN DÂN"
    # over "CHỦ TỊCH" for the committee; None: the title alone ("Q. CHỦ TỊCH" acting).
    signer_capacity: str | None = None

    @property
    def body_lines(self) -> list[str]:
        return body_name_lines(self.body_name)

    @property
    def signature_lines(self) -> list[str]:
        """The lines over the signature: the capacity, if any, then the signer's title."""
        return [line for line in (self.signer_capacity, self.signer_title) if line]

    @cached_property  # fitting the columns is work: the .docx and the PDF share it
    def attachments(self) -> list[Attachment]:
        """The list of recipients, the receipt sheet for signatures and the bonus sheet."""
        note, total = self.recipients_note, self.total_amount
        return [
            recipient_list(self.lines, note, total),
            receipt_sheet(self.lines, note, total),
            payment_sheet(self.lines, note, total),
        ]


# The kinds of area an authority's name ends with, in capitals, longer first ("THỊ XÃ" before
# "XÃ"): the kinds certificate_wording reads.
AREA_KINDS_UPPER = tuple(
    sorted((kind.upper() for kind in ADMINISTRATIVE_KINDS), key=lambda kind: -len(kind.split()))
)


def body_name_lines(body_name: str) -> list[str]:
    """The authority's name in the header, broken before the kind of its area so a place name
    is never split: "ỦY BAN NHÂN DÂN" / "QUẬN KIẾN AN"."""
    name = " ".join(body_name.split())
    for kind in AREA_KINDS_UPPER:
        at = name.find(f" {kind} ")
        if at > 0:
            return [name[:at], name[at + 1 :]]
    return [name]


def decision_wording(db: Database, part: str, day: dt.date, level: str | None) -> list[str]:
    """The lines of a part of the decision ("legal_basis", "proposer", "implementers") in
    force on the day, for an authority of that level, in their order. A line written for the
    level stands in for the line of any level in the same place."""
    rows = db.execute(
        """SELECT w.text FROM decision_wording w
           WHERE w.part = :part AND (w.valid_from IS NULL OR w.valid_from <= :day)
             AND (w.valid_to IS NULL OR w.valid_to >= :day)
             AND (w.level = :level OR (w.level IS NULL AND NOT EXISTS (
                  SELECT 1 FROM decision_wording o
                  WHERE o.part = w.part AND o.sort_order = w.sort_order AND o.level = :level
                    AND (o.valid_from IS NULL OR o.valid_from <= :day)
                    AND (o.valid_to IS NULL OR o.valid_to >= :day))))
           ORDER BY w.sort_order, w.id""",
        {"part": part, "day": day.isoformat(), "level": level},
    )
    return [text for (text,) in rows]


def decision_content(db: Database, decision_id: int) -> DecisionContent:
    """What the decision says; refused when no issuing authority signs it, or when another
    body decided it. A decision of a past list with no authority of its own is signed by the
    one in force on its date, resolved here each time. Its legal bases and who carries it out
    are the lines in force on its date (a decision that stored its own bases keeps them)."""
    row = db.execute(
        f"""SELECT d.number, d.decided_on, d.title, d.legal_bases, d.proposed_by,
                  coalesce(d.signer_title, ia.signer_title),
                  coalesce(d.signer_name, ia.signer_name), ia.body_name, ia.issuer_title,
                  ia.place, ia.level, ia.is_this_office, ia.name, d.signing_capacity,
                  d.signer_title, ia.signing_capacity
           FROM decisions d LEFT JOIN issuing_authorities ia
             ON ia.id = {AUTHORITY_OF_DECISION_SQL}
           WHERE d.id = ?""",
        [decision_id],
    ).fetchone()
    if row is None:
        raise KienanError(Message("there is no decision {decision_id}", decision_id=decision_id))
    (
        number,
        decided_on,
        title,
        legal_bases,
        proposed_by,
        signer_title,
        signer_name,
        body_name,
        issuer_title,
        place,
        level,
        this_office,
        authority_name,
        kept_capacity,
        kept_title,
        authority_capacity,
    ) = row
    day = dt.date.fromisoformat(decided_on)
    if body_name is None:
        raise KienanError(UnsignedDecision(number, day).message)
    if not this_office:
        raise KienanError(OtherBodysDecision(number, day, body_name).pack_message)
    lines = _recipient_lines(db, decision_id)
    total = sum(line.amount or 0 for line in lines)
    forms = list(dict.fromkeys(line.form for line in lines))
    capacity = decision_capacity(kept_capacity, kept_title, authority_capacity)
    # Signed for the committee as a body, the decision is the committee's, not its chairman's.
    issuer = body_name if capacity == FOR_THE_BODY else issuer_title or ""
    if capacity == FOR_THE_BODY:
        authority_name = body_name
    signature = signature_lines(capacity, signer_title, body_name)
    bases = [line.strip() for line in (legal_bases or "").splitlines() if line.strip()]
    return DecisionContent(
        body_name=body_name.upper(),
        number_line=words.NUMBER_LINE.format(number=number),
        place_date=place_and_date(place, day),
        title=title or words.DECISION_TITLE.format(forms=", ".join(forms) or words.DEFAULT_FORM),
        issuer_title=issuer.upper(),
        legal_bases=bases or decision_wording(db, "legal_basis", day, level),
        proposer_line=words.PROPOSED_BY.format(
            proposer=proposed_by or " ".join(decision_wording(db, "proposer", day, level))
        ),
        articles=[
            first_article(_awarded_groups(lines), sorted({x.year for x in lines if x.year})),
            bonus_article(total),
            *closing_articles(decision_wording(db, "implementers", day, level)),
        ],
        recipients_note=words.ATTACHED_TO_DECISION.format(
            number=number, day=day, issuer=_short_issuer(authority_name or issuer)
        ),
        signer_title=signature[-1],
        signer_name=signer_name or "",
        number=number,
        decided_on=day,
        lines=lines,
        total_amount=total,
        office_name=body_name,
        signer_capacity=signature[0] if len(signature) > 1 else None,
    )


def _recipient_lines(db: Database, decision_id: int) -> list[RecipientLine]:
    """The decision's awards as its tables list them: collectives, then households, then
    people, each in the order of the register; a position and its unit as documents write
    them ("Chủ tịch UBND phường Đồng Hòa")."""
    rows = db.execute(
        """SELECT a.recipient_name, a.position, CASE WHEN a.recipient_kind = 'individual'
                  THEN a.unit_name END, a.achievement, f.name_vi, a.bonus_amount,
                  a.recipient_kind, f.code, f.category = 'title', a.achievement_year,
                  a.unit_id, a.recipient_unit_id
           FROM awards a JOIN award_forms f ON f.id = a.form_id
           WHERE a.decision_id = ? AND a.status = 'awarded'
           ORDER BY CASE a.recipient_kind WHEN 'collective' THEN 0 WHEN 'household' THEN 1
                    ELSE 2 END, a.register_number, a.id""",
        [decision_id],
    )
    return [
        RecipientLine(
            number,
            # A name cut at its place's kind ("Văn phòng HĐND và UBND phường") is completed.
            unit_name_with_place(db, recipient_unit_id, name, only_when_cut=True),
            position_with_unit(
                position or "", unit_name_with_place(db, unit_id, unit or "", only_when_cut=True)
            ),
            achievement or "",
            form,
            amount,
            kind,
            code,
            bool(is_title),
            year,
        )
        for number, (
            name,
            position,
            unit,
            achievement,
            form,
            amount,
            kind,
            code,
            is_title,
            year,
            unit_id,
            recipient_unit_id,
        ) in enumerate(rows, start=1)
    ]


def _awarded_groups(lines: list[RecipientLine]) -> list[AwardedGroup]:
    """Each form the decision gives, in the order it first comes, with its counts by kind."""
    groups: dict[str, AwardedGroup] = {}
    for line in lines:
        group = groups.setdefault(
            line.form, AwardedGroup(line.form, line.form_code, line.is_title, Counter())
        )
        group.kinds[line.kind] += 1
    if not groups:
        return [AwardedGroup(words.DEFAULT_FORM, "", False, Counter())]
    return list(groups.values())


def _short_issuer(issuer: str) -> str:
    """ "Chủ tịch UBND quận Kiến An", as the note under a list names the issuer."""
    for short, full in words.NOTE_ABBREVIATIONS.items():
        issuer = issuer.replace(full, short)
    return issuer


PACK_NAME_MAX_BYTES = 180 - len(".docx")  # the longer of the pack's two extensions


def decision_pack_stem(number: str, decided_on: dt.date) -> str:
    """The name the files of a decision's pack share, e.g. "QD 15-QĐ-UBND 2024-01-12". The
    date tells apart a number used again in another year, so it is kept whole however long
    the number is."""
    day = f" {decided_on:%Y-%m-%d}"
    return safe_file_name(f"QD {number}", max_bytes=PACK_NAME_MAX_BYTES - len(day)) + day
