#!/usr/bin/env bash
# One command on a fresh machine: install, build the H5 app and the cloud functions, and serve both
# from the local cloud (embedded database, no account or internet needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm run --silent build:functions
npm run --silent build:h5
export CLOUD_DATA_DIR="${CLOUD_DATA_DIR:-.data/cloud}"
export CLOUD_STATIC_DIR="${CLOUD_STATIC_DIR:-dist/h5}"
# Field-encryption and blind-index keys for the local functions: made once into the git-ignored
# data dir and reused, so the local database stays readable across restarts.
while IFS='=' read -r name value; do export "$name=$value"; done < <(npx tsx scripts/keys/local-keys.ts "$CLOUD_DATA_DIR")
# node --import tsx (not the tsx CLI) so SIGTERM reaches the server and it shuts down cleanly.
# SMS and email: no gateway here, so the named stand-in records what would be sent (channel_outbox).
export QYB_CHANNELS="${QYB_CHANNELS:-local-stand-in}"
export QYB_FACE_VERIFIER="${QYB_FACE_VERIFIER:-local-stand-in}"  # no WeChat face service here: the named stand-in answers
exec node --import tsx localcloud/main.ts
