#!/usr/bin/env bash
# Every test, as CI runs it: static checks, both builds checked by WeChat's own tools, then all Jest
# projects (unit, ui, integration against the local cloud, e2e in Chromium).
#
# Where the time goes: each step prints its wall time, and the run's times land in
# test-results/npm-test-time.json (git-ignored), which `npm run bench` reports. The static checks
# and the pure Jest projects (unit, ui) need no build, so they run beside the three Taro builds
# (which each leave a core mostly idle while webpack waits on disk); integration and e2e need the
# weapp, functions and e2e builds and run after them, beside the production H5 build. Each build
# still runs and is still checked: dist/h5 (production, no test hooks) is what
# test/e2e/bridge/production-build.spec.ts inspects, last; dist/h5-e2e is what e2e drives.
# QYB_TEST_SERIAL=1 runs every step one after the other (to compare, or on one core).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
times="$(mktemp)"
started=$(date +%s.%N)

# step NAME COMMAND…: runs the command and records its wall time (seconds) under NAME.
step() {
  local name="$1" t0 t1
  shift
  t0=$(date +%s.%N)
  # Explicit: `set -e` does not apply inside a function called from `a || b` or `a && b`.
  if ! "$@"; then
    echo "› $name failed" >&2
    return 1
  fi
  t1=$(date +%s.%N)
  awk -v n="$name" -v a="$t0" -v b="$t1" 'BEGIN { printf "%s %.1f\n", n, b - a }' >>"$times"
  awk -v n="$name" -v a="$t0" -v b="$t1" 'BEGIN { printf "› %s: %.1f s\n", n, b - a }'
}

step deps bash scripts/ensure-deps.sh --with-browser
step policies npm run --silent build:policies

pure() {
  step check npm run --silent check &&
    step jest-unit-ui npx jest --ci --selectProjects unit ui "$@"
}
builds() {
  step build-weapp npm run --silent build:weapp &&
    step verify-weapp npm run --silent verify:weapp &&
    step build-h5-e2e npm run --silent build:h5:e2e
}

pure_pid=""
checks_log=test-results/npm-test-checks.log
if [ "${QYB_TEST_SERIAL:-}" = "1" ]; then
  pure "$@"
  builds
else
  # The checks and the unit/ui tests need no build: they start with the builds and go on beside
  # integration and e2e (the builds end first; the unit/ui tests alone left a core idle for ~80 s,
  # 2026-12-04). Their output goes to a file and is printed whole once they end, so it never
  # interleaves with the builds' or Jest's, and a failure reads as it would in a serial run.
  pure "$@" >"$checks_log" 2>&1 &
  pure_pid=$!
  builds_status=0
  builds || builds_status=$?
  if [ "$builds_status" != 0 ]; then
    wait "$pure_pid" || true
    echo "› static checks and unit/ui tests (run beside the builds; also in $checks_log):"
    cat "$checks_log"
    echo "› the builds failed: see above the checks' output" >&2
    exit 1
  fi
fi
# Three Jest workers for integration and e2e even on two cores: a file spends about half its time
# waiting (cold function starts, timers, Chromium painting), measured at 47–54 % of one core with
# one worker; each file starts from the same environment (test/support/integration-env.ts, the
# run's keys) and its own cloud or bridge context, so the order they run in does not matter. The
# function instances an integration file's cloud leaves idle may serve the next file's in the same
# worker, only if it would start the very same ones (localcloud/functions/warm-instances.ts): warm,
# as CloudBase's are. QYB_TEST_WORKERS=1 runs them one by one.
#
# The production H5 build (dist/h5) is needed by one spec only, production-build.spec.ts (no test
# hook ships), so it is built while integration and e2e run, on the CPU their waiting leaves idle,
# and that spec runs once it is there. Its output is held and printed whole when it ends. It is
# `taro build` alone, not `npm run build:h5`: the policies step above already wrote the generated
# policies, and rewriting them while Jest reads them could hand a test a half-written file.
h5_log=test-results/build-h5.log
h5_pid=""
if [ "${QYB_TEST_SERIAL:-}" = "1" ]; then
  step build-h5 npm run --silent build:h5
else
  step build-h5 npx taro build --type h5 >"$h5_log" 2>&1 &
  h5_pid=$!
fi
jest_status=0
step jest-integration-e2e npx jest --ci --maxWorkers="${QYB_TEST_WORKERS:-3}" \
  --testPathIgnorePatterns /node_modules/ /dist/ production-build.spec --selectProjects integration e2e "$@" ||
  jest_status=$?
h5_status=0
if [ -n "$h5_pid" ]; then
  wait "$h5_pid" || h5_status=$?
  echo "› the production H5 build (run beside integration and e2e; also in $h5_log):"
  cat "$h5_log"
fi
pure_status=0
if [ -n "$pure_pid" ]; then
  wait "$pure_pid" || pure_status=$?
  echo "› static checks and unit/ui tests (run beside the builds, integration and e2e; also in $checks_log):"
  cat "$checks_log"
fi
if [ "$jest_status" != 0 ] || [ "$h5_status" != 0 ] || [ "$pure_status" != 0 ]; then exit 1; fi
step jest-production-build npx jest --ci test/e2e/bridge/production-build.spec.ts --selectProjects e2e

total=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
echo "› npm test: $total s in all"
node -e '
const [file, total, serial] = process.argv.slice(1);
const steps = Object.fromEntries(require("fs").readFileSync(file, "utf8").trim().split("\n")
  .map((l) => l.split(" ")).map(([k, v]) => [k, Number(v)]));
const out = { at: new Date().toISOString(), totalS: Number(Number(total).toFixed(1)), serial: serial === "1", steps };
require("fs").writeFileSync("test-results/npm-test-time.json", JSON.stringify(out, null, 2) + "\n");
' "$times" "$total" "${QYB_TEST_SERIAL:-}"
rm -f "$times"
