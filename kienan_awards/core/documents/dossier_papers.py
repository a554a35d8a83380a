"""The dossier sent up to the city as content: the submission (Tờ trình đề nghị khen thưởng)
with the list of candidates attached, and each candidate's achievement report (báo cáo thành
tích), in the Decree 30/2020 layout. The .docx writer (dossier_docx) and the PDF renderer
(printing/dossier_pdf) draw the same blocks.

What the papers say comes in plain records (Dossier, DossierCandidate, ...) that a core
function fills from the database; nothing here reads it. The papers are in Vietnamese whatever
the window speaks; their fixed words are kept here."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.certificate_wording import (
    ADMINISTRATIVE_KINDS,
    position_with_unit,
)
from kienan_awards.core.documents.decision_attachments import Attachment, Row
from kienan_awards.core.documents.decision_document import body_name_lines
from kienan_awards.core.documents.decree_dates import date_in_words, place_and_date
from kienan_awards.core.documents.table_columns import TEXT_WIDTH_MM, fit_columns
from kienan_awards.core.documents.text_width import approximate_width_mm
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.records.office import Office
from kienan_awards.core.text import fold, format_decimal

INDIVIDUAL, COLLECTIVE = "individual", "collective"

# --- the papers' words ---------------------------------------------------------------------
SUBMISSION_HEADING = "TỜ TRÌNH"
SUBMISSION_SUBJECT = "Về việc đề nghị khen thưởng năm {year}"
BLANK_SUBMISSION_NUMBER = "Số:" + "\u00a0" * 10 + "/TTr-UBND"  # numbered by hand
ADDRESSED_TO = "Kính gửi: {addressee}"
THROUGH = "(qua {through})"
COUNCIL_BASIS = "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng{number} {date};"
COUNCIL_NUMBER = " số {number}"
OPENING = (
    "{office} kính trình {addressee} xem xét, khen thưởng cho các tập thể, cá nhân có thành "
    "tích xuất sắc năm {year}, cụ thể như sau:"
)
FORM_LINE = "{number}. {form}: {counts}{end}"
TITLE_NAMED = "Danh hiệu “{name}”"
COUNT_OF_KIND = {COLLECTIVE: "{count} tập thể", INDIVIDUAL: "{count} cá nhân"}
TOTAL_LINE = "Tổng số: {count} ({counts})."
LIST_ATTACHED = "(Có danh sách kèm theo)"
ENCLOSED = (
    "Hồ sơ kèm theo gồm: Danh sách đề nghị khen thưởng; {reports} báo cáo thành tích của các "
    "tập thể, cá nhân{minutes}."
)
ENCLOSED_MINUTES = "; Biên bản họp Hội đồng Thi đua - Khen thưởng"
ENCLOSED_SCORE_SHEETS = "; Bảng chấm điểm thi đua của {units}"
CLUSTER_BASIS = "Căn cứ kết quả chấm điểm, xếp hạng thi đua năm {year} của {cluster};"
CLOSING = "{office} kính trình {addressee} xem xét, quyết định./."
SUBMISSION_COPIES = ("- Như trên;", words.COPIES[-1])
LIST_TITLE = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"
LIST_NOTE = "(Kèm theo Tờ trình số {number} ngày {day:%d/%m/%Y} của {office})"
LIST_NOTE_UNNUMBERED = "(Kèm theo Tờ trình ngày {day:%d/%m/%Y} của {office})"
LIST_KIND_SECTION = "{number}. {kind}"
LIST_KINDS = {kind: words.RECIPIENT_KINDS[kind] for kind in (COLLECTIVE, INDIVIDUAL)}
LIST_COLUMNS = (
    (words.ROW_NUMBER, "number"),
    (words.NAME_OR_COLLECTIVE, "text"),
    (words.BIRTH_YEAR, "number"),
    (words.POSITION_AND_UNIT, "text"),
    ("Tóm tắt thành tích", "text"),
)
REPORT_HEADING = "BÁO CÁO THÀNH TÍCH"
REPORT_SUBJECT = "ĐỀ NGHỊ TẶNG {form}"
REPORT_YEAR = "Năm {year}"
REPORT_DATE = (
    "{place}, ngày\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0năm {year}"
)
COLLECTIVE_NAMED = "Tên tập thể đề nghị: {name}"
UNDER = "{name}, {parent}"
ITEM = "- {label}: {value}"
PERSON_FACTS = (
    (words.FULL_NAME, "name"),
    (words.BIRTH_YEAR, "birth_year"),
    (words.GENDER, "gender"),
    ("Quê quán", None),
    ("Trú quán", None),
    ("Đơn vị công tác", "unit"),
    ("Chức vụ (Đảng, chính quyền, đoàn thể)", "position"),
    ("Trình độ chuyên môn, nghiệp vụ", None),
    ("Học hàm, học vị, danh hiệu, giải thưởng", None),
)
UNIT_FACTS = (
    ("Tên tập thể", "name"),
    (words.PARENT_UNIT, "unit"),
    ("Địa điểm trụ sở chính, điện thoại", None),
    ("Quá trình thành lập và phát triển", None),
    ("Tổng số cán bộ, công chức, viên chức, người lao động", None),
    ("Cơ cấu tổ chức", None),
)
PERSON_SKETCH = "I. SƠ LƯỢC LÝ LỊCH"
UNIT_SKETCH = "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH"
UNIT_SITUATION = "1. Đặc điểm, tình hình:"
UNIT_DUTIES = "2. Chức năng, nhiệm vụ:"
ACHIEVED = "II. THÀNH TÍCH ĐẠT ĐƯỢC"
PERSON_DUTIES = "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận:"
TARGETS = "{number}. Kết quả thực hiện các chỉ tiêu thi đua năm {year}:"
INITIATIVES = "{number}. Sáng kiến, giải pháp được công nhận:"
PERSON_MEANS = "{number}. Các giải pháp công tác, thành tích khác đã đạt được:"
UNIT_MEANS = (
    "{number}. Những biện pháp hoặc nguyên nhân đạt được thành tích; các phong trào thi đua "
    "đã được áp dụng trong thực tiễn:"
)
UNIT_POLICY = (
    "{number}. Việc thực hiện chủ trương, chính sách của Đảng, pháp luật của Nhà nước; công tác "
    "xây dựng Đảng và các đoàn thể:"
)
HISTORY = "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"
TITLES_HISTORY = "1. Danh hiệu thi đua:"
FORMS_HISTORY = "2. Hình thức khen thưởng:"
TARGET_COLUMNS = (
    (words.ROW_NUMBER, "number"),
    (words.INDICATOR, "text"),
    (words.MEASURE_UNIT, "text"),
    (words.PLAN, "text"),
    (words.ACTUAL, "number"),
    ("% so với kế hoạch", "number"),
)
INITIATIVE_COLUMNS = (
    (words.ROW_NUMBER, "number"),
    ("Tên sáng kiến", "text"),
    ("Quyết định công nhận", "text"),
    ("Phạm vi ảnh hưởng", "text"),
)
TITLE_HISTORY_COLUMNS = (
    (words.YEAR, "number"),
    ("Danh hiệu thi đua", "text"),
    ("Số, ngày, tháng, năm của quyết định công nhận; cơ quan ban hành quyết định", "text"),
)
FORM_HISTORY_COLUMNS = (
    (words.YEAR, "number"),
    (words.AWARD_FORM, "text"),
    ("Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định", "text"),
)
DECISION_CELL = "Quyết định số {number} ngày {day:%d/%m/%Y}{issuer}"
DECISION_CELL_UNDATED = "Quyết định số {number}{issuer}"
OF_ISSUER = " của {issuer}"
PERSON_SIGNERS = (
    ((words.HEAD_OF_OFFICE, "XÁC NHẬN, ĐỀ NGHỊ"), "(Ký, đóng dấu)"),
    (("NGƯỜI BÁO CÁO THÀNH TÍCH",), "(Ký, ghi rõ họ và tên)"),
)
UNIT_SIGNERS = (
    (("THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN", "TRỰC TIẾP NHẬN XÉT, XÁC NHẬN"), "(Ký, đóng dấu)"),
    ((words.HEAD_OF_OFFICE,), "(Ký, đóng dấu)"),
)
SIGN_AND_SEAL = "(Ký tên, đóng dấu)"
PERCENT = "{value}%"
DOTS_SIZE = 14
DOTTED_LINES = 3  # the room a heading the clerk completes is given


# --- what a later core function fills from the database ------------------------------------
@dataclass(frozen=True)
class ProposedForm:
    """A form the city confers: "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố" (a form of
    commendation) or "Chiến sĩ thi đua thành phố" (a title)."""

    code: str
    name: str
    is_title: bool


@dataclass(frozen=True)
class PastAward:
    year: int
    form: str
    is_title: bool
    decision_number: str
    decided_on: dt.date | None = None
    issuer: str = ""  # "Chủ tịch Ủy ban nhân dân quận Kiến An"


@dataclass(frozen=True)
class RecognisedInitiative:
    title: str
    decision_number: str
    decided_on: dt.date | None = None
    authority: str = ""
    scope: str = ""  # the scope of effect in words: "Cơ sở", "Thành phố", "Toàn quốc"


@dataclass(frozen=True)
class TargetFigure:
    indicator: str
    measure_unit: str
    plan: str  # as the movement writes it: "≥ 754.505"
    actual: Decimal | None
    percent_of_plan: Decimal | None


@dataclass(frozen=True)
class ClusterStanding:
    """Where a candidate proposed from a cluster's ranking stood: its score sheet goes with
    the dossier as the line's evidence."""

    cluster: str  # "Cụm thi đua số 4 (các phường)"
    year: int
    rank: int
    member_count: int
    total_points: str  # exact text: "102.88"


