"""Where the program's shipped files (fonts, translations, templates) are found.

In a source checkout or an editable install they are the top-level resources/ folder; an
installed or bundled program carries them inside the package as kienan_awards/resources/.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def resources_folder() -> Path:
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError(
        f"the program's resources folder is missing (looked in {_PACKAGE / 'resources'} "
        f"and {_PACKAGE.parent / 'resources'})"
    )


def font_files() -> list[Path]:
    return sorted(resources_folder().joinpath("fonts").glob("*.ttf"))
