"""The window's dossier: on the proposals tab, "Dossier to the city..." is off with
its reason until the chosen proposal holds a line the city decides; then it asks for a folder
and writes the same ZIP as `kienan-awards dossier`, whole by its manifest, with the council's
minutes when a counted meeting reviewed the proposal; a refusal is shown,
not raised."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from PySide6.QtCore import Qt

from kienan_awards.core import demo
from kienan_awards.core.awards import decisions
from kienan_awards.core.cycle.dossier_data import dossier_file_name
from kienan_awards.core.documents.dossier_package import package_problems
from kienan_awards.ui import file_dialogs
from kienan_awards.ui.pages.decisions import dossier_action
from kienan_awards.ui.pages.decisions_page import DecisionsPage


@pytest.fixture
def shown(monkeypatch):
    said = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(
            dossier_action.QMessageBox,
            kind,
            lambda _parent, _title, text, k=kind: said.append((k, text)),
        )
    monkeypatch.setattr(
        "kienan_awards.ui.user_errors.QMessageBox.warning",
        lambda _parent, _title, text: said.append(("warning", text)),
    )
    return said


@pytest.fixture
def page(qtbot, db):
    demo.load_demo(db)
    widget = DecisionsPage(db)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def choose(page, proposal_id: int) -> None:
    for row in range(page.proposal_list.count()):
        if page.proposal_list.item(row).data(Qt.ItemDataRole.UserRole) == proposal_id:
            page.proposal_list.setCurrentRow(row)


def city_line(db, proposal_id: int) -> str:
    (form,) = db.execute("SELECT id FROM award_forms WHERE code = 'CSTD_CITY'").fetchone()
    person, name = db.execute(
        "SELECT id, full_name FROM people WHERE deleted_at IS NULL ORDER BY id LIMIT 1"
    ).fetchone()
    decisions.add_line(db, proposal_id, {"form_id": form, "person_id": person})
    return name


def test_the_button_says_why_it_is_off(page, db):
    button = page.proposals.dossier_button
    (giay_khen,) = db.execute(
        "SELECT id FROM proposals WHERE title = 'Đề nghị tặng Giấy khen năm 2026'"
    ).fetchone()
    choose(page, giay_khen)
    assert not button.isEnabled() and "Emulation Fighter" in button.toolTip()
    city_line(db, giay_khen)
    page.proposals.show_lines()
    assert button.isEnabled() and ".docx and PDF in one ZIP" in button.toolTip()


def test_the_window_writes_the_zip(page, db, tmp_path, monkeypatch, shown, qtbot):
    proposal = page.new_proposal("Đề nghị khen thưởng cấp thành phố năm 2026", 2026)
    name = city_line(db, proposal)
    page.proposals.show_lines()
    button = page.proposals.dossier_button
    assert button.isEnabled()
    folder = tmp_path / "hồ sơ"
    folder.mkdir()
    monkeypatch.setattr(
        file_dialogs.QFileDialog, "getExistingDirectory", lambda *_args: str(folder)
    )
    button.click()
    written = folder / dossier_file_name(proposal, "", dt.date.today())
    assert button.written == written and written.is_file()
    assert shown == [("information", f"Wrote {written}.")]
    assert package_problems(written) == []
    with zipfile.ZipFile(written) as archive:
        names = archive.namelist()
    assert f"Báo cáo thành tích/01 {name}.pdf" in names and "Tờ trình.pdf" in names


def test_a_refusal_is_shown(page, db, tmp_path, monkeypatch, shown):
    proposal = page.new_proposal("Đề nghị khen thưởng cấp thành phố năm 2026", 2026)
    city_line(db, proposal)
    page.proposals.show_lines()
    missing = tmp_path / "gone"
    monkeypatch.setattr(
        file_dialogs.QFileDialog, "getExistingDirectory", lambda *_args: str(missing)
    )
    page.proposals.dossier_button.click()
    assert page.proposals.dossier_button.written is None
    assert len(shown) == 1 and shown[0][0] == "warning" and "gone" in shown[0][1]


def test_cancelling_the_folder_writes_nothing(page, db, monkeypatch, shown):
    proposal = page.new_proposal("Đề nghị khen thưởng cấp thành phố năm 2026", 2026)
    city_line(db, proposal)
    page.proposals.show_lines()
    monkeypatch.setattr(file_dialogs.QFileDialog, "getExistingDirectory", lambda *_args: "")
    page.proposals.dossier_button.click()
    assert page.proposals.dossier_button.written is None and shown == []


def test_the_window_puts_the_councils_minutes_in(page, db, tmp_path, monkeypatch, shown):
    from tests.core.test_dossier_council_minutes import reviewed, with_rules

    proposal = page.new_proposal("Đề nghị khen thưởng cấp thành phố năm 2025", 2025)
    city_line(db, proposal)
    reviewed(db, proposal, held_on=dt.date.today())
    with_rules(db)
    page.proposals.show_lines()
    monkeypatch.setattr(
        file_dialogs.QFileDialog, "getExistingDirectory", lambda *_args: str(tmp_path)
    )
    page.proposals.dossier_button.click()
    written = page.proposals.dossier_button.written
    assert package_problems(written) == []
    day = f"{dt.date.today():%Y-%m-%d}"
    with zipfile.ZipFile(written) as archive:
        names = archive.namelist()
    assert f"Biên bản Hội đồng/{day} Biên bản họp Hội đồng.pdf" in names
    assert f"Biên bản Hội đồng/{day} Biên bản kiểm phiếu.docx" in names
