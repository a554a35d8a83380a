"""The window's icons, from the one set shipped in resources/icons (Tabler Icons, MIT).

The set draws its strokes in `currentColor`; each icon is drawn from its SVG at the size and
pixel ratio asked, in the palette's colour for its state (text, highlighted text, greyed out),
so it is as sharp at 200% as at 100% and follows a dark desktop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kienan_awards.core.resource_files import resources_folder

# The window's pages, by their key in the navigation.
PAGE_ICONS = {
    "overview": "layout-dashboard",
    "movements": "flag",
    "units": "sitemap",
    "people": "users",
    "decisions": "award",
    "cycle": "calendar-event",
    "clusters": "users-group",
    "honour_roll": "list-search",
    "reports": "report-analytics",
    "audit": "history",
    "settings": "settings",
}

# The window's commands, by their action's object name.
ACTION_ICONS = {
    "new": "file-plus",
    "save": "device-floppy",
    "delete": "trash",
    "undo": "arrow-back-up",
    "find": "search",
    "print": "printer",
    "refresh": "refresh",
    "import": "file-import",
    "trash": "recycle",
    "templates": "template",
    "verify": "rosette-discount-check",
    "load_demo": "flask",
    "backup": "database-export",
    "reset_layout": "layout-board-split",
    "quit": "logout",
    "about": "info-circle",
}


def icon_file(name: str) -> Path:
    return resources_folder() / "icons" / f"{name}.svg"


def icon(name: str) -> QIcon:
    """The set's icon of that name; an empty icon where the program's resources are missing
    (the command keeps its words)."""
    try:
        svg = icon_file(name).read_bytes()
    except OSError:
        return QIcon()
    return QIcon(PaletteSvgEngine(svg))


def _colour(mode: QIcon.Mode) -> str:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText).name()
    return palette.color(QPalette.ColorRole.WindowText).name()


class PaletteSvgEngine(QIconEngine):
    """Draws one SVG of the set, its `currentColor` strokes in the palette's colour."""

    def __init__(self, svg: bytes):
        super().__init__()
        self._svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}

    def renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        colour = _colour(mode)
        if colour not in self._renderers:
            drawn = self._svg.replace(b"currentColor", colour.encode())
            self._renderers[colour] = QSvgRenderer(QByteArray(drawn))
        return self._renderers[colour]

    def is_valid(self) -> bool:
        return self.renderer(QIcon.Mode.Normal).isValid()

    def isNull(self) -> bool:  # noqa: N802 (Qt API)
        return not self.is_valid()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.renderer(mode).render(painter, QRectF(rect))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        # Called with the size in device pixels: at 200% a 16-pixel icon is drawn on 32.
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return QPixmap.fromImage(image)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802 (Qt API)
        return size

    def clone(self) -> QIconEngine:
        return PaletteSvgEngine(self._svg)

    def key(self) -> str:
        return "PaletteSvgEngine"
