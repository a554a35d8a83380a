"""What makes a python-docx file an office's own: Times New Roman in every style (the east-Asian
and complex-script slots too, never a theme font), Vietnamese as the language so Word does not
mark every word, the core properties of the office and the day of writing, no template
thumbnail, the Decree 30/2020 page (A4, margins 20/20/30/15 mm) and its page number: from
page 2, centred at the top, as a PAGE field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.output_files import output_file

FONT = "Times New Roman"
LANGUAGE = "vi-VN"
BODY_SIZE = 14
PAGE_NUMBER_SIZE = 13
_THEME_ATTRIBUTES = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
_FONT_SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")


def _child(parent, tag: str, before: tuple[str, ...] = ()):
    """parent's child tag, made if missing (put before the first of before found)."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        for name in before:
            anchor = parent.find(qn(name))
            if anchor is not None:
                anchor.addprevious(found)
                break
        else:
            parent.append(found)
    return found


def set_run_properties(rpr, size: float | None = None) -> None:
    """Times New Roman in all four slots, Vietnamese in all three language slots."""
    fonts = _child(rpr, "w:rFonts", before=("w:b", "w:i", "w:sz", "w:lang"))
    for attribute in _THEME_ATTRIBUTES:
        fonts.attrib.pop(qn(f"w:{attribute}"), None)
    for slot in _FONT_SLOTS:
        fonts.set(qn(f"w:{slot}"), FONT)
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            _child(rpr, tag, before=("w:lang",)).set(qn("w:val"), str(round(size * 2)))
    lang = _child(rpr, "w:lang")
    for slot in ("val", "eastAsia", "bidi"):
        lang.set(qn(f"w:{slot}"), LANGUAGE)


def set_up_styles(document) -> None:
    """The defaults and every style: Times New Roman 14 (the page number 13), single spacing,
    no space after, vi-VN."""
    styles = document.styles.element
    defaults = _child(styles, "w:docDefaults", before=("w:latentStyles", "w:style"))
    run_defaults = _child(_child(defaults, "w:rPrDefault"), "w:rPr")
    set_run_properties(run_defaults, BODY_SIZE)
    paragraph_defaults = _child(_child(defaults, "w:pPrDefault"), "w:pPr")
    spacing = _child(paragraph_defaults, "w:spacing")
    for name, value in (("before", "0"), ("after", "0"), ("line", "240"), ("lineRule", "auto")):
        spacing.set(qn(f"w:{name}"), value)
    for style in styles.findall(qn("w:style")):
        rpr = style.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            style.append(rpr)
        set_run_properties(rpr)
    normal = document.styles["Normal"]
    normal.font.size = Pt(BODY_SIZE)
    normal.paragraph_format.space_after = Pt(0)
    document.styles["Header"].font.size = Pt(PAGE_NUMBER_SIZE)


PROPERTY_MAX = 255


def set_properties(document, author: str, title: str, subject: str, now: dt.datetime) -> None:
    """The office as author, the day of writing, no template comment or thumbnail; each text
    cut to the 255 characters a core property may hold (a paper's subject may run longer)."""
    properties = document.core_properties
    properties.author = properties.last_modified_by = author[:PROPERTY_MAX]
    properties.title, properties.subject = title[:PROPERTY_MAX], subject[:PROPERTY_MAX]
    properties.comments = properties.keywords = properties.category = ""
    properties.language = LANGUAGE
    properties.created = properties.modified = now
    properties.revision = 1
    package_rels = document.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package_rels[rel_id]


def set_up_page(document) -> None:
    """A4 portrait, margins 20 mm top and bottom, 30 left, 15 right; the header 10 mm from
    the edge."""
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = section.footer_distance = Mm(10)


def number_pages_from_the_second(document) -> None:
    """A PAGE field centred in the header of every page but the first (first page different,
    its own header empty)."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.style = document.styles["Header"]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " PAGE ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
    section.first_page_header.paragraphs[0].text = ""


def save_document(document, path: Path) -> Path:
    """Save through a draft renamed over the target, like the PDFs: a link at the name is
    replaced, never written through, and a failed save leaves the old file as it was."""
    with output_file(path) as draft:
        try:
            document.save(str(draft))
        except OSError as error:
            raise KienanError(
                Message("cannot write {path}: {reason}", path=path, reason=error.strerror or error)
            ) from error
    return path
