"""A certificate template as a JSON file, for export and import: written through the one
writer of files; read with the core's own reading and check (CertificateTemplate.from_json,
check_template) and refused with a message that says what is wrong and where (the line and
column of a syntax error, the element and key whose value is wrong)."""

from __future__ import annotations

import json
from dataclasses import MISSING, fields
from pathlib import Path

from PySide6.QtGui import QColor

from kienan_awards.core.documents.certificate_layout import (
    PAGE_SIZES_MM,
    CertificateTemplate,
    QrBox,
    TextBox,
    check_template,
)
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.output_files import output_file


def template_from_text(text: str) -> CertificateTemplate:
    """The template a JSON text holds, checked as a saved one is; KienanError says what is
    wrong and where."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise KienanError(
            Message(
                "line {line}, column {column}: {problem}",
                line=error.lineno,
                column=error.colno,
                problem=syntax_problem(error.msg),
            )
        ) from None
    _check_shape(raw)
    try:
        template = CertificateTemplate.from_json(text)
    except (TypeError, KeyError, ValueError) as error:
        raise KienanError(
            Message("this is not a certificate template: {problem}", problem=str(error))
        ) from None
    _check_value_types(template)
    check_template(template)
    return template


def read_template_file(path: Path | str) -> CertificateTemplate:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise KienanError(Message("{path} is not a text file", path=str(path))) from None
    except OSError as error:
        raise KienanError(
            Message("cannot read {path}: {reason}", path=str(path), reason=error.strerror or error)
        ) from None
    return template_from_text(text)


def write_template_file(path: Path | str, template: CertificateTemplate) -> None:
    try:
        with output_file(path) as draft:
            draft.write_text(template.to_json() + "\n", encoding="utf-8")
    except OSError as error:
        raise KienanError(
            Message("cannot write {path}: {reason}", path=str(path), reason=error.strerror or error)
        ) from None


def _check_shape(raw) -> None:
    """Every key the template and its boxes must have, and none it cannot: the element and
    the key named."""
    if not isinstance(raw, dict) or not isinstance(raw.get("boxes"), list):
        raise KienanError(Message("this is not a certificate template: it has no list of boxes"))
    _check_keys(raw, CertificateTemplate, Message("the template"))
    for number, box in enumerate(raw["boxes"], start=1):
        name = box.get("key", number) if isinstance(box, dict) else number
        _check_keys(box, TextBox, Message("box '{box}'", box=name))
    if raw.get("qr"):
        _check_keys(raw["qr"], QrBox, Message("the QR code"))


def _check_keys(raw, kind, where: Message) -> None:
    if not isinstance(raw, dict):
        raise KienanError(Message("{where} is not a group of named values", where=where))
    known = {field.name: field for field in fields(kind)}
    for key in raw:
        if key not in known:
            raise KienanError(Message("{where}: unknown key {key}", where=where, key=key))
    for key, field in known.items():
        needed = field.default is MISSING and field.default_factory is MISSING
        if needed and key not in raw:
            raise KienanError(Message("{where}: the key {key} is missing", where=where, key=key))


def syntax_problem(problem: str) -> Message | str:
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


def _check_value_types(template: CertificateTemplate) -> None:
    # JSON may say "12" where 12 is meant: a text where a number belongs would stop the
    # preview and the printer alike, so the element is named here.
    for element in [template, *template.boxes, *([template.qr] if template.qr else [])]:
        for field in fields(element):
            value = getattr(element, field.name)
            wanted = _WANTED.get(field.type)
            if wanted is not None and not wanted[0](value):
                raise _wrong_type(element, field.name, wanted[1])
            if field.name.endswith("colour") and not QColor.isValidColorName(value):
                raise _wrong_type(element, field.name, Message("a colour such as #c00000"))
    if template.page not in PAGE_SIZES_MM:
        raise KienanError(Message("unknown paper size {page} (A4 or A3)", page=template.page))


_WANTED = {
    "float": (
        lambda value: isinstance(value, int | float) and not isinstance(value, bool),
        Message("a number"),
    ),
    "str": (lambda value: isinstance(value, str), Message("a text")),
    "bool": (lambda value: isinstance(value, bool), Message("true or false")),
}


def _wrong_type(element, name: str, wanted: Message) -> KienanError:
    if isinstance(element, TextBox):
        where = Message("box '{box}'", box=element.key)
    else:
        where = Message("the QR code") if isinstance(element, QrBox) else Message("the template")
    return KienanError(
        Message("{where}: {field} must be {wanted}", where=where, field=name, wanted=wanted)
    )
