#!/usr/bin/env bash
# Smoke test of the README's first command: `npm start` builds and serves the embedded default,
# whose four documented URLs must answer 200. Used by .ci/run; safe to run by hand.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
port="${SMOKE_PORT:-3987}"
data="$(mktemp -d)"
log="$(mktemp)"
PORT="$port" DATA_DIR="$data" npm start -- --demo >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; pkill -f "dist/apps/standalone/main.js" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" && break
  kill -0 "$pid" 2>/dev/null || { echo "npm start exited:"; tail -n 40 "$log"; exit 1; }
  sleep 1
done
for path in /health/ready /openapi.json /docs /asyncapi.json; do
  code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")"
  echo "GET $path -> $code"
  [[ "$code" == 200 ]] || { tail -n 40 "$log"; exit 1; }
done
echo "npm start: all four URLs answer"
