"""Certificate templates as data: positions in millimetres on an A4 landscape page, fonts,
sizes, colours, and which lines the pre-printed stock already carries. An A3 page is the
same layout scaled up. The templates ship as JSON in resources/templates."""

from __future__ import annotations

import json
import re
from dataclasses import MISSING, asdict, dataclass, field, fields, replace
from pathlib import Path

from kienan_awards.core import vocabulary as words
from kienan_awards.core.changes import ChangeSet
from kienan_awards.core.documents.certificate_wording import (
    achievement_sentence,
    position_with_unit,
)
from kienan_awards.core.documents.certificates import CertificateData
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.records.settings import save_setting
from kienan_awards.core.resource_files import resources_folder

PAGE_SIZES_MM = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}  # landscape
BASE_PAGE = "A4"


@dataclass(frozen=True)
class TextBox:
    key: str
    text: str  # a format string over the certificate's fields, e.g. "{honorific} {name}"
    x_mm: float
    y_mm: float
    width_mm: float
    height_mm: float
    size_pt: float = 14
    min_size_pt: float = 9
    font: str = "Tinos"
    bold: bool = False
    italic: bool = False
    colour: str = "#000000"
    align: str = "center"  # left, center, right
    preprinted: bool = False  # on the stock already: drawn on plain paper only
    only_reissue: bool = False  # "Cấp lại": drawn only on a reissued copy


@dataclass(frozen=True)
class QrBox:
    x_mm: float
    y_mm: float
    size_mm: float


@dataclass(frozen=True)
class CertificateTemplate:
    code: str
    name: str
    boxes: tuple[TextBox, ...]
    qr: QrBox | None = None
    border_colour: str = "#b8860b"
    page: str = BASE_PAGE
    landscape: bool = True
    forms: tuple[str, ...] = field(default_factory=tuple)  # award form codes it serves
    recipient_kinds: tuple[str, ...] = field(default_factory=tuple)
    # Put before an achievement that is not a verb phrase ("xuất sắc trong ...").
    achievement_lead_in: str = words.ACHIEVEMENT_OPENING

    def page_size_mm(self) -> tuple[float, float]:
        width, height = PAGE_SIZES_MM[self.page]
        return (width, height) if self.landscape else (height, width)

    def on_page(self, page: str) -> CertificateTemplate:
        """The same layout on another paper size, positions and sizes scaled alike."""
        if page not in PAGE_SIZES_MM:
            raise KienanError(Message("unknown paper size {page} (A4 or A3)", page=page))
        factor = PAGE_SIZES_MM[page][0] / PAGE_SIZES_MM[self.page][0]
        boxes = tuple(
            replace(
                box,
                x_mm=box.x_mm * factor,
                y_mm=box.y_mm * factor,
                width_mm=box.width_mm * factor,
                height_mm=box.height_mm * factor,
                size_pt=box.size_pt * factor,
                min_size_pt=box.min_size_pt * factor,
            )
            for box in self.boxes
        )
        qr = (
            QrBox(self.qr.x_mm * factor, self.qr.y_mm * factor, self.qr.size_mm * factor)
            if self.qr
            else None
        )
        return replace(self, boxes=boxes, qr=qr, page=page)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> CertificateTemplate:
        """A template this program wrote (shipped or saved); one from a person's hands goes
        through template_from_json, which says what is wrong."""
        return cls.from_raw(json.loads(text))

    @classmethod
    def from_raw(cls, raw: dict) -> CertificateTemplate:
        raw = dict(raw)
        raw["boxes"] = tuple(TextBox(**box) for box in raw["boxes"])
        raw["qr"] = QrBox(**raw["qr"]) if raw.get("qr") else None
        raw["forms"] = tuple(raw.get("forms", ()))
        raw["recipient_kinds"] = tuple(raw.get("recipient_kinds", ()))
        return cls(**raw)


def templates_folder() -> Path:
    return resources_folder() / "templates"


def shipped_templates() -> dict[str, CertificateTemplate]:
    found = {}
    for path in sorted(templates_folder().glob("*.json")):
        template = CertificateTemplate.from_json(path.read_text(encoding="utf-8"))
        found[template.code] = template
    return found


