package nl.stip.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.stip.design.ValidatedDesign;
import nl.stip.design.ValidatedVolume;
import nl.stip.platform.Texts;
import nl.stip.rules.RuleAreaQueries;
import nl.stip.rules.RuleAreaView;
import org.locationtech.jts.geom.Geometry;

/**
 * "Binnen het bouwvlak": a main building (the activities of stip.check.bouwvlak-activities) stands inside the
 * bouwvlakken of the plan that decides under each volume, where that plan has bouwvlakken (an IMRO2012
 * bestemmingsplan; the demo plan has none, so it gives no verdict). The part outside is drawn as failing.
 * Annexes (bijbehorende bouwwerken, stip.check.bouwvlak-annex-activities) are not held to it: the plans' regels usually
 * allow them outside under conditions of their own, so the part outside is drawn and asks attention, it does not fail.
 */
final class BouwvlakRule {

    static final String KEY = "binnen-bouwvlak";
    /** A part outside smaller than this (m²) is drawing noise, not a building outside the bouwvlak. */
    private static final double NOISE_M2 = 0.01;

    private BouwvlakRule() {
    }

    static Optional<Verdict> verdict(ValidatedDesign design, RuleAreaQueries queries, Texts texts, boolean annex) {
        double outsideTotal = 0;
        boolean any = false;
        RuleAreaView cited = null;
        List<Integer> failingVolumes = new ArrayList<>();
        List<Map<String, Object>> failing = new ArrayList<>();
        for (ValidatedVolume v : design.volumes()) {
            List<RuleAreaView> areas = v.rules().areas();
            Optional<Geometry> outside = queries.outsideBouwvlakken(v.footprint(), areas.get(0).plan().identificatie());
            if (outside.isEmpty()) {
                continue;
            }
            any = true;
            RuleAreaView bouwvlak = areas.stream().filter(a -> "bouwvlak".equals(a.kind())).findFirst()
                    .orElse(areas.stream().filter(a -> "bestemming".equals(a.kind())).findFirst().orElse(areas.get(0)));
            if (cited == null) {
                cited = bouwvlak;
            }
            double area = outside.get().getArea();
            if (area > NOISE_M2) {
                if (failing.isEmpty()) {
                    cited = bouwvlak;
                }
                outsideTotal += area;
                failingVolumes.add(v.index());
                failing.add(Rules.feature(outside.get(), v.index(), null, null));
            }
        }
        if (!any) {
            return Optional.empty();
        }
        double measured = Rules.round(outsideTotal, 10);
        String outsideKey = annex ? "check.binnen-bouwvlak.annex" : "check.binnen-bouwvlak.fail";
        String explanation = failing.isEmpty() ? texts.get("check.binnen-bouwvlak.pass")
                : texts.get(outsideKey, failingVolumes.get(0) + 1, Texts.number(measured));
        String outsideStatus = annex ? Verdict.ATTENTION : Verdict.FAIL;
        return Optional.of(Rules.verdict(texts, KEY, failing.isEmpty() ? Verdict.PASS : outsideStatus, measured, 0.0, "m²", explanation,
                cited, failing.isEmpty() ? Rules.volumes(design) : failingVolumes, failing));
    }
}
