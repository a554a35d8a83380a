"""The version resource of the Windows executables, made from kienan_awards.__version__.

Explorer's Properties > Details and Task Manager show it (Task Manager names a process by its
FileDescription), and an upgrading installer compares it. PyInstaller reads it from a text
file holding a VSVersionInfo(...) expression: the spec writes one per executable with
write_version_file() and passes its path as EXE(version=...)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = "Kien An Awards"
COPYRIGHT = "Kien An Awards authors, GPL-3.0-or-later"

# US English, Unicode: the one string table Windows looks up when it finds no other.
_STRING_TABLE = "040904B0"


def package_version(root: Path = ROOT) -> str:
    """The version as kienan_awards/__init__.py says it (read, not imported: the spec runs
    before anything is installed)."""
    text = (root / "kienan_awards" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE).group(1)


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """Windows keeps four numbers: 0.1.0 -> (0, 1, 0, 0); a suffix (1.2.0rc1) is dropped."""
    leading = re.match(r"\d+(?:\.\d+)*", version)
    if leading is None:
        raise ValueError(f"version {version!r} does not start with a number")
    numbers = [int(part) for part in leading.group(0).split(".")][:4]
    return (*numbers, *[0] * (4 - len(numbers)))


def version_file_text(version: str, file_name: str, description: str) -> str:
    numbers = numeric_version(version)
    strings = {
        "CompanyName": PRODUCT,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": Path(file_name).stem,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": file_name,
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3F,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0),
  ),
  kids=[
    StringFileInfo([
      StringTable({_STRING_TABLE!r}, [
{table},
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])]),
  ],
)
"""


def write_version_file(folder: Path, version: str, file_name: str, description: str) -> str:
    """Writes FOLDER/<name>-version.txt for PyInstaller and returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{Path(file_name).stem}-version.txt"
    path.write_text(version_file_text(version, file_name, description), encoding="utf-8")
    return str(path)
