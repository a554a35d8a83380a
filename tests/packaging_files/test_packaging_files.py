"""The files the installers are built from agree with the program."""

import configparser
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from kienan_awards import __version__

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def test_the_metainfo_names_this_version_and_the_desktop_file():
    root = ET.parse(PACKAGING / "linux" / "vn.kienan.Awards.metainfo.xml").getroot()
    assert root.find("releases/release").get("version") == __version__
    assert root.find("launchable").text == "vn.kienan.Awards.desktop"
    assert root.find("provides/binary").text == "kienan-awards"


def test_the_desktop_file_starts_the_program_with_its_icon_in_both_languages():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "vn.kienan.Awards.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert (section["Type"], section["Exec"], section["Icon"]) == (
        "Application",
        "kienan-awards",
        "kienan-awards",
    )
    assert section["Name[vi]"] == "Khen thưởng Kiến An"


def test_every_icon_size_the_build_installs_exists():
    sizes = re.findall(
        r"\d+",
        re.search(r"for size in ([\d ]+);", (PACKAGING / "build_linux.sh").read_text()).group(1),
    )
    for size in sizes:
        assert (PACKAGING / "icons" / f"kienan-awards-{size}.png").is_file(), size
    assert (PACKAGING / "icons" / "kienan-awards.ico").is_file()


def test_the_bundle_carries_every_resource_folder_the_program_reads():
    spec = (PACKAGING / "kienan_awards.spec").read_text()
    resources = PACKAGING.parent / "resources"
    for folder in sorted(p.name for p in resources.iterdir() if p.is_dir()):
        assert f'"kienan_awards/resources/{folder}"' in spec, folder