@dataclass(frozen=True)
class DossierCandidate:
    """A proposal line that belongs to the city, with what its report is prefilled from.
    unit: a person's unit, or the unit above a collective (as the list's unit column reads);
    unit_parent: the unit above a person's unit, given when another unit shares its name."""

    kind: str  # INDIVIDUAL or COLLECTIVE
    name: str
    form: ProposedForm
    year: int
    achievement: str = ""
    birth_year: int | None = None
    gender: str | None = None  # "male", "female"
    position: str = ""
    unit: str = ""
    unit_parent: str = ""
    awards: tuple[PastAward, ...] = ()
    initiatives: tuple[RecognisedInitiative, ...] = ()
    targets: tuple[TargetFigure, ...] = ()
    standing: ClusterStanding | None = None

    @property
    def unit_text(self) -> str:
        """The unit as the papers write it, with the unit above it when its name is shared
        ("Tổ dân phố số 1, phường Phù Liễn")."""
        if not self.unit_parent:
            return self.unit
        return UNDER.format(name=self.unit, parent=area_in_text(self.unit_parent))

    @property
    def position_and_unit(self) -> str:
        if self.kind == COLLECTIVE:
            return self.unit
        return position_with_unit(self.position, self.unit_text)


@dataclass(frozen=True)
class Dossier:
    office: Office  # the sending office and its signer
    year: int
    dated: dt.date
    addressee: str  # "Ủy ban nhân dân thành phố Hải Phòng"
    candidates: tuple[DossierCandidate, ...]
    number: str = ""  # "25/TTr-UBND"; empty: numbered by hand
    through: str = ""  # the city's emulation body the dossier goes through
    legal_bases: tuple[str, ...] = ()
    council_met_on: dt.date | None = None
    council_minutes_number: str = ""
    copies: tuple[str, ...] = SUBMISSION_COPIES


