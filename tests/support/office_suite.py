"""LibreOffice for tests that open the program's files as an office would: skipped with a
reason where it is not installed (CI on a fresh machine)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

needs_office_suite = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice is not installed"
)


def convert_to_pdf(document: Path, folder: Path) -> Path:
    """document converted by LibreOffice, headless, with a profile of its own in folder."""
    profile = (folder / "lo_profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(document),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return folder / f"{document.stem}.pdf"
