package nl.stip.sharing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.NotFoundException;
import nl.stip.plans.PlanDirectory;
import nl.stip.plans.PlanFacts;
import nl.stip.sharing.internal.SharingStore.PublicationRow;
import nl.stip.sharing.internal.SharingViews.PublicCheck;
import nl.stip.sharing.internal.SharingViews.PublicPlan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Published plans as everyone sees them, also without an account: title, description, activity, phase, the check
 * summary and the drawn volumes of the current design in WGS84. Never the owner, an e-mail address, documents or
 * placed models (their files are private): the initiator only as the display name the owner chose, if any.
 */
@Service
class PublicPlans {

    private final SharingStore store;
    private final PlanDirectory plans;

    PublicPlans(SharingStore store, PlanDirectory plans) {
        this.store = store;
        this.plans = plans;
    }

    /** Published plans, newest first; with a bbox (minLon,minLat,maxLon,maxLat) those whose volumes' extent meets it. */
    @Transactional(readOnly = true)
    List<PublicPlan> list(String bbox, boolean withVolumes) {
        double[] box = bbox == null || bbox.isBlank() ? null : bbox(bbox);
        List<PublicPlan> result = new ArrayList<>();
        for (PublicationRow row : store.publications(PublicationRules.State.PUBLISHED.key())) {
            Optional<PublicPlan> plan = plan(row, withVolumes);
            if (plan.isPresent() && (box == null || meets(plan.get().bbox(), box))) {
                result.add(plan.get());
            }
        }
        return result;
    }

    @Transactional(readOnly = true)
    PublicPlan get(long id) {
        return store.publication(id).filter(p -> p.state().equals(PublicationRules.State.PUBLISHED.key()))
                .flatMap(p -> plan(p, true))
                .orElseThrow(() -> new NotFoundException("There is no published plan " + id + "."));
    }

    private Optional<PublicPlan> plan(PublicationRow row, boolean withVolumes) {
        Optional<PlanFacts> found = plans.find(row.planId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PlanFacts f = found.get();
        List<JsonNode> volumes = new ArrayList<>();
        double[] extent = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        plans.design(f.id(), 0).ifPresent(design -> {
            for (JsonNode v : design.path("volumes")) {
                ObjectNode volume = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
                volume.set("footprint", v.get("footprint"));
                volume.set("baseHeight", v.get("baseHeight"));
                volume.set("height", v.get("height"));
                volume.set("roof", v.get("roof"));
                volumes.add(volume);
                for (JsonNode c : v.path("footprint").path("coordinates").path(0)) {
                    extent[0] = Math.min(extent[0], c.path(0).asDouble());
                    extent[1] = Math.min(extent[1], c.path(1).asDouble());
                    extent[2] = Math.max(extent[2], c.path(0).asDouble());
                    extent[3] = Math.max(extent[3], c.path(1).asDouble());
                }
            }
        });
        List<Double> bbox = volumes.isEmpty() ? null : List.of(extent[0], extent[1], extent[2], extent[3]);
        PublicCheck check = f.latestCheck() == null ? null
                : new PublicCheck(f.latestCheck().compliant(), f.latestCheck().failed(), f.latestCheck().attention(), f.latestCheck().outcome());
        return Optional.of(new PublicPlan(f.id(), f.title(), f.description(), f.activity(), f.phase(), f.phaseLabel(), row.displayName(),
                row.publishedAt(), check, bbox, withVolumes ? volumes : null));
    }

    private static boolean meets(List<Double> extent, double[] box) {
        return extent != null && extent.get(0) <= box[2] && extent.get(2) >= box[0] && extent.get(1) <= box[3] && extent.get(3) >= box[1];
    }

    static double[] bbox(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new InvalidParameterException("bbox", "bbox is minLon,minLat,maxLon,maxLat (WGS84 degrees)");
        }
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                box[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new InvalidParameterException("bbox", "bbox value '" + parts[i].trim() + "' is not a number");
            }
            if (!Double.isFinite(box[i])) {
                throw new InvalidParameterException("bbox", "bbox values are finite numbers");
            }
        }
        if (box[0] > box[2] || box[1] > box[3] || box[0] < -180 || box[2] > 180 || box[1] < -90 || box[3] > 90) {
            throw new InvalidParameterException("bbox", "bbox is minLon,minLat,maxLon,maxLat with min ≤ max, in WGS84 degrees");
        }
        return box;
    }
}
