package nl.stip.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import nl.stip.design.ValidatedDesign;
import nl.stip.design.ValidatedVolume;
import nl.stip.geo.GeoJson;
import nl.stip.platform.Texts;
import nl.stip.rules.FootprintRules;
import nl.stip.rules.RuleAreaQueries;
import nl.stip.rules.RuleAreaView;
import org.locationtech.jts.geom.Geometry;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The rules a design is measured against, in this fixed order: maximum height, maximum eaves height, built-up part of
 * the parcel, inside the own parcel, inside the bouwvlak (a main building, where the deciding plan has bouwvlakken),
 * distance to the parcel boundary, allowed function, protections. A norm a rule
 * area does not set gives no verdict. Where a volume spans several rule areas the strictest norm counts; where
 * several volumes differ, the one with the least margin is reported and every failing volume is drawn. The two rules
 * on the own parcel ({@link InsideParcelRule}, {@link BoundaryDistanceRule}) are classes of their own that share one
 * measure of what lies outside it ({@link OutsideParts}), so they never contradict each other.
 */
@Component
class Rules {

    /** Measured values within this margin of a limit pass (design tools round to centimetres). */
    static final double TOLERANCE = 0.005;

    private final Texts texts;
    private final Environment env;
    private final RuleAreaQueries ruleAreas;

    Rules(Texts texts, Environment env, RuleAreaQueries ruleAreas) {
        this.texts = texts;
        this.env = env;
        this.ruleAreas = ruleAreas;
    }

    /** The activities that build a main building, held to the bouwvlak where the deciding plan has bouwvlakken. */
    private List<String> bouwvlakActivities() {
        return List.of(env.getProperty("stip.check.bouwvlak-activities", "").split("\\s*,\\s*"));
    }

    /** The annexes (bijbehorende bouwwerken): what lies outside the bouwvlak is shown and asks attention, not a fail. */
    private List<String> bouwvlakAnnexActivities() {
        return List.of(env.getProperty("stip.check.bouwvlak-annex-activities", "").split("\\s*,\\s*"));
    }

    List<Verdict> verdicts(ValidatedDesign design, PlanSite site) {
        List<Verdict> out = new ArrayList<>();
        maximum(design, "max-hoogte", ValidatedVolume::height).ifPresent(out::add);
        maximum(design, "max-goothoogte", ValidatedVolume::eavesHeight).ifPresent(out::add);
        builtUp(design, site).ifPresent(out::add);
        OutsideParts outside = OutsideParts.of(design, site);
        out.add(InsideParcelRule.verdict(design, site, outside, texts));
        if (bouwvlakActivities().contains(design.activity())) {
            BouwvlakRule.verdict(design, ruleAreas, texts, false).ifPresent(out::add);
        } else if (bouwvlakAnnexActivities().contains(design.activity())) {
            BouwvlakRule.verdict(design, ruleAreas, texts, true).ifPresent(out::add);
        }
        BoundaryDistanceRule.verdict(design, site, outside, texts).ifPresent(out::add);
        out.add(function(design));
        out.add(protections(design));
        return out.stream().map(v -> exemptIfConfigured(design, v)).toList();
    }

    /** A height limit per volume; the failing part of a volume is its footprint between the limit and its top. */
    private Optional<Verdict> maximum(ValidatedDesign design, String key, ToDoubleFunction<ValidatedVolume> measure) {
        ValidatedVolume worst = null;
        FootprintRules.Strictest worstLimit = null;
        List<Map<String, Object>> failing = new ArrayList<>();
        List<Integer> failingVolumes = new ArrayList<>();
        for (ValidatedVolume v : design.volumes()) {
            Optional<FootprintRules.Strictest> limit = v.rules().strictest(key, false);
            if (limit.isEmpty()) {
                continue;
            }
            double value = measure.applyAsDouble(v);
            if (worst == null || limit.get().value() - value < worstLimit.value() - measure.applyAsDouble(worst)) {
                worst = v;
                worstLimit = limit.get();
            }
            if (value > limit.get().value() + TOLERANCE) {
                failingVolumes.add(v.index());
                failing.add(feature(v.footprint(), v.index(), Math.max(limit.get().value(), v.baseHeight()), value));
            }
        }
        if (worst == null) {
            return Optional.empty();
        }
        double measured = round(measure.applyAsDouble(worst), 100);
        double limit = worstLimit.value();
        String n = Texts.number(measured);
        String l = Texts.number(limit);
        String explanation = failing.isEmpty()
                ? texts.get("check." + key + ".pass", n, l)
                : texts.get("check." + key + ".fail", worst.index() + 1, n, l);
        return Optional.of(verdict(key, failing.isEmpty() ? Verdict.PASS : Verdict.FAIL, measured, limit, "m", explanation,
                worstLimit.area(), failing.isEmpty() ? volumes(design) : failingVolumes, failing));
    }

