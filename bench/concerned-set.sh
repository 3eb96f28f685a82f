#!/usr/bin/env bash
# The concerned set of a plan in the demo garden (BAG pand 0221100000311445), timed through the API: the owner's list
# (GET /api/v1/plans/{id}/concerned: 70 parcels, 90 buildings, their addresses) and the public counts
# (GET /api/v1/public/plans/{id}/concerned), with bench/UrlLoad.java for the public one.
# Usage: bench/concerned-set.sh <base-url> <pg-port>   (a running server with the demo loaded; psql reaches its cluster)
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
PGPORT=${2:?the port of the local PostgreSQL cluster}
JAR=$(mktemp); trap 'rm -f "$JAR" "$JAR".*' EXIT
login() { # $1 email → cookie jar $JAR.$1
  local jar="$JAR.$1"
  curl -s -c "$jar" -b "$jar" "$BASE/api/v1/auth/csrf" > /dev/null
  local token; token=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar")
  curl -s -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $token" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"stip-demo-2026\"}" "$BASE/api/v1/auth/login" > /dev/null
}
call() { # $1 email, $2 method, $3 path, $4 body
  local jar="$JAR.$1" token; token=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar")
  curl -s -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $token" -H 'Content-Type: application/json' -X "$2" ${4:+-d "$4"} "$BASE$3"
}
# The garden's centre in WGS84 (as nl.stip.DemoGarden finds it) and a 3 x 4 m volume around it.
read -r LON LAT < <(PGPASSWORD= psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d stip -At -F ' ' -c "
  WITH p AS (SELECT id, geom FROM parcel WHERE ST_Intersects(geom, (SELECT ST_PointOnSurface(footprint) FROM building WHERE identificatie = '0221100000311445' LIMIT 1))),
  b AS (SELECT ST_Union(ST_Buffer(footprint, 0.5)) AS geom FROM building, p WHERE current AND ST_Intersects(footprint, p.geom)),
  g AS (SELECT (ST_MaximumInscribedCircle(ST_Difference(ST_Buffer(p.geom, -0.5), b.geom))).center AS c FROM p, b)
  SELECT ST_X(ST_Transform(c, 4326)), ST_Y(ST_Transform(c, 4326)) FROM g")
RING=$(python3 -c "
lon, lat = $LON, $LAT
dx, dy = 1.5 / 68600, 2.0 / 111300
print([[lon-dx, lat-dy], [lon+dx, lat-dy], [lon+dx, lat+dy], [lon-dx, lat+dy], [lon-dx, lat-dy]])")
login initiator@demo.stip.nl; login planner@demo.stip.nl
PLAN=$(call initiator@demo.stip.nl POST /api/v1/plans '{"title":"Bench belanghebbenden","activity":"aanbouw"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
call initiator@demo.stip.nl PUT "/api/v1/plans/$PLAN/design" "{\"baseVersion\":0,\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":{\"type\":\"Polygon\",\"coordinates\":[$RING]},\"baseHeight\":0,\"height\":4,\"roof\":{\"type\":\"flat\"}}]}}" > /dev/null
call initiator@demo.stip.nl POST "/api/v1/plans/$PLAN/publication" '{}' > /dev/null
call planner@demo.stip.nl POST "/api/v1/plans/$PLAN/publication/approve" '{}' > /dev/null
echo "plan $PLAN; owner's list, 20 calls one after another (seconds each):"
for i in $(seq 1 20); do
  curl -s -o /dev/null -w '%{time_total}\n' -b "$JAR.initiator@demo.stip.nl" "$BASE/api/v1/plans/$PLAN/concerned"
done | sort -n | awk '{a[NR]=$1} END {printf "median %.1f ms, max %.1f ms\n", a[int((NR+1)/2)]*1000, a[NR]*1000}'
call initiator@demo.stip.nl GET "/api/v1/plans/$PLAN/concerned" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["parties"]), "parties;", d["rings"])'
echo "$BASE/api/v1/public/plans/$PLAN/concerned" > "$JAR.urls"
java "$(dirname "$0")/UrlLoad.java" "$JAR.urls" 1 20 5
