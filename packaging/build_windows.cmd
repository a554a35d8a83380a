@echo off
rem Builds dist\kienan-awards (PyInstaller) and its installer (Inno Setup's iscc on PATH),
rem after the bundle has passed its self-test. Run from a Python 3.11+ command prompt.
cd /d "%~dp0\.."
py -m pip install -q -e . "pyinstaller>=6.10,<7" || exit /b 1
py packaging\translations.py || exit /b 1
py packaging\make_icons.py || exit /b 1
py -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\kienan_awards.spec || exit /b 1
dist\kienan-awards\kienan-awards.exe --self-test || exit /b 1
for /f %%v in (dist\kienan-awards\VERSION) do (echo [version]> dist\kienan-awards\VERSION.ini & echo value=%%v>> dist\kienan-awards\VERSION.ini)
iscc packaging\windows\kienan_awards.iss || exit /b 1
echo Built dist\kienan-awards-*-setup.exe