def area_in_text(name: str) -> str:
    """An administrative unit's name inside a sentence, its kind in lower case ("phường Phù
    Liễn"); any other name as it is."""
    folded = fold(name)
    for kind in ADMINISTRATIVE_KINDS:
        if folded == fold(kind) or folded.startswith(fold(kind) + " "):
            return name[:1].lower() + name[1:]
    return name


# --- what the writers draw -----------------------------------------------------------------
@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False
    italic: bool = False
    align: str = "justify"
    indent: bool = True
    before_pt: float = 0.0
    after_pt: float = 4.0


@dataclass(frozen=True)
class Grid:
    columns: tuple
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Signer:
    titles: tuple[str, ...]
    hint: str = ""
    name: str = ""


@dataclass
class DossierPaper:
    heading_left: list[tuple[str, bool]]  # (line, bold) beside the national name
    place_date: str
    heading: str
    subtitles: list[str]
    blocks: list[Para | Grid]
    signature_rows: list[list[Signer]]
    number_line: str | None = None
    addressee_lines: list[str] = field(default_factory=list)
    copies: tuple[str, ...] = ()  # beside the first row of signers, on the left
    attachment: Attachment | None = None
    author: str = ""

    @property
    def title(self) -> str:
        return " ".join([self.heading, *self.subtitles])


