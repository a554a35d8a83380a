"""The overview's charts saved as PDF or PNG go out as every file does: in place only when
whole, owner-only, and a link at the name is replaced, never written through."""

import os
import stat
import sys

import pytest
from PySide6.QtCore import Qt

from kienan_awards.printing.charts import save_pdf, save_png


def paint(painter, rect):
    painter.fillRect(rect, Qt.GlobalColor.darkBlue)


@pytest.mark.parametrize("suffix", [".pdf", ".png"])
def test_a_chart_file_is_whole_private_and_replaces_a_link(qapp, tmp_path, suffix):
    victim = tmp_path / "awards.sqlite3"
    victim.write_bytes(b"SQLite format 3\x00 the clerk's records")
    path = tmp_path / f"bieu-do{suffix}"
    path.symlink_to(victim)
    old = os.umask(0o022)
    try:
        if suffix == ".pdf":
            save_pdf([paint, paint], path)
        else:
            assert save_png([paint], path)
    finally:
        os.umask(old)
    assert victim.read_bytes().endswith(b"the clerk's records")
    assert not path.is_symlink() and path.stat().st_size > 100
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
