-- The viewer's offline ground: street space (the open land between building blocks) and plots (the land of the
-- blocks: gardens and yards), derived from the loaded buildings and parcels by nl.stip.viewport.GroundAreas and
-- stored in small pieces (at most 128 vertices each) so a viewport reads only what is in view. Derived data: the
-- source says so ("Ondergrond afgeleid van percelen en gebouwen"), and demo marks a derivation from demo parcels.
CREATE TABLE ground_area (
    id         bigserial PRIMARY KEY,
    kind       text NOT NULL CHECK (kind IN ('street', 'plot')),
    geom       geometry(Polygon, 28992) NOT NULL,
    geom_wgs84 geometry(Polygon, 4326) GENERATED ALWAYS AS (ST_Transform(geom, 4326)) STORED,
    source     text NOT NULL,
    demo       boolean NOT NULL,
    derived_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ground_area_geom_idx ON ground_area USING gist (geom);