# --- the submission ------------------------------------------------------------------------
def _two_digits(count: int) -> str:
    return f"{count:02d}"


def form_words(form: ProposedForm) -> str:
    return TITLE_NAMED.format(name=form.name) if form.is_title else form.name


def _forms_in_order(candidates: tuple[DossierCandidate, ...]) -> list[ProposedForm]:
    return list(dict.fromkeys(candidate.form for candidate in candidates))


def _counts(candidates) -> str:
    kinds = Counter(candidate.kind for candidate in candidates)
    return ", ".join(
        COUNT_OF_KIND[kind].format(count=_two_digits(kinds[kind]))
        for kind in (COLLECTIVE, INDIVIDUAL)
        if kinds[kind]
    )


def _office_in_text(office: Office) -> str:
    """ "Ủy ban nhân dân phường Kiến An" as a sentence names it."""
    name = " ".join(office.body_name.split())
    return name[:1].upper() + name[1:]


def _list_note(dossier: Dossier) -> str:
    office = _office_in_text(dossier.office)
    if dossier.number.strip():
        return LIST_NOTE.format(number=dossier.number, day=dossier.dated, office=office)
    return LIST_NOTE_UNNUMBERED.format(day=dossier.dated, office=office)


def candidates_in_order(dossier: Dossier) -> list[DossierCandidate]:
    """Form by form in the order they first come, collectives before people in each."""
    ordered = []
    for form in _forms_in_order(dossier.candidates):
        for kind in (COLLECTIVE, INDIVIDUAL):
            ordered += [c for c in dossier.candidates if c.form == form and c.kind == kind]
    return ordered


def candidates_list(dossier: Dossier) -> Attachment:
    """A section per form (I., II., ...), in each the collectives then the people (1., 2.)."""
    rows: list[Row] = []
    forms = _forms_in_order(dossier.candidates)
    for numeral, form in zip(words.ROMAN_NUMERALS, forms, strict=False):
        rows.append(
            Row((words.LIST_SECTION.format(numeral=numeral, kind=form_words(form)),), "section")
        )
        kinds = [
            k
            for k in (COLLECTIVE, INDIVIDUAL)
            if any(c.form == form and c.kind == k for c in dossier.candidates)
        ]
        for number, kind in enumerate(kinds, start=1):
            rows.append(
                Row((LIST_KIND_SECTION.format(number=number, kind=LIST_KINDS[kind]),), "section")
            )
            of_kind = [c for c in dossier.candidates if c.form == form and c.kind == kind]
            for line, candidate in enumerate(of_kind, start=1):
                rows.append(
                    Row(
                        (
                            f"{line}.",
                            candidate.name,
                            str(candidate.birth_year or ""),
                            candidate.position_and_unit,
                            candidate.achievement,
                        )
                    )
                )
    columns = fit_columns(list(LIST_COLUMNS), [list(r.cells) for r in rows if r.kind == "line"])
    return Attachment(LIST_TITLE, _list_note(dossier), columns, tuple(rows))


