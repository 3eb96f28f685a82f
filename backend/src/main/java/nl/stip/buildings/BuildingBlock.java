package nl.stip.buildings;

import org.locationtech.jts.geom.Geometry;

/**
 * A current building as a block for shadow studies: footprint in RD New, height in metres above ground (null when
 * unknown) and where that height comes from ("measured", "estimated" or "unknown").
 */
public record BuildingBlock(String identificatie, Geometry footprint, Double height, String heightSource) {
}
