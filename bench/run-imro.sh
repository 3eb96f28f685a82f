#!/usr/bin/env bash
# IMRO2012 benchmark (BENCHMARKS.md, issue 13): import the two real sample plans (Nijkerk centre, an Apeldoorn
# shopping centre) with `stip.jar import imro` into a fresh local PostGIS (no demo municipality), then measure
# "Stip op de kaart" over HTTP at random points of the Nijkerk plan's extent at 1 and 8 concurrent clients.
# Local traffic only.
#
#   bench/run-imro.sh [seconds=20]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
OUT=bench/out
PORT=${BENCH_PORT:-18090}
PLANS=backend/src/test/resources/imro
mkdir -p "$OUT"

[ -f backend/target/stip.jar ] || ./mvnw -q -B -o -DskipTests package

export STIP_DATA_DIR="$PWD/$OUT/pg-imro"
export STIP_DEMO_LOAD=false
export STIP_MAIL_OUTBOX_ENABLED=true   # no SMTP server in a bench; nothing is mailed
export STIP_NOTIFICATIONS_SECRET=bench-only-secret-not-for-use-anywhere-else
rm -rf "$STIP_DATA_DIR"

for plan in NL.IMRO.0267.BP0174-0001.gml NL.IMRO.0200.bp1416-ont1.gml; do
  echo "== import imro $plan"
  start=$(date +%s.%N)
  java -jar backend/target/stip.jar import imro "$PLANS/$plan"
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "import wall time %.1f s (JVM start and the first migration included)\n", e-s }'
done

echo "== start the server on port $PORT"
SERVER_PORT=$PORT java -jar backend/target/stip.jar > "$OUT/server-imro.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
  sleep 1
done
echo "BENCH load: $(uptime)"

# The extent of the Nijkerk plan's coordinates (RD New), read from the GML once.
BOX="161130 470159 162299 470950"
echo "== lookups, 1 client"
java bench/LookupLoad.java "http://127.0.0.1:$PORT" 1 "$SECONDS_PER_RUN" $BOX 10
echo "== lookups, 8 clients"
java bench/LookupLoad.java "http://127.0.0.1:$PORT" 8 "$SECONDS_PER_RUN" $BOX 10
echo "BENCH load after: $(uptime)"
