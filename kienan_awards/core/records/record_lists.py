"""Lists of records as the window shows them: which columns, in which order, from which SQL.

A list hands out the ordered ids first and the rows for a handful of ids on demand, so a table
over hundreds of thousands of records opens at once (the table models in ui/ build on this).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kienan_awards.core.i18n import NC_
from kienan_awards.core.messages import Message
from kienan_awards.core.text import fold

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class ListColumn:
    key: str
    title: str  # English; the window translates it
    sql: str  # expression over the list's FROM clause
    sort_sql: str | None = None  # what to order by, when not the value itself
    numeric: bool = False
    # How the window writes the values, which the core hands over plain: one of SHOWN_AS.
    shown_as: str = "text"

    def __post_init__(self):
        if self.shown_as not in SHOWN_AS:
            raise ValueError(f"{self.key}: shown_as must be one of {SHOWN_AS}")


SHOWN_AS = (
    "text",  # as it is
    "translated",  # an English word the window translates (Awarded, Added)
    "quantity",  # a count or amount, with thousands marks (unlike a year)
    "kinds",  # recipient kinds, "individual,collective", by their names
    "kind_figures",  # a figure for each recipient kind, "collective 0.6, household 0.3"
)
# The recipient kinds' names (English; the window translates them).
RECIPIENT_KIND_TITLES = {
    "individual": NC_("record list", "Individual"),
    "collective": NC_("record list", "Collective"),
    "household": NC_("record list", "Household"),
}


def recipient_kind_word(kind: str) -> Message:
    """A recipient kind as a sentence says it ("not given to a collective recipient"),
    translated where the message is shown."""
    return {
        "individual": Message("individual"),
        "collective": Message("collective"),
        "household": Message("household"),
    }.get(kind) or Message("{kind}", kind=kind)


# Values the lists' SQL writes in English (a person's gender, an award's status); marked here
# for the catalogue, translated where the window shows them.
LIST_VALUES = (
    NC_("record list", "Male"),
    NC_("record list", "Female"),
    NC_("record list", "Awarded"),
    NC_("record list", "Revoked"),
    NC_("record list", "Signed"),
    NC_("record list", "Issuer not recorded"),
    NC_("record list", "Another body's decision"),
)


def written_kinds(
    shown_as: str, value, kind_name: Callable[[str], str], figure: Callable[[str], str]
) -> str:
    """A "kinds" or "kind_figures" value written out, each recipient kind by kind_name and each
    figure by figure; an item whose figure is not a number stays as stored. The window and the
    workbook each bring their own words and marks."""
    if shown_as == "kinds":
        return ", ".join(kind_name(kind.strip()) for kind in str(value).split(",") if kind.strip())
    written = []
    for item in str(value).split(", "):
        kind, _, number = item.partition(" ")
        try:
            written.append(f"{kind_name(kind)} {figure(number)}".strip())
        except ArithmeticError:
            written.append(item)
    return "; ".join(item for item in written if item)


@dataclass(frozen=True)
class RecordList:
    name: str
    id_sql: str
    from_sql: str
    columns: tuple[ListColumn, ...]
    default_order: str
    filter_sql: str | None = None  # compared to the folded filter text with LIKE
    fixed_where: str = field(default="1")

    def column(self, key: str) -> ListColumn:
        return next(column for column in self.columns if column.key == key)

    def ids(
        self,
        db: Database,
        sort_key: str | None = None,
        descending: bool = False,
        filter_text: str = "",
    ) -> list[int]:
        """Every matching id, in display order; the sort runs in SQL."""
        where, params = self.fixed_where, []
        if filter_text and self.filter_sql:
            for word in fold(filter_text).split(" "):
                escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                where += f" AND ({self.filter_sql}) LIKE ? ESCAPE '\\'"
                params.append(f"%{escaped}%")
        if sort_key:
            column = self.column(sort_key)
            direction = "DESC" if descending else "ASC"
            order = f"{column.sort_sql or column.sql} {direction}, {self.id_sql} {direction}"
        else:
            order = self.default_order
        sql = f"SELECT {self.id_sql} FROM {self.from_sql} WHERE {where} ORDER BY {order}"
        return [row[0] for row in db.execute(sql, params)]

    def rows(self, db: Database, ids: Sequence[int]) -> dict[int, tuple]:
        """The displayed values of the given ids, keyed by id."""
        if not ids:
            return {}
        selected = ", ".join(column.sql for column in self.columns)
        marks = ", ".join("?" for _ in ids)
        sql = (
            f"SELECT {self.id_sql}, {selected} FROM {self.from_sql} "
            f"WHERE {self.id_sql} IN ({marks})"
        )
        return {row[0]: tuple(row[1:]) for row in db.execute(sql, list(ids))}


PEOPLE = RecordList(
    name="people",
    id_sql="p.id",
    from_sql="people p LEFT JOIN units u ON u.id = p.unit_id",
    columns=(
        ListColumn(
            "full_name", NC_("record list", "Full name"), "p.full_name", sort_sql="p.name_sort_key"
        ),
        ListColumn(
            "gender",
            NC_("record list", "Gender"),
            "CASE p.gender WHEN 'male' THEN 'Male' WHEN 'female' THEN 'Female' ELSE '' END",
            shown_as="translated",
        ),
        ListColumn("birth_year", NC_("record list", "Birth year"), "p.birth_year", numeric=True),
        ListColumn("position", NC_("record list", "Position"), "p.position"),
        ListColumn("unit", NC_("record list", "Unit"), "u.name", sort_sql="u.name_sort_key"),
        ListColumn(
            "awards",
            NC_("record list", "Awards"),
            "(SELECT count(*) FROM awards a WHERE a.person_id = p.id)",
            numeric=True,
            shown_as="quantity",
        ),
    ),
    default_order="p.name_sort_key, p.id",
    filter_sql="p.name_folded",
    fixed_where="p.deleted_at IS NULL",
)

# The authority that signs decision d: its own, else the one in force on its date.
AUTHORITY_OF_DECISION_SQL = """coalesce(d.authority_id, (
    SELECT x.id FROM issuing_authorities x
    WHERE x.is_this_office = 1 AND (x.valid_from IS NULL OR x.valid_from <= d.decided_on)
      AND (x.valid_to IS NULL OR x.valid_to >= d.decided_on)
    ORDER BY x.valid_from DESC LIMIT 1))"""

DECISIONS = RecordList(
    name="decisions",
    id_sql="d.id",
    from_sql=f"decisions d LEFT JOIN issuing_authorities ia ON ia.id = {AUTHORITY_OF_DECISION_SQL}",
    columns=(
        ListColumn("number", NC_("record list", "Number"), "d.number"),
        ListColumn(
            "decided_on",
            NC_("record list", "Date"),
            "strftime('%d/%m/%Y', d.decided_on)",
            sort_sql="d.decided_on",
        ),
        ListColumn("title", NC_("record list", "Title"), "d.title"),
        ListColumn("authority", NC_("record list", "Issued by"), "ia.name"),
        ListColumn(
            "awards",
            NC_("record list", "Awards"),
            "(SELECT count(*) FROM awards a WHERE a.decision_id = d.id)",
            numeric=True,
            shown_as="quantity",
        ),
        # The authority is joined once, above; a decision no authority signs prints nothing,
        # nor does one another body (the city) decided, recorded for the honour roll.
        ListColumn(
            "status",
            NC_("record list", "Status"),
            "CASE WHEN ia.id IS NULL THEN 'Issuer not recorded' "
            "WHEN ia.is_this_office = 0 THEN 'Another body''s decision' ELSE 'Signed' END",
            shown_as="translated",
        ),
    ),
    default_order="d.decided_on DESC, d.id DESC",
    filter_sql="fold(d.number || ' ' || coalesce(d.title, ''))",
)

AWARDS = RecordList(
    name="awards",
    id_sql="a.id",
    from_sql=(
        "awards a JOIN award_forms f ON f.id = a.form_id JOIN decisions d ON d.id = a.decision_id"
    ),
    columns=(
        ListColumn(
            "recipient_name",
            NC_("record list", "Recipient"),
            "a.recipient_name",
            # Vietnamese order: people by given name, collectives by the unit's name.
            sort_sql="coalesce((SELECT p.name_sort_key FROM people p WHERE p.id = a.person_id), "
            "(SELECT u.name_sort_key FROM units u WHERE u.id = a.recipient_unit_id), "
            "fold(a.recipient_name))",
        ),
        ListColumn("unit_name", NC_("record list", "Unit"), "a.unit_name"),
        ListColumn("form", NC_("record list", "Award"), "f.name_vi"),
        ListColumn("year", NC_("record list", "Year"), "a.achievement_year", numeric=True),
        ListColumn(
            "decision",
            NC_("record list", "Decision"),
            "d.number || ' (' || strftime('%d/%m/%Y', d.decided_on) || ')'",
            sort_sql="d.decided_on",
        ),
        ListColumn(
            "register_number", NC_("record list", "Register no."), "a.register_number", numeric=True
        ),
        ListColumn(
            "status",
            NC_("record list", "Status"),
            "CASE a.status WHEN 'revoked' THEN 'Revoked' ELSE 'Awarded' END",
            sort_sql="a.status",
            shown_as="translated",
        ),
    ),
    # Searched through the full-text index (core/search.py), not filtered here.
    default_order="a.achievement_year DESC, d.decided_on DESC, a.register_number, a.id",
)

AWARD_FORMS = RecordList(
    name="award_forms",
    id_sql="f.id",
    from_sql="award_forms f",
    columns=(
        ListColumn("code", NC_("record list", "Code"), "f.code"),
        ListColumn("name_vi", NC_("record list", "Vietnamese name"), "f.name_vi"),
        ListColumn("name_en", NC_("record list", "English name"), "f.name_en"),
        ListColumn(
            "recipient_kinds",
            NC_("record list", "Recipients"),
            "f.recipient_kinds",
            shown_as="kinds",
        ),
        ListColumn(
            "coefficients",
            NC_("record list", "Bonus coefficients"),
            "(SELECT group_concat(r.recipient_kind || ' ' || r.coefficient, ', ') "
            "FROM bonus_rates r WHERE r.form_id = f.id)",
            shown_as="kind_figures",
        ),
        ListColumn("legal_basis", NC_("record list", "Legal basis"), "f.legal_basis"),
    ),
    default_order="f.sort_order, f.id",
)
