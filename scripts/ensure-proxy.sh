#!/usr/bin/env bash
# Make sure Debian's HAProxy and nginx are installed for the replica tests: the tests start
# HAProxy themselves (scripts/replicas.py) and check the nginx configuration with
# `nginx -t` (deploy/). No proxy is started or enabled here.
set -euo pipefail
missing=()
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
if [ "${#missing[@]}" = "0" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]} for the replica tests..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq </dev/null >/dev/null
  # policy-rc.d 101: the packages must not start system-wide services of their own.
  policy=/usr/sbin/policy-rc.d
  made_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && made_policy=1
  fi
  apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
  if [ "$made_policy" = "1" ]; then rm -f "$policy"; fi
  exit 0
fi
echo "Missing: ${missing[*]}. Install Debian's packages (sudo apt-get install ${missing[*]})." >&2
exit 1
