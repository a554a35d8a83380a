"""Whether the window can start here, asked before Qt is loaded: on Linux without a display Qt
would wait for one or abort, and its X11 plugin aborts the program when a system library it
needs is missing (a fresh Debian or Ubuntu lacks libxcb-cursor0 and other xcb helpers). Either
is said in one line, with what to do."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from kienan_awards.core.i18n import _

# The libraries Qt 6's X11 plugin loads that a system without a desktop often lacks, by the
# name the linker finds them under, and the Debian/Ubuntu package holding each.
X11_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "X11-xcb": "libx11-xcb1",
}


def window_cannot_start() -> str | None:
    """Why the window cannot start on this machine, in one line; None when it can (or when
    it cannot be told, as on Windows and macOS)."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not any(os.environ.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")):
        return _(
            "no display found; start the window from a desktop session, or under xvfb-run "
            "(the commands work without one: kienan-awards --help)"
        )
    if platform not in ("", "xcb") or not os.environ.get("DISPLAY"):
        return None  # offscreen, Wayland or another plugin: not the X11 one
    if os.environ.get("WAYLAND_DISPLAY") and not platform:
        return None
    missing = missing_x11_packages()
    if missing:
        return _(
            "the window needs system libraries that are missing; install them (Debian, "
            "Ubuntu): sudo apt install {packages}"
        ).format(packages=" ".join(missing))
    return None


def missing_x11_packages() -> list[str]:
    """The packages of the X11 libraries the linker cannot find; none when it cannot tell."""
    known = linker_libraries()
    if known is None:  # no ldconfig to ask: nothing can be told
        return []
    return [package for name, package in X11_LIBRARIES.items() if name not in known]


# A line of `ldconfig -p`: "	libxcb-cursor.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/...".
_CACHE_LINE = re.compile(r"^\s+lib(?P<name>\S+?)\.so\S*\s+\((?P<kind>[^)]*)\)", re.MULTILINE)
_LIBRARY_FILE = re.compile(r"^lib(?P<name>.+?)\.so(\.|$)")


def linker_libraries() -> set[str] | None:
    """The libraries the linker finds for this program ("xcb-cursor" for libxcb-cursor.so.0):
    those in its cache, read once with `ldconfig -p` (asking for each library in turn took
    a good part of the window's start), and those in LD_LIBRARY_PATH. None without ldconfig."""
    ldconfig = shutil.which("ldconfig") or next(
        (path for path in ("/sbin/ldconfig", "/usr/sbin/ldconfig") if os.access(path, os.X_OK)),
        None,
    )
    if ldconfig is None:
        return None
    try:
        listing = subprocess.run(
            [ldconfig, "-p"],
            capture_output=True,
            text=True,
            errors="replace",
            timeout=10,
            env={**os.environ, "LC_ALL": "C"},
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    wide = sys.maxsize > 2**32  # a 64-bit program loads only the 64-bit builds
    found = {
        line["name"] for line in _CACHE_LINE.finditer(listing) if ("64" in line["kind"]) == wide
    }
    if "c" not in found:  # not a listing this program can read
        return None
    for folder in os.environ.get("LD_LIBRARY_PATH", "").split(os.pathsep):
        if folder and Path(folder).is_dir():
            found |= {m["name"] for f in os.listdir(folder) if (m := _LIBRARY_FILE.match(f))}
    return found
