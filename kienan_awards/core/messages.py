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
    # A message that counts something has its plural template too; the face picks the form
    # its language uses for the count (one form in Vietnamese, two in English).
    plural: str | None = None
    count: int = 1

    def __new__(cls, template: str, **values) -> Message:
        text = super().__new__(cls, template.format(**values) if values else template)
        text.template = template
        text.values = values
        return text


def counted(singular: str, plural: str, count: int, **values) -> Message:
    """A Message of a count: "1 row is wrong", "3 rows are wrong". The count is also a value
    of the templates, {count}."""
    english = Message(singular if count == 1 else plural, count=count, **values)
    text = Message(english, **{})  # a str equal to the English text, then its parts
    text.template, text.plural, text.count = singular, plural, count
    text.values = {"count": count, **values}
    return text


def joined(messages, separator: str = "; ") -> Message:
    """Several messages as one, each still translatable."""
    names = [f"m{index}" for index in range(len(messages))]
    template = separator.join("{" + name + "}" for name in names)
    return Message(template, **dict(zip(names, messages, strict=True)))
