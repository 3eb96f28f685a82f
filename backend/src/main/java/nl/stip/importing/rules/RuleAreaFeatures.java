package nl.stip.importing.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.stip.importing.ImportOptions;
import nl.stip.importing.support.Attributes;
import nl.stip.importing.support.FeatureReader;
import nl.stip.importing.support.FeatureRecords;
import nl.stip.importing.support.Polygons;
import nl.stip.importing.support.SourceFeature;
import nl.stip.rules.RuleAreaRecord;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Turns the features of one vector file into rule areas. Each target is read from the attribute --map names, else
 * from the target's own name or its snake_case form (maxHeightM or max_height_m).
 */
final class RuleAreaFeatures extends FeatureRecords<RuleAreaRecord> {

    static final List<String> TARGETS = List.of("code", "name", "function", "maxHeightM", "maxEavesHeightM", "maxBuiltUpPct",
            "minBoundaryDistanceM", "monument", "beschermdStadsgezicht", "ruleText", "purpose", "source", "demo");

    private final Attributes attributes;
    private final String defaultSource;

    RuleAreaFeatures(FeatureReader features, Attributes attributes, String defaultSource) {
        super(features);
        this.attributes = attributes;
        this.defaultSource = defaultSource;
    }

    static Attributes attributes(ImportOptions options) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String target : TARGETS) {
            String snake = target.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
            names.put(target, snake.equals(target) ? List.of(target) : List.of(target, snake));
        }
        return Attributes.of(names, options, "rules");
    }

    @Override
    protected RuleAreaRecord record(SourceFeature feature, Where where) {
        Map<String, Object> p = feature.properties();
        String code = attributes.text(p, "code");
        if (code == null) {
            throw new IllegalArgumentException("no " + attributes.describe("code"));
        }
        where.identify("code " + code);
        MultiPolygon area = Polygons.require(Polygons.multi(geometry(feature)));
        String name = attributes.text(p, "name");
        String function = attributes.text(p, "function");
        String source = attributes.text(p, "source");
        return new RuleAreaRecord(code, name == null ? code : name,
                function == null ? null : function.toLowerCase(Locale.ROOT),
                attributes.number(p, "maxHeightM"), attributes.number(p, "maxEavesHeightM"), attributes.number(p, "maxBuiltUpPct"),
                attributes.number(p, "minBoundaryDistanceM"), flag(p, "monument"), flag(p, "beschermdStadsgezicht"),
                attributes.text(p, "ruleText"), attributes.text(p, "purpose"), source == null ? defaultSource : source,
                flag(p, "demo"), area);
    }

    private boolean flag(Map<String, Object> p, String target) {
        return Boolean.TRUE.equals(attributes.bool(p, target));
    }
}
