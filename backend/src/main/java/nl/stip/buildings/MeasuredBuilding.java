package nl.stip.buildings;

import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * A building as a 3D city model measures it: its height above ground level and the ground level (NAP), the level of
 * detail and its surfaces (MultiPolygonZ, RD New + NAP), and, for a building the BAG does not hold yet, what a new
 * building row needs (footprint, status, year of construction). Heights in metres.
 */
public record MeasuredBuilding(String identificatie, double heightM, double groundLevelM, String heightNote, String lod,
                               MultiPolygon lodGeometry, Polygon footprint, String status, Integer bouwjaar, String source) {
}
