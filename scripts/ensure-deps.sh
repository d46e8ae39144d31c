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

# The machine's copy of an install (node_modules exactly as `npm ci` left it, before anything ran),
# kept by what decides its content: the lockfile, Node's version (the native modules' ABI), the
# platform, npm's version and the compile flags. A fresh clone of the same lockfile on the same
# machine copies it (about 6 CPU-s for 78,000 files) instead of installing again (80–100 CPU-s,
# 53–65 s: unpacking and hashing 2,366 packages, 2026-12-04). The copy is written whole and renamed
# into place, and taken only with its `complete` mark; it is checked like `npm ci`'s own result (the
# tests run against it). QYB_DEPS_CACHE=0 installs with npm every time; the newest two installs
# are kept, under QYB_DEPS_CACHE_DIR (default ~/.cache/qinyiban/node_modules), when the disk has room.
deps_cache_root="${QYB_DEPS_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/qinyiban/node_modules}"
deps_cache_key() {
  {
    echo "format 1"
    node -p 'process.version + " " + process.platform + " " + process.arch'
    npm -v
    echo "CFLAGS=${CFLAGS:--O1}"
    cat package-lock.json
  } | sha256sum | cut -c1-24
}
restore_deps() {
  local entry="$deps_cache_root/$1"
  [ -f "$entry/complete" ] || return 1
  rm -rf node_modules node_modules.restoring
  if cp -a "$entry/node_modules" node_modules.restoring && mv node_modules.restoring node_modules; then
    # Newer than the lockfile, as after `npm ci` (the copy keeps the first install's times).
    touch node_modules/.package-lock.json "$entry"
    return 0
  fi
  rm -rf node_modules node_modules.restoring
  return 1
}
keep_deps() {
  local entry="$deps_cache_root/$1" partial
  [ -f "$entry/complete" ] && return 0
  mkdir -p "$deps_cache_root"
  # Only with room to spare: the copy (~0.9 GB), and QYB_DEPS_CACHE_MIN_FREE_MB (2,048) more stays
  # free for the builds and tests.
  local need have
  need=$(($(du -sk node_modules | cut -f1) + ${QYB_DEPS_CACHE_MIN_FREE_MB:-2048} * 1024))
  have=$(df -Pk "$deps_cache_root" | awk 'NR == 2 { print $4 }')
  if [ "$have" -lt "$need" ]; then
    echo "› not keeping this install: $((have / 1024)) MB free under $deps_cache_root"
    return 0
  fi
  partial="$(mktemp -d "$deps_cache_root/.partial.XXXXXX")"
  if cp -a node_modules "$partial/node_modules" && touch "$partial/complete" && rm -rf "$entry" &&
    mv "$partial" "$entry"; then
    echo "› kept this install for the next fresh clone: $entry"
  fi
  rm -rf "$partial"
  # The newest two (by last use) stay.
  ls -1td "$deps_cache_root"/*/ 2>/dev/null | tail -n +3 | xargs -r rm -rf
}

# node_modules missing, or older than the lockfile.
deps_stale() { [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; }

npm_status=0
if deps_stale; then
  deps_key=""
  if [ "${QYB_DEPS_CACHE:-1}" != 0 ]; then deps_key="$(deps_cache_key)"; fi
fi
if [ -n "${deps_key:-}" ] && restore_deps "$deps_key"; then
  echo "› npm packages of this lockfile copied from this machine's last install: $deps_cache_root/$deps_key"
elif deps_stale; then
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
  if [ "$npm_status" = 0 ]; then
    node scripts/deps/keep-native-build.cjs || true
    if [ -n "${deps_key:-}" ]; then keep_deps "$deps_key" || true; fi
  fi
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
