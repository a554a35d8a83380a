#!/usr/bin/env bash
# Builds the one-folder Linux program in dist/kienan-awards/ and runs its self-test.
#   packaging/build_linux.sh            (from anywhere; installs what the build needs)
# The folder can be copied to any Linux PC of the same kind; packaging/linux/ holds the
# .desktop file, the AppStream metainfo and the icons to install beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install -q -e . "pyinstaller>=6.10,<7"
python3 packaging/translations.py
python3 packaging/make_icons.py
python3 -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/kienan_awards.spec
# The desktop entry and the metainfo are checked by their own validators where installed
# (Debian: desktop-file-utils, appstream).
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate packaging/linux/vn.kienan.Awards.desktop
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net packaging/linux/vn.kienan.Awards.metainfo.xml
fi
mkdir -p dist/kienan-awards/share/applications dist/kienan-awards/share/metainfo
cp packaging/linux/vn.kienan.Awards.desktop dist/kienan-awards/share/applications/
cp packaging/linux/vn.kienan.Awards.metainfo.xml dist/kienan-awards/share/metainfo/
for size in 16 24 32 48 64 128 256; do
    target="dist/kienan-awards/share/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$target"
    cp "packaging/icons/kienan-awards-${size}.png" "$target/kienan-awards.png"
done
# The bundle proves itself: window offscreen, a certificate and a report to PDF.
QT_QPA_PLATFORM=offscreen dist/kienan-awards/kienan-awards --self-test
echo "Built dist/kienan-awards ($(du -sh dist/kienan-awards | cut -f1)), version $(cat dist/kienan-awards/VERSION)"
