package nl.stip.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.stip.design.ValidatedDesign;
import nl.stip.platform.Texts;

/**
 * "Binnen uw eigen perceel": every volume stands on the initiator's own parcel. A part outside it says where it is: on
 * the neighbour's parcel (named), or on ground where no parcel is known. "Uw perceel" is always the site's own parcel.
 * Where no parcel lies under the design at all (parcels not loaded there), the rule cannot be tested and asks
 * attention instead of failing.
 */
final class InsideParcelRule {

    static final String KEY = "binnen-perceel";
    /** A remainder off every known parcel smaller than this is not worth a sentence. */
    private static final double REST_M2 = 0.05;

    private InsideParcelRule() {
    }

    static Verdict verdict(ValidatedDesign design, PlanSite site, OutsideParts outside, Texts texts) {
        var area = design.volumes().get(0).rules().areas().get(0);
        double total = Rules.round(outside.totalArea(), 10);
        if (!site.hasParcels()) {
            // Nothing to measure against (no parcels loaded here, as with an IMRO plan alone): an unknown the
            // municipality looks at, not a failure of the design.
            return Rules.verdict(texts, KEY, Verdict.ATTENTION, null, null, "m²", texts.get("check.no-parcel"), area,
                    Rules.volumes(design), List.of());
        }
        String own = String.join(", ", site.parcels());
        if (!outside.any()) {
            return Rules.verdict(texts, KEY, Verdict.PASS, 0.0, 0.0, "m²", texts.get("check.binnen-perceel.pass", own), area,
                    Rules.volumes(design), List.of());
        }
        List<String> sentences = new ArrayList<>();
        for (OutsideParts.Part part : outside.parts()) {
            sentences.add(sentence(part, site, own, texts));
        }
        sentences.add(texts.get("check.binnen-perceel.own-ground"));
        return Rules.verdict(texts, KEY, Verdict.FAIL, total, 0.0, "m²", String.join(" ", sentences), area,
                outside.parts().stream().map(OutsideParts.Part::volume).toList(), features(outside));
    }

    private static String sentence(OutsideParts.Part part, PlanSite site, String own, Texts texts) {
        int number = part.volume() + 1;
        List<PlanSite.Neighbour> neighbours = site.neighboursOf(part.volume());
        if (neighbours.isEmpty()) {
            return texts.get("check.binnen-perceel.fail", number, Texts.number(Rules.round(part.area(), 10)), own);
        }
        double onNeighbours = Math.min(part.area(), neighbours.stream().mapToDouble(PlanSite.Neighbour::areaM2).sum());
        String names = String.join(", ", neighbours.stream().map(PlanSite.Neighbour::parcel).toList());
        String sentence = texts.get(neighbours.size() == 1 ? "check.binnen-perceel.neighbour" : "check.binnen-perceel.neighbours",
                number, Texts.number(Rules.round(onNeighbours, 10)), names, own);
        double rest = part.area() - onNeighbours;
        return rest < REST_M2 ? sentence : sentence + " " + texts.get("check.binnen-perceel.rest", Texts.number(Rules.round(rest, 10)));
    }

    private static List<Map<String, Object>> features(OutsideParts outside) {
        return outside.parts().stream().map(p -> Rules.feature(p.geometry(), p.volume(), null, null)).toList();
    }
}
