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
exec bash "$(dirname "$0")/apt-install.sh" "the replica tests" "${missing[@]}"
