package nl.stip.variants.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.stip.participation.ContributionFacts;
import nl.stip.platform.Texts;
import nl.stip.reporting.ReportPart;
import nl.stip.reporting.ReportSection;
import nl.stip.variants.IndicatorValue;
import nl.stip.variants.VariantSummary;
import nl.stip.variants.Variants;
import org.springframework.stereotype.Component;

/**
 * The variants' part of the participatieverslag: the latest version of each variant with its indicators and check
 * outcome next to the original (the plan's current design) and the number of reactions about it, and each variant's volumes and objects as map features.
 */
@Component
class VariantsReportSection implements ReportSection {

    private final Variants variants;
    private final Indicators indicators;
    private final VariantJson json;
    private final VariantStore store;
    private final ContributionFacts contributions;

    VariantsReportSection(Variants variants, Indicators indicators, VariantJson json, VariantStore store, ContributionFacts contributions) {
        this.variants = variants;
        this.indicators = indicators;
        this.json = json;
        this.store = store;
        this.contributions = contributions;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public Optional<ReportPart> part(long roundId) {
        List<VariantSummary> latest = variants.ofRound(roundId).stream().filter(VariantSummary::latest).toList();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        List<String> columns = new ArrayList<>(List.of("Variant", "Versie"));
        indicators.all().forEach(i -> columns.add(i.label() + " (" + i.unit() + ")"));
        columns.add("Past binnen de regels");
        columns.add("Reacties");
        Map<Long, Long> reactions = reactionsPerChain(roundId);
        List<List<String>> rows = new ArrayList<>();
        List<IndicatorValue> original = variants.original(roundId);
        if (!original.isEmpty()) {
            List<String> plan = row("Oorspronkelijk plan", "", original, original.stream()
                    .filter(v -> v.id().equals("check-failed")).allMatch(v -> v.value() == 0));
            plan.add("");
            rows.add(plan);
        }
        List<Map<String, Object>> features = new ArrayList<>();
        for (VariantSummary v : latest) {
            List<String> row = row(v.title(), String.valueOf(v.version()), v.indicators(), v.compliant());
            row.add(String.valueOf(reactions.getOrDefault(v.id(), 0L)));
            rows.add(row);
            for (Map<String, Object> f : json.features(v.geoJson())) {
                Map<String, Object> feature = new LinkedHashMap<>(f);
                @SuppressWarnings("unchecked")
                Map<String, Object> props = new LinkedHashMap<>((Map<String, Object>) f.get("properties"));
                props.put("variantId", v.id());
                props.put("variant", v.title());
                feature.put("properties", props);
                features.add(feature);
            }
        }
        List<String> notes = new ArrayList<>();
        indicators.all().forEach(i -> notes.add(i.label() + ": " + i.explanation()));
        notes.add("Reacties: de gepubliceerde reacties over de variant, over al haar versies samen (een antwoord telt niet mee).");
        return Optional.of(new ReportPart("variants", "Varianten van deelnemers",
                List.of(new ReportPart.ReportTable("variants", "Varianten naast het oorspronkelijke plan", List.copyOf(columns), rows, false)),
                features, notes));
    }

    /** Published reactions per variant, every version's counted with the chain's latest version (the one the report shows). */
    private Map<Long, Long> reactionsPerChain(long roundId) {
        Map<Long, Long> perVersion = contributions.reactionsPerVariant(roundId);
        Map<Long, Long> latestOfChain = new java.util.HashMap<>();
        Map<Long, Long> chainOf = new java.util.HashMap<>();
        for (VariantStore.Row r : store.ofRound(roundId)) {
            chainOf.put(r.id(), r.chainId());
            if (r.latest()) {
                latestOfChain.put(r.chainId(), r.id());
            }
        }
        Map<Long, Long> out = new java.util.HashMap<>();
        perVersion.forEach((variant, count) -> {
            Long latest = latestOfChain.get(chainOf.get(variant));
            if (latest != null) {
                out.merge(latest, count, Long::sum);
            }
        });
        return out;
    }

    private static List<String> row(String title, String version, List<IndicatorValue> values, boolean compliant) {
        List<String> row = new ArrayList<>(List.of(title, version));
        values.forEach(v -> row.add(Texts.number(v.value())));
        row.add(compliant ? "ja" : "nee");
        return row;
    }
}
