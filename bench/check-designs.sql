-- 100 designs (one JSON body per line) for POST /api/v1/check, placed at random (seeded) current Doesburg buildings:
-- :volumes boxes of 2 m x 2 m, 3-8 m high, in a grid with 3 m spacing starting at a point inside the building.
-- psql -At -v volumes=20 -f bench/check-designs.sql > bench/out/designs-20.jsonl
SELECT setseed(0.42);
SELECT json_build_object('activity', 'aanbouw', 'volumes', (
         SELECT json_agg(json_build_object(
                  'footprint', ST_AsGeoJSON(ST_Transform(ST_MakeEnvelope(ST_X(p) + (i % 5) * 3, ST_Y(p) + (i / 5) * 3,
                                                                        ST_X(p) + (i % 5) * 3 + 2, ST_Y(p) + (i / 5) * 3 + 2, 28992), 4326), 7)::json,
                  'baseHeight', 0, 'height', 3 + (i % 6), 'roof', json_build_object('type', 'flat')) ORDER BY i)
         FROM generate_series(0, :volumes - 1) AS i))
FROM (SELECT ST_PointOnSurface(footprint) AS p FROM building WHERE current AND identificatie LIKE '0221%'
      ORDER BY random() LIMIT 100) b;
