package nl.stip.parcels;

import org.locationtech.jts.geom.Polygon;

/**
 * A parcel to store: its kadastrale aanduiding in parts, the registered area where the source has one (else it is
 * computed from the polygon), and the polygon in RD New.
 */
public record ParcelRecord(String kadastraleGemeente, String sectie, int perceelnummer, Double registeredAreaM2,
                           Polygon geometry, String source, boolean demo) {

    public String kadastraleAanduiding() {
        return KadastraleAanduiding.format(kadastraleGemeente, sectie, perceelnummer);
    }
}
