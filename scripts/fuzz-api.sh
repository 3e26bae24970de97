#!/usr/bin/env bash
# `npm run fuzz:api`: schemathesis against the standalone app's own OpenAPI document. Builds and
# starts the app on 127.0.0.1 with a fresh DATA_DIR and the demo department, mints a VP token from
# that DATA_DIR's local issuer, and fails on any 5xx, an undocumented status, a response that does
# not match its schema, or invalid input accepted. Not the positive-data check: legitimate 403/409
# answers to valid-looking input would fail it. Bounded to finish in well under 3 minutes.
#   FUZZ_MAX_EXAMPLES (default 40 per operation), FUZZ_MAX_TIME (seconds of fuzzing, default 80), FUZZ_PORT
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SCHEMATHESIS_VERSION=4.32.5
venv="$PWD/.cache/fuzz-venv"
port="${FUZZ_PORT:-3989}"
max_examples="${FUZZ_MAX_EXAMPLES:-40}"
max_time="${FUZZ_MAX_TIME:-80}"
export NX_DAEMON=false NX_NO_CLOUD=true

if ! "$venv/bin/schemathesis" --version 2>/dev/null | grep -q "$SCHEMATHESIS_VERSION"; then
  echo "installing schemathesis $SCHEMATHESIS_VERSION into $venv"
  rm -rf "$venv"
  if ! python3 -m venv "$venv"; then
    # Debian ships venv apart (python3-venv); a root CI machine may install it from the package mirror.
    [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null || { echo "python3 -m venv failed: install python3-venv"; exit 1; }
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv python3-pip >/dev/null
    rm -rf "$venv"
    python3 -m venv "$venv"
  fi
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

npx nx build standalone --output-style=stream >/dev/null

data="$(mktemp -d)"
log="$(mktemp)"
report="$(mktemp -d)"
DATA_DIR="$data" PORT="$port" SALES_DEMO=1 LOG_LEVEL=warn node dist/apps/standalone/main.js >"$log" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$data" "$report"
}
trap cleanup EXIT

for _ in $(seq 1 60); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" && break
  kill -0 "$pid" 2>/dev/null || { echo "the standalone app exited:"; tail -n 40 "$log"; exit 1; }
  sleep 1
done
curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" || { echo "the standalone app never became ready:"; tail -n 40 "$log"; exit 1; }

token="$(DATA_DIR="$data" npm run -s token -- --user p-vp --role vp)"

started=$SECONDS
status=0
# From a scratch directory: schemathesis keeps its state in ./.schemathesis.
config="$PWD/scripts/fuzz-api.schemathesis.toml"
# One worker: with two, hypothesis' lambda-source cache races in the coverage phase (KeyError).
(cd "$report" && "$venv/bin/schemathesis" --config-file "$config" run "http://127.0.0.1:$port/openapi.json" \
  --header "Authorization: Bearer $token" \
  --checks not_a_server_error,status_code_conformance,response_schema_conformance,negative_data_rejection \
  --phases examples,coverage,fuzzing \
  --max-examples "$max_examples" \
  --max-time "$max_time" \
  --workers 1 \
  --seed 20261128 \
  --request-timeout 10 \
  --suppress-health-check all \
  --generation-database none \
  --report junit --report-dir "$report" \
  --no-color) >"$report/out.txt" 2>&1 || status=$?
# schemathesis closes with a pytest-style banner ("==== 2 warnings in 80s ====") that log readers
# take for a pytest run that executed no test: print its output without the banners' rules.
sed -E 's/^=+ (.*) =+$/-- \1 --/' "$report/out.txt"

echo "fuzz:api: schemathesis exit code $status after $((SECONDS - started)) s"
# The plain closing line: cases generated and failed, from the JUnit report (a failing operation is
# one <failure> or <error> per check that failed).
# ("Test cases:" stands alone, with "N generated, N passed" on the next line.)
cases="$(grep -A1 -E '^ *Test cases:' "$report/out.txt" | sed -nE 's/^[^0-9]*([0-9]+) generated.*/\1/p' | tail -n 1)"
failures="$(cat "$report"/*.xml 2>/dev/null | grep -cE '<(failure|error)[ >]' || true)"
echo "fuzz: $((${cases:-0} - ${failures:-0})) passed, ${failures:-0} failed"
# Errors the app logged (a 5xx schemathesis did not see, e.g. in a background task) fail it too.
if grep -qE '"level":"(error|fatal)"' "$log"; then
  echo "the app logged errors:"
  grep -E '"level":"(error|fatal)"' "$log" | tail -n 20 | cut -c1-400
  status=1
fi
exit "$status"
