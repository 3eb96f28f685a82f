package nl.stip.ogcapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import nl.stip.platform.web.PublicUrl;
import org.springframework.stereotype.Component;

/**
 * Absolute URLs of the OGC API's resources, built from the configured public address {@code stip.public-url}, never
 * from the request's Host header (which any client sets: {@code Host: evil.example} must not make every link point
 * there).
 */
@Component
final class OgcLinks {

    static final String ROOT = "/ogc";

    private final String base;

    OgcLinks(PublicUrl publicUrl) {
        this.base = publicUrl.base() + ROOT;
    }

    String landing() {
        return base;
    }

    /** A path of the application outside /ogc, e.g. the API documentation. */
    String servedAt(String path) {
        return base.substring(0, base.length() - ROOT.length()) + path;
    }

    String path(String path) {
        return base + path;
    }

    String collection(String id) {
        return base + "/collections/" + id;
    }

    String items(String id) {
        return collection(id) + "/items";
    }

    String feature(String collectionId, String featureId) {
        return items(collectionId) + "/" + URLEncoder.encode(featureId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code url} with the query parameters appended in order (values encoded; nulls left out). */
    static String withQuery(String url, Map<String, ?> parameters) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((name, value) -> {
            if (value != null) {
                query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return url + query;
    }

    static Map<String, Object> parameters() {
        return new LinkedHashMap<>();
    }
}
