package nl.stip.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.geo.SpatialSql.OutputCrs;
import org.junit.jupiter.api.Test;

/** The SQL written once for every collection, filled in from a definition. */
class OgcFeatureSqlTest {

    static final FeatureCollectionDefinition BUILDINGS = FeatureCollections.find("buildings").orElseThrow();

    @Test
    void everyCollectionIdIsUnique() {
        assertThat(FeatureCollections.ALL).extracting(FeatureCollectionDefinition::id).doesNotHaveDuplicates();
    }

    @Test
    void pagesAreOrderedByIdInsideAndOutsideTheLimit() {
        String sql = FeatureSql.page(BUILDINGS, null, OutputCrs.CRS84);

        assertThat(sql).contains("WHERE (current)", "ORDER BY t.identificatie LIMIT ? OFFSET ?) t ORDER BY t.identificatie");
    }

    @Test
    void aBboxFiltersOnTheGeometryThroughOneRdEnvelope() {
        BoundingBox bbox = new BoundingBox(6.1, 52.0, 6.2, 52.1, OutputCrs.CRS84);

        assertThat(FeatureSql.count(BUILDINGS, bbox))
                .isEqualTo("SELECT count(*) FROM building t WHERE (current) AND ST_Intersects(t.footprint, "
                        + "(SELECT ST_Transform(ST_MakeEnvelope(?, ?, ?, ?, 4326), 28992)))");
    }

    @Test
    void featuresAreGeoJsonBuiltInTheDatabaseWithTheCrsConversionOfSpatialSqlOrTheStoredWgs84Copy() {
        String rd = FeatureSql.featureJson(BUILDINGS, OutputCrs.RD_NEW, false);
        String latLon = FeatureSql.featureJson(BUILDINGS, OutputCrs.EPSG_4326, true);

        assertThat(rd).contains("'geometry', ST_AsGeoJSON(t.footprint, 3)::json", "'height', t.height_m").doesNotContain("'links'");
        assertThat(latLon).contains("ST_FlipCoordinates(t.footprint_wgs84)", "'links', ?::json");
        assertThat(FeatureSql.featureJson(BUILDINGS, OutputCrs.CRS84, false)).contains("ST_AsGeoJSON(t.footprint_wgs84, 7)");
        FeatureCollectionDefinition parcels = FeatureCollections.find("parcels").orElseThrow();
        assertThat(FeatureSql.featureJson(parcels, OutputCrs.CRS84, false)).contains("ST_AsGeoJSON(ST_Transform(t.geom, 4326), 7)");
    }

    @Test
    void unfilteredCollectionsPublishEveryRow() {
        FeatureCollectionDefinition parcels = FeatureCollections.find("parcels").orElseThrow();

        assertThat(FeatureSql.count(parcels, null)).isEqualTo("SELECT count(*) FROM parcel t WHERE (true)");
    }
}
