"""The Windows installer, read from its Inno Setup script: 64-bit Windows 10 1809 or later,
English and Vietnamese, an older version's files cleared, the installed program's self-test
heeded, shortcuts that start in the program's folder, the command line on PATH when asked,
version details, the program's icon, and the clerk's data and settings left on uninstall."""

import re

import pytest

from tests.packaging_files.windows_sources import PACKAGING, read_inno_script, run_spec

SCRIPT_FOLDER = PACKAGING / "windows"
BUILD_SCRIPT = PACKAGING / "build_windows.cmd"


@pytest.fixture(scope="module")
def script():
    return read_inno_script()


@pytest.fixture
def programs(tmp_path):
    """The executables' file names by whether they have a console."""
    return {e["console"]: f"{e['name']}.exe" for e in run_spec(tmp_path).executables}


def test_only_64_bit_windows_10_1809_or_later(script):
    setup = script.setup()
    assert setup["ArchitecturesAllowed"] == "x64compatible"
    assert setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert setup["MinVersion"] == "10.0.17763"


def test_the_installer_speaks_vietnamese_from_inno_setups_own_translation(script):
    languages = {entry["Name"]: entry["MessagesFile"] for entry in script.entries("Languages")}
    assert languages["english"] == "compiler:Default.isl"
    vietnamese = languages["vietnamese"]
    assert vietnamese.replace("\\", "/").endswith("build/inno/Vietnamese.isl")
    # The build fetches it from Inno Setup's sources at one fixed revision, to where the
    # script looks for it (relative to the script's folder).
    build = BUILD_SCRIPT.read_text(encoding="utf-8")
    source = re.search(r"https://\S+/Vietnamese\.isl", build).group(0)
    assert re.fullmatch(
        r"https://raw\.githubusercontent\.com/jrsoftware/issrc/[0-9a-f]{40}/"
        r"Files/Languages/Unofficial/Vietnamese\.isl",
        source,
    )
    fetched = (SCRIPT_FOLDER / vietnamese.replace("\\", "/")).resolve()
    assert fetched == (PACKAGING.parent / "build" / "inno" / "Vietnamese.isl").resolve()
    assert "-o build\\inno\\Vietnamese.isl" in build
    # Every message of the script's own is said in both languages.
    messages: dict[str, set[str]] = {}
    for line in script.sections["CustomMessages"]:
        language, _, name = line.partition("=")[0].partition(".")
        messages.setdefault(language, set()).add(name)
    assert set(messages) == {"english", "vietnamese"}
    assert messages["english"] == messages["vietnamese"]


def test_an_older_versions_files_go_and_the_data_and_the_settings_stay(script):
    removed = script.entries("InstallDelete")
    assert {"Type": "filesandordirs", "Name": "{app}\\_internal"} in removed
    for entry in removed + script.entries("UninstallDelete") + script.entries("Dirs"):
        assert entry["Name"].startswith("{app}\\"), entry
    for entry in script.entries("Registry"):
        assert "KienAnAwards" not in entry.get("Subkey", ""), entry
        assert "uninsdelete" not in entry.get("Flags", ""), entry
    code = script.code()
    assert "DelTree" not in code and "DeleteFile" not in code
    assert "{localappdata}" not in code and "{userappdata}" not in code


def test_the_installed_programs_self_test_is_run_and_a_failure_told(script, programs):
    assert script.defines["CommandLineExe"] == programs[True]
    code = script.code()
    post_install = re.search(
        r"procedure CurStepChanged\(CurStep: TSetupStep\);.*?\nend;", code, re.DOTALL
    ).group(0)
    assert "ssPostInstall" in post_install and "CheckInstalledProgram" in post_install
    check = re.search(r"procedure CheckInstalledProgram;.*?\nend;", code, re.DOTALL).group(0)
    assert "ExpandConstant('{app}\\{#CommandLineExe}')" in check
    started = r"Exec\(CommandLine, '--self-test',.*ewWaitUntilTerminated, ResultCode\)"
    assert re.search(started, check)
    assert "if ResultCode <> 0 then" in check
    assert "CustomMessage('SelfTestFailed')" in check and "SuppressibleMsgBox(" in check
    # The window has no console to print to: it does not run the self-test.
    assert not [e for e in script.entries("Run") if "--self-test" in e.get("Parameters", "")]


def test_shortcuts_start_the_window_in_the_programs_folder(script, programs):
    assert script.defines["WindowExe"] == programs[False]
    shortcuts = [e for e in script.entries("Icons") if e["Filename"].startswith("{app}")]
    assert len(shortcuts) >= 2
    for shortcut in shortcuts:
        assert shortcut["Filename"] == f"{{app}}\\{programs[False]}", shortcut
        assert shortcut["WorkingDir"] == "{app}", shortcut
    launch = [e for e in script.entries("Run") if "postinstall" in e["Flags"]]
    assert launch and all("runasoriginaluser" in e["Flags"].split() for e in launch)


def test_the_command_line_goes_on_path_only_when_asked(script):
    tasks = {entry["Name"]: entry for entry in script.entries("Tasks")}
    assert "unchecked" in tasks["addtopath"]["Flags"]
    assert script.setup()["ChangesEnvironment"] == "yes"
    code = script.code()
    assert "'SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment'" in code
    assert "Result := 'Environment'" in code  # the user's own PATH when installed for one
    assert "SetOnPath(ExpandConstant('{app}'), WizardIsTaskSelected('addtopath'))" in code
    uninstall = re.search(r"procedure CurUninstallStepChanged.*?\nend;", code, re.DOTALL)
    assert "SetOnPath(ExpandConstant('{app}'), False)" in uninstall.group(0)


def test_the_setup_carries_the_programs_version(script):
    setup = script.setup()
    assert setup["AppVersion"] == "{#AppVersion}"
    for directive in ("VersionInfoVersion", "VersionInfoProductVersion"):
        assert setup[directive] == "{#AppNumericVersion}"
    assert setup["VersionInfoTextVersion"] == "{#AppVersion}"
    assert setup["VersionInfoProductName"] == "Kien An Awards"
    text = (SCRIPT_FOLDER / "kienan_awards.iss").read_text(encoding="utf-8")
    assert 'dist\\kienan-awards-version.ini"' in text  # the file the spec writes
    assert 'ReadIni(VersionFile, "version", "value", "")' in text
    assert 'ReadIni(VersionFile, "version", "numeric", "")' in text


def test_the_setup_and_its_uninstall_entry_show_the_programs_icon(script, programs):
    setup = script.setup()
    assert (SCRIPT_FOLDER / setup["SetupIconFile"].replace("\\", "/")).resolve() == (
        PACKAGING / "icons" / "kienan-awards.ico"
    )
    assert setup["UninstallDisplayIcon"] == f"{{app}}\\{programs[False]}"
