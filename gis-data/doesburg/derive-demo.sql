-- Reproducible derivation of what open data lacks for the Doesburg demo municipality.
-- Input: the current BAG panden of Doesburg (table building, imported from 0221PND15092020.zip).
-- Output: estimated heights, a demo parcel fabric, and a demo omgevingsplan (rule areas).
-- Everything written here is labelled as demo data (demo = true / height_source = 'estimated' / source text).
-- Deterministic: the same BAG gives the same result (no random numbers; orderings are explicit).

-- 1. Estimated heights. BAG holds no heights; without 3D BAG we estimate from footprint area and construction year.
UPDATE building SET
  height_m = CASE
      WHEN ST_Area(footprint) < 25 THEN 2.8          -- shed, garage
      WHEN ST_Area(footprint) < 50 THEN 4.5          -- outbuilding, small extension
      WHEN ST_Area(footprint) > 1500 THEN 9.5        -- hall, warehouse
      WHEN ST_Area(footprint) > 600 THEN 12.0        -- apartment block, school
      WHEN bouwjaar IS NOT NULL AND bouwjaar < 1900 THEN 10.0  -- historic town house
      ELSE 8.5                                       -- house with two storeys and a roof
    END,
  height_source = 'estimated',
  height_note = 'Geschat uit grondoppervlak en bouwjaar (demo-afleiding, niet gemeten)'
WHERE height_source = 'unknown';

-- 2. Demo parcel fabric: street blocks are approximated by closing the gaps between buildings; every main building
--    (>= 40 m2) claims the land nearer to its outline than to any other main building's outline (a Voronoi diagram
--    of points every 6 m along the outlines shrunk by 0.5 m, so that shared walls split fairly; cells merged per
--    building); a parcel is that land inside the block.
CREATE TEMP TABLE demo_seed ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY identificatie) AS n, identificatie, ST_PointOnSurface(footprint) AS geom, footprint
FROM building WHERE current AND ST_Area(footprint) >= 40;

CREATE TEMP TABLE demo_outline_point ON COMMIT DROP AS
SELECT DISTINCT ON (geom) n, geom
FROM (SELECT n, (ST_DumpPoints(ST_Segmentize(ST_Boundary(CASE WHEN ST_IsEmpty(inner_ring) THEN ST_Buffer(geom, 0.1) ELSE inner_ring END), 6))).geom AS geom
      FROM (SELECT n, geom, ST_Buffer(footprint, -0.5, 'join=mitre') AS inner_ring FROM demo_seed) shrunk) p
ORDER BY geom, n;
CREATE INDEX ON demo_outline_point USING gist (geom);

CREATE TEMP TABLE demo_block ON COMMIT DROP AS
SELECT (ST_Dump(ST_Buffer(ST_Union(ST_Buffer(footprint, 9, 'quad_segs=2')), -5, 'quad_segs=2'))).geom AS geom
FROM building WHERE current;
CREATE INDEX ON demo_block USING gist (geom);

CREATE TEMP TABLE demo_cell ON COMMIT DROP AS
SELECT (ST_Dump(ST_VoronoiPolygons(ST_Collect(geom ORDER BY n, geom), 0.0))).geom AS geom FROM demo_outline_point;
CREATE INDEX ON demo_cell USING gist (geom);

CREATE TEMP TABLE demo_claim ON COMMIT DROP AS
SELECT p.n, ST_Union(c.geom) AS geom
FROM demo_cell c JOIN demo_outline_point p ON ST_Intersects(c.geom, p.geom)
GROUP BY p.n;

CREATE TEMP TABLE demo_parcel ON COMMIT DROP AS
SELECT s.n, s.geom AS seed, piece.geom
FROM demo_seed s
JOIN demo_claim c ON c.n = s.n
JOIN demo_block b ON ST_Intersects(b.geom, s.geom)
CROSS JOIN LATERAL (
  SELECT (ST_Dump(ST_CollectionExtract(ST_Intersection(c.geom, b.geom), 3))).geom
) piece
WHERE ST_Intersects(piece.geom, s.geom);

INSERT INTO parcel (kadastrale_gemeente, sectie, perceelnummer, kadastrale_aanduiding, area_m2, area_source, geom, source, demo)
SELECT 'DSB00', sectie, perceelnummer, 'DSB00 ' || sectie || ' ' || perceelnummer, round(ST_Area(geom)::numeric, 0), 'computed',
       geom,
       'Demo-perceel, afgeleid uit BAG-panden (Voronoi van gevels binnen bouwblok); geen kadastrale gegevens', true
