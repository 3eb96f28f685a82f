-- Canonical CRS: RD New (EPSG:28992), metres; heights in metres (above ground level, or NAP where the column says so).
CREATE EXTENSION IF NOT EXISTS postgis;

-- Parcels (BRK perceel). The kadastrale aanduiding is "<gemeentecode> <sectie> <perceelnummer>", e.g. "OTL00 K 1234".
CREATE TABLE parcel (
    id                    bigserial PRIMARY KEY,
    kadastrale_gemeente   text NOT NULL,
    sectie                text NOT NULL,
    perceelnummer         integer NOT NULL CHECK (perceelnummer >= 0),
    kadastrale_aanduiding text NOT NULL UNIQUE,
    area_m2               double precision NOT NULL CHECK (area_m2 >= 0),
    area_source           text NOT NULL CHECK (area_source IN ('registered', 'computed')),
    geom                  geometry(Polygon, 28992) NOT NULL,
    source                text NOT NULL,
    demo                  boolean NOT NULL DEFAULT false
);
CREATE INDEX parcel_geom_idx ON parcel USING gist (geom);

-- Buildings (BAG pand): one row per pand, holding its latest voorkomen; "current" marks the panden that exist now.
CREATE TABLE building (
    identificatie   text PRIMARY KEY,
    status          text NOT NULL,
    bouwjaar        integer,
    current         boolean NOT NULL,
    footprint       geometry(Polygon, 28992) NOT NULL,
    height_m        double precision CHECK (height_m IS NULL OR (height_m >= 0 AND height_m < 400)),
    ground_level_m  double precision,
    height_source   text NOT NULL CHECK (height_source IN ('measured', 'estimated', 'unknown')),
    height_note     text,
    lod             text,
    lod_geometry    geometry(MultiPolygonZ, 28992),
    document_date   date,
    document_number text,
    source          text NOT NULL
);
CREATE INDEX building_footprint_idx ON building USING gist (footprint);
CREATE INDEX building_current_footprint_idx ON building USING gist (footprint) WHERE current;

-- Every voorkomen (version) of a pand, as registered in the BAG.
CREATE TABLE building_history (
    identificatie          text NOT NULL REFERENCES building (identificatie) ON DELETE CASCADE,
    voorkomen              integer NOT NULL,
    begin_geldigheid       date NOT NULL,
    eind_geldigheid        date,
    tijdstip_registratie   timestamp,
    eind_registratie       timestamp,
    status                 text NOT NULL,
    bouwjaar               integer,
    geconstateerd          boolean NOT NULL DEFAULT false,
    document_date          date,
    document_number        text,
    geometry_changed       boolean NOT NULL,
    geom                   geometry(Polygon, 28992),
    PRIMARY KEY (identificatie, voorkomen)
);

-- Address points (verblijfsobject with its nummeraanduiding).
CREATE TABLE address (
    identificatie      text PRIMARY KEY,
    straatnaam         text,
    huisnummer         integer,
    huisletter         text,
    toevoeging         text,
    postcode           text,
    woonplaats         text,
    status             text,
    pand_identificatie text,
    geom               geometry(Point, 28992) NOT NULL,
    source             text NOT NULL
);
CREATE INDEX address_geom_idx ON address USING gist (geom);
CREATE INDEX address_pand_idx ON address (pand_identificatie);
CREATE INDEX address_postcode_idx ON address (postcode, huisnummer);

-- Rule areas of the omgevingsplan: function, norms, protections, the rule's text and purpose, and its source.
CREATE TABLE rule_area (
    id                      bigserial PRIMARY KEY,
    code                    text NOT NULL UNIQUE,
    name                    text NOT NULL,
    function                text NOT NULL CHECK (function IN ('wonen', 'gemengd', 'centrum', 'bedrijf', 'groen', 'water', 'verkeer', 'maatschappelijk')),
    max_height_m            double precision CHECK (max_height_m IS NULL OR (max_height_m > 0 AND max_height_m < 400)),
    max_eaves_height_m      double precision CHECK (max_eaves_height_m IS NULL OR (max_eaves_height_m > 0 AND max_eaves_height_m < 400)),
    max_built_up_pct        double precision CHECK (max_built_up_pct IS NULL OR (max_built_up_pct >= 0 AND max_built_up_pct <= 100)),
    min_boundary_distance_m double precision CHECK (min_boundary_distance_m IS NULL OR (min_boundary_distance_m >= 0 AND min_boundary_distance_m < 1000)),
    monument                boolean NOT NULL DEFAULT false,
    beschermd_stadsgezicht  boolean NOT NULL DEFAULT false,
    rule_text               text NOT NULL,
    purpose                 text NOT NULL,
    source                  text NOT NULL,
    demo                    boolean NOT NULL DEFAULT false,
    geom                    geometry(MultiPolygon, 28992) NOT NULL
);
CREATE INDEX rule_area_geom_idx ON rule_area USING gist (geom);

-- What has been loaded, so the demo is loaded once and imports can be traced.
CREATE TABLE data_load (
    id          bigserial PRIMARY KEY,
    kind        text NOT NULL,
    source      text NOT NULL,
    read_count  integer NOT NULL,
    imported    integer NOT NULL,
    rejected    integer NOT NULL,
    loaded_at   timestamptz NOT NULL DEFAULT now()
);
