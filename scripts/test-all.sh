#!/usr/bin/env bash
# Everything CI checks, in the order that fails fastest: system packages,
# Prisma client, lint, format, types, unit + integration tests on a real
# PostgreSQL, production build, Playwright journeys in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }

step "system packages"; bash scripts/ensure-system-packages.sh
step "prisma client"; npm run --silent db:generate
step "lint"; npm run --silent lint
step "format"; npm run --silent format:check
step "typecheck"; npm run --silent typecheck
step "unit and integration tests"; npx vitest run
step "production build"; npx next build
step "browser journeys"; npx playwright test
