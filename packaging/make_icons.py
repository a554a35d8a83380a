"""Renders packaging/icons/kienan-awards.svg into the PNG sizes a Linux desktop wants and the
.ico Windows wants. Run by the build scripts; the results are committed too."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICONS / "kienan-awards.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        render(size).save(str(ICONS / f"kienan-awards-{size}.png"))
    render(256).save(str(ICONS / "kienan-awards.ico"))
    print(f"wrote {len(SIZES)} PNG sizes and kienan-awards.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
