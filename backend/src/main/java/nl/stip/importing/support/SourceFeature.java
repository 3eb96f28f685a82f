package nl.stip.importing.support;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * One feature as a vector source holds it: where it is (file and feature index, line or row id, for messages), its
 * attributes (String, Long, Double, Boolean or null) and its geometry, already in RD New (SRID 28992). The geometry
 * is null when the feature has none; {@code geometryProblem} says why when it could not be read.
 */
public record SourceFeature(String where, Map<String, Object> properties, Geometry geometry, String geometryProblem) {
}
