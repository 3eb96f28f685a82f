package nl.stip.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.stip.design.Design;
import nl.stip.geo.CrsTransform;
import nl.stip.platform.Texts;
import nl.stip.plans.PlanViews.ModelChange;
import org.locationtech.jts.geom.Coordinate;

/**
 * The Wijzigingsprint of placed models: models matched by their number in the design, each added, removed, replaced
 * by another file, moved (metres), turned (degrees), scaled or raised, in figures and plain Dutch lines.
 */
final class ModelChanges {

    private static final double MOVED_M = 0.01;
    private static final double EPSILON = 0.005;

    record Result(List<ModelChange> models, List<String> lines) {
    }

    private ModelChanges() {
    }

    static Result between(List<Design.Model> before, List<Design.Model> after, Map<Long, String> filenames, Texts texts) {
        List<ModelChange> changes = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            int number = i + 1;
            Design.Model b = i < before.size() ? before.get(i) : null;
            Design.Model a = i < after.size() ? after.get(i) : null;
            if (b == null) {
                changes.add(new ModelChange(number, "added", null, a.documentId(), null, null, null, a.scale()));
                lines.add(texts.get("plan.change.model.added", number, name(a, filenames)));
                continue;
            }
            if (a == null) {
                changes.add(new ModelChange(number, "removed", b.documentId(), null, null, null, b.scale(), null));
                lines.add(texts.get("plan.change.model.removed", number, name(b, filenames)));
                continue;
            }
            String name = name(a, filenames);
            boolean replaced = !a.documentId().equals(b.documentId());
            double moved = PlanService.round(distance(b.position(), a.position()));
            double turned = PlanService.round(turn(b.heading(), a.heading()));
            boolean scaled = Math.abs(a.scale() - b.scale()) > EPSILON / 10;
            boolean raised = Math.abs(a.baseHeight() - b.baseHeight()) > EPSILON;
            if (replaced) {
                lines.add(texts.get("plan.change.model.replaced", number, name));
            }
            if (moved >= MOVED_M) {
                lines.add(texts.get("plan.change.model.moved", number, name, Texts.number(moved)));
            }
            if (Math.abs(turned) > EPSILON) {
                lines.add(texts.get("plan.change.model.turned", number, name, Texts.number(Math.abs(turned)),
                        Texts.number(b.heading()), Texts.number(a.heading())));
            }
            if (scaled) {
                lines.add(texts.get("plan.change.model.scaled", number, name, Texts.number(b.scale()), Texts.number(a.scale())));
            }
            if (raised) {
                lines.add(texts.get("plan.change.model.base", number, name, Texts.number(b.baseHeight()), Texts.number(a.baseHeight())));
            }
            boolean changed = replaced || moved >= MOVED_M || Math.abs(turned) > EPSILON || scaled || raised;
            changes.add(new ModelChange(number, changed ? "changed" : "unchanged", b.documentId(), a.documentId(), moved, turned,
                    b.scale(), a.scale()));
        }
        return new Result(List.copyOf(changes), List.copyOf(lines));
    }

    private static String name(Design.Model m, Map<Long, String> filenames) {
        return filenames.getOrDefault(m.documentId(), "document " + m.documentId());
    }

    /** Metres between two WGS84 positions, measured in RD New. */
    private static double distance(Design.Position from, Design.Position to) {
        Coordinate a = CrsTransform.toRd(from.lon(), from.lat());
        Coordinate b = CrsTransform.toRd(to.lon(), to.lat());
        return a.distance(b);
    }

    /** The smallest turn from one heading to another, clockwise positive, in (-180, 180]. */
    static double turn(double from, double to) {
        double d = ((to - from) % 360 + 360) % 360;
        return d > 180 ? d - 360 : d;
    }
}