    private Optional<Verdict> builtUp(ValidatedDesign design, PlanSite site) {
        FootprintRules.Strictest limit = strictestOverVolumes(design, "max-bebouwingspercentage", false);
        if (limit == null) {
            return Optional.empty();
        }
        if (!site.hasParcels()) {
            return Optional.of(verdict("max-bebouwingspercentage", Verdict.ATTENTION, null, limit.value(), "%",
                    texts.get("check.no-parcel"), limit.area(), volumes(design), List.of()));
        }
        Geometry parcels = site.parcelArea();
        Geometry planned = design.footprintUnion().intersection(parcels);
        Geometry built = site.existingBuildings() == null ? planned : planned.union(site.existingBuildings());
        double pct = round(built.getArea() / parcels.getArea() * 100, 10);
        boolean pass = pct <= limit.value() + TOLERANCE;
        String explanation = texts.get(pass ? "check.max-bebouwingspercentage.pass" : "check.max-bebouwingspercentage.fail",
                Texts.number(pct), Texts.number(limit.value()), Texts.number(round(parcels.getArea(), 1)),
                Texts.number(round(built.getArea(), 1)));
        List<Map<String, Object>> failing = new ArrayList<>();
        if (!pass) {
            for (ValidatedVolume v : design.volumes()) {
                Geometry part = v.footprint().intersection(parcels);
                if (part.getArea() > 0.01) {
                    failing.add(feature(part, v.index(), null, null));
                }
            }
        }
        return Optional.of(verdict("max-bebouwingspercentage", pass ? Verdict.PASS : Verdict.FAIL, pct, limit.value(), "%",
                explanation, limit.area(), volumes(design), failing));
    }

    /**
     * A norm that does not apply to the activity (stip.check.exempt-norms.&lt;activity&gt;, e.g. the boundary distance,
     * a norm for main buildings, for an extension): still measured and said, not counted and not drawn as failing.
     */
    private Verdict exemptIfConfigured(ValidatedDesign design, Verdict verdict) {
        String exempt = env.getProperty("stip.check.exempt-norms." + design.activity(), "");
        boolean applies = java.util.Arrays.stream(exempt.split(",")).map(String::trim).noneMatch(verdict.ruleKey()::equals);
        if (applies || verdict.status().equals(Verdict.ATTENTION) || verdict.limit() == null) {
            return verdict;
        }
        String explanation = texts.get("check.exempt", verdict.label().toLowerCase(java.util.Locale.ROOT), Texts.number(verdict.limit()),
                verdict.unit(), texts.get("check.activity." + design.activity()), Texts.number(verdict.measured()));
        return new Verdict(verdict.ruleKey(), verdict.label(), Verdict.PASS, verdict.measured(), null, verdict.unit(), explanation,
                verdict.purpose(), verdict.citation(), verdict.volumes(), null);
    }

    /** Whether the activity fits the function of the rule area under each volume (its most specific area). */
    private Verdict function(ValidatedDesign design) {
        String allowed = env.getProperty("stip.check.allowed-functions." + design.activity());
        List<RuleAreaView> firstAreas = design.volumes().get(0).rules().areas();
        RuleAreaView first = firstAreas.stream().filter(a -> a.function() != null).findFirst().orElse(firstAreas.get(0));
        if (allowed == null) {
            return verdict("functie", Verdict.ATTENTION, null, null, null,
                    texts.get("check.functie.unknown", design.activity()), first, volumes(design), List.of());
        }
        List<String> functions = List.of(allowed.split("\\s*,\\s*"));
        // Functions where the activity is allowed only under the bestemming's own conditions (an aanbouw in a Tuin):
        // attention with the part drawn, not a fail and not a pass.
        List<String> conditional = List.of(env.getProperty("stip.check.conditional-functions." + design.activity(), "").split("\\s*,\\s*"));
        List<Map<String, Object>> failing = new ArrayList<>();
        List<Integer> failingVolumes = new ArrayList<>();
        List<Map<String, Object>> conditionalParts = new ArrayList<>();
        List<Integer> conditionalVolumes = new ArrayList<>();
        RuleAreaView cited = first;
        RuleAreaView conditionalArea = null;
        for (ValidatedVolume v : design.volumes()) {
            for (RuleAreaView area : v.rules().areas()) {
                // only a bestemming has a function; a bouwvlak, maatvoering or aanduiding lies within one
                if (area.function() == null || !"bestemming".equals(area.kind()) || functions.contains(area.function())) {
                    continue;
                }
                if (conditional.contains(area.function())) {
                    if (conditionalArea == null) {
                        conditionalArea = area;
                    }
                    conditionalVolumes.add(v.index());
                    conditionalParts.add(feature(v.footprint(), v.index(), null, null));
                    continue;
                }
                if (failing.isEmpty()) {
                    cited = area;
                }
                failingVolumes.add(v.index());
                failing.add(feature(v.footprint(), v.index(), null, null));
                break;
            }
        }
        String activity = texts.get("check.activity." + design.activity());
        if (failing.isEmpty() && conditionalArea != null) {
            String explanation = texts.get("check.functie.conditional", activity, texts.get("function." + conditionalArea.function()),
                    conditionalVolumes.get(0) + 1);
            return verdict("functie", Verdict.ATTENTION, null, null, null, explanation, conditionalArea, conditionalVolumes, conditionalParts);
        }
        String function = cited.function() == null ? cited.name() : texts.get("function." + cited.function());
        String explanation = failing.isEmpty()
                ? texts.get("check.functie.pass", activity, function)
                : texts.get("check.functie.fail", activity, function, failingVolumes.get(0) + 1);
        return verdict("functie", failing.isEmpty() ? Verdict.PASS : Verdict.FAIL, null, null, null, explanation, cited,
                failing.isEmpty() ? volumes(design) : failingVolumes, failing);
    }

