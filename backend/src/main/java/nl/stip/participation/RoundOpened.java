package nl.stip.participation;

import java.time.Instant;

/** A planner opened a participation round on a published plan. */
public record RoundOpened(long roundId, long planId, String title, Instant opensAt, Instant endsAt, String openedBy, Instant at) {
}
