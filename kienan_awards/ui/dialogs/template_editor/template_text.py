"""A certificate template as a JSON file, for export and import: written through the one
writer of files; read and checked by the core (template_from_json), which refuses a file with
a message that says what is wrong and where, as the command line would."""

from __future__ import annotations

from pathlib import Path

from kienan_awards.core.documents.certificate_layout import (
    CertificateTemplate,
    template_from_json,
)
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.output_files import output_file


def read_template_file(path: Path | str) -> CertificateTemplate:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise KienanError(Message("{path} is not a text file", path=str(path))) from None
    except OSError as error:
        raise KienanError(
            Message("cannot read {path}: {reason}", path=str(path), reason=error.strerror or error)
        ) from None
    return template_from_json(text)


def write_template_file(path: Path | str, template: CertificateTemplate) -> None:
    try:
        with output_file(path) as draft:
            draft.write_text(template.to_json() + "\n", encoding="utf-8")
    except OSError as error:
        raise KienanError(
            Message("cannot write {path}: {reason}", path=str(path), reason=error.strerror or error)
        ) from None