OVERRIDE_KEY = "certificate_template.{code}"


def all_templates(db=None) -> dict[str, CertificateTemplate]:
    """The shipped templates, each replaced by the office's own edit where it has one."""
    templates = shipped_templates()
    if db is not None:
        for key, value in db.execute(
            "SELECT key, value FROM settings WHERE key LIKE 'certificate_template.%'"
        ):
            code = key.split(".", 1)[1]
            if code in templates:
                templates[code] = CertificateTemplate.from_json(value)
    return templates


def check_template(template: CertificateTemplate) -> None:
    """Every box on the page, with sizes that make sense; KienanError names the first that
    does not."""
    width, height = template.page_size_mm()
    for box in template.boxes:
        if box.width_mm <= 0 or box.height_mm <= 0 or box.size_pt <= 0:
            raise KienanError(
                Message("box '{box}': width, height and size must be positive", box=box.key)
            )
        if box.min_size_pt > box.size_pt:
            raise KienanError(
                Message("box '{box}': the minimum size is above the size", box=box.key)
            )
        if (
            box.x_mm < 0
            or box.y_mm < 0
            or box.x_mm + box.width_mm > width
            or box.y_mm + box.height_mm > height
        ):
            raise KienanError(
                Message(
                    "box '{box}' lies outside the {width} x {height} mm page",
                    box=box.key,
                    width=f"{width:g}",
                    height=f"{height:g}",
                )
            )
        if box.align not in ("left", "center", "right"):
            raise KienanError(Message("box '{box}': align is left, center or right", box=box.key))
    if template.qr and (
        template.qr.x_mm + template.qr.size_mm > width
        or template.qr.y_mm + template.qr.size_mm > height
    ):
        raise KienanError(Message("the QR code lies outside the page"))


