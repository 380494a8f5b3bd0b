#!/usr/bin/env sh
# Install the test tooling from Debian: chromium (+ chromium-driver) for the browser tier
# (pytest -m browser), tesseract with Swedish for the scanned PDF of the layout suite, and
# LibreOffice (writer, no GUI) that the layout suite's generators use to make PDFs.
# None of it is needed at run time. Idempotent: does nothing when all are there. Playwright's
# own browser download does not work offline; the tests drive /usr/bin/chromium instead.
set -eu

if [ -x /usr/bin/chromium ] && command -v tesseract >/dev/null 2>&1 \
    && tesseract --list-langs 2>/dev/null | grep -qx swe && command -v soffice >/dev/null 2>&1; then
    echo "test tools already installed: $(/usr/bin/chromium --version 2>/dev/null), tesseract (swe), soffice"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "install_test_tools.sh: installing test tools needs root (or sudo): apt-get install -y chromium chromium-driver tesseract-ocr tesseract-ocr-swe libreoffice-writer-nogui" >&2
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install_test_tools.sh: apt-get not found; install Chromium so that /usr/bin/chromium exists" >&2
    exit 1
fi

$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium chromium-driver \
    tesseract-ocr tesseract-ocr-swe libreoffice-writer-nogui
echo "installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
