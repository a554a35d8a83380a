"""Text for the clerk that each face shows in the language it speaks.

A Message is the English text (so logs and tests read it as any string) that also keeps its
template and values apart; the face that shows it translates the template and fills in the
values (core/i18n.shown). packaging/translations.py extracts every template into the one
catalogue, so a Message's template must be a literal string.
"""

from __future__ import annotations


class Message(str):
    template: str
    values: dict

    def __new__(cls, template: str, **values) -> Message:
        text = super().__new__(cls, template.format(**values) if values else template)
        text.template = template
        text.values = values
        return text


def joined(messages, separator: str = "; ") -> Message:
    """Several messages as one, each still translatable."""
    names = [f"m{index}" for index in range(len(messages))]
    template = separator.join("{" + name + "}" for name in names)
    return Message(template, **dict(zip(names, messages, strict=True)))
