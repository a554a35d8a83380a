"""The one way a database file is named to SQLite as a URI (to open it read-only).

Path.as_uri() names a file on a network share "file://server/share/awards.sqlite3": the server
becomes the URI's authority, which SQLite refuses ("invalid uri authority"). SQLite wants an
empty authority and the share in the path, "file:////server/share/awards.sqlite3", as
urllib.request.pathname2url writes it on Windows; a drive's file is "file:///Z:/data/x.db".
Every character a URI gives a meaning to (space, "?", "#", "%") and every letter beyond ASCII
is percent-encoded as UTF-8, which SQLite decodes back.
"""

from __future__ import annotations

from pathlib import Path, PurePath, PureWindowsPath
from urllib.parse import quote, urlencode

# Windows' own spellings of a long path: "\\?\C:\..." and "\\?\UNC\server\share\...".
_LONG_PREFIX = "\\\\?\\"
_LONG_UNC_PREFIX = "\\\\?\\UNC\\"


def _windows_url_path(path: PureWindowsPath) -> str:
    text = str(path)
    if text.upper().startswith(_LONG_UNC_PREFIX):
        text = "\\\\" + text[len(_LONG_UNC_PREFIX) :]
    elif text.startswith(_LONG_PREFIX):
        text = text[len(_LONG_PREFIX) :]
    text = text.replace("\\", "/")
    if text.startswith("//"):  # \\server\share\...: the share in the path, after "//"
        return "//" + quote(text[2:], safe="/")
    drive, rest = text[:2], text[2:]  # "Z:" is kept as it is written
    return "/" + drive + quote(rest, safe="/")


def sqlite_uri(path: PurePath | str, *, mode: str | None = None) -> str:
    """The URI SQLite opens as the file at path (absolute; a relative Path is taken from the
    working folder), with mode ("ro": read-only) when given. Pass it to sqlite3.connect with
    uri=True."""
    if isinstance(path, str):
        path = Path(path)
    if isinstance(path, Path) and not path.is_absolute():
        path = path.absolute()
    if not path.is_absolute():
        raise ValueError(f"a database's URI needs its full path, not {str(path)!r}")
    if isinstance(path, PureWindowsPath):
        url_path = _windows_url_path(path)
    else:
        url_path = quote(str(path), safe="/")
    query = f"?{urlencode({'mode': mode})}" if mode else ""
    return f"file://{url_path}{query}"
