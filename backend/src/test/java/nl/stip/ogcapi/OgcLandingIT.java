package nl.stip.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.stip.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Landing page, conformance, API definition and collection metadata, over HTTP. */
class OgcLandingIT extends IntegrationTest {

    OgcClient ogc;

    @BeforeEach
    void client() {
        ogc = new OgcClient(port);
    }

    @Test
    void landingPageLinksToItselfTheApiConformanceAndData() {
        OgcClient.Reply landing = ogc.get("/ogc");

        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.contentType()).startsWith("application/json");
        assertThat(landing.link("self")).isEqualTo(ogc.base() + "/ogc");
        assertThat(landing.link("service-desc")).isEqualTo(ogc.base() + "/ogc/api");
        assertThat(landing.link("conformance")).isEqualTo(ogc.base() + "/ogc/conformance");
        assertThat(landing.link("data")).isEqualTo(ogc.base() + "/ogc/collections");
        assertThat(ogc.get("/ogc?f=json").status()).isEqualTo(200);
    }

    @Test
    void conformanceDeclaresCoreGeoJsonOpenApiAndCrs() {
        OgcClient.Reply conformance = ogc.get("/ogc/conformance");

        assertThat(conformance.status()).isEqualTo(200);
        assertThat(strings(conformance.json().get("conformsTo"))).containsExactlyInAnyOrder(
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
                "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");
    }

    @Test
    void apiServesTheOpenApiDocumentCoveringTheOgcPaths() {
        OgcClient.Reply api = ogc.get("/ogc/api");

        assertThat(api.status()).isEqualTo(200);
        assertThat(api.contentType()).containsAnyOf("application/json", "application/vnd.oai.openapi+json");
        assertThat(api.json().get("openapi").asString()).startsWith("3.");
        JsonNode items = api.json().get("paths").get("/ogc/collections/{collectionId}/items").get("get");
        List<String> parameters = new ArrayList<>();
        items.get("parameters").forEach(parameter -> parameters.add(parameter.get("name").asString()));
        assertThat(parameters).contains("bbox", "bbox-crs", "crs", "limit", "offset").doesNotContain("parameters");
        assertThat(items.get("responses").get("200").get("content").has("application/geo+json")).isTrue();
    }

    @Test
    void collectionsListsParcelsBuildingsAndRuleAreasWithCrsAndExtent() {
        OgcClient.Reply collections = ogc.get("/ogc/collections");

        assertThat(collections.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode collection : collections.json().get("collections")) {
            ids.add(collection.get("id").asString());
            assertThat(strings(collection.get("crs"))).containsExactly(
                    "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
                    "http://www.opengis.net/def/crs/EPSG/0/4326",
                    "http://www.opengis.net/def/crs/EPSG/0/28992");
            assertThat(collection.get("storageCrs").asString()).isEqualTo("http://www.opengis.net/def/crs/EPSG/0/28992");
        }
        assertThat(ids).containsExactly("parcels", "buildings", "rule-areas");
    }

    @Test
    void buildingsExtentIsACrs84BoxAroundDoesburg() {
        OgcClient.Reply buildings = ogc.get("/ogc/collections/buildings");

        assertThat(buildings.status()).isEqualTo(200);
        assertThat(buildings.link("items")).isEqualTo(ogc.base() + "/ogc/collections/buildings/items");
        JsonNode spatial = buildings.json().get("extent").get("spatial");
        assertThat(spatial.get("crs").asString()).isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
        JsonNode box = spatial.get("bbox").get(0);
        // Doesburg lies near 6.14 E, 52.01 N.
        assertThat(box.get(0).asDouble()).isBetween(5.9, 6.2);
        assertThat(box.get(1).asDouble()).isBetween(51.9, 52.05);
        assertThat(box.get(2).asDouble()).isBetween(box.get(0).asDouble(), 6.3);
        assertThat(box.get(3).asDouble()).isBetween(box.get(1).asDouble(), 52.1);
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
