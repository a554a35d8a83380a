import pkgutil
import subprocess
import sys

import kienan_awards.core


def test_core_and_command_line_import_without_loading_qt():
    modules = [
        m.name for m in pkgutil.walk_packages(kienan_awards.core.__path__, "kienan_awards.core.")
    ]
    assert len(modules) > 40
    script = "\n".join(
        [f"import {name}" for name in [*modules, "kienan_awards.cli", "kienan_awards.app"]]
        + [
            "import sys",
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))",
        ]
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
