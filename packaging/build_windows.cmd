@echo off
rem Builds dist\kienan-awards (PyInstaller: kienan-awards.exe, the window, and
rem kienan-awards-cli.exe, the command line) and, once the bundle has passed its self-test,
rem the installer dist\kienan-awards-VERSION-setup.exe with Inno Setup 6.5 or later (iscc on
rem PATH). Run from a command prompt on 64-bit Windows with Python 3.11+ (the py launcher).
rem
rem Signing: set SIGN_CERT_SHA1 to the thumbprint of a code-signing certificate in the
rem certificate store (and SIGN_TIMESTAMP_URL to its authority's timestamp server, if not
rem DigiCert's) with signtool (Windows SDK) on PATH; both programs, the setup and its
rem uninstaller are then signed. Without it nothing is signed.
setlocal
cd /d "%~dp0\.."
py -m pip install -q -e . "pyinstaller>=6.10,<7" || exit /b 1
py packaging\translations.py || exit /b 1
py packaging\make_icons.py || exit /b 1
py -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\kienan_awards.spec || exit /b 1
dist\kienan-awards\kienan-awards-cli.exe --self-test || exit /b 1

rem Inno Setup's Vietnamese messages (Files\Languages\Unofficial in Inno Setup's sources, which
rem its installer does not carry), at the revision packaging\windows\kienan_awards.iss was
rem written against.
set VIETNAMESE_ISL=https://raw.githubusercontent.com/jrsoftware/issrc/09b24879e5be49278ef223dc3d1b07c856369ea2/Files/Languages/Unofficial/Vietnamese.isl
if not exist build\inno\Vietnamese.isl (
    if not exist build\inno mkdir build\inno
    curl.exe -fsSL -o build\inno\Vietnamese.isl %VIETNAMESE_ISL% || (del build\inno\Vietnamese.isl 2>nul & exit /b 1)
)
findstr /c:"LanguageID=$042A" build\inno\Vietnamese.isl >nul || exit /b 1

if not defined SIGN_CERT_SHA1 (
    iscc packaging\windows\kienan_awards.iss || exit /b 1
    echo Built dist\kienan-awards-*-setup.exe, not signed
    exit /b 0
)
if not defined SIGN_TIMESTAMP_URL set SIGN_TIMESTAMP_URL=http://timestamp.digicert.com
set SIGN=signtool sign /sha1 %SIGN_CERT_SHA1% /fd sha256 /tr %SIGN_TIMESTAMP_URL% /td sha256
%SIGN% dist\kienan-awards\kienan-awards.exe dist\kienan-awards\kienan-awards-cli.exe || exit /b 1
iscc "/Ssigntool=%SIGN% $f" /DSIGNED packaging\windows\kienan_awards.iss || exit /b 1
for %%f in (dist\kienan-awards-*-setup.exe) do signtool verify /pa "%%f" || exit /b 1
echo Built dist\kienan-awards-*-setup.exe, signed
