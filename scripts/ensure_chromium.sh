#!/usr/bin/env bash
# Makes sure Debian's chromium is at /usr/bin/chromium for the card screenshots (playwright-core
# drives it; we never let Playwright download a browser of its own). Safe to run again.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "chromium saknas och du är inte root / chromium is missing and you are not root:" >&2
    echo "  apt-get update && apt-get install -y chromium" >&2
    exit 1
  fi
  SUDO="sudo"
fi
echo "Installing Debian's chromium (about 40 s, ~480 MB)..." >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
