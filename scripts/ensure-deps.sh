#!/usr/bin/env bash
# Installs what the project needs and npm does not bring: node_modules from the lockfile, and for
# browser tests Debian's Chromium with a CJK font. Safe to run again; does nothing when all is there.
# The two installs share nothing (npm writes node_modules, apt writes /usr), so on a fresh machine
# they run side by side; each one's output is kept apart and printed whole when it ends.
set -euo pipefail
cd "$(dirname "$0")/.."

install_browser() {
  echo "› installing Debian chromium and fonts-wqy-microhei"
  local sudo_cmd=""
  if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
}

browser_pid=""
browser_log=""
if [ "${1:-}" = "--with-browser" ]; then
  if ! command -v chromium >/dev/null 2>&1 || [ ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
    browser_log="$(mktemp)"
    install_browser >"$browser_log" 2>&1 &
    browser_pid=$!
  fi
fi

npm_status=0
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "› installing npm packages from the lockfile"
  # npm ci: exactly the lockfile. The lockfile lists all of Taro's platform bindings (the registry
  # here serves only linux-x64's, so the others are entries without a tarball that npm skips by os/cpu).
  # JOBS=max: node-gyp compiles better-sqlite3's two sources side by side (SQLite and the binding;
  # 108 s → 74 s on two cores) when no cached build is there (scripts/deps/keep-native-build.cjs).
  # CFLAGS=-O1 (GCC takes the last -O; better-sqlite3 asks for -O3): on a fresh machine that compile
  # is the longest part of `npm ci` and so of the deps step, the first of `npm test` (131 s, of which
  # 66 s compiling at -O3 and 37 s at -O1, 2026-12-04). SQLite here backs only the local cloud
  # (tests, `npm start`); WeChat's cloud database is not it. Measured on 100,000 JSON rows: inserts
  # and indexed reads within 0–9 % of -O3, full scans 25 % slower; the local cloud reads by index.
  # A CFLAGS of your own is kept.
  # --prefer-offline: a package already in npm's cache is taken from it without asking the registry
  # whether its cached metadata is still fresh (the lockfile pins each tarball by its integrity
  # hash, which npm checks either way; a package not in the cache is fetched as before). With a
  # warm cache, 105/100 s → 80/53 s here (two runs each, 2026-12-04): the revalidation requests
  # were most of the CPU npm spent.
  JOBS=max CFLAGS="${CFLAGS:--O1}" npm ci --no-audit --no-fund --prefer-offline || npm_status=$?
  if [ "$npm_status" = 0 ]; then node scripts/deps/keep-native-build.cjs || true; fi
fi

browser_status=0
if [ -n "$browser_pid" ]; then
  wait "$browser_pid" || browser_status=$?
  cat "$browser_log"
  rm -f "$browser_log"
  if [ "$browser_status" != 0 ]; then echo "› installing chromium failed (exit $browser_status)" >&2; fi
fi
if [ "$npm_status" != 0 ]; then echo "› npm ci failed (exit $npm_status)" >&2; fi
if [ "$npm_status" != 0 ] || [ "$browser_status" != 0 ]; then exit 1; fi
