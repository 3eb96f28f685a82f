package nl.stip.sunlight.internal;

import org.locationtech.jts.geom.Polygon;

/**
 * One volume of the design as a shadow caster: its footprint (RD New) standing on the ground up to {@code height}
 * (the ridge for a pitched roof, so a loss is never understated).
 */
public record DesignBlock(Polygon footprint, double height) {
}
