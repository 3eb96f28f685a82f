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
record ViewerConfig(String type, String url, String credit, int maximumLevel, String publicUrl) {

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

    ViewerConfig(String type, String url, String credit, int maximumLevel) {
        this(type, url, credit, maximumLevel, null);
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
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("baseLayer", baseLayer);
        // The address people reach Stip at: the viewer puts it in the links it sends ("Ik snap het niet").
        if (publicUrl != null && !publicUrl.isBlank()) {
            settings.put("publicUrl", publicUrl);
        }
        String literal = json.writeValueAsString(settings).replace("<", "\\u003c");
        return "// Deployment settings of the viewer, from the server's stip.viewer.* properties.\n"
                + "export default Object.freeze(" + literal + ");\n";
    }
}
