package nl.stip.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** What the OGC API answers to what it cannot serve: problem details that say what was wrong. */
class OgcErrorsIT extends IntegrationTest {

    OgcClient ogc;

    @BeforeEach
    void client() {
        ogc = new OgcClient(port);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /ogc/collections/nope                          | nope
            /ogc/collections/nope/items                    | nope
            /ogc/collections/buildings/items/0221000000000 | 0221000000000
            /ogc/collections/parcels/items/not-a-number    | not-a-number
            /ogc/collections/parcels/items/-1              | -1
            /ogc/collections/rule-areas/items/NOPE         | NOPE
            """)
    void unknownCollectionsAndFeaturesAreNotFound(String path, String named) {
        OgcClient.Reply reply = ogc.get(path);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").asString()).contains(named);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bbox=a,b,c,d                                              | bbox      | not a number
            bbox=1,2,3                                                | bbox      | 4 numbers
            bbox=1,2,3,4,5                                            | bbox      | 4 numbers
            bbox=                                                     | bbox      | not a number
            bbox=1e400,0,1e401,5                                      | bbox      | too large a number
            bbox=6.2,52,6.1,52.1                                      | bbox      | minimum is above its maximum
            bbox=6.1,52.1,6.2,52                                      | bbox      | minimum is above its maximum
            limit=ten                                                 | limit     | not a whole number
            limit=0                                                   | limit     | from 1 to 10000
            limit=10001                                               | limit     | from 1 to 10000
            limit=-5                                                  | limit     | from 1 to 10000
            offset=-1                                                 | offset    | from 0
            offset=x                                                  | offset    | not a whole number
            crs=http://www.opengis.net/def/crs/EPSG/0/3857            | crs       | not supported
            crs=EPSG:4326                                             | crs       | not supported
            bbox-crs=http://www.opengis.net/def/crs/EPSG/0/3857       | bbox-crs  | not supported
            bbox-crs=foo&bbox=1,2,3,4                                 | bbox-crs  | not supported
            colour=red                                                | colour    | Unknown query parameter
            limit=5&limit=6                                           | limit     | more than once
            f=html                                                    | f         | not offered
            """)
    void badItemsParametersAreRejectedNamingTheParameter(String query, String parameter, String why) {
        assertBadRequest("/ogc/collections/buildings/items?" + query, parameter, why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /ogc?limit=5                                          | limit
            /ogc/conformance?bbox=1,2,3,4                         | bbox
            /ogc/collections?crs=x                                | crs
            /ogc/collections/parcels?offset=1                     | offset
            /ogc/collections/buildings/items/0221100000312938?bbox=1,2,3,4 | bbox
            """)
    void parametersAResourceDoesNotTakeAreRejected(String url, String parameter) {
        assertBadRequest(url, parameter, "Unknown query parameter");
    }

    private void assertBadRequest(String url, String parameter, String why) {
        OgcClient.Reply reply = ogc.get(url);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
        assertThat(problem.get("detail").asString()).contains(why);
    }
}
