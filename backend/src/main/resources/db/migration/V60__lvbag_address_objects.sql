-- LV-BAG address objects with every voorkomen (owned by the addresses module). The current address of each
-- verblijfsobject (its hoofdadres) is derived from these into `address`, which search and lookup read.

CREATE TABLE bag_woonplaats_history (
    identificatie        text    NOT NULL,
    voorkomen            integer NOT NULL,
    begin_geldigheid     date    NOT NULL,
    eind_geldigheid      date,
    tijdstip_registratie timestamp,
    eind_registratie     timestamp,
    status               text    NOT NULL,
    naam                 text    NOT NULL,
    geconstateerd        boolean NOT NULL DEFAULT false,
    document_date        date,
    document_number      text,
    PRIMARY KEY (identificatie, voorkomen)
);

CREATE TABLE bag_openbare_ruimte_history (
    identificatie        text    NOT NULL,
    voorkomen            integer NOT NULL,
    begin_geldigheid     date    NOT NULL,
    eind_geldigheid      date,
    tijdstip_registratie timestamp,
    eind_registratie     timestamp,
    status               text    NOT NULL,
    naam                 text    NOT NULL,
    type                 text,
    woonplaats           text,
    geconstateerd        boolean NOT NULL DEFAULT false,
    document_date        date,
    document_number      text,
    PRIMARY KEY (identificatie, voorkomen)
);

CREATE TABLE bag_nummeraanduiding_history (
    identificatie              text    NOT NULL,
    voorkomen                  integer NOT NULL,
    begin_geldigheid           date    NOT NULL,
    eind_geldigheid            date,
    tijdstip_registratie       timestamp,
    eind_registratie           timestamp,
    status                     text    NOT NULL,
    huisnummer                 integer NOT NULL,
    huisletter                 text,
    toevoeging                 text,
    postcode                   text,
    type_adresseerbaar_object  text,
    openbare_ruimte            text    NOT NULL,
    woonplaats                 text,
    geconstateerd              boolean NOT NULL DEFAULT false,
    document_date              date,
    document_number            text,
    PRIMARY KEY (identificatie, voorkomen)
);

CREATE TABLE bag_verblijfsobject_history (
    identificatie        text    NOT NULL,
    voorkomen            integer NOT NULL,
    begin_geldigheid     date    NOT NULL,
    eind_geldigheid      date,
    tijdstip_registratie timestamp,
    eind_registratie     timestamp,
    status               text    NOT NULL,
    gebruiksdoelen       text[]  NOT NULL,
    oppervlakte          integer,
    hoofdadres           text    NOT NULL,
    nevenadressen        text[]  NOT NULL,
    panden               text[]  NOT NULL,
    geconstateerd        boolean NOT NULL DEFAULT false,
    document_date        date,
    document_number      text,
    geom                 geometry(Point, 28992) NOT NULL,
    PRIMARY KEY (identificatie, voorkomen)
);
CREATE INDEX bag_verblijfsobject_history_hoofdadres_idx ON bag_verblijfsobject_history (hoofdadres);

-- The current verblijfsobject → pand links (a verblijfsobject may lie in several panden), and its addresses:
-- role 'hoofdadres' or 'nevenadres'. Rewritten for each verblijfsobject an import touches.
CREATE TABLE bag_verblijfsobject_pand (
    verblijfsobject text NOT NULL,
    pand            text NOT NULL,
    PRIMARY KEY (verblijfsobject, pand)
);
CREATE INDEX bag_verblijfsobject_pand_pand_idx ON bag_verblijfsobject_pand (pand);

CREATE TABLE bag_verblijfsobject_address (
    verblijfsobject  text NOT NULL,
    nummeraanduiding text NOT NULL,
    role             text NOT NULL CHECK (role IN ('hoofdadres', 'nevenadres')),
    PRIMARY KEY (verblijfsobject, nummeraanduiding)
);
CREATE INDEX bag_verblijfsobject_address_num_idx ON bag_verblijfsobject_address (nummeraanduiding);

-- The verblijfsobject an address row was derived from (null for addresses from other sources, such as bag-gpkg).
ALTER TABLE address ADD COLUMN verblijfsobject text;
CREATE INDEX address_verblijfsobject_idx ON address (verblijfsobject);

-- The voorkomen of each object valid today (prefer one whose registration has not ended). An object without one is
-- not current (ended, or only planned).
CREATE VIEW bag_verblijfsobject_current AS
SELECT DISTINCT ON (identificatie) * FROM bag_verblijfsobject_history
WHERE begin_geldigheid <= current_date AND (eind_geldigheid IS NULL OR eind_geldigheid > current_date)
ORDER BY identificatie, (eind_registratie IS NULL) DESC, begin_geldigheid DESC, voorkomen DESC;

CREATE VIEW bag_nummeraanduiding_current AS
SELECT DISTINCT ON (identificatie) * FROM bag_nummeraanduiding_history
WHERE begin_geldigheid <= current_date AND (eind_geldigheid IS NULL OR eind_geldigheid > current_date)
ORDER BY identificatie, (eind_registratie IS NULL) DESC, begin_geldigheid DESC, voorkomen DESC;

CREATE VIEW bag_openbare_ruimte_current AS
SELECT DISTINCT ON (identificatie) * FROM bag_openbare_ruimte_history
WHERE begin_geldigheid <= current_date AND (eind_geldigheid IS NULL OR eind_geldigheid > current_date)
ORDER BY identificatie, (eind_registratie IS NULL) DESC, begin_geldigheid DESC, voorkomen DESC;

CREATE VIEW bag_woonplaats_current AS
SELECT DISTINCT ON (identificatie) * FROM bag_woonplaats_history
WHERE begin_geldigheid <= current_date AND (eind_geldigheid IS NULL OR eind_geldigheid > current_date)
ORDER BY identificatie, (eind_registratie IS NULL) DESC, begin_geldigheid DESC, voorkomen DESC;

CREATE INDEX bag_nummeraanduiding_history_opr_idx ON bag_nummeraanduiding_history (openbare_ruimte);
CREATE INDEX bag_openbare_ruimte_history_wpl_idx ON bag_openbare_ruimte_history (woonplaats);
