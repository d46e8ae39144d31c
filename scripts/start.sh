#!/usr/bin/env bash
# One command on a fresh machine: install, build the H5 app and the cloud functions, and serve both
# from the local cloud (embedded database, no account or internet needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm run --silent build:functions
npm run --silent build:h5
CLOUD_STATIC_DIR="${CLOUD_STATIC_DIR:-dist/h5}" exec npx tsx localcloud/main.ts
