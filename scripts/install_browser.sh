#!/usr/bin/env sh
# Install Debian's chromium (+ chromium-driver) for the browser test tier (pytest -m browser).
# Idempotent: does nothing when /usr/bin/chromium already exists. Playwright's own browser
# download does not work offline; the tests drive /usr/bin/chromium instead.
set -eu

if [ -x /usr/bin/chromium ]; then
    echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "install_browser.sh: installing chromium needs root (or sudo): apt-get install -y chromium chromium-driver" >&2
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install_browser.sh: apt-get not found; install Chromium so that /usr/bin/chromium exists" >&2
    exit 1
fi

$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium chromium-driver
echo "installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