def _form_lines(dossier: Dossier) -> list[Para]:
    forms = _forms_in_order(dossier.candidates)
    lines = []
    for number, form in enumerate(forms, start=1):
        of_form = [c for c in dossier.candidates if c.form == form]
        end = "." if number == len(forms) else ";"
        text = FORM_LINE.format(
            number=number, form=form_words(form), counts=_counts(of_form), end=end
        )
        lines.append(Para(text))
    total = TOTAL_LINE.format(
        count=_two_digits(len(dossier.candidates)), counts=_counts(dossier.candidates)
    )
    return [*lines, Para(total), Para(LIST_ATTACHED, italic=True, align="center", indent=False)]


def _council_basis(dossier: Dossier) -> list[Para]:
    if dossier.council_met_on is None:
        return []
    number = dossier.council_minutes_number.strip()
    text = COUNCIL_BASIS.format(
        number=COUNCIL_NUMBER.format(number=number) if number else "",
        date=date_in_words(dossier.council_met_on),
    )
    return [Para(text)]


def _cluster_bases(dossier: Dossier) -> list[Para]:
    """A basis for each cluster-year whose ranking a candidate was proposed from."""
    ranked = dict.fromkeys(
        (c.standing.cluster, c.standing.year) for c in dossier.candidates if c.standing
    )
    return [Para(CLUSTER_BASIS.format(year=year, cluster=cluster)) for cluster, year in ranked]


def _enclosed_sheets(dossier: Dossier) -> str:
    """The score sheets enclosed, one for each candidate proposed from a ranking."""
    units = [c.name for c in candidates_in_order(dossier) if c.standing]
    return ENCLOSED_SCORE_SHEETS.format(units=", ".join(units)) if units else ""


def submission(dossier: Dossier, with_minutes: bool = False) -> DossierPaper:
    """The submission signed by the office's authority (TM./KT. as its decisions are signed),
    addressed to the city through its emulation body, the list of candidates attached; a
    candidate proposed from a cluster's ranking cites that ranking and encloses its score
    sheet."""
    if not dossier.candidates:
        raise KienanError(Message("the dossier names no candidate for the city"))
    office = dossier.office
    addressee = " ".join(dossier.addressee.split())
    in_text = _office_in_text(office)
    number = dossier.number.strip()
    blocks = [Para(basis, italic=True) for basis in dossier.legal_bases]
    blocks += [Para(p.text, italic=True) for p in _council_basis(dossier)]
    blocks += [Para(p.text, italic=True) for p in _cluster_bases(dossier)]
    blocks.append(
        Para(OPENING.format(office=in_text, addressee=addressee, year=dossier.year), before_pt=4)
    )
    blocks += _form_lines(dossier)
    minutes = (ENCLOSED_MINUTES if with_minutes else "") + _enclosed_sheets(dossier)
    reports = _two_digits(len(dossier.candidates))
    blocks.append(Para(ENCLOSED.format(reports=reports, minutes=minutes)))
    blocks.append(Para(CLOSING.format(office=in_text, addressee=addressee)))
    addressed = [ADDRESSED_TO.format(addressee=addressee)]
    if dossier.through.strip():
        addressed.append(THROUGH.format(through=" ".join(dossier.through.split())))
    return DossierPaper(
        heading_left=[(line, True) for line in body_name_lines(office.body_name.upper())],
        place_date=place_and_date(office.place, dossier.dated),
        heading=SUBMISSION_HEADING,
        subtitles=[SUBMISSION_SUBJECT.format(year=dossier.year)],
        blocks=blocks,
        signature_rows=[[Signer(tuple(office.signature_lines), "", office.signer_name)]],
        number_line=words.NUMBER_LINE.format(number=number) if number else BLANK_SUBMISSION_NUMBER,
        addressee_lines=addressed,
        copies=dossier.copies,
        attachment=candidates_list(dossier),
        author=office.body_name,
    )


