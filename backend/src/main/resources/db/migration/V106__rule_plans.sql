-- One rule model for every source: a plan (an IMRO2012 bestemmingsplan, the demo omgevingsplan, a GeoJSON or
-- GeoPackage file of rule areas) and its plan objects. rule_area becomes the table of plan objects: bestemmingen,
-- dubbelbestemmingen, bouwvlakken, maatvoeringen, aanduidingen and figuren, each with its plan and its citation.
-- Plans live side by side; importing a plan again replaces its objects (ON DELETE CASCADE keeps nothing behind).
CREATE TABLE rule_plan (
    id            bigserial PRIMARY KEY,
    identificatie text NOT NULL UNIQUE,
    naam          text NOT NULL,
    type_plan     text,
    planstatus    text,
    plan_date     date,
    text_ref      text,
    overheid      text,
    source        text NOT NULL,
    licence       text,
    demo          boolean NOT NULL DEFAULT false,
    geom          geometry(MultiPolygon, 28992),
    imported_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rule_plan_geom_idx ON rule_plan USING gist (geom);

-- Existing rows: one plan per distinct source; the demo omgevingsplan (derive-demo.sql) becomes a demo plan.
INSERT INTO rule_plan (identificatie, naam, type_plan, source, licence, demo)
SELECT CASE WHEN source LIKE 'Demo-omgevingsplan Doesburg%' THEN 'DSB-DEMO-OMGEVINGSPLAN' ELSE source END,
       CASE WHEN source LIKE 'Demo-omgevingsplan Doesburg%' THEN 'Demo-omgevingsplan Doesburg' ELSE source END,
       CASE WHEN source LIKE 'Demo-omgevingsplan Doesburg%' THEN 'omgevingsplan (demo)' ELSE NULL END,
       source,
       CASE WHEN source LIKE 'Demo-omgevingsplan Doesburg%' THEN 'Afgeleid voor de demo; geen vastgesteld plan' ELSE NULL END,
       bool_and(demo)
FROM rule_area GROUP BY source;

ALTER TABLE rule_area
    ADD COLUMN plan_id      bigint REFERENCES rule_plan (id) ON DELETE CASCADE,
    ADD COLUMN kind         text NOT NULL DEFAULT 'bestemming' CHECK (kind IN ('bestemming', 'dubbelbestemming', 'bouwvlak',
                                'maatvoering', 'functieaanduiding', 'bouwaanduiding', 'gebiedsaanduiding', 'figuur')),
    ADD COLUMN imro_id      text,
    ADD COLUMN artikel      text,
    ADD COLUMN text_ref     text,
    ADD COLUMN symbool_code text,
    ADD COLUMN hoofdgroep   text,
    -- every measure as the plan writes it: [{"waardeType", "value", "written", "known"}], so nothing of a Maatvoering is lost
    ADD COLUMN measures     jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(measures) = 'array');

UPDATE rule_area r SET plan_id = p.id FROM rule_plan p WHERE p.source = r.source;
ALTER TABLE rule_area ALTER COLUMN plan_id SET NOT NULL;
CREATE INDEX rule_area_plan_idx ON rule_area (plan_id);

-- Bouwvlakken, maatvoeringen and aanduidingen have no function; IMRO objects cite the plan instead of a rule text.
ALTER TABLE rule_area DROP CONSTRAINT rule_area_function_check;
ALTER TABLE rule_area ALTER COLUMN function DROP NOT NULL;
ALTER TABLE rule_area ADD CONSTRAINT rule_area_function_check CHECK (function IN ('wonen', 'gemengd', 'centrum', 'bedrijf',
    'groen', 'water', 'verkeer', 'maatschappelijk', 'tuin', 'sport', 'agrarisch', 'cultuur-en-ontspanning', 'detailhandel',
    'dienstverlening', 'horeca', 'kantoor', 'recreatie', 'bos', 'natuur', 'waarde', 'leiding', 'waterstaat', 'overig'));
ALTER TABLE rule_area ADD CONSTRAINT rule_area_bestemming_function CHECK (kind <> 'bestemming' OR function IS NOT NULL);
ALTER TABLE rule_area ALTER COLUMN rule_text DROP NOT NULL;
ALTER TABLE rule_area ALTER COLUMN purpose DROP NOT NULL;
ALTER TABLE rule_area ADD CONSTRAINT rule_area_text_or_citation CHECK (imro_id IS NOT NULL OR (rule_text IS NOT NULL AND purpose IS NOT NULL));

-- The small parts (V2) are now kept by statement-level triggers over the rows a statement wrote: the V2 row trigger
-- cost ~40 ms per row (1,012 IMRO objects of one plan took 36 s to store); splitting the statement's rows in one
-- query takes ~0.4 ms per row.
DROP TRIGGER rule_area_split ON rule_area;
DROP FUNCTION rule_area_split();

CREATE FUNCTION rule_area_split_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO rule_area_part (rule_area_id, geom) SELECT n.id, (ST_Dump(ST_Subdivide(n.geom, 64))).geom FROM new_rows n;
    RETURN NULL;
END $$;

CREATE FUNCTION rule_area_split_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM rule_area_part p USING new_rows n JOIN old_rows o ON o.id = n.id
    WHERE p.rule_area_id = n.id AND n.geom IS DISTINCT FROM o.geom;
    INSERT INTO rule_area_part (rule_area_id, geom)
    SELECT n.id, (ST_Dump(ST_Subdivide(n.geom, 64))).geom FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.geom IS DISTINCT FROM o.geom;
    RETURN NULL;
END $$;

CREATE TRIGGER rule_area_split_inserted AFTER INSERT ON rule_area REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION rule_area_split_inserted();
CREATE TRIGGER rule_area_split_updated AFTER UPDATE ON rule_area REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION rule_area_split_updated();
