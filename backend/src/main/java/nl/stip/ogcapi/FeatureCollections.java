package nl.stip.ogcapi;

import static nl.stip.ogcapi.FeatureCollectionDefinition.property;

import java.util.List;
import java.util.Optional;

/** The collections the OGC API publishes: one entry each. */
final class FeatureCollections {

    static final List<FeatureCollectionDefinition> ALL = List.of(
            new FeatureCollectionDefinition("parcels", "Parcels",
                    "Cadastral parcels (BRK percelen) with their kadastrale aanduiding and area.",
                    "parcel", "id", true, "geom", null, null, List.of(
                    property("kadastraleAanduiding", "kadastrale_aanduiding"),
                    property("kadastraleGemeente", "kadastrale_gemeente"),
                    property("sectie", "sectie"),
                    property("perceelnummer", "perceelnummer"),
                    property("areaM2", "area_m2"),
                    property("areaSource", "area_source"),
                    property("demo", "demo"),
                    property("source", "source"))),
            new FeatureCollectionDefinition("buildings", "Buildings",
                    "Current buildings (BAG panden) with construction year and height; heightSource 'estimated' with "
                            + "a heightNote marks a height that was not measured (e.g. derived for the demo).",
                    "building", "identificatie", false, "footprint", "footprint_wgs84", "current", List.of(
                    property("identificatie", "identificatie"),
                    property("status", "status"),
                    property("bouwjaar", "bouwjaar"),
                    property("height", "height_m"),
                    property("heightSource", "height_source"),
                    property("heightNote", "height_note"),
                    property("source", "source"))),
            new FeatureCollectionDefinition("rule-areas", "Rule areas",
                    "Plan objects of the omgevingsplan and IMRO2012 plans (kind: bestemming, bouwvlak, maatvoering, aanduiding, ...): function, norms, protections, rule text and purpose, IMRO id, artikel, text reference and symbol code.",
                    "rule_area", "code", false, "geom", null, null, List.of(
                    property("code", "code"),
                    property("name", "name"),
                    property("function", "function"),
                    property("maxHeightM", "max_height_m"),
                    property("maxEavesHeightM", "max_eaves_height_m"),
                    property("maxBuiltUpPct", "max_built_up_pct"),
                    property("minBoundaryDistanceM", "min_boundary_distance_m"),
                    property("monument", "monument"),
                    property("beschermdStadsgezicht", "beschermd_stadsgezicht"),
                    property("ruleText", "rule_text"),
                    property("purpose", "purpose"),
                    property("source", "source"),
                    property("demo", "demo"),
                    property("kind", "kind"),
                    property("imroId", "imro_id"),
                    property("artikel", "artikel"),
                    property("textRef", "text_ref"),
                    property("symboolCode", "symbool_code"),
                    property("hoofdgroep", "hoofdgroep"))));

    private FeatureCollections() {
    }

    static Optional<FeatureCollectionDefinition> find(String id) {
        return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    static FeatureCollectionDefinition require(String id) {
        return find(id).orElseThrow(() -> new OgcNotFoundException("There is no collection '" + id + "'."));
    }
}
