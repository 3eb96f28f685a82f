#!/usr/bin/env bash
# Live load (BENCHMARKS.md, issue 11): 1,000 STOMP clients in one round (LiveLoad.java: one JVM, one shared
# WebSocketStompClient and scheduler), reactions posted over REST; delivery latency to the last client, then a fixed
# rate with every client checking its sequence numbers. Local traffic only.
#
#   bench/run-live.sh [simple|rabbitmq] [clients=1000] [rate=50] [seconds=60]
#
# simple: one instance, Spring's simple broker. rabbitmq: two instances on one database, each with its simple broker,
# linked through RabbitMQ's STOMP plugin (127.0.0.1:61613, one connection per instance), clients spread over both,
# posts on the first. Bench-only configuration: the per-person and per-round
# rate limits of reactions are raised (all posts come from the demo resident), nothing else differs from the defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:-simple}
CLIENTS=${2:-1000}
RATE=${3:-50}
RUN_SECONDS=${4:-60}
OUT=bench/out
PORT_A=${BENCH_PORT:-18081}
PORT_B=$((PORT_A + 1))
mkdir -p "$OUT"

[ -f backend/target/stip.jar ] || ./mvnw -q -B -o -DskipTests package
rm -rf "$OUT/stip-jar" && mkdir -p "$OUT/stip-jar" && (cd "$OUT/stip-jar" && unzip -q ../../../backend/target/stip.jar)
CP="$OUT/stip-jar/BOOT-INF/classes:$OUT/stip-jar/BOOT-INF/lib/*"

export STIP_DATA_DIR=/tmp/stip-live-bench-pg
LIMITS="--stip.participation.rate.per-person=1000000 --stip.participation.rate.per-round=1000000 ${BENCH_SERVER_ARGS:-}"
BROKER=simple
[ "$MODE" = rabbitmq ] && BROKER=rabbitmq
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT INT TERM

wait_ready() {
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { echo "instance on $1 stopped (see $OUT/live-*.log)" >&2; exit 1; }
    sleep 1
  done
  echo "instance on $1 not ready" >&2; exit 1
}

echo "== instance A on $PORT_A ($BROKER broker)"
STIP_BROKER=$BROKER SERVER_PORT=$PORT_A STIP_PUBLIC_URL=http://127.0.0.1:$PORT_A \
  java -jar backend/target/stip.jar $LIMITS > "$OUT/live-a.log" 2>&1 &
pids+=($!)
wait_ready "$PORT_A" "${pids[0]}"
PGPORT=$(sed -n 4p "$(find "$STIP_DATA_DIR" -name postmaster.pid | head -1)")
URLS="http://127.0.0.1:$PORT_A"
if [ "$MODE" = rabbitmq ]; then
  echo "== instance B on $PORT_B (same database, port $PGPORT)"
  env -u STIP_DATA_DIR STIP_BROKER=rabbitmq SERVER_PORT=$PORT_B STIP_PUBLIC_URL=http://127.0.0.1:$PORT_B STIP_DEMO_LOAD=false STIP_MAIL_OUTBOX_ENABLED=true STIP_NOTIFICATIONS_SECRET=bench-only-secret-of-at-least-32-characters \
    SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PGPORT/stip SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
    java -jar backend/target/stip.jar $LIMITS > "$OUT/live-b.log" 2>&1 &
  pids+=($!)
  wait_ready "$PORT_B" "${pids[1]}"
  URLS="$URLS,http://127.0.0.1:$PORT_B"
fi

read -r GX GY < <(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -At -F ' ' stip -c "
  WITH p AS (SELECT id, geom FROM parcel WHERE ST_Intersects(geom,
               (SELECT ST_PointOnSurface(footprint) FROM building WHERE identificatie = '0221100000311445' LIMIT 1))),
  b AS (SELECT ST_Union(ST_Buffer(footprint, 0.5)) AS geom FROM building, p WHERE current AND ST_Intersects(footprint, p.geom)),
  g AS (SELECT (ST_MaximumInscribedCircle(ST_Difference(ST_Buffer(p.geom, -0.5), b.geom))).* FROM p, b)
  SELECT ST_X(g.center), ST_Y(g.center) FROM g")

echo "== load: $CLIENTS clients, $RATE reactions/s for $RUN_SECONDS s; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx2g -cp "$CP" bench/LiveLoad.java "$URLS" "$CLIENTS" "$RATE" "$RUN_SECONDS" "$GX" "$GY" | tee "$OUT/live-$MODE.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/live-$MODE.txt"
