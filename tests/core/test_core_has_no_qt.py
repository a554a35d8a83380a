import pkgutil
import subprocess
import sys

import kienan_awards.core


def test_core_and_command_line_import_without_loading_qt():
    modules = [
        f"kienan_awards.core.{m.name}" for m in pkgutil.iter_modules(kienan_awards.core.__path__)
    ]
    assert len(modules) > 5
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
