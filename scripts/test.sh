#!/usr/bin/env bash
# Every test, as CI runs it: static checks, both builds checked by WeChat's own tools, then all Jest
# projects (unit, ui, integration against the local cloud, e2e in Chromium) with one summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --with-browser
npm run --silent build:policies
npm run --silent check
npm run --silent build:weapp
npm run --silent verify:weapp
npm run --silent build:h5
npm run --silent build:h5:e2e
npx jest --ci "$@"
