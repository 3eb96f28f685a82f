-- The viewer asks for a viewport's buildings many times a minute; converting every vertex to WGS84 on each request
-- is most of that query's cost. Keep the WGS84 footprint beside the canonical RD one, derived by the database so it
-- can never disagree with it (ST_Transform is immutable). Conversions stay in one place: here and SpatialSql.
ALTER TABLE building ADD COLUMN footprint_wgs84 geometry(Polygon, 4326)
    GENERATED ALWAYS AS (ST_Transform(footprint, 4326)) STORED;
