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
    """The linker's answer: every library but the missing ones; none at all without libc."""
    found = None if "c" in missing else {"c", *platform_check.X11_LIBRARIES} - set(missing)
    monkeypatch.setattr(platform_check, "linker_libraries", lambda: found)


LDCONFIG_LISTING = """3 libs found in cache `/etc/ld.so.cache'
\tlibxcb-cursor.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libxcb-cursor.so.0
\tlibxcb-shape.so.0 (libc6) => /lib/i386-linux-gnu/libxcb-shape.so.0
\tlibc.so.6 (libc6,x86-64, OS ABI: Linux 3.2.0) => /lib/x86_64-linux-gnu/libc.so.6
"""


def test_the_linker_is_asked_once_for_its_libraries_of_the_program_s_word_size(
    monkeypatch, tmp_path
):
    calls = []

    def ldconfig(argv, **_options):
        calls.append(argv)
        return subprocess.CompletedProcess(argv, 0, stdout=LDCONFIG_LISTING)

    monkeypatch.setattr(platform_check.shutil, "which", lambda name: "/sbin/ldconfig")
    monkeypatch.setattr(platform_check.subprocess, "run", ldconfig)
    monkeypatch.setattr(platform_check.sys, "maxsize", 2**63 - 1)
    (tmp_path / "libxkbcommon-x11.so.0").touch()
    monkeypatch.setenv("LD_LIBRARY_PATH", str(tmp_path))
    assert platform_check.linker_libraries() == {"c", "xcb-cursor", "xkbcommon-x11"}
    missing = platform_check.missing_x11_packages()
    assert "libxcb-shape0" in missing  # only its 32-bit build is there
    assert "libxcb-cursor0" not in missing and "libxkbcommon-x11-0" not in missing
    assert len(calls) == 2  # once for each question, not once for each library


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
