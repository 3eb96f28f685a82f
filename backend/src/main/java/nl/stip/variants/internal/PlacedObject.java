package nl.stip.variants.internal;

import org.locationtech.jts.geom.Polygon;

/** A palette object as placed: its kind, position (WGS84), heading, footprint (RD New) and the level it stands on (m). */
record PlacedObject(PaletteKind kind, double lon, double lat, double heading, Polygon footprint, double baseHeight) {
}
