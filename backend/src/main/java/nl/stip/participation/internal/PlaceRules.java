package nl.stip.participation.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.stip.geo.CrsTransform;
import nl.stip.geo.Rd;
import nl.stip.participation.internal.RoundViews.Place;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.plans.PlanDirectory;
import nl.stip.rules.RuleAreaQueries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Where a reaction may be placed: the raw point the participant chose (WGS84 in, RD New with height stored, never
 * snapped), inside the municipality (a rule area of the omgevingsplan applies there, as the design check decides it)
 * and at most {@code stip.participation.max-distance} metres (default 1000) from the plan; on a volume of the plan's
 * current design if one is named. A reaction on a variant obeys the same rules for its point (the variant stays within
 * the round's bounds on the plan's site); its volume is one of the variant's.
 */
@Component
class PlaceRules {

    static final double MAX_HEIGHT = 200;

    /** Where a version of a plan is and how many volumes its design has: a saved version never changes. */
    private record PlanPlace(Optional<Geometry> area, int volumes) {
    }

    private static final int CACHED_VERSIONS = 1000;

    private final RuleAreaQueries ruleAreas;
    private final PlanDirectory plans;
    private final double maxDistance;
    private final Map<String, PlanPlace> cache = new ConcurrentHashMap<>();

    PlaceRules(RuleAreaQueries ruleAreas, PlanDirectory plans, @Value("${stip.participation.max-distance:1000}") double maxDistance) {
        this.ruleAreas = ruleAreas;
        this.plans = plans;
        this.maxDistance = maxDistance;
    }

    /** The checked point in RD New (x, y, height above ground in metres), for the plan's current version. */
    Point point(long planId, int version, Place place) {
        if (place == null) {
            throw new InvalidParameterException("place", "a reaction needs a place: {lon, lat, height} in WGS84 and metres");
        }
        if (place.lon() == null || !Double.isFinite(place.lon())) {
            throw new InvalidParameterException("place.lon", "a place needs a longitude (WGS84 degrees)");
        }
        if (place.lat() == null || !Double.isFinite(place.lat())) {
            throw new InvalidParameterException("place.lat", "a place needs a latitude (WGS84 degrees)");
        }
        double height = place.height() == null ? 0 : place.height();
        if (!Double.isFinite(height) || height < 0 || height > MAX_HEIGHT) {
            throw new InvalidParameterException("place.height", "the height is metres above ground, 0 to " + (int) MAX_HEIGHT);
        }
        if (!Rd.AREA_OF_USE_WGS84.contains(place.lon(), place.lat())) {
            throw new InvalidParameterException("place", "the place lies outside the Netherlands, outside the municipality");
        }
        Coordinate rd = CrsTransform.toRd(place.lon(), place.lat());
        if (ruleAreas.at(rd.x, rd.y).isEmpty()) {
            throw new InvalidParameterException("place", "the place lies outside the municipality: no rule area of the omgevingsplan applies there");
        }
        Point point = Rd.GEOMETRY.createPoint(new Coordinate(rd.x, rd.y, height));
        Optional<Geometry> area = planPlace(planId, version).area();
        if (area.isPresent()) {
            double distance = area.get().distance(point);
            if (distance > maxDistance) {
                throw new InvalidParameterException("place", String.format(java.util.Locale.ROOT,
                        "the place lies %.0f m from the plan; at most %.0f m", distance, maxDistance));
            }
        }
        return point;
    }

    /** The volume index checked against the plan's current design (null stays null). */
    Integer volumeIndex(long planId, int version, Integer index) {
        if (index == null) {
            return null;
        }
        int volumes = planPlace(planId, version).volumes();
        if (index < 0 || index >= volumes) {
            throw new InvalidParameterException("volumeIndex", "the plan's design has " + volumes + " volume(s); volumeIndex is 0 to " + (volumes - 1));
        }
        return index;
    }

    /** The volume index checked against a design of {@code volumes} volumes (a variant's; null stays null). */
    static Integer volumeIndex(int volumes, Integer index, String design) {
        if (index == null) {
            return null;
        }
        if (index < 0 || index >= volumes) {
            throw new InvalidParameterException("volumeIndex", volumes == 0 ? "Er zijn geen bouwdelen in " + design + "; laat volumeIndex weg."
                    : "Kies een bouwdeel van " + design + ": volumeIndex is 0 tot en met " + (volumes - 1) + ".");
        }
        return index;
    }

    private PlanPlace planPlace(long planId, int version) {
        String key = planId + ":" + version;
        PlanPlace known = cache.get(key);
        if (known != null) {
            return known;
        }
        if (cache.size() >= CACHED_VERSIONS) {
            cache.clear();
        }
        int volumes = version == 0 ? 0
                : plans.design(planId, version).map(d -> d.path("volumes")).filter(JsonNode::isArray).map(JsonNode::size).orElse(0);
        PlanPlace place = new PlanPlace(plans.area(planId), volumes);
        cache.put(key, place);
        return place;
    }

    /** Back to WGS84 for the viewer. */
    static Place place(Point point) {
        if (point == null) {
            return null;
        }
        Coordinate c = CrsTransform.toWgs84(point.getX(), point.getY());
        double z = point.getCoordinate().getZ();
        return new Place(round(c.x, 1e7), round(c.y, 1e7), Double.isNaN(z) ? 0 : round(z, 100));
    }

    private static double round(double v, double factor) {
        return Math.round(v * factor) / factor;
    }
}
