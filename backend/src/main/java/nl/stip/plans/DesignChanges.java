package nl.stip.plans;

import java.util.ArrayList;
import java.util.List;

import nl.stip.platform.Texts;
import nl.stip.plans.PlanViews.Changes;
import nl.stip.plans.PlanViews.VolumeChange;
import nl.stip.plans.PlanViews.VolumeFacts;

/**
 * The "Wijzigingsprint": what changed from one design version to the next, per volume (volumes are matched by their
 * number in the design; a placed model is checked as a volume after the drawn ones) and per placed model
 * ({@link ModelChanges}), in figures and in plain Dutch lines.
 */
final class DesignChanges {

    private static final double EPSILON = 0.005;

    private DesignChanges() {
    }

    static Changes between(int version, List<VolumeFacts> before, List<VolumeFacts> after, ModelChanges.Result models, Texts texts) {
        List<VolumeChange> changes = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            int number = i + 1;
            VolumeFacts b = i < before.size() ? before.get(i) : null;
            VolumeFacts a = i < after.size() ? after.get(i) : null;
            if (b == null) {
                changes.add(new VolumeChange(number, "added", null, a.area(), a.area(), null, a.height(), a.height(), null, roof(a, texts), true));
                lines.add(texts.get("plan.change.added", number, Texts.number(a.area()), Texts.number(a.height())));
                continue;
            }
            if (a == null) {
                changes.add(new VolumeChange(number, "removed", b.area(), null, -b.area(), b.height(), null, -b.height(), roof(b, texts), null, true));
                lines.add(texts.get("plan.change.removed", number, Texts.number(b.area())));
                continue;
            }
            double area = PlanService.round(a.area() - b.area());
            double height = PlanService.round(a.height() - b.height());
            String roofBefore = roof(b, texts);
            String roofAfter = roof(a, texts);
            boolean roofChanged = !roofBefore.equals(roofAfter);
            boolean baseChanged = Math.abs(a.baseHeight() - b.baseHeight()) > EPSILON;
            boolean changed = Math.abs(area) > EPSILON || Math.abs(height) > EPSILON || roofChanged || baseChanged;
            changes.add(new VolumeChange(number, changed ? "changed" : "unchanged", b.area(), a.area(), area,
                    b.height(), a.height(), height, roofBefore, roofAfter, roofChanged));
            if (Math.abs(area) > EPSILON) {
                lines.add(texts.get(area > 0 ? "plan.change.area.larger" : "plan.change.area.smaller", number,
                        Texts.number(Math.abs(area)), Texts.number(b.area()), Texts.number(a.area())));
            }
            if (Math.abs(height) > EPSILON) {
                lines.add(texts.get(height > 0 ? "plan.change.height.higher" : "plan.change.height.lower", number,
                        Texts.number(Math.abs(height)), Texts.number(b.height()), Texts.number(a.height())));
            }
            if (roofChanged) {
                lines.add(texts.get("plan.change.roof", number, roofBefore, roofAfter));
            }
            if (baseChanged) {
                lines.add(texts.get("plan.change.base", number, Texts.number(b.baseHeight()), Texts.number(a.baseHeight())));
            }
        }
        lines.addAll(models.lines());
        if (lines.isEmpty()) {
            lines.add(texts.get("plan.change.none"));
        }
        return new Changes(version, version - 1, List.copyOf(changes), models.models(), List.copyOf(lines));
    }

    private static String roof(VolumeFacts v, Texts texts) {
        return v.pitched() ? texts.get("plan.roof.pitched", Texts.number(v.eavesHeight())) : texts.get("plan.roof.flat");
    }
}
