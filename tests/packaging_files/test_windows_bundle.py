"""The bundle PyInstaller builds: a window without a console beside a console command line,
both with the icon and this version's details, every module of the program, and no Qt
module or translation the program never uses."""

import ast
import configparser
import importlib.util
import struct
from pathlib import Path

import pytest

from kienan_awards import __version__
from kienan_awards.ui.main_window.pages import PAGE_CLASSES
from tests.packaging_files.windows_sources import PACKAGING, run_spec

ROOT = PACKAGING.parent
PROGRAM = ROOT / "kienan_awards"
ICON = PACKAGING / "icons" / "kienan-awards.ico"
ICON_SIZES = {16, 24, 32, 48, 64, 128, 256}


def load_script(name: str):
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def spec_run(tmp_path):
    return run_spec(tmp_path)


def by_name(spec_run) -> dict[str, dict]:
    return {executable["name"]: executable for executable in spec_run.executables}


def test_the_window_has_no_console_and_the_command_line_has_one(spec_run):
    programs = by_name(spec_run)
    assert set(programs) == {"kienan-awards", "kienan-awards-cli"}
    assert programs["kienan-awards"]["console"] is False
    assert programs["kienan-awards-cli"]["console"] is True
    # Both from the one analysis, both in the one folder beside the same libraries.
    window, command_line = programs["kienan-awards"], programs["kienan-awards-cli"]
    assert window["parts"][:2] == command_line["parts"][:2]
    assert window["exclude_binaries"] and command_line["exclude_binaries"]
    assert spec_run.collected == [
        window["program"],
        command_line["program"],
        spec_run.binaries,
        spec_run.datas,
    ]


def version_resource(path: str) -> dict:
    """The fields of a PyInstaller version file, read as the Python expression it is."""
    tree = ast.parse(Path(path).read_text(encoding="utf-8"), mode="eval")
    fields = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg in ("filevers", "prodvers"):
            fields[node.arg] = ast.literal_eval(node.value)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "StringStruct":
            key, value = (ast.literal_eval(argument) for argument in node.args)
            fields[key] = value
    return fields


def test_both_programs_carry_the_icon_and_this_versions_details(spec_run):
    numbers = tuple(int(part) for part in __version__.split(".")) + (0,) * (
        4 - len(__version__.split("."))
    )
    for name, executable in by_name(spec_run).items():
        assert Path(executable["icon"]) == ICON
        details = version_resource(executable["version"])
        assert details["filevers"] == details["prodvers"] == numbers
        assert details["FileVersion"] == details["ProductVersion"] == __version__
        assert details["OriginalFilename"] == f"{name}.exe"
        assert details["ProductName"] == "Kien An Awards"
    descriptions = {version_resource(e["version"])["FileDescription"] for e in spec_run.executables}
    assert len(descriptions) == 2  # Task Manager tells the window from the command line


def test_windows_keeps_four_numbers_of_the_version():
    numeric_version = load_script("windows_version").numeric_version
    assert numeric_version("0.1.0") == (0, 1, 0, 0)
    assert numeric_version("1.2.0rc1") == (1, 2, 0, 0)
    assert numeric_version("3") == (3, 0, 0, 0)
    assert numeric_version("1.2.3.4.5") == (1, 2, 3, 4)
    with pytest.raises(ValueError):
        numeric_version("dev")


def test_the_setups_version_comes_from_the_spec(spec_run, tmp_path):
    written = configparser.ConfigParser()
    written.read(tmp_path / "dist" / "kienan-awards-version.ini", encoding="utf-8")
    assert written["version"]["value"] == __version__
    assert written["version"]["numeric"].split(".")[: len(__version__.split("."))] == (
        __version__.split(".")
    )
    assert (tmp_path / "dist" / "kienan-awards" / "VERSION").read_text().strip() == __version__


def qt_modules_imported() -> set[str]:
    found = set()
    for path in PROGRAM.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                found.add(node.module.split(".")[1])
            if isinstance(node, ast.ImportFrom) and node.module == "PySide6":
                found.update(alias.name for alias in node.names)
            if isinstance(node, ast.Import):
                found.update(
                    alias.name.split(".")[1]
                    for alias in node.names
                    if alias.name.startswith("PySide6.")
                )
    return found


