#!/usr/bin/env bash
# Generated files are committed; CI fails when they drift from the config:
# payload-types.ts, the admin import map, the GraphQL schema, and the SQL migrations.
set -euo pipefail
cd "$(dirname "$0")/.."

generated=(src/payload-types.ts "src/app/(payload)/admin/importMap.js" src/generated-schema.graphql)
npx payload generate:types >/dev/null
npx payload generate:importmap >/dev/null
npx payload-graphql generate:schema >/dev/null
if [ -n "$(git status --porcelain -- "${generated[@]}")" ]; then
  git status --short -- "${generated[@]}"
  echo "Generated files are stale: run 'npm run generate:types && npm run generate:importmap && npm run generate:graphql' and commit." >&2
  exit 1
fi
echo "payload-types.ts, importMap.js and generated-schema.graphql match the config."

# A schema change without a migration: migrate:create would write a new file.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"; psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS syntagen_drift_$$" postgres >/dev/null 2>&1 || true' EXIT
check_dialect() {
  local dialect=$1 url=$2
  local before after
  before=$(ls "src/migrations/$dialect" | sort)
  DATABASE_URL=$url npx payload migrate:create drift-check --skip-empty >"$scratch/$dialect.log" 2>&1 || {
    cat "$scratch/$dialect.log" >&2
    exit 1
  }
  after=$(ls "src/migrations/$dialect" | sort)
  if [ "$before" != "$after" ]; then
    git checkout -- "src/migrations/$dialect/index.ts" 2>/dev/null || true
    git clean -fq -- "src/migrations/$dialect"
    echo "The $dialect schema changed without a migration: run 'npm run migrations:create -- <name>' and commit." >&2
    exit 1
  fi
  echo "$dialect migrations match the schema."
}
check_dialect sqlite "file:$scratch/drift.db"
psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE syntagen_drift_$$" postgres >/dev/null
check_dialect postgres "postgres://postgres@127.0.0.1:5432/syntagen_drift_$$"
