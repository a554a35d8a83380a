"""Renders the program's icon, resources/icons/app/kienan-awards.svg (which the window shows
too), into the PNG sizes a Linux desktop wants and the .ico Windows wants, in
packaging/icons/. Run by the build scripts; the results are committed too.

The .ico holds every size, so that Explorer, the taskbar, the Start menu and the installer
each take a drawing made for their size instead of shrinking the largest: 256 px as PNG (as
Windows' own icons do), the smaller ones as 32-bit bitmaps with an alpha channel, which every
reader of icons understands."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app" / "kienan-awards.svg"
ICONS = ROOT / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
# Sizes from this one up are stored as PNG inside the .ico.
PNG_FROM = 256


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def bitmap_bytes(image: QImage) -> bytes:
    """An icon bitmap: BITMAPINFOHEADER (its height counts the mask too), the pixels as BGRA
    rows from the bottom up, then the 1-bit mask (set where the pixel is transparent)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    width, height = image.width(), image.height()
    mask_row = (width + 31) // 32 * 4
    pixels = bytearray()
    mask = bytearray()
    for y in reversed(range(height)):
        row = bytes(image.constScanLine(y))[: width * 4]  # B, G, R, A in memory
        pixels += row
        bits = bytearray(mask_row)
        for x in range(width):
            if row[x * 4 + 3] == 0:
                bits[x // 8] |= 0x80 >> (x % 8)
        mask += bits
    header = struct.pack(
        "<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0
    )
    return header + bytes(pixels) + bytes(mask)


def ico_bytes(images: list[QImage]) -> bytes:
    entries = [png_bytes(i) if i.width() >= PNG_FROM else bitmap_bytes(i) for i in images]
    offset = 6 + 16 * len(images)
    directory = bytearray(struct.pack("<HHH", 0, 1, len(images)))
    for image, data in zip(images, entries, strict=True):
        side = image.width() % 256  # 256 is written as 0
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return bytes(directory) + b"".join(entries)


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = [render(size) for size in SIZES]
    for size, image in zip(SIZES, images, strict=True):
        image.save(str(ICONS / f"kienan-awards-{size}.png"))
    (ICONS / "kienan-awards.ico").write_bytes(ico_bytes(images))
    print(f"wrote {len(SIZES)} PNG sizes and kienan-awards.ico ({len(SIZES)} sizes) in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