FROM (
  SELECT (SELECT d.geom FROM ST_Dump(ST_CollectionExtract(ST_MakeValid(ST_ReducePrecision(demo_parcel.geom, 0.001)), 3)) d
          ORDER BY ST_Area(d.geom) DESC LIMIT 1) AS geom,
         CASE WHEN ST_X(seed) < 206500 THEN (CASE WHEN ST_Y(seed) >= 446950 THEN 'A' ELSE 'C' END)
              ELSE (CASE WHEN ST_Y(seed) >= 446950 THEN 'B' ELSE 'D' END) END AS sectie,
         row_number() OVER (ORDER BY round(ST_Y(seed)::numeric, 0) DESC, ST_X(seed), n) AS perceelnummer
  FROM demo_parcel WHERE ST_Area(geom) > 1
) numbered
WHERE geom IS NOT NULL AND ST_IsValid(geom)
ON CONFLICT (kadastrale_aanduiding) DO NOTHING;

-- 3. Demo omgevingsplan. Function areas derived from the BAG:
--    centrum  = the historic core: the largest dense cluster of pre-1900 buildings (beschermd stadsgezicht);
--    bedrijf  = clusters of large post-1950 buildings;
--    wonen    = the rest of the built-up area;
--    groen    = the surroundings.
CREATE TEMP TABLE demo_old ON COMMIT DROP AS
SELECT footprint, ST_ClusterDBSCAN(ST_PointOnSurface(footprint), eps := 50, minpoints := 10) OVER () AS cluster
FROM building WHERE current AND bouwjaar < 1900;

CREATE TEMP TABLE demo_area (function text PRIMARY KEY, geom geometry) ON COMMIT DROP;

INSERT INTO demo_area
SELECT 'centrum', ST_Buffer(ST_ConcaveHull(ST_Collect(ST_PointOnSurface(footprint)), 0.3), 20, 'quad_segs=4')
FROM demo_old WHERE cluster = (SELECT cluster FROM demo_old WHERE cluster IS NOT NULL GROUP BY cluster ORDER BY count(*) DESC, cluster LIMIT 1);

INSERT INTO demo_area
SELECT 'bedrijf', ST_Difference(ST_Union(hull), (SELECT geom FROM demo_area WHERE function = 'centrum'))
FROM (
  SELECT ST_Buffer(ST_ConvexHull(ST_Collect(footprint)), 30, 'quad_segs=4') AS hull
  FROM (SELECT footprint, ST_ClusterDBSCAN(ST_PointOnSurface(footprint), eps := 120, minpoints := 4) OVER () AS cluster
        FROM building WHERE current AND bouwjaar >= 1950 AND ST_Area(footprint) > 800) big
  WHERE cluster IS NOT NULL GROUP BY cluster
) hulls;

INSERT INTO demo_area
SELECT 'wonen', ST_Difference(ST_Buffer(ST_Union(ST_Buffer(footprint, 25, 'quad_segs=2')), 0),
                              (SELECT ST_Union(geom) FROM demo_area))
FROM building WHERE current;

INSERT INTO demo_area
SELECT 'groen', ST_Difference(ST_Expand(ST_SetSRID(ST_Extent(footprint)::geometry, 28992), 300), (SELECT ST_Union(geom) FROM demo_area))
FROM building WHERE current;

-- The demo omgevingsplan is one plan of the rule model (rule_plan), marked demo; its areas are its bestemmingen.
INSERT INTO rule_plan (identificatie, naam, type_plan, source, licence, demo)
VALUES ('DSB-DEMO-OMGEVINGSPLAN', 'Demo-omgevingsplan Doesburg', 'omgevingsplan (demo)',
        'Demo-omgevingsplan Doesburg, afgeleid uit BAG-bouwjaren en -oppervlakken (gis-data/doesburg/derive-demo.sql); geen vastgesteld plan',
        'Afgeleid voor de demo; geen vastgesteld plan', true)
ON CONFLICT (identificatie) DO NOTHING;

INSERT INTO rule_area (plan_id, kind, code, name, function, max_height_m, max_eaves_height_m, max_built_up_pct, min_boundary_distance_m,
                       monument, beschermd_stadsgezicht, rule_text, purpose, source, demo, geom)
