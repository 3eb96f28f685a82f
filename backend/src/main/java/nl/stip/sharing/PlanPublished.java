package nl.stip.sharing;

import java.time.Instant;

/** A plan became readable by everyone ({@code approvedBy}: the planner who approved, or null without approval). */
public record PlanPublished(long planId, Instant publishedAt, String approvedBy) {
}