# --- the achievement report ----------------------------------------------------------------
def dotted_line(indent_mm: float = 0.0) -> str:
    """A line of dots across the text, to write over in Word or by hand."""
    dot = approximate_width_mm(".", DOTS_SIZE)
    return "." * int((TEXT_WIDTH_MM - indent_mm) * 0.97 / dot)


def _to_complete(lines: int = DOTTED_LINES) -> list[Para]:
    return [Para(dotted_line(), indent=False, after_pt=0) for _ in range(lines)]


def _heading(text: str) -> Para:
    return Para(text, bold=True, indent=False, before_pt=6)


def _sub_heading(text: str) -> Para:
    return Para(text, bold=True, before_pt=3)


def _percent(value: Decimal | None) -> str:
    if value is None:
        return ""
    return PERCENT.format(
        value=format_decimal(str(value.quantize(Decimal("0.01"), ROUND_HALF_UP).normalize()))
    )


def _figure(value: Decimal | None) -> str:
    return "" if value is None else format_decimal(str(value.normalize()))


def _grid(specs, rows: list[tuple[str, ...]]) -> Grid:
    return Grid(fit_columns(list(specs), [list(r) for r in rows]), tuple(Row(r) for r in rows))


def _decision_cell(number: str, day: dt.date | None, issuer: str) -> str:
    by = OF_ISSUER.format(issuer=issuer) if issuer else ""
    if day is None:
        return DECISION_CELL_UNDATED.format(number=number, issuer=by)
    return DECISION_CELL.format(number=number, day=day, issuer=by)


def _targets(candidate: DossierCandidate, number: int) -> list[Para | Grid]:
    blocks: list[Para | Grid] = [_sub_heading(TARGETS.format(number=number, year=candidate.year))]
    if not candidate.targets:
        return blocks + _to_complete()
    rows = [
        (
            f"{i}.",
            t.indicator,
            t.measure_unit,
            t.plan,
            _figure(t.actual),
            _percent(t.percent_of_plan),
        )
        for i, t in enumerate(candidate.targets, start=1)
    ]
    return [*blocks, _grid(TARGET_COLUMNS, rows)]


def _initiatives(candidate: DossierCandidate, number: int) -> list[Para | Grid]:
    blocks: list[Para | Grid] = [_sub_heading(INITIATIVES.format(number=number))]
    if not candidate.initiatives:
        return blocks + _to_complete(1)
    rows = [
        (
            f"{i}.",
            x.title,
            _decision_cell(x.decision_number, x.decided_on, x.authority),
            x.scope,
        )
        for i, x in enumerate(candidate.initiatives, start=1)
    ]
    return [*blocks, _grid(INITIATIVE_COLUMNS, rows)]


def _history(candidate: DossierCandidate) -> list[Para | Grid]:
    blocks: list[Para | Grid] = [_heading(HISTORY)]
    for heading, specs, is_title in (
        (TITLES_HISTORY, TITLE_HISTORY_COLUMNS, True),
        (FORMS_HISTORY, FORM_HISTORY_COLUMNS, False),
    ):
        blocks.append(_sub_heading(heading))
        past = sorted((a for a in candidate.awards if a.is_title == is_title), key=lambda a: a.year)
        if not past:
            blocks += _to_complete(1)
            continue
        rows = [
            (str(a.year), a.form, _decision_cell(a.decision_number, a.decided_on, a.issuer))
            for a in past
        ]
        blocks.append(_grid(specs, rows))
    return blocks


