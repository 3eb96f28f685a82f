-- Point lookups against large rule areas (a municipality-wide "groen" polygon has thousands of vertices) are slow:
-- every test detoasts and walks the whole polygon. The usual PostGIS remedy: keep the areas also cut into small
-- pieces (ST_Subdivide) with their own spatial index, maintained by a trigger whoever writes rule_area.
ALTER TABLE rule_area ADD COLUMN area_m2 double precision GENERATED ALWAYS AS (ST_Area(geom)) STORED;

CREATE TABLE rule_area_part (
    rule_area_id bigint NOT NULL REFERENCES rule_area (id) ON DELETE CASCADE,
    geom         geometry(Polygon, 28992) NOT NULL
);
CREATE INDEX rule_area_part_geom_idx ON rule_area_part USING gist (geom);
CREATE INDEX rule_area_part_area_idx ON rule_area_part (rule_area_id);

CREATE FUNCTION rule_area_split() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM rule_area_part WHERE rule_area_id = NEW.id;
    INSERT INTO rule_area_part (rule_area_id, geom)
    SELECT NEW.id, (ST_Dump(ST_Subdivide(NEW.geom, 64))).geom;
    RETURN NULL;
END $$;

CREATE TRIGGER rule_area_split AFTER INSERT OR UPDATE OF geom ON rule_area
    FOR EACH ROW EXECUTE FUNCTION rule_area_split();

INSERT INTO rule_area_part (rule_area_id, geom)
SELECT id, (ST_Dump(ST_Subdivide(geom, 64))).geom FROM rule_area;
