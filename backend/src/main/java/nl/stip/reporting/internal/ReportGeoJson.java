package nl.stip.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.stip.reporting.ReportPart;

/** The report's map features (the pins, the parts' own features) as one GeoJSON FeatureCollection in WGS84. */
final class ReportGeoJson {

    private ReportGeoJson() {
    }

    static Map<String, Object> collection(Report report) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (ReportPart part : report.parts()) {
            for (Map<String, Object> feature : part.features()) {
                Map<String, Object> f = new LinkedHashMap<>(feature);
                Object properties = f.get("properties");
                Map<String, Object> props = new LinkedHashMap<>();
                if (properties instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> props.put(String.valueOf(k), v instanceof String text ? Dutch.plain(text) : v));
                }
                props.putIfAbsent("part", part.id());
                f.put("properties", props);
                features.add(f);
            }
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("name", "participatieverslag-ronde-" + report.roundId());
        collection.put("features", features);
        return collection;
    }
}
