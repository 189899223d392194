#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing:
# Chromium for the Playwright journeys, and CJK fonts so Chinese renders in
# screenshots. Nothing is downloaded outside Debian's own repositories.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "Missing system packages: ${missing[*]}. Install them (Debian: apt-get install ${missing[*]}) and re-run." >&2
  [[ " ${missing[*]} " == *" chromium "* ]] && exit 1 || exit 0
fi
echo "Installing ${missing[*]} from Debian's repositories..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
