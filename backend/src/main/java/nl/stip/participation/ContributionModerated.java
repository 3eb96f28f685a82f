package nl.stip.participation;

import java.time.Instant;

/**
 * One moderation decision on a contribution, for the planners: {@code decision} hidden, restored, upheld (an appeal
 * refused) or approved; {@code automatic} when Stip hid it after {@code reports} reports by distinct participants
 * ({@code decidedBy} null then), else the planner who decided. {@code repliesHidden}: replies hidden with it.
 * {@link ContributionHidden} is told per contribution hidden (the item and each reply), this once per decision.
 */
public record ContributionModerated(long roundId, long contributionId, long actionId, String decision, boolean automatic, String decidedBy,
                                    String reason, int repliesHidden, int reports, Instant at) {
}
