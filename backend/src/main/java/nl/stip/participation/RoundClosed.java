package nl.stip.participation;

import java.time.Instant;

/** A round closed: by a planner, or automatically at its end ({@code closedBy} null). */
public record RoundClosed(long roundId, long planId, String title, String closedBy, Instant at) {
}
