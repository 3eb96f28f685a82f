package nl.stip.check;

import java.util.List;
import java.util.stream.IntStream;

import nl.stip.design.ValidatedDesign;
import nl.stip.platform.Texts;
import nl.stip.sunlight.SunlightStudy;
import nl.stip.sunlight.SunlightService;
import org.springframework.stereotype.Component;

/**
 * The bezonningsstudie as a verdict of the scan: never a failure (there is no statutory sun norm; the municipality
 * weighs it), 'attention' when the design takes sun from a neighbour, naming the most affected one on its worst day and
 * what that means for the lichte TNO-norm, 'pass' when it takes none. Asked for explicitly (it costs up to seconds, the
 * scan milliseconds).
 */
@Component
class SunlightVerdict {

    static final String KEY = "bezonning";

    private final SunlightService sunlight;
    private final Texts texts;

    SunlightVerdict(SunlightService sunlight, Texts texts) {
        this.sunlight = sunlight;
        this.texts = texts;
    }

    Verdict of(ValidatedDesign design) {
        SunlightStudy study = sunlight.study(design);
        List<Integer> volumes = IntStream.range(0, design.volumes().size()).boxed().toList();
        Verdict.Citation citation = new Verdict.Citation(null, texts.get("check.bezonning.source"), "stip", false, null,
                texts.get("check.bezonning.citation"));
        if (study.buildings().isEmpty()) {
            return new Verdict(KEY, texts.get("check.rule." + KEY), Verdict.PASS, 0.0, null, "uur",
                    texts.get("check.bezonning.none", Texts.number(study.settings().distanceMetres())),
                    texts.get("check.bezonning.purpose"), citation, volumes, null);
        }
        SunlightStudy.Neighbour worst = study.buildings().get(0);
        SunlightStudy.DayHours day = worst.days().stream().max(java.util.Comparator.comparingDouble(SunlightStudy.DayHours::loss))
                .orElseThrow();
        long lost = study.buildings().stream().filter(b -> b.norms().stream().anyMatch(SunlightStudy.NormOutcome::lost)).count();
        String light = worst.norms().stream().filter(n -> n.norm().equals("licht")).findFirst()
                .map(n -> texts.get(n.metAfter() ? "check.bezonning.norm.met" : n.metBefore() ? "check.bezonning.norm.lost"
                        : "check.bezonning.norm.never")).orElse("");
        String explanation = texts.get("check.bezonning.some", study.buildings().size(), worst.identificatie(),
                Texts.number(worst.distance()), day.label(), Texts.number(day.hoursBefore()), Texts.number(day.hoursAfter()),
                Texts.number(day.loss()), light, lost)
                + (study.estimatedHeights() ? " " + texts.get("sunlight.assumption.estimated") : "");
        return new Verdict(KEY, texts.get("check.rule." + KEY), Verdict.ATTENTION, worst.worstLoss(), null, "uur", explanation,
                texts.get("check.bezonning.purpose"), citation, volumes, null);
    }
}
