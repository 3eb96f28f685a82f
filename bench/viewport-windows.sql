-- 200 viewports of 500 m x 500 m centred on random (seeded) current Doesburg buildings, as viewer URLs (WGS84 bbox).
SELECT setseed(0.42);
SELECT format('%s/api/v1/viewport/buildings?bbox=%s,%s,%s,%s', :'base',
              round(ST_XMin(w)::numeric, 7), round(ST_YMin(w)::numeric, 7), round(ST_XMax(w)::numeric, 7), round(ST_YMax(w)::numeric, 7))
FROM (SELECT ST_Transform(ST_Expand(ST_PointOnSurface(footprint), 250), 4326) AS w
      FROM building WHERE current AND identificatie LIKE '0221%' ORDER BY random() LIMIT 200) v;
