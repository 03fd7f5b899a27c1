#!/usr/bin/env bash
# Install Debian packages for the tests, as root through apt-get, without letting them
# start system-wide services of their own (policy-rc.d 101). Used by the ensure-*.sh
# scripts: `apt-install.sh "the replica tests" haproxy nginx`. Exits 1 (and says what to
# install) where it cannot: not root, or no apt-get.
set -euo pipefail
purpose=$1
shift
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing for $purpose: $*. Install Debian's packages (sudo apt-get install $*)." >&2
  exit 1
fi
echo "Installing Debian's $* for $purpose..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq </dev/null >/dev/null
policy=/usr/sbin/policy-rc.d
made_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && made_policy=1
fi
trap 'if [ "$made_policy" = "1" ]; then rm -f "$policy"; fi' EXIT
apt-get install -y -qq --no-install-recommends "$@" </dev/null >/dev/null
