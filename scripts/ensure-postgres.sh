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
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's postgresql for the store tests..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq </dev/null >/dev/null
  # policy-rc.d 101: the package must not start a system-wide server of its own.
  policy=/usr/sbin/policy-rc.d
  made_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && made_policy=1
  fi
  apt-get install -y -qq --no-install-recommends postgresql </dev/null >/dev/null
  if [ "$made_policy" = "1" ]; then rm -f "$policy"; fi
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
  exit 0
fi
echo "PostgreSQL is missing: install Debian's 'postgresql' package (sudo apt-get install postgresql)," >&2
echo "or set SOCIALSTRATEGY_TEST_POSTGRES to the URL of a running server." >&2
exit 1
