#!/usr/bin/env bash
# Installs what the project needs and npm does not bring: node_modules from the lockfile, and for
# browser tests Debian's Chromium with a CJK font. Safe to run again; does nothing when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "› installing npm packages from the lockfile"
  # npm ci: exactly the lockfile. The lockfile lists all of Taro's platform bindings (the registry
  # here serves only linux-x64's, so the others are entries without a tarball that npm skips by os/cpu).
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--with-browser" ]; then
  if ! command -v chromium >/dev/null 2>&1 || [ ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
    echo "› installing Debian chromium and fonts-wqy-microhei"
    sudo_cmd=""
    if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
  fi
fi
