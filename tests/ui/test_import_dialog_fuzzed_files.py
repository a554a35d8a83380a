"""The window's import wizard gives a generated list the same verdict as the core's reader and
check: the same number of rows to import, or a refusal shown to the clerk; and a
refused list writes nothing.

The seeds are a fixed mix, each checked to still make what it was chosen for. Lists that need a
memory cap (bombs, far cells) are left to the command-line fuzzer, which runs each in its own
process: here the reading happens inside the test's own process.
"""

import sqlite3

import pytest
from PySide6.QtCore import QDate

from kienan_awards import cli
from kienan_awards.core.demo import load_demo
from kienan_awards.ui.dialogs import import_dialog as dialog_module
from kienan_awards.ui.dialogs.import_dialog import STEP_COLUMNS, STEP_ROWS
from kienan_awards.ui.main_window import MainWindow
from tests.support.import_fuzzing import choose_template, core_verdict, database_fingerprint
from tests.support.list_fuzzer import generate_list

# seed: a tag the list must hold (what it was chosen for)
SEEDS = {
    0: "plain",  # units, openpyxl, demo database
    31: "plain",  # awards, .ods, decision given on the command line
    89: "plain",  # awards with --decision, --date and --form
    21: "section-rows",  # a unit's proposal
    103: "excel-errors",  # units: #N/A, dates as text, zero-width: still accepted
    11: "sheet-names-equal-in-31",  # hand-made .xlsx
    156: "sheet-name-excel-forbids",  # .ods: a sheet named as Excel would refuse
    13: "bidi-control",  # people: row errors
    22: "control-character",  # a proposal with a control character: a row error
    24: "header-far-down",  # units: numbers row, some rows wrong
    64: "password-protected",
    28: "truncated",
    17: "csv",
    36: "empty-file",
}


@pytest.fixture
def shown(monkeypatch):
    """Every message box the wizard opens, recorded instead of shown (no modal exec)."""
    texts = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(
            dialog_module.QMessageBox,
            name,
            lambda parent, title, text, *rest, **kw: texts.append(text),
        )
    monkeypatch.setattr(
        dialog_module.QMessageBox, "question", lambda *a, **kw: pytest.fail("a question box")
    )
    return texts


def wait_idle(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)


def copy_database(source, target):
    """A copy through SQLite's backup, so what is still in the -wal file comes along."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def give_options(dialog, generated):
    """The command line's options, as the clerk gives them on the wizard's first step."""
    args = cli.build_parser().parse_args(
        ["import", generated.list_kind, str(generated.path), *generated.argv]
    )
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(generated.list_kind))
    if args.decision:
        dialog.decision_edit.setText(args.decision)
    if args.date:
        dialog.date_edit.setDate(QDate(args.date.year, args.date.month, args.date.day))
    if args.form:
        index = dialog.form_combo.findData(args.form)
        assert index >= 0, f"the wizard offers no form {args.form!r}"
        dialog.form_combo.setCurrentIndex(index)


def wizard_verdict(qtbot, dialog, generated, shown) -> tuple[str, int]:
    give_options(dialog, generated)
    dialog.path_edit.setText(str(generated.path))
    dialog.go_next()
    wait_idle(qtbot, dialog)
    if shown:
        return "refused", 0
    assert dialog.steps.currentIndex() == STEP_COLUMNS
    dialog.go_next()
    wait_idle(qtbot, dialog)
    if shown:
        return "refused", 0
    assert dialog.steps.currentIndex() == STEP_ROWS
    plan = dialog.plan
    if plan.errors:
        assert not dialog.import_button.isEnabled()
        assert "Nothing can be imported" in dialog.summary_label.text()
        return "refused", plan.rows_read
    imported = []
    dialog.imported.connect(imported.append)
    dialog.start_import()
    wait_idle(qtbot, dialog)
    assert not shown, shown
    assert imported, "the wizard said nothing was imported"
    assert imported[0]["rows_read"] == plan.rows_read
    return "accepted", plan.rows_read


@pytest.mark.parametrize("seed", list(SEEDS))
def test_the_wizard_and_the_core_agree_on_a_generated_list(
    qtbot, db, db_path, window_settings, tmp_path, shown, seed
):
    generated = generate_list(seed, tmp_path / "list")
    assert SEEDS[seed] in generated.description, generated.summary
    if choose_template(seed, tmp_path)[0] == "demo":
        load_demo(db)
    core_copy = tmp_path / "core.sqlite3"
    copy_database(db_path, core_copy)
    expected = core_verdict(generated, core_copy)
    before = database_fingerprint(db_path)
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    dialog = window.open_import_dialog()
    try:
        verdict, rows = wizard_verdict(qtbot, dialog, generated, shown)
    finally:
        dialog.close()
    assert verdict == expected.verdict, (generated.summary, expected, shown)
    if verdict == "accepted":
        assert rows == expected.rows_read
        assert database_fingerprint(db_path) != before
    else:
        assert shown or dialog.plan is not None and dialog.plan.errors
        assert database_fingerprint(db_path) == before, "a refused list changed the database"
