"""The navigation and the toolbar carry icons of the one shipped set (Tabler Icons, MIT), drawn
from their SVG at the pixel ratio of the screen."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon

from kienan_awards.core.resource_files import resources_folder
from kienan_awards.ui.icons import ACTION_ICONS, PAGE_ICONS, icon, icon_file
from kienan_awards.ui.main_window import MainWindow


def drawn_pixels(pixmap) -> int:
    image = pixmap.toImage()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 0
    )


def test_every_icon_named_is_shipped_with_the_sets_licence():
    folder = resources_folder() / "icons"
    assert "MIT License" in (folder / "LICENSE").read_text(encoding="utf-8")
    for name in {**PAGE_ICONS, **ACTION_ICONS}.values():
        assert icon_file(name).is_file(), name
    shipped = {path.stem for path in folder.glob("*.svg")}
    assert shipped == set(PAGE_ICONS.values()) | set(ACTION_ICONS.values())  # none unused


def test_every_page_and_toolbar_command_has_an_icon_that_draws(qtbot, db, window_settings):
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    navigation = window.page_navigation.list
    assert navigation.count() == len(window.pages)
    for row in range(navigation.count()):
        item = navigation.item(row)
        assert not item.icon().isNull(), item.text()
        assert drawn_pixels(item.icon().pixmap(QSize(20, 20))) > 20, item.text()
    toolbar = window.findChild(type(window.addToolBar("probe")), "main_toolbar")
    actions = [action for action in toolbar.actions() if not action.isSeparator()]
    assert len(actions) >= 8
    for action in actions:
        assert not action.icon().isNull(), action.objectName()
        assert drawn_pixels(action.icon().pixmap(QSize(20, 20))) > 20, action.objectName()


def solid_share(pixmap) -> float:
    """Of the pixels an icon touches, the share drawn in full ink: a sharp drawing's strokes
    are mostly solid, a blurred one's mostly half-tones."""
    image = pixmap.toImage()
    alphas = [
        image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(image.height())
    ]
    touched = [alpha for alpha in alphas if alpha > 0]
    return sum(1 for alpha in touched if alpha == 255) / len(touched)


def test_icons_are_drawn_for_the_screens_pixel_ratio_not_scaled_up(qapp):
    for name in ("layout-dashboard", "device-floppy", "search", "users"):
        single = icon(name).pixmap(QSize(20, 20), 1.0)
        double = icon(name).pixmap(QSize(20, 20), 2.0)
        assert (single.width(), single.devicePixelRatio()) == (20, 1.0)
        assert (double.width(), double.devicePixelRatio()) == (40, 2.0)
        # Drawn anew on 40 pixels, not a 20-pixel picture blown up (which is all half-tones).
        blown_up = single.scaled(40, 40, mode=Qt.TransformationMode.SmoothTransformation)
        assert solid_share(double) > 0.4 > solid_share(blown_up), name
        assert solid_share(single) > 0.15, name


def test_icons_take_the_palettes_colours(qapp):
    drawn = icon("search")
    normal = drawn.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Normal).toImage()
    greyed = drawn.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Disabled).toImage()

    def darkest(image):
        return min(
            image.pixelColor(x, y).lightness()
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255
        )

    assert darkest(normal) < darkest(greyed)


def test_a_missing_icon_leaves_the_command_its_words(qapp):
    assert icon("no-such-icon").isNull()
