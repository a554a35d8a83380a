"""Text for the clerk that the window can show in the interface's language.

A Message is the English text (so the command line, logs and tests read it as any string)
that also keeps its template and values apart; the window translates the template and fills
in the values (ui/messages.py). The templates are gathered for the translators by
packaging/translations.py, so a Message's template must be a literal string.
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
