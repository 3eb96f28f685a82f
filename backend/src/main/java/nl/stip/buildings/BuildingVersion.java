package nl.stip.buildings;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.locationtech.jts.geom.Polygon;

/** One voorkomen (registered version) of a BAG pand, as an LV-BAG extract holds it. Geometry in RD New, 2D. */
public record BuildingVersion(String identificatie, int voorkomen, LocalDate beginGeldigheid, LocalDate eindGeldigheid,
                              LocalDateTime tijdstipRegistratie, LocalDateTime eindRegistratie, String status,
                              Integer bouwjaar, boolean geconstateerd, LocalDate documentDate, String documentNumber,
                              Polygon geometry) {
}
