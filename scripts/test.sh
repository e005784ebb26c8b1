#!/usr/bin/env bash
# `npm test`: everything, in the order that fails fastest. One production build serves the
# integration (SQLite, PostgreSQL, and MongoDB when TEST_MONGODB_URL is set) and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1
export NEXT_DIST_DIR=.next-test
started=$SECONDS
# Test servers run from private copies of the build (tests/helpers/buildCopy.ts); drop leftovers.
rm -rf .next-run-*
results=tests/artifacts/results
rm -rf "$results" && mkdir -p "$results"

step() { printf '\n\033[1m== %s\033[0m (%ss)\n' "$1" "$((SECONDS - started))"; }

step "System packages"
bash scripts/ensure-system-packages.sh

step "Lint"
npx eslint . --max-warnings 0

step "Type-check"
npx tsc --noEmit

step "Generated files are up to date"
bash scripts/check-generated.sh

step "Unit tests"
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$results/unit.json"

step "Production build (once, for the integration and browser tests)"
e2e_db=$(mktemp -d /tmp/syntagen-e2e.XXXXXX)
export E2E_DATABASE_URL="file:$e2e_db/e2e.db" E2E_MEDIA_DIR="$e2e_db/media"
DATABASE_URL=$E2E_DATABASE_URL MEDIA_DIR=$E2E_MEDIA_DIR PAYLOAD_SECRET=e2e-tests-only NODE_ENV=production \
  npx tsx scripts/seed.ts
DATABASE_URL=$E2E_DATABASE_URL MEDIA_DIR=$E2E_MEDIA_DIR PAYLOAD_SECRET=e2e-tests-only NODE_ENV=production \
  npx next build

step "Integration tests: SQLite"
npx vitest run --project int-sqlite --reporter=default --reporter=json --outputFile.json="$results/int-sqlite.json"

step "Integration tests: PostgreSQL"
npx vitest run --project int-postgres --reporter=default --reporter=json --outputFile.json="$results/int-postgres.json"

step "Integration tests: MongoDB"
if [ -n "${TEST_MONGODB_URL:-}" ]; then
  npx vitest run --project int-mongodb --reporter=default --reporter=json --outputFile.json="$results/int-mongodb.json"
else
  echo "SKIPPED: TEST_MONGODB_URL is not set, so the MongoDB integration tests did not run (no MongoDB server here)."
fi

step "Browser tests (Chromium)"
npx vitest run --project e2e --reporter=default --reporter=json --outputFile.json="$results/e2e.json"
rm -rf "$e2e_db"

step "Summary"
node scripts/summarize-tests.mjs "$results"
echo "npm test took $((SECONDS - started))s"
