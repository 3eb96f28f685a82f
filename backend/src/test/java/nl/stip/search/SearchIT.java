package nl.stip.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.importing.GisSamples;
import nl.stip.importing.ImportOptions;
import nl.stip.importing.ImportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Search by address (real PDOK BAG addresses), postcode, BAG identificatie and kadastrale aanduiding. */
class SearchIT extends IntegrationTest {

    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void addresses() {
        imports.run("bag-gpkg", List.of(GisSamples.path("bag-amsterdam-adressen/bag.gpkg")),
                ImportOptions.defaults().withSourceLabel("search-test").withSkipInvalid(true), null);
    }

    @AfterEach
    void removeAddresses() {
        jdbc.sql("DELETE FROM address WHERE source LIKE '%bag.gpkg%' OR source = 'search-test'").update();
        jdbc.sql("DELETE FROM data_load WHERE source = 'search-test'").update();
    }

    JsonNode search(String q) {
        Http.Response response = new Http(port).get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    Map<String, Object> anAddress() {
        return jdbc.sql("SELECT identificatie, straatnaam, huisnummer, postcode FROM address "
                + "WHERE straatnaam IS NOT NULL AND postcode IS NOT NULL AND huisletter IS NULL AND toevoeging IS NULL "
                + "ORDER BY identificatie LIMIT 1").query().singleRow();
    }

    @Test
    void streetAndNumberFindTheAddressWithAPlaceToFlyTo() {
        Map<String, Object> address = anAddress();
        JsonNode hits = search(address.get("straatnaam") + " " + address.get("huisnummer"));
        JsonNode hit = hits.valueStream().filter(h -> h.get("id").asString().equals(address.get("identificatie"))).findFirst().orElseThrow();
        assertThat(hit.get("type").asString()).isEqualTo("address");
        assertThat(hit.get("label").asString()).startsWith(address.get("straatnaam") + " " + address.get("huisnummer"));
        assertThat(hit.get("lon").asDouble()).isBetween(4.7, 5.1);
        assertThat(hit.get("lat").asDouble()).isBetween(52.2, 52.5);
    }

    @Test
    void postcodeAndNumberFindTheAddressWithOrWithoutSpaces() {
        Map<String, Object> address = anAddress();
        String postcode = (String) address.get("postcode");
        String spaced = postcode.substring(0, 4) + " " + postcode.substring(4).toLowerCase() + " " + address.get("huisnummer");
        assertThat(search(spaced).valueStream().map(h -> h.get("id").asString())).contains((String) address.get("identificatie"));
        assertThat(search(postcode + address.get("huisnummer")).valueStream().map(h -> h.get("id").asString()))
                .contains((String) address.get("identificatie"));
    }

    @Test
    void aBagIdentificatieFindsTheBuilding() {
        JsonNode hit = search("0221100000312938").get(0);
        assertThat(hit.get("type").asString()).isEqualTo("building");
        assertThat(hit.get("lon").asDouble()).isCloseTo(6.135, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void aKadastraleAanduidingFindsTheParcel() {
        String aanduiding = jdbc.sql("SELECT kadastrale_aanduiding FROM parcel WHERE demo ORDER BY id LIMIT 1").query(String.class).single();
        JsonNode hit = search(aanduiding.toLowerCase()).get(0);
        assertThat(hit.get("type").asString()).isEqualTo("parcel");
        assertThat(hit.get("label").asString()).contains(aanduiding);
    }

    @Test
    void nothingFoundIsAnEmptyList() {
        assertThat(search("Nietbestaandestraat 99")).isEmpty();
        assertThat(search("100%_straat")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "q=", "q=a", "q=%21%21%21"})
    void aSearchTextThatCannotBeUnderstoodIs400(String query) {
        Http.Response response = new Http(port).get("/api/v1/search?" + query);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("parameter").asString()).isEqualTo("q");
    }

    @Test
    void anOverlongSearchTextIs400() {
        Http.Response response = new Http(port).get("/api/v1/search?q=" + "a".repeat(101));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("at most 100");
    }
    @Test
    void aFoundBuildingOrParcelCarriesItsExtentSoTheViewerCanFrameIt() {
        JsonNode building = search("0221100000312938").get(0);
        JsonNode bbox = building.get("bbox");
        assertThat(bbox.size()).isEqualTo(4);
        assertThat(bbox.get(0).asDouble()).isLessThan(building.get("lon").asDouble());
        assertThat(bbox.get(2).asDouble()).isGreaterThan(building.get("lon").asDouble());
        assertThat(bbox.get(1).asDouble()).isLessThan(building.get("lat").asDouble());
        assertThat(bbox.get(3).asDouble()).isGreaterThan(building.get("lat").asDouble());
        assertThat(bbox.get(2).asDouble() - bbox.get(0).asDouble()).as("a house, not a town").isLessThan(0.002);
        String aanduiding = jdbc.sql("SELECT kadastrale_aanduiding FROM parcel ORDER BY id LIMIT 1").query(String.class).single();
        assertThat(search(aanduiding).get(0).get("bbox").size()).isEqualTo(4);
        Map<String, Object> address = anAddress();
        assertThat(search(address.get("straatnaam") + " " + address.get("huisnummer")).get(0).get("bbox").isNull()).isTrue();
    }

    @Test
    void capabilitiesSayWhetherAddressesAreLoaded() {
        Http.Response response = new Http(port).get("/api/v1/search/capabilities");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.json().get("addresses").asBoolean()).isTrue();
        assertThat(response.json().get("buildings").asBoolean()).isTrue();
        assertThat(response.json().get("parcels").asBoolean()).isTrue();
        removeAddresses();
        boolean anyLeft = jdbc.sql("SELECT EXISTS (SELECT 1 FROM address)").query(Boolean.class).single();
        assertThat(new Http(port).get("/api/v1/search/capabilities").json().get("addresses").asBoolean()).isEqualTo(anyLeft);
    }
}
