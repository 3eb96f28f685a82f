package nl.stip.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.stip.design.ValidatedDesign;
import nl.stip.design.ValidatedVolume;
import nl.stip.platform.Texts;
import nl.stip.rules.FootprintRules;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * "Afstand tot de perceelgrens": the distance from each volume to the boundary of the initiator's own parcel. A volume
 * that crosses that boundary (what {@link InsideParcelRule} fails, by the same {@link OutsideParts}) has no distance to
 * it: the verdict fails and says so, also where the norm would not apply to the activity, and never reads "0 m, past".
 */
final class BoundaryDistanceRule {

    static final String KEY = "min-afstand-perceelgrens";

    private BoundaryDistanceRule() {
    }

    static Optional<Verdict> verdict(ValidatedDesign design, PlanSite site, OutsideParts outside, Texts texts) {
        FootprintRules.Strictest limit = Rules.strictestOverVolumes(design, KEY, true);
        if (limit == null) {
            return Optional.empty();
        }
        if (!site.hasParcels()) {
            return Optional.of(Rules.verdict(texts, KEY, Verdict.ATTENTION, null, limit.value(), "m",
                    texts.get("check.no-parcel"), limit.area(), Rules.volumes(design), List.of()));
        }
        if (outside.any()) {
            // No limit and no measure: nothing an exemption could turn into a pass, nothing that reads as "0 m".
            OutsideParts.Part first = outside.parts().get(0);
            return Optional.of(Rules.verdict(texts, KEY, Verdict.FAIL, null, null, "m",
                    texts.get("check.min-afstand-perceelgrens.crosses", first.volume() + 1, String.join(", ", site.parcels())),
                    limit.area(), outside.parts().stream().map(OutsideParts.Part::volume).toList(),
                    outside.parts().stream().map(p -> Rules.feature(p.geometry(), p.volume(), null, null)).toList()));
        }
        Geometry boundary = site.parcelArea().getBoundary();
        double closest = Double.MAX_VALUE;
        ValidatedVolume closestVolume = null;
        List<Map<String, Object>> failing = new ArrayList<>();
        List<Integer> failingVolumes = new ArrayList<>();
        for (ValidatedVolume v : design.volumes()) {
            double own = v.rules().strictest(KEY, true).map(FootprintRules.Strictest::value).orElse(0.0);
            DistanceOp op = new DistanceOp(v.footprint(), boundary);
            double d = op.distance();
            if (d < closest) {
                closest = d;
                closestVolume = v;
            }
            if (own > 0 && d < own - Rules.TOLERANCE) {
                failingVolumes.add(v.index());
                failing.add(Rules.feature(v.footprint().getFactory().createLineString(op.nearestPoints()), v.index(), null, null));
            }
        }
        double measured = Rules.round(closest, 100);
        String explanation = limit.value() == 0 ? texts.get("check.min-afstand-perceelgrens.zero", Texts.number(measured))
                : failing.isEmpty() ? texts.get("check.min-afstand-perceelgrens.pass", Texts.number(measured), Texts.number(limit.value()))
                : texts.get("check.min-afstand-perceelgrens.fail", closestVolume.index() + 1, Texts.number(measured), Texts.number(limit.value()));
        return Optional.of(Rules.verdict(texts, KEY, failing.isEmpty() ? Verdict.PASS : Verdict.FAIL, measured, limit.value(), "m",
                explanation, limit.area(), failing.isEmpty() ? Rules.volumes(design) : failingVolumes, failing));
    }
}
