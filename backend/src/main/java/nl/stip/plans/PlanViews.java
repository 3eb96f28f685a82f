package nl.stip.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.stip.check.CheckResult;
import tools.jackson.databind.JsonNode;

/** What the plan API answers. */
final class PlanViews {

    private PlanViews() {
    }

    record CreatePlan(String title, String description, String activity, List<Long> parcels) {
    }

    record PhaseChange(String phase) {
    }

    /** A plan; lastSavedAt is when its current version was saved (null without a design). */
    record Plan(long id, String title, String description, String activity, List<Long> parcels, List<String> parcelNames,
                boolean parcelsFromDesign, String owner, String phase, String phaseLabel, List<TimelineStep> timeline,
                int currentVersion, CheckSummary latestCheck, List<String> nextSteps, Deadline deadline, Instant createdAt,
                Instant lastSavedAt,
                /* what the caller may do now (PhasePolicy): add documents, move the plan to the next phase, save a design */
                boolean mayUpload, boolean mayMovePhase, boolean mayEditDesign,
                /* the caller's part: owner, co-editor, advisor, viewer or planner ("Gedeeld met mij" are the middle three) */
                String role) {
    }

    /** One phase of the journey: when it was (last) entered, null when not reached. */
    record TimelineStep(String phase, String label, Instant enteredAt, LocalDate enteredOn, boolean current, boolean reached) {
    }

    record Deadline(String label, LocalDate date) {
    }

    record CheckSummary(boolean compliant, int failed, int attention, String outcome, Integer legalTermWeeks) {
    }

    record Version(int version, Instant savedAt, String savedBy, CheckSummary check, JsonNode design) {
    }

    record SavedVersion(long planId, int version, Instant savedAt, String savedBy, CheckResult check) {
    }

    /** Per volume, what a version stores to compare against the previous one. */
    record VolumeFacts(double area, double baseHeight, double height, boolean pitched, double eavesHeight) {
    }

    record VolumeChange(int volume, String change, Double areaBefore, Double areaAfter, Double areaChange,
                        Double heightBefore, Double heightAfter, Double heightChange, String roofBefore, String roofAfter,
                        boolean roofChanged) {
    }

    /** What changed in a placed model: moved in metres, turned in degrees (clockwise positive). */
    record ModelChange(int model, String change, Long documentBefore, Long documentAfter, Double moved, Double turned,
                       Double scaleBefore, Double scaleAfter) {
    }

    record Changes(int version, int previousVersion, List<VolumeChange> volumes, List<ModelChange> models, List<String> summary) {
        Changes withFirstLine(String line) {
            List<String> lines = new java.util.ArrayList<>(summary);
            lines.add(0, line);
            return new Changes(version, previousVersion, volumes, models, List.copyOf(lines));
        }
    }
}
