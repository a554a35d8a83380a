"""English labels the core hands to the window (list titles and values, audit actions), marked here
so that the translation tools find them; the window translates them under these contexts. A
test keeps this list equal to the core's."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "RecordList"


def list_label(text: str) -> str:
    """A label or value from the core's lists in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


def award_status(status: str) -> str:
    """An award's status ("awarded", "revoked") in the words the honour roll's list uses."""
    return list_label("Revoked" if status == "revoked" else "Awarded")


def sentence(text: str) -> str:
    """The text with its first letter a capital, as a line of the window starts."""
    return text[:1].upper() + text[1:]


RECORD_LIST_TITLES = (
    QT_TRANSLATE_NOOP("RecordList", "Action"),
    QT_TRANSLATE_NOOP("RecordList", "Award"),
    QT_TRANSLATE_NOOP("RecordList", "Awards"),
    QT_TRANSLATE_NOOP("RecordList", "Birth year"),
    QT_TRANSLATE_NOOP("RecordList", "Bonus coefficients"),
    QT_TRANSLATE_NOOP("RecordList", "Code"),
    QT_TRANSLATE_NOOP("RecordList", "Date"),
    QT_TRANSLATE_NOOP("RecordList", "Decision"),
    QT_TRANSLATE_NOOP("RecordList", "English name"),
    QT_TRANSLATE_NOOP("RecordList", "Full name"),
    QT_TRANSLATE_NOOP("RecordList", "Gender"),
    QT_TRANSLATE_NOOP("RecordList", "Issued by"),
    QT_TRANSLATE_NOOP("RecordList", "Legal basis"),
    QT_TRANSLATE_NOOP("RecordList", "Number"),
    QT_TRANSLATE_NOOP("RecordList", "Position"),
    QT_TRANSLATE_NOOP("RecordList", "Recipient"),
    QT_TRANSLATE_NOOP("RecordList", "Recipients"),
    QT_TRANSLATE_NOOP("RecordList", "Record"),
    QT_TRANSLATE_NOOP("RecordList", "Register no."),
    QT_TRANSLATE_NOOP("RecordList", "Status"),
    QT_TRANSLATE_NOOP("RecordList", "Table"),
    QT_TRANSLATE_NOOP("RecordList", "Title"),
    QT_TRANSLATE_NOOP("RecordList", "Unit"),
    QT_TRANSLATE_NOOP("RecordList", "User"),
    QT_TRANSLATE_NOOP("RecordList", "Values"),
    QT_TRANSLATE_NOOP("RecordList", "Vietnamese name"),
    QT_TRANSLATE_NOOP("RecordList", "When"),
    QT_TRANSLATE_NOOP("RecordList", "Year"),
)
# Values of the list columns marked translated.
RECORD_LIST_VALUES = (
    QT_TRANSLATE_NOOP("RecordList", "Awarded"),
    QT_TRANSLATE_NOOP("RecordList", "Female"),
    QT_TRANSLATE_NOOP("RecordList", "Male"),
    QT_TRANSLATE_NOOP("RecordList", "Revoked"),
)
RECIPIENT_KINDS = (
    QT_TRANSLATE_NOOP("RecordList", "Collective"),
    QT_TRANSLATE_NOOP("RecordList", "Household"),
    QT_TRANSLATE_NOOP("RecordList", "Individual"),
)
AUDIT_ACTIONS = (
    QT_TRANSLATE_NOOP("RecordList", "Added"),
    QT_TRANSLATE_NOOP("RecordList", "Changed"),
    QT_TRANSLATE_NOOP("RecordList", "Deleted"),
)
AUDIT_TABLES = (
    QT_TRANSLATE_NOOP("RecordList", "Award evidence"),
    QT_TRANSLATE_NOOP("RecordList", "Award forms"),
    QT_TRANSLATE_NOOP("RecordList", "Award records"),
    QT_TRANSLATE_NOOP("RecordList", "Base salaries"),
    QT_TRANSLATE_NOOP("RecordList", "Bonus rates"),
    QT_TRANSLATE_NOOP("RecordList", "Certificates"),
    QT_TRANSLATE_NOOP("RecordList", "Decisions"),
    QT_TRANSLATE_NOOP("RecordList", "Eligibility rules"),
    QT_TRANSLATE_NOOP("RecordList", "Imported lists"),
    QT_TRANSLATE_NOOP("RecordList", "Issuing authorities"),
    QT_TRANSLATE_NOOP("RecordList", "Movements"),
    QT_TRANSLATE_NOOP("RecordList", "People"),
    QT_TRANSLATE_NOOP("RecordList", "Print log"),
    QT_TRANSLATE_NOOP("RecordList", "Printer profiles"),
    QT_TRANSLATE_NOOP("RecordList", "Progress reports"),
    QT_TRANSLATE_NOOP("RecordList", "Proposal lines"),
    QT_TRANSLATE_NOOP("RecordList", "Proposals"),
    QT_TRANSLATE_NOOP("RecordList", "Revocations and corrections"),
    QT_TRANSLATE_NOOP("RecordList", "Settings"),
    QT_TRANSLATE_NOOP("RecordList", "Target plans"),
    QT_TRANSLATE_NOOP("RecordList", "Targets"),
    QT_TRANSLATE_NOOP("RecordList", "Units"),
    QT_TRANSLATE_NOOP("RecordList", "Units in movements"),
)
