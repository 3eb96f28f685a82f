#!/usr/bin/env bash
# Parcel benchmark: generate a synthetic fabric, load it through the project's `parcels` importer into a fresh local
# PostGIS, then measure "Stip op de kaart" over HTTP at 1 and 8 concurrent clients. Local traffic only.
#
#   bench/run-parcels.sh [count=1000000] [seconds=30]
#
# Prints the import rate and the lookup latencies; BENCHMARKS.md records the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-1000000}
SECONDS_PER_RUN=${2:-30}
OUT=bench/out
PORT=${BENCH_PORT:-18080}
mkdir -p "$OUT"

[ -f backend/target/stip.jar ] || ./mvnw -q -B -DskipTests package
[ -d gis-data/target/classes/nl ] || ./mvnw -q -B -pl gis-data compile

FABRIC="$OUT/parcels-$COUNT.geojsons"
[ -f "$FABRIC" ] || java -cp gis-data/target/classes nl.stip.gisdata.SyntheticParcelFabric "$COUNT" "$FABRIC"

export STIP_DATA_DIR="$PWD/$OUT/pg-$COUNT"
export STIP_DEMO_LOAD=false
rm -rf "$STIP_DATA_DIR"

echo "== import $COUNT parcels"
start=$(date +%s.%N)
java -jar backend/target/stip.jar import parcels --crs EPSG:28992 "$FABRIC"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v n="$COUNT" 'BEGIN { printf "import wall time %.1f s (JVM start included): %.0f parcels/s\n", e-s, n/(e-s) }'

echo "== start the server on port $PORT"
SERVER_PORT=$PORT java -jar backend/target/stip.jar > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
  sleep 1
done

read -r MINX MINY MAXX MAXY < <(java -cp gis-data/target/classes nl.stip.gisdata.SyntheticParcelFabric --bounds "$COUNT")

echo "== lookups, 1 client"
java bench/LookupLoad.java "http://127.0.0.1:$PORT" 1 "$SECONDS_PER_RUN" "$MINX" "$MINY" "$MAXX" "$MAXY" 15
echo "== lookups, 8 clients"
java bench/LookupLoad.java "http://127.0.0.1:$PORT" 8 "$SECONDS_PER_RUN" "$MINX" "$MINY" "$MAXX" "$MAXY" 10
