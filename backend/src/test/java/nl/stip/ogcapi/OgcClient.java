package nl.stip.ogcapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the running OGC API, as GIS clients see it. */
final class OgcClient {

    /** A response: status, headers and body, with the body parsed as JSON where it is JSON. */
    record Reply(int status, String contentType, String contentCrs, String body) {

        JsonNode json() {
            return MAPPER.readTree(body);
        }

        /** The href of the link with this rel, or null. */
        String link(String rel) {
            for (JsonNode link : json().get("links")) {
                if (rel.equals(link.get("rel").asString())) {
                    return link.get("href").asString();
                }
            }
            return null;
        }

        /** The ids of the features, in order. */
        List<String> featureIds() {
            List<String> ids = new ArrayList<>();
            for (JsonNode feature : json().get("features")) {
                ids.add(feature.get("id").asString());
            }
            return ids;
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    OgcClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    String base() {
        return base;
    }

    /** GETs a path on this server (e.g. "/ogc/collections") or a full URL (e.g. a next link). */
    Reply get(String pathOrUrl) {
        URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Content-Crs").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