SELECT (SELECT id FROM rule_plan WHERE identificatie = 'DSB-DEMO-OMGEVINGSPLAN'), 'bestemming',
       r.code, r.name, a.function, r.max_height, r.max_eaves, r.built_up, r.distance, false, r.bsg, r.rule_text, r.purpose,
       'Demo-omgevingsplan Doesburg, afgeleid uit BAG-bouwjaren en -oppervlakken (gis-data/doesburg/derive-demo.sql); geen vastgesteld plan',
       true, ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SnapToGrid(a.geom, 0.01)), 3))
FROM demo_area a JOIN (VALUES
  ('centrum', 'DSB-DEMO-CENTRUM', 'Historische binnenstad', 12.0, 9.0, 80.0, 0.0, true,
   'Artikel 3.1 (demo) Binnenstad. Gronden met de functie ''centrum'' zijn bestemd voor wonen, winkels, horeca en '
   || 'dienstverlening. Een gebouw is ten hoogste 12 meter hoog, met een goothoogte van ten hoogste 9 meter. '
   || 'Ten hoogste 80% van het perceel wordt bebouwd. Het gebied is beschermd stadsgezicht: wijzigingen aan de '
   || 'buitenkant passen bij het historische straatbeeld.',
   'De oude Hanzestad blijft herkenbaar. Nieuwe gebouwen en verbouwingen passen bij de maat en sfeer van de '
   || 'historische straten, zodat het karakter van de binnenstad bewaard blijft.'),
  ('bedrijf', 'DSB-DEMO-BEDRIJF', 'Bedrijventerrein', 15.0, 12.0, 80.0, 5.0, false,
   'Artikel 3.2 (demo) Bedrijf. Gronden met de functie ''bedrijf'' zijn bestemd voor bedrijven tot en met '
   || 'milieucategorie 3.2. Een gebouw is ten hoogste 15 meter hoog, met een goothoogte van ten hoogste 12 meter. '
   || 'Ten hoogste 80% van het perceel wordt bebouwd; hoofdgebouwen staan ten minste 5 meter van de perceelgrens, '
   || 'bijbehorende bouwwerken mogen tot aan de perceelgrens.',
   'Bedrijven hebben ruimte om te werken, zonder dat woningen daar last van krijgen. Afstand tot de perceelgrens '
   || 'houdt ruimte voor laden, lossen en brandveiligheid.'),
  ('wonen', 'DSB-DEMO-WONEN', 'Woongebied', 10.0, 6.0, 50.0, 3.0, false,
   'Artikel 3.3 (demo) Wonen. Gronden met de functie ''wonen'' zijn bestemd voor woningen met tuinen en erven. '
   || 'Een gebouw is ten hoogste 10 meter hoog, met een goothoogte van ten hoogste 6 meter. Ten hoogste 50% van het '
   || 'perceel wordt bebouwd; hoofdgebouwen staan ten minste 3 meter van de zijdelingse perceelgrens, bijbehorende '
   || 'bouwwerken (zoals een aanbouw of schuur in de achtertuin) mogen tot aan de perceelgrens.',
   'Woonstraten blijven licht, groen en rustig. Buren houden daglicht en privacy, en er blijft ruimte voor tuinen.'),
  ('groen', 'DSB-DEMO-GROEN', 'Groen en landschap', 3.0, 3.0, 5.0, 5.0, false,
   'Artikel 3.4 (demo) Groen. Gronden met de functie ''groen'' zijn bestemd voor natuur, landschap, water en '
   || 'recreatie. Alleen kleine bouwwerken zijn toegestaan: ten hoogste 3 meter hoog en samen ten hoogste 5% van het perceel.',
   'Het open landschap rond de stad en de uiterwaarden van de IJssel blijven open en groen, voor natuur, '
   || 'waterberging en om van te genieten.')
) AS r(function, code, name, max_height, max_eaves, built_up, distance, bsg, rule_text, purpose) ON r.function = a.function
WHERE NOT ST_IsEmpty(a.geom)
ON CONFLICT (code) DO NOTHING;

ANALYZE building;
ANALYZE parcel;
ANALYZE rule_area;
-- the rule areas' small parts (filled by a trigger): without statistics the generic plan of the check's rule query is 20x slower
ANALYZE rule_area_part;
ANALYZE rule_plan;
