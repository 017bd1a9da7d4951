#!/usr/bin/env bash
# Install Ace by DAISY (the npm package @daisy/ace-cli, its command-line part; the umbrella
# package @daisy/ace also pulls Electron, which downloads a browser build) into
# .venv/ace, run by Debian's nodejs and Debian's Chromium (no browser download).
# Idempotent: a stamp names the installed version, and a second run returns at once.
#   scripts/install-ace.sh [PREFIX]     default PREFIX: .venv/ace
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=1.4.6
PREFIX="${1:-.venv/ace}"
ACE="$PREFIX/node_modules/@daisy/ace-cli/bin/ace.js"
if [ -f "$ACE" ] && [ "$(cat "$PREFIX/.stamp" 2>/dev/null)" = "$VERSION" ]; then
  exit 0
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "install-ace: installing Debian's nodejs and npm"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
echo "install-ace: npm install @daisy/ace-cli@$VERSION into $PREFIX"
mkdir -p "$PREFIX"
PUPPETEER_SKIP_DOWNLOAD=1 PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1 \
  npm install --prefix "$PREFIX" --no-audit --no-fund --no-save --ignore-scripts \
  --loglevel=error "@daisy/ace-cli@$VERSION"
test -f "$ACE"
echo "$VERSION" > "$PREFIX/.stamp"
