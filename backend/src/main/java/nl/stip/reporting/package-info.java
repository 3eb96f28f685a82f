/**
 * The participatieverslag (art. 7.4 Omgevingsregeling): for a closed round, whether and how participation took place,
 * with whom, what came out of it and what the initiator did with it — as JSON, a page in the viewer, PDF, CSV and
 * GeoJSON. Stores nothing of its own: it reads the other modules through their public queries, and modules that add
 * to a round (variants, voting) contribute their part through {@link nl.stip.reporting.ReportSection}.
 */
@ApplicationModule(displayName = "Reporting")
package nl.stip.reporting;

import org.springframework.modulith.ApplicationModule;
