package nl.stip.reporting;

import java.util.Optional;

/**
 * One part of a round's participatieverslag contributed by the module that owns its data (the variants, the vote):
 * plain tables and map features that the report renders the same way in JSON, PDF, CSV and GeoJSON. An implementation
 * must be deterministic (the same data gives the same part, rows in a stable order) and hold no personal data.
 */
public interface ReportSection {

    /** Where the part goes among the others (lower first); the report's own sections use 100, 200, … */
    int order();

    /** The part for the round, or empty when the round has nothing of this kind (e.g. no variants were made). */
    Optional<ReportPart> part(long roundId);
}
