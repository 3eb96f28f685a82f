package nl.stip.variants.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.stip.design.Design;
import nl.stip.design.DesignValidator;
import nl.stip.participation.Rounds;
import nl.stip.plans.PlanDirectory;
import nl.stip.platform.Texts;
import nl.stip.reporting.ReportPart;
import nl.stip.reporting.ReportSection;
import nl.stip.sunlight.SunlightService;
import nl.stip.sunlight.SunlightStudy;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sun in the participatieverslag: per design of the round (the plan's current design and the latest version of each
 * variant) how many neighbouring buildings and gardens lose sun, the largest loss and on which day, and how many
 * buildings no longer meet a TNO norm they met; the map shows each design's norm points. The assumptions are the notes.
 * No names: buildings by BAG id.
 */
@Component
class SunlightReportSection implements ReportSection {

    private final VariantStore store;
    private final Rounds rounds;
    private final PlanDirectory plans;
    private final DesignValidator validator;
    private final SunlightService sunlight;
    private final JsonMapper json;
    private final Texts texts;

    SunlightReportSection(VariantStore store, Rounds rounds, PlanDirectory plans, DesignValidator validator, SunlightService sunlight,
                          JsonMapper json, Texts texts) {
        this.store = store;
        this.rounds = rounds;
        this.plans = plans;
        this.validator = validator;
        this.sunlight = sunlight;
        this.json = json;
        this.texts = texts;
    }

    @Override
    public int order() {
        return 410;
    }

    @Override
    public Optional<ReportPart> part(long roundId) {
        Map<String, Design> designs = new LinkedHashMap<>();
        rounds.find(roundId).flatMap(r -> plans.design(r.planId(), 0)).ifPresent(saved -> {
            Design d = json.treeToValue(saved, Design.class);
            if (d.volumes() != null && !d.volumes().isEmpty()) {
                designs.put(texts.get("report.sunlight.original"), new Design(d.activity(), d.volumes(), null));
            }
        });
        for (VariantStore.Row r : store.ofRound(roundId)) {
            if (r.latest()) {
                designs.put(r.title() + " (" + texts.get("report.sunlight.version", r.version()) + ")",
                        json.readValue(r.design(), Design.class));
            }
        }
        if (designs.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        List<Map<String, Object>> features = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        designs.forEach((name, design) -> {
            var validated = validator.validate(design.activity() == null ? design.withActivity("anders") : design);
            SunlightStudy study = sunlight.study(validated);
            rows.add(row(name, study));
            if (notes.isEmpty()) {
                notes.addAll(study.assumptions());
            }
            for (Map<String, Object> f : sunlight.geoJsonFeatures(validated)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> props = new LinkedHashMap<>((Map<String, Object>) f.get("properties"));
                if ("norm-point".equals(props.get("kind"))) {
                    props.put("variant", name);
                    Map<String, Object> feature = new LinkedHashMap<>(f);
                    feature.put("properties", props);
                    features.add(feature);
                }
            }
        });
        List<String> columns = List.of(texts.get("report.sunlight.col.design"), texts.get("report.sunlight.col.buildings"),
                texts.get("report.sunlight.col.worst"), texts.get("report.sunlight.col.day"), texts.get("report.sunlight.col.light"),
                texts.get("report.sunlight.col.strict"), texts.get("report.sunlight.col.gardens"));
        return Optional.of(new ReportPart("sunlight", texts.get("report.sunlight.title"),
                List.of(new ReportPart.ReportTable("sunlight", texts.get("report.sunlight.table"), columns, rows, false)),
                features, notes));
    }

    private static List<String> row(String name, SunlightStudy study) {
        String day = "";
        double worst = 0;
        for (SunlightStudy.Neighbour n : study.buildings()) {
            for (SunlightStudy.DayHours d : n.days()) {
                if (d.loss() > worst) {
                    worst = d.loss();
                    day = d.label();
                }
            }
        }
        return List.of(name, String.valueOf(study.buildings().size()), Texts.number(worst), day,
                String.valueOf(lost(study, "licht")), String.valueOf(lost(study, "streng")), String.valueOf(study.gardens().size()));
    }

    private static long lost(SunlightStudy study, String norm) {
        return study.buildings().stream()
                .filter(b -> b.norms().stream().anyMatch(o -> o.norm().equals(norm) && o.lost())).count();
    }
}
