package nl.stip.viewport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * The viewer's deployment settings, rendered as the ES module {@code /app/config.js} the viewer imports. The default
 * base map is CesiumJS's bundled NaturalEarthII image, so nothing leaves the server; a deployment with internet
 * points it at a tile service such as PDOK's BRT-Achtergrondkaart or aerial photos ({@code xyz} or {@code tms}).
 */
record ViewerConfig(String type, String url, String credit, int maximumLevel) {

    static final Set<String> TYPES = Set.of("natural-earth", "xyz", "tms");

    ViewerConfig {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("stip.viewer.base-layer.type must be one of " + TYPES + ", got '" + type + "'");
        }
        if (!"natural-earth".equals(type) && (url == null || url.isBlank())) {
            throw new IllegalArgumentException("stip.viewer.base-layer.url is needed for a base layer of type " + type);
        }
        if (maximumLevel < 0 || maximumLevel > 24) {
            throw new IllegalArgumentException("stip.viewer.base-layer.maximum-level must be 0..24, got " + maximumLevel);
        }
    }

    String asModule(JsonMapper json) {
        Map<String, Object> baseLayer = new LinkedHashMap<>();
        baseLayer.put("type", type);
        if (!"natural-earth".equals(type)) {
            baseLayer.put("url", url);
            baseLayer.put("credit", credit == null ? "" : credit);
            baseLayer.put("maximumLevel", maximumLevel);
        }
        // JSON is valid JavaScript; escaping "<" keeps the value inert even if the module were inlined in HTML.
        String literal = json.writeValueAsString(Map.of("baseLayer", baseLayer)).replace("<", "\\u003c");
        return "// Deployment settings of the viewer, from the server's stip.viewer.* properties.\n"
                + "export default Object.freeze(" + literal + ");\n";
    }
}
