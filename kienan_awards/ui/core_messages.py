"""The core's message templates, marked for the translators (see core/messages.py).

Made by packaging/translations.py; do not edit by hand.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    QT_TRANSLATE_NOOP(
        "Messages",
        "'{value}' is not a date",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "'{value}' is not a year",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "a birth year must lie between {first} and {last}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "a personal ID has exactly 12 digits",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "a unit cannot sit under itself or one of its own units",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "choose the kind of unit",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "holds an invisible control character ({code}) at position {position}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the birth date and the birth year disagree",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the full name is required",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the gender is male (Nam) or female (Nữ)",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the name is required",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the name {problem}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the office (e.g. Ủy ban nhân dân phường Kiến An) is required",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the place written before the date is required",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the signer's full name is required",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the signer's title (e.g. Chủ tịch) is required",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the text {problem}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the unit cannot end before it begins",
    ),
)