def template_from_json(text: str) -> CertificateTemplate:
    """The template a JSON text holds (a file the clerk imports, or gives the command line),
    checked as a saved one is; KienanError says what is wrong and where: the line and column
    of a syntax error, the element and key whose value is wrong."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise KienanError(
            Message(
                "line {line}, column {column}: {problem}",
                line=error.lineno,
                column=error.colno,
                problem=_syntax_problem(error.msg),
            )
        ) from None
    _check_shape(raw)
    _check_values(raw)
    template = CertificateTemplate.from_raw(raw)
    check_template(template)
    return template


def _syntax_problem(problem: str) -> Message | str:
    """Python's words for a JSON syntax error, as a message the catalogue translates where
    it knows them."""
    for start, message in _SYNTAX_PROBLEMS.items():
        if problem.startswith(start):
            return message
    return problem


_SYNTAX_PROBLEMS = {
    "Expecting value": Message("a value was expected"),
    "Expecting ',' delimiter": Message("a comma is missing"),
    "Expecting ':' delimiter": Message("a colon is missing"),
    "Expecting property name": Message("a name in double quotes was expected"),
    "Unterminated string": Message("a text is not closed by a double quote"),
    "Invalid control character": Message("a text holds a line break or tab"),
    "Extra data": Message("more follows the end of the template"),
}


def _elements(raw: dict) -> list[tuple[dict, type, Message]]:
    """The template, each of its boxes and its QR code, with the kind each is and the words
    that name it in a message."""
    found = [(raw, CertificateTemplate, Message("the template"))]
    for number, box in enumerate(raw["boxes"], start=1):
        name = box.get("key", number) if isinstance(box, dict) else number
        found.append((box, TextBox, Message("box '{box}'", box=name)))
    if raw.get("qr"):
        found.append((raw["qr"], QrBox, Message("the QR code")))
    return found


def _check_shape(raw) -> None:
    """Every key the template and its boxes must have, and none they cannot: the element and
    the key named."""
    if not isinstance(raw, dict) or not isinstance(raw.get("boxes"), list):
        raise KienanError(Message("this is not a certificate template: it has no list of boxes"))
    for element, kind, where in _elements(raw):
        if not isinstance(element, dict):
            raise KienanError(Message("{where} is not a group of named values", where=where))
        known = {spec.name: spec for spec in fields(kind)}
        for key in element:
            if key not in known:
                raise KienanError(Message("{where}: unknown key {key}", where=where, key=key))
        for key, spec in known.items():
            needed = spec.default is MISSING and spec.default_factory is MISSING
            if needed and key not in element:
                raise KienanError(
                    Message("{where}: the key {key} is missing", where=where, key=key)
                )


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_texts(value) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


# A field's type as the dataclass spells it -> the check, and what the message says it must be.
_WANTED = {
    "float": (_is_number, Message("a number")),
    "str": (lambda value: isinstance(value, str), Message("a text")),
    "bool": (lambda value: isinstance(value, bool), Message("true or false")),
    "tuple[str, ...]": (_is_texts, Message("a list of texts")),
}

# The forms of colour the printer reads: #rgb, #rrggbb, #aarrggbb, #rrrgggbbb, #rrrrggggbbbb.
_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,4}|#[0-9a-fA-F]{8}")


def _check_values(raw: dict) -> None:
    # JSON may say "12" where 12 is meant: a text where a number belongs would stop the
    # preview and the printer alike, so the element and the key are named here.
    for element, kind, where in _elements(raw):
        for spec in fields(kind):
            if spec.name not in element:
                continue
            value = element[spec.name]
            wanted = _WANTED.get(spec.type)
            if wanted is not None and not wanted[0](value):
                raise _wrong_value(where, spec.name, wanted[1])
            if spec.name.endswith("colour") and not _COLOUR.fullmatch(value):
                raise _wrong_value(where, spec.name, Message("a colour such as #c00000"))
    if raw.get("page", BASE_PAGE) not in PAGE_SIZES_MM:
        raise KienanError(Message("unknown paper size {page} (A4 or A3)", page=raw["page"]))


def _wrong_value(where: Message, name: str, wanted: Message) -> KienanError:
    return KienanError(
        Message("{where}: {field} must be {wanted}", where=where, field=name, wanted=wanted)
    )


def save_template(db, template: CertificateTemplate) -> ChangeSet:
    check_template(template)
    return save_setting(db, OVERRIDE_KEY.format(code=template.code), template.to_json())


def reset_template(db, code: str) -> ChangeSet:
    return save_setting(db, OVERRIDE_KEY.format(code=code), None)


def template_for(form_code: str, recipient_kind: str, db=None) -> CertificateTemplate:
    for template in all_templates(db).values():
        if form_code in template.forms and recipient_kind in template.recipient_kinds:
            return template
    raise KienanError(
        Message(
            "no certificate template for {form_code} to a {recipient_kind}",
            form_code=form_code,
            recipient_kind=recipient_kind,
        )
    )


def fields_of(
    data: CertificateData,
    code: str,
    reissue: bool = False,
    lead_in: str = words.ACHIEVEMENT_OPENING,
) -> dict[str, str]:
    """The values a template's text may name; lead_in is the template's, put before an
    achievement that is not a verb phrase."""
    return {
        "issuer_title": data.issuer_title.upper(),
        "recipient": " ".join(v for v in (data.honorific, data.recipient_name) if v),
        "position_unit": position_with_unit(data.position, data.unit_name),
        "achievement": achievement_sentence(data.achievement, lead_in),
        "form_name": data.form_name,
        "form_name_upper": data.form_name.upper(),
        "decision_line": data.decision_line,
        "register_line": (
            words.REGISTER_LINE.format(number=data.register_number) if data.register_number else ""
        ),
        "code_line": words.CODE_LINE.format(code=code),
        "place_date": data.place_date_line,
        # One line each: the capacity ("KT. CHỦ TỊCH") over the signer's own title.
        "signer_title": "\n".join(data.signature_lines),
        "signer_name": data.signer_name,
        "year": str(data.achievement_year),
        "reissue": words.REISSUE if reissue else "",
    }


def mm_to_points(mm: float) -> float:
    return mm * 72 / 25.4
