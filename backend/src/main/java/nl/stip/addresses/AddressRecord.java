package nl.stip.addresses;

import org.locationtech.jts.geom.Point;

/**
 * An address (BAG nummeraanduiding with the position of its verblijfsobject, ligplaats or standplaats) to store.
 * {@code identificatie} is the nummeraanduiding's 16-digit id; the point is in RD New.
 */
public record AddressRecord(String identificatie, String straatnaam, Integer huisnummer, String huisletter, String toevoeging,
                            String postcode, String woonplaats, String status, String pandIdentificatie, Point geometry,
                            String source) {
}