def _facts(candidate: DossierCandidate, facts) -> list[Para]:
    values = {
        "name": candidate.name,
        "birth_year": str(candidate.birth_year or ""),
        "gender": words.GENDERS.get(candidate.gender or "", ""),
        "unit": candidate.unit_text,
        "position": candidate.position,
    }
    lines = []
    for label, key in facts:
        value = values.get(key, "") if key else ""
        text = ITEM.format(label=label, value=value) if value else f"- {label}: "
        if not value:
            room = approximate_width_mm(text, DOTS_SIZE) + 12.7
            text += dotted_line(room)
        lines.append(Para(text, after_pt=0))
    return lines


def _person_body(candidate: DossierCandidate) -> list[Para | Grid]:
    blocks: list[Para | Grid] = [_heading(PERSON_SKETCH), *_facts(candidate, PERSON_FACTS)]
    blocks += [_heading(ACHIEVED), _sub_heading(PERSON_DUTIES), *_to_complete()]
    blocks += _targets(candidate, 2) + _initiatives(candidate, 3)
    blocks += [_sub_heading(PERSON_MEANS.format(number=4)), *_to_complete()]
    return blocks + _history(candidate)


def _unit_body(candidate: DossierCandidate) -> list[Para | Grid]:
    blocks: list[Para | Grid] = [_heading(UNIT_SKETCH), _sub_heading(UNIT_SITUATION)]
    blocks += _facts(candidate, UNIT_FACTS)
    blocks += [_sub_heading(UNIT_DUTIES), *_to_complete()]
    blocks += [_heading(ACHIEVED), *_targets(candidate, 1), *_initiatives(candidate, 2)]
    blocks += [_sub_heading(UNIT_MEANS.format(number=3)), *_to_complete()]
    blocks += [_sub_heading(UNIT_POLICY.format(number=4)), *_to_complete()]
    return blocks + _history(candidate)


def achievement_report(dossier: Dossier, candidate: DossierCandidate) -> DossierPaper:
    """The candidate's report, prefilled from the records; what only the unit can write keeps
    the form's heading and dotted lines to write over."""
    if candidate.kind not in (INDIVIDUAL, COLLECTIVE):
        raise KienanError(
            Message("no achievement report for a {kind} recipient", kind=candidate.kind)
        )
    person = candidate.kind == INDIVIDUAL
    if person:
        left: list[tuple[str, bool]] = []
        subtitles = [REPORT_SUBJECT.format(form=form_words(candidate.form).upper())]
        intro: list[Para | Grid] = []
        body = _person_body(candidate)
        signers = PERSON_SIGNERS
    else:
        left = (
            [(candidate.unit.upper(), False), (candidate.name.upper(), True)]
            if candidate.unit
            else [(candidate.name.upper(), True)]
        )
        subtitles = [REPORT_SUBJECT.format(form=form_words(candidate.form).upper())]
        intro = [
            Para(
                COLLECTIVE_NAMED.format(name=candidate.name),
                bold=True,
                align="center",
                indent=False,
            )
        ]
        body = _unit_body(candidate)
        signers = UNIT_SIGNERS
    subtitles.append(REPORT_YEAR.format(year=candidate.year))
    row = [Signer(titles, hint) for titles, hint in signers]
    if person:
        row[-1] = Signer(row[-1].titles, row[-1].hint, candidate.name)
    return DossierPaper(
        heading_left=left,
        place_date=REPORT_DATE.format(place=dossier.office.place, year=dossier.dated.year),
        heading=REPORT_HEADING,
        subtitles=subtitles,
        blocks=[*intro, *body],
        signature_rows=[row],
        author=dossier.office.body_name,
    )


def shared_names(candidates) -> set[str]:
    """The folded names more than one candidate bears (two "Tổ dân phố số 1")."""
    counts = Counter(fold(candidate.name) for candidate in candidates)
    return {name for name, count in counts.items() if count > 1}
