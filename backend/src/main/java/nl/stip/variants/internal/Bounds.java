package nl.stip.variants.internal;

import java.util.List;

import org.locationtech.jts.geom.Polygon;

/** The planner's bounds of a round's variants: heights in metres, an optional area (RD New), volumes that stay (0-based). */
record Bounds(double minHeight, double maxHeight, Polygon area, List<Integer> keepVolumes) {

    /** A round without bounds set: any height the design check allows, the plan's parcels as area, nothing kept. */
    static final Bounds NONE = new Bounds(0, nl.stip.design.DesignValidator.MAX_HEIGHT_M, null, List.of());
}
