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
# Sign in with the 琴易办 account (oidc function): an ES256 dev key made once into the data dir,
# and the issuer the local cloud's HTTP access route serves.
while IFS='=' read -r name value; do export "$name=$value"; done < <(npx tsx scripts/keys/oidc-dev-keys.ts "$CLOUD_DATA_DIR")
export QYB_OIDC_ISSUER="${QYB_OIDC_ISSUER:-http://127.0.0.1:${CLOUD_PORT:-3900}/oidc}"
echo "OpenID Connect issuer: $QYB_OIDC_ISSUER (discovery: $QYB_OIDC_ISSUER/.well-known/openid-configuration)"
# node --import tsx (not the tsx CLI) so SIGTERM reaches the server and it shuts down cleanly.
# SMS and email: no gateway here, so the named stand-in records what would be sent (channel_outbox).
export QYB_CHANNELS="${QYB_CHANNELS:-local-stand-in}"
export QYB_FACE_VERIFIER="${QYB_FACE_VERIFIER:-local-stand-in}"  # no WeChat face service here: the named stand-in answers
exec node --import tsx localcloud/main.ts
