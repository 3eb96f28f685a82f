package nl.stip.variants.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.stip.check.CheckResult;
import nl.stip.design.Design;
import nl.stip.design.DesignValidator;
import nl.stip.geo.GeoJson;
import nl.stip.variants.IndicatorValue;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Turns an evaluation into what is stored and shown: objects, check, GeoJSON, and a stored row back into a view. */
@Component
class VariantJson {

    private final JsonMapper json;

    VariantJson(JsonMapper json) {
        this.json = json;
    }

    static List<VariantViews.ObjectView> objects(List<PlacedObject> objects) {
        return objects.stream().map(o -> new VariantViews.ObjectView(o.kind().key, o.kind().label, new Design.Position(o.lon(), o.lat()),
                o.heading(), GeoJson.wgs84(o.footprint()), o.baseHeight(), o.kind().height)).toList();
    }

    static VariantViews.Check check(CheckResult c) {
        return new VariantViews.Check(c.compliant(), c.failed(), c.attention(), c.verdicts());
    }

    /** A FeatureCollection (WGS84) of the variant's volumes and objects. */
    String geoJson(Evaluation e) {
        return write(featureCollection(e));
    }

    Map<String, Object> featureCollection(Evaluation e) {
        List<Map<String, Object>> features = new ArrayList<>();
        List<Design.Volume> volumes = e.design().volumes();
        for (int i = 0; i < volumes.size(); i++) {
            Design.Volume v = volumes.get(i);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("kind", "volume");
            props.put("index", i);
            props.put("baseHeight", v.baseHeight());
            props.put("height", v.height());
            props.put("roof", v.roof() == null ? "flat" : v.roof().type());
            features.add(feature(json.convertValue(v.footprint(), Map.class), props));
        }
        for (VariantViews.ObjectView o : objects(e.objects())) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("kind", o.kind());
            props.put("label", o.label());
            props.put("baseHeight", o.baseHeight());
            props.put("height", o.height());
            features.add(feature(o.footprint(), props));
        }
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put("features", features);
        return fc;
    }

    private static Map<String, Object> feature(Object geometry, Map<String, Object> props) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("geometry", geometry);
        f.put("properties", props);
        return f;
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    List<IndicatorValue> indicators(String stored) {
        return json.readValue(stored, new TypeReference<List<IndicatorValue>>() { });
    }

    List<VariantViews.ObjectView> objectViews(String stored) {
        return json.readValue(stored, new TypeReference<List<VariantViews.ObjectView>>() { });
    }

    VariantViews.Check checkView(String stored) {
        return json.readValue(stored, VariantViews.Check.class);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> features(String geoJson) {
        return (List<Map<String, Object>>) json.readValue(geoJson, Map.class).get("features");
    }

}