    /** Protections are not failures: the municipality assesses them itself, so they are "attention". */
    private Verdict protections(ValidatedDesign design) {
        List<String> found = new ArrayList<>();
        List<Integer> concerned = new ArrayList<>();
        RuleAreaView cited = design.volumes().get(0).rules().areas().get(0);
        for (ValidatedVolume v : design.volumes()) {
            for (RuleAreaView area : v.rules().areas()) {
                if (!area.protections().isEmpty()) {
                    if (concerned.isEmpty()) {
                        cited = area;
                    }
                    if (!concerned.contains(v.index())) {
                        concerned.add(v.index());
                    }
                    for (String p : area.protections()) {
                        if (!found.contains(p)) {
                            found.add(p);
                        }
                    }
                }
            }
        }
        // an IMRO plan's dubbelbestemmingen and gebiedsaanduidingen (e.g. Waarde - Archeologie): the municipality assesses them
        List<String> layers = new ArrayList<>();
        for (ValidatedVolume v : design.volumes()) {
            for (RuleAreaView area : v.rules().areas()) {
                if ("dubbelbestemming".equals(area.kind()) || "gebiedsaanduiding".equals(area.kind())) {
                    if (concerned.isEmpty()) {
                        cited = area;
                    }
                    if (!concerned.contains(v.index())) {
                        concerned.add(v.index());
                    }
                    String named = area.artikel() == null ? area.name() : texts.get("check.bescherming.imro.artikel", area.name(), area.artikel());
                    if (!layers.contains(named)) {
                        layers.add(named);
                    }
                }
            }
        }
        if (found.isEmpty() && layers.isEmpty()) {
            return verdict("bescherming", Verdict.PASS, null, null, null, texts.get("check.bescherming.none"), cited,
                    volumes(design), List.of());
        }
        List<String> explanations = new ArrayList<>();
        for (String p : found.stream().sorted().toList()) {
            explanations.add(texts.get("check.bescherming." + p));
        }
        if (!layers.isEmpty()) {
            explanations.add(texts.get("check.bescherming.imro", String.join(", ", layers)));
        }
        return verdict("bescherming", Verdict.ATTENTION, null, null, null, String.join(" ", explanations), cited, concerned, List.of());
    }

    private Verdict verdict(String key, String status, Double measured, Double limit, String unit, String explanation,
                            RuleAreaView area, List<Integer> volumes, List<Map<String, Object>> failing) {
        return verdict(texts, key, status, measured, limit, unit, explanation, area, volumes, failing);
    }

    static Verdict verdict(Texts texts, String key, String status, Double measured, Double limit, String unit, String explanation,
                           RuleAreaView area, List<Integer> volumes, List<Map<String, Object>> failing) {
        return new Verdict(key, texts.get("check.rule." + key), status, measured, limit, unit, explanation, area.purpose(),
                new Verdict.Citation(area.code(), area.name(), area.source(), area.demo(),
                        area.plan() == null ? null : area.plan().naam(), area.citation()), List.copyOf(volumes),
                failing.isEmpty() ? null : collection(failing));
    }

    static FootprintRules.Strictest strictestOverVolumes(ValidatedDesign design, String key, boolean highestWins) {
        FootprintRules.Strictest best = null;
        for (ValidatedVolume v : design.volumes()) {
            Optional<FootprintRules.Strictest> s = v.rules().strictest(key, highestWins);
            if (s.isPresent() && (best == null || (highestWins ? s.get().value() > best.value() : s.get().value() < best.value()))) {
                best = s.get();
            }
        }
        return best;
    }

    static List<Integer> volumes(ValidatedDesign design) {
        return design.volumes().stream().map(ValidatedVolume::index).toList();
    }

    static Map<String, Object> feature(Geometry rd, int volume, Double fromHeight, Double toHeight) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("volume", volume);
        if (fromHeight != null) {
            properties.put("fromHeight", round(fromHeight, 100));
            properties.put("toHeight", round(toHeight, 100));
        }
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", GeoJson.wgs84(rd));
        feature.put("properties", properties);
        return feature;
    }

    private static Map<String, Object> collection(List<Map<String, Object>> features) {
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put("features", List.copyOf(features));
        return fc;
    }

    static double round(double value, double factor) {
        return Math.round(value * factor) / factor;
    }
}
