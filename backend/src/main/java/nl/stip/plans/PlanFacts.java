package nl.stip.plans;

import java.time.Instant;

/**
 * What other modules may know of a plan (through {@link PlanDirectory}): no design, no documents. {@code owner} is the
 * owner's principal name (e-mail), which other modules must not show to anyone but the plan's circle.
 */
public record PlanFacts(long id, String title, String description, String activity, String owner, String phase,
                        String phaseLabel, int currentVersion, Check latestCheck, Instant createdAt) {

    /** The summary of the check of the current version (null without a design). */
    public record Check(boolean compliant, int failed, int attention, String outcome, Integer legalTermWeeks) {
    }
}
