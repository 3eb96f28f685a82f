package nl.stip.reporting.internal;

import java.time.Instant;
import java.util.List;

import nl.stip.reporting.ReportPart;

/**
 * A round's participatieverslag: the round and plan it is about, the moment it rests on (the round's closing, so the
 * same data give the same bytes) and its parts in order: of en hoe, met wie, wat kwam eruit (with the modules' own
 * parts), wat is ermee gedaan. {@code centre} is the plan's centre in RD New (for the map), not shown.
 */
public record Report(long roundId, long planId, String planTitle, String roundTitle, String state, Instant closedAt, List<ReportPart> parts) {
}
