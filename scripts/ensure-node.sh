#!/usr/bin/env bash
# Make sure Node.js (20 or later) is installed: the sign-in tests run a real OpenID Connect
# provider (tests/oidc, the oidc-provider package) with it, and npm installs axe-core for the
# accessibility tests (tests/a11y). Installs Debian's nodejs and npm when root; otherwise
# says what to install.
set -euo pipefail
major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  if [ "$(major)" -ge 20 ]; then
    exit 0
  fi
  echo "Node.js $(node -v) is too old for the tests: 20 or later is needed." >&2
  exit 1
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's nodejs and npm for the tests..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq </dev/null >/dev/null
  apt-get install -y -qq --no-install-recommends nodejs npm </dev/null >/dev/null
  command -v node >/dev/null && command -v npm >/dev/null
  if [ "$(major)" -lt 20 ]; then
    echo "Debian's nodejs is $(node -v); the tests need 20 or later." >&2
    exit 1
  fi
  exit 0
fi
echo "Node.js is missing: install Debian's 'nodejs' and 'npm' packages (sudo apt-get install nodejs npm)." >&2
exit 1
