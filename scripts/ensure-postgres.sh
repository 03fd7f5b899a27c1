#!/usr/bin/env bash
# Make sure Debian's PostgreSQL is installed for the store tests. The tests start a
# throwaway cluster of their own with its initdb and pg_ctl (tests/storage/cluster.py);
# no server is started or enabled here. SOCIALSTRATEGY_TEST_POSTGRES (a running server's
# URL) makes the binaries unnecessary.
set -euo pipefail
if [ -n "${SOCIALSTRATEGY_TEST_POSTGRES:-}" ]; then
  exit 0
fi
if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null 2>&1; then
  exit 0
fi
if bash "$(dirname "$0")/apt-install.sh" "the store tests" postgresql; then
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
  exit 0
fi
echo "Or set SOCIALSTRATEGY_TEST_POSTGRES to the URL of a running server." >&2
exit 1
