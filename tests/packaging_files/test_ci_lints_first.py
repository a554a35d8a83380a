"""CI lints with the ruff the test extras install, between the install and the tests, and the
README's test command stays the one it runs."""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_the_test_extras_install_the_linter_ci_runs():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    test_extras = extras["project"]["optional-dependencies"]["test"]
    assert any(requirement.lower().startswith("ruff") for requirement in test_extras)
    assert any(requirement.lower().startswith("babel") for requirement in test_extras)


def test_ci_fails_on_a_finding_before_any_test(tmp_path):
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    lint = script.index("ruff check")
    assert script.index("ruff format --check") > lint
    assert script.index('bash -c "$install"') < lint < script.index('bash -c "$tests"')
    assert "set -euo pipefail" in script  # a finding stops the run


def test_the_code_as_committed_has_no_finding():
    pytest.importorskip("ruff")  # the test extras install it
    found = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--quiet", "kienan_awards", "tests", "packaging"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert found.returncode == 0, found.stdout
