"""Before Qt is loaded, the window says in one line why it cannot start here: no display, or
the X11 libraries a fresh Debian or Ubuntu lacks, named by the packages to install."""

import os
import subprocess
import sys

import pytest

from kienan_awards.ui import platform_check

DISPLAY_NAMES = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")


@pytest.fixture
def linux(monkeypatch):
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    for name in DISPLAY_NAMES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def libraries_found(monkeypatch, missing=()):
    def find(name):
        return None if name in missing else f"lib{name}.so"

    monkeypatch.setattr(platform_check.ctypes.util, "find_library", find)


def test_without_any_display_it_says_so_and_names_xvfb_run(linux):
    said = platform_check.window_cannot_start()
    assert said.startswith("no display found") and "xvfb-run" in said


def test_a_missing_x11_library_is_named_by_its_package(linux):
    linux.setenv("DISPLAY", ":0")
    libraries_found(linux, missing={"xcb-cursor", "xkbcommon-x11"})
    said = platform_check.window_cannot_start()
    assert said.endswith("sudo apt install libxcb-cursor0 libxkbcommon-x11-0")
    libraries_found(linux)
    assert platform_check.window_cannot_start() is None


def test_other_platforms_and_an_unanswering_linker_are_left_to_qt(linux):
    libraries_found(linux, missing={"xcb-cursor"})
    linux.setenv("DISPLAY", ":0")
    for platform in ("offscreen", "wayland"):
        linux.setenv("QT_QPA_PLATFORM", platform)
        assert platform_check.window_cannot_start() is None
    linux.delenv("QT_QPA_PLATFORM")
    libraries_found(linux, missing={"xcb-cursor", "c"})  # no ldconfig: nothing can be told
    assert platform_check.window_cannot_start() is None
    linux.setattr(platform_check.sys, "platform", "win32")
    assert platform_check.window_cannot_start() is None


def test_the_program_without_a_display_is_one_line_and_exit_1(tmp_path):
    environment = {k: v for k, v in os.environ.items() if k not in DISPLAY_NAMES}
    environment["HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "kienan_awards", "--lang", "en", "--db", str(tmp_path / "a.db")],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )
    assert done.returncode == 1 and done.stdout == ""
    assert (
        done.stderr.startswith("kienan-awards: no display found") and done.stderr.count("\n") == 1
    )
    assert not (tmp_path / "a.db").exists()
