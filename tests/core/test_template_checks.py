"""A certificate template from a person's hands (a JSON file imported, or given the command
line) is read by the core, which refuses it with one KienanError saying what is wrong and
where, never a raw TypeError or KeyError later at check_template or the printer."""

from __future__ import annotations

import json

import pytest

from kienan_awards.core.documents.certificate_layout import (
    check_template,
    shipped_templates,
    template_from_json,
)
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message

CODE = "giay_khen_ca_nhan"


def shipped() -> dict:
    return json.loads(shipped_templates()[CODE].to_json())


def refusal(raw_or_text) -> KienanError:
    text = raw_or_text if isinstance(raw_or_text, str) else json.dumps(raw_or_text)
    with pytest.raises(KienanError) as caught:
        template_from_json(text)
    return caught.value


def test_every_shipped_template_reads_back_as_it_was():
    for template in shipped_templates().values():
        assert template_from_json(template.to_json()) == template


@pytest.mark.parametrize(
    "text, said",
    [
        ('{\n "code": "x"\n "name": "x"\n}', "line 3, column 2: a comma is missing"),
        ("[1, ", "line 1, column 5: a value was expected"),
        ('{"code": "x",}', "line 1, column 14: a name in double quotes was expected"),
        ('{"code": "x\n"}', "line 1, column 12: a text holds a line break or tab"),
        ('{"code": "x"} 7', "line 1, column 15: more follows the end of the template"),
        ('{"code" "x"}', "line 1, column 9: a colon is missing"),
        ('{"code": "x', "line 1, column 10: a text is not closed by a double quote"),
    ],
)
def test_bad_json_is_refused_naming_its_line_and_column(text, said):
    error = refusal(text)
    assert str(error.args[0]) == said
    # The problem itself is a message of the catalogue, so the window says it in Vietnamese.
    assert isinstance(error.args[0].values["problem"], Message)


def test_a_text_where_a_number_belongs_is_refused_naming_the_box():
    raw = shipped()
    raw["boxes"][0]["x_mm"] = "28"
    key = raw["boxes"][0]["key"]
    assert str(refusal(raw).args[0]) == f"box '{key}': x_mm must be a number"


@pytest.mark.parametrize(
    "where, key, value, said",
    [
        ("box", "bold", "yes", "bold must be true or false"),
        ("box", "size_pt", True, "size_pt must be a number"),
        ("box", "text", 7, "text must be a text"),
        ("box", "colour", "#12345", "colour must be a colour such as #c00000"),
        ("box", "colour", "red", "colour must be a colour such as #c00000"),
        ("template", "border_colour", "#gggggg", "border_colour must be a colour"),
        ("template", "landscape", 1, "landscape must be true or false"),
        ("template", "forms", "giay_khen", "forms must be a list of texts"),
        ("template", "recipient_kinds", [1], "recipient_kinds must be a list of texts"),
        ("qr", "size_mm", None, "the QR code: size_mm must be a number"),
    ],
)
def test_a_value_of_the_wrong_kind_is_refused_naming_the_key(where, key, value, said):
    raw = shipped()
    element = {"box": raw["boxes"][0], "template": raw, "qr": raw["qr"]}[where]
    element[key] = value
    assert said in str(refusal(raw).args[0])


@pytest.mark.parametrize("colour", ["#c00000", "#C00", "#80c00000"])
def test_the_colours_the_printer_reads_are_taken(colour):
    raw = shipped()
    raw["boxes"][0]["colour"] = colour
    raw["border_colour"] = colour
    assert template_from_json(json.dumps(raw)).boxes[0].colour == colour


def test_an_unknown_or_missing_key_is_refused_naming_it():
    raw = shipped()
    raw["boxes"][1]["fnt"] = "Tinos"
    key = raw["boxes"][1]["key"]
    assert str(refusal(raw).args[0]) == f"box '{key}': unknown key fnt"
    raw = shipped()
    raw["colour"] = "#000000"
    assert str(refusal(raw).args[0]) == "the template: unknown key colour"
    raw = shipped()
    del raw["boxes"][0]["width_mm"]
    assert "the key width_mm is missing" in str(refusal(raw).args[0])
    raw = shipped()
    del raw["qr"]["size_mm"]
    assert str(refusal(raw).args[0]) == "the QR code: the key size_mm is missing"
    raw = shipped()
    del raw["code"]
    assert str(refusal(raw).args[0]) == "the template: the key code is missing"


def test_what_is_not_a_template_at_all_is_refused():
    assert "no list of boxes" in str(refusal("[1, 2]").args[0])
    assert "no list of boxes" in str(refusal({"code": CODE, "name": "x"}).args[0])
    raw = shipped()
    raw["boxes"][0] = "recipient"
    assert str(refusal(raw).args[0]) == "box '1' is not a group of named values"
    raw = shipped()
    raw["qr"] = [1, 2, 3]
    assert str(refusal(raw).args[0]) == "the QR code is not a group of named values"


def test_an_unknown_paper_size_is_refused():
    raw = shipped()
    raw["page"] = "Letter"
    assert str(refusal(raw).args[0]) == "unknown paper size Letter (A4 or A3)"


def test_a_template_off_the_page_is_refused_as_check_template_refuses_it():
    raw = shipped()
    raw["boxes"][0]["x_mm"] = 500
    key = raw["boxes"][0]["key"]
    said = str(refusal(raw).args[0])
    assert said.startswith(f"box '{key}' lies outside the 297 x 210 mm page")


def test_a_template_it_takes_passes_check_template_and_prints_its_values():
    raw = shipped()
    raw["boxes"][0]["x_mm"] = 28  # a whole number where a decimal is written
    template = template_from_json(json.dumps(raw))
    check_template(template)
    assert template.boxes[0].x_mm == 28 and template.page_size_mm() == (297.0, 210.0)
