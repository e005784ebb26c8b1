#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright cannot download its own here). Idempotent.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "chromium: $(chromium --version 2>/dev/null | head -1)"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "chromium is missing: install it with 'sudo apt-get install -y chromium' (needed by the browser tests)." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
echo "installed $(chromium --version | head -1)"
