#!/usr/bin/env bash
# `npm run migrations:create -- <name>`: one migration per SQL dialect, from the same config change.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: npm run migrations:create -- <name>}
scratch=$(mktemp -d)
db="syntagen_migrations_$$"
trap 'rm -rf "$scratch"; psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $db" postgres >/dev/null 2>&1 || true' EXIT
DATABASE_URL="file:$scratch/new.db" npx payload migrate:create "$name" --skip-empty
psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $db" postgres >/dev/null
DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db" npx payload migrate:create "$name" --skip-empty