def test_the_qt_modules_the_program_imports_stay_and_the_others_are_left_out(spec_run):
    imported = qt_modules_imported()
    assert set(spec_run.names["USED_QT"]) == imported
    excluded = {
        name.removeprefix("PySide6.")
        for name in spec_run.analysis["excludes"]
        if name.startswith("PySide6.")
    }
    assert not excluded & imported
    assert excluded >= {
        "QtWebEngineCore",
        "QtWebEngineWidgets",
        "Qt3DCore",
        "QtQuick",
        "QtQml",
        "QtMultimedia",
        "QtBluetooth",
        "QtNetwork",
        "QtPdf",
    }


def test_qts_own_translations_and_software_opengl_are_left_out(spec_run):
    assert [entry[0] for entry in spec_run.datas] == ["kienan_awards/resources/i18n/qtbase_vi.qm"]
    assert [entry[0] for entry in spec_run.binaries] == [
        "PySide6/Qt6Widgets.dll",
        "PySide6/plugins/platforms/qwindows.dll",
    ]


def test_every_module_of_the_program_is_bundled_even_those_imported_by_name(spec_run):
    hidden = set(spec_run.analysis["hiddenimports"])
    for module, _class in PAGE_CLASSES.values():  # the window imports its pages when shown
        assert f"kienan_awards.ui.pages.{module}" in hidden
    assert "kienan_awards.self_test" in hidden
    assert "kienan_awards.ui.main_window.pages" in hidden
    assert not [name for name in hidden if "__" in name]  # nor python -m's entry point


def test_every_folder_the_bundle_carries_exists_with_the_schema_steps_in_it(spec_run):
    for source, _target in spec_run.analysis["datas"]:
        assert Path(source).is_dir(), source
    schema = {target: Path(source) for source, target in spec_run.analysis["datas"]}[
        "kienan_awards/core/storage/schema"
    ]
    assert list(schema.glob("schema_v1.sql"))


def icon_images(path: Path) -> list[tuple[int, int, bytes]]:
    """(width, bits per pixel, data) of every image in an .ico, as Windows reads them."""
    data = path.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    images = []
    for index in range(count):
        width, height, _colours, _zero, planes, bits, size, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert width == height and planes == 1
        assert offset + size <= len(data)
        images.append((width or 256, bits, data[offset : offset + size]))
    return images


def bitmap_pixels(image: bytes, side: int) -> list[list[tuple[int, int, int, int]]]:
    """An icon bitmap's pixels as rows of (red, green, blue, alpha), top row first."""
    header, width, height, _planes, bits = struct.unpack_from("<IiiHH", image, 0)
    assert (header, width, height, bits) == (40, side, 2 * side, 32)
    rows = []
    for row in range(side):
        start = 40 + row * side * 4
        line = image[start : start + side * 4]
        rows.append([(b[2], b[1], b[0], b[3]) for b in zip(*[iter(line)] * 4, strict=True)])
    return rows[::-1]  # stored from the bottom up


def test_the_windows_icon_holds_every_size_each_drawn_for_it(qapp):
    images = icon_images(ICON)
    assert {width for width, _bits, _data in images} == ICON_SIZES
    make_icons = load_script("make_icons")
    for width, bits, data in images:
        assert bits == 32
        if width == 256:
            assert data.startswith(b"\x89PNG\r\n\x1a\n")
            continue
        expected = make_icons.render(width)
        pixels = bitmap_pixels(data, width)
        for y in (0, width // 4, width // 2, width - 1):
            for x in (0, width // 3, width // 2, width - 1):
                colour = expected.pixelColor(x, y)
                assert pixels[y][x] == (
                    colour.red(),
                    colour.green(),
                    colour.blue(),
                    colour.alpha(),
                ), (width, x, y)
        alphas = {pixel[3] for row in pixels for pixel in row}
        assert 0 in alphas and 255 in alphas  # transparent corners, an opaque drawing


def test_the_icon_is_drawn_from_the_picture_the_program_ships():
    source = load_script("make_icons").SOURCE
    assert source.is_file()
    assert source.is_relative_to(ROOT / "resources" / "icons")  # bundled with the program
