package nl.stip.notifications.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.stip.geo.CrsTransform;
import nl.stip.geo.Rd;
import nl.stip.notifications.internal.NotificationViews.NewSubscription;
import nl.stip.notifications.internal.NotificationViews.Preview;
import nl.stip.notifications.internal.NotificationViews.Subscription;
import nl.stip.notifications.internal.NotificationsStore.SubscriptionRow;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.NotFoundException;
import nl.stip.plans.PlanDirectory;
import nl.stip.sharing.SharingDirectory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's subscribed areas: circles around a point or their confirmed home (50 m – 5 km) and drawn polygons
 * (valid, at most 50 km² and 1,000 vertices), several per person, each visible to its owner only. Every refusal is a
 * 400 (409 for a home that is not confirmed) naming the field, and nothing is stored then.
 */
@Service
class Subscriptions {

    static final double MIN_RADIUS = 50;
    static final double MAX_RADIUS = 5000;
    static final double MAX_AREA_M2 = 50_000_000;
    static final int MAX_VERTICES = 1000;
    static final int MAX_PER_PERSON = 25;
    static final int MAX_LABEL = 80;
    static final int PREVIEW_DAYS = 365;
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final NotificationsStore store;
    private final ObjectProvider<HomeLocator> homes;
    private final SharingDirectory sharing;
    private final PlanDirectory plans;
    private final JsonMapper json;

    Subscriptions(NotificationsStore store, ObjectProvider<HomeLocator> homes, SharingDirectory sharing, PlanDirectory plans, JsonMapper json) {
        this.store = store;
        this.homes = homes;
        this.sharing = sharing;
        this.plans = plans;
        this.json = json;
    }

    @Transactional(readOnly = true)
    List<Subscription> list(String email) {
        return store.subscriptions(email).stream().map(this::view).toList();
    }

    @Transactional
    Subscription create(String email, NewSubscription body) {
        if (body == null) {
            throw new InvalidParameterException("body", "send a JSON object with kind (circle, home or polygon) and its fields");
        }
        String label = label(body.label());
        String kind = body.kind() == null ? "" : body.kind();
        long id = switch (kind) {
            case "circle" -> {
                noPolygon(body);
                Coordinate centre = centre(body.lon(), body.lat(), body.x(), body.y());
                yield insertCircle(email, "circle", label, centre, radius(body.radius()));
            }
            case "home" -> {
                noPolygon(body);
                if (body.lon() != null || body.lat() != null || body.x() != null || body.y() != null) {
                    throw new InvalidParameterException("kind", "a home subscription takes only a radius: the centre is your confirmed home");
                }
                double radius = radius(body.radius());
                yield insertCircle(email, "home", label, home(email).getCoordinate(), radius);
            }
            case "polygon" -> {
                if (body.lon() != null || body.lat() != null || body.x() != null || body.y() != null || body.radius() != null) {
                    throw new InvalidParameterException("kind", "a polygon subscription takes only polygon (and optionally label)");
                }
                Polygon area = polygon(body.polygon());
                limit(email);
                yield store.insertPolygon(email, label, area);
            }
            default -> throw new InvalidParameterException("kind", "kind '" + kind + "' is not one of circle, home, polygon");
        };
        return store.subscription(email, id).map(this::view).orElseThrow();
    }

    @Transactional
    void delete(String email, long id) {
        if (!store.deleteSubscription(email, id)) {
            throw new NotFoundException("You have no subscription " + id + ".");
        }
    }

    /** How many plans were published in the last year within {@code radius} of the centre (or of the confirmed home). */
    @Transactional(readOnly = true)
    Preview preview(String email, String radiusText, String lonText, String latText, String xText, String yText, boolean home) {
        double radius = radius(number("radius", radiusText));
        Coordinate centre;
        if (home) {
            if (lonText != null || latText != null || xText != null || yText != null) {
                throw new InvalidParameterException("home", "give either home=true or a centre, not both");
            }
            centre = home(email).getCoordinate();
        } else {
            centre = centre(number("lon", lonText), number("lat", latText), number("x", xText), number("y", yText));
        }
        Point point = Rd.GEOMETRY.createPoint(centre);
        int count = 0;
        for (SharingDirectory.Published published : sharing.publishedSince(Instant.now().minus(Duration.ofDays(PREVIEW_DAYS)))) {
            Optional<Geometry> area = plans.area(published.planId());
            if (area.isPresent() && area.get().distance(point) <= radius) {
                count++;
            }
        }
        return new Preview(count, PREVIEW_DAYS, count == 1 ? "1 plan in het afgelopen jaar" : count + " plannen in het afgelopen jaar");
    }

    private long insertCircle(String email, String kind, String label, Coordinate centre, double radius) {
        limit(email);
        return store.insertCircle(email, kind, label, centre.x, centre.y, radius);
    }

    private void limit(String email) {
        if (store.countSubscriptions(email) >= MAX_PER_PERSON) {
            throw new NotificationsProblem(HttpStatus.CONFLICT, "too-many-subscriptions", null,
                    "You have " + MAX_PER_PERSON + " subscriptions, the most one person can have: delete one first.");
        }
    }

    private Point home(String email) {
        return homes.orderedStream().findFirst().flatMap(h -> h.confirmedHome(email))
                .orElseThrow(() -> new NotificationsProblem(HttpStatus.CONFLICT, "no-confirmed-home", "kind",
                        "U heeft nog geen bevestigd woonadres. Kies eerst uw woning en bevestig die met de code uit de brief van de gemeente; "
                                + "of kies een punt op de kaart."));
    }

    private static void noPolygon(NewSubscription body) {
        if (body.polygon() != null) {
            throw new InvalidParameterException("polygon", "a circle or home subscription has no polygon");
        }
    }

    static String label(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String label = input.strip();
        if (label.length() > MAX_LABEL || label.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException("label", "the label is one line of at most " + MAX_LABEL + " characters");
        }
        return label;
    }

    static double radius(Double radius) {
        if (radius == null) {
            throw new InvalidParameterException("radius", "give a radius in metres, from 50 to 5000");
        }
        if (!Double.isFinite(radius) || radius < MIN_RADIUS || radius > MAX_RADIUS) {
            throw new InvalidParameterException("radius", "radius " + radius + " m is out of bounds: from 50 to 5000 metres");
        }
        return radius;
    }

    /** The centre in RD New, from lon/lat (WGS84) or x/y (RD New): one pair, complete, inside the Netherlands. */
    static Coordinate centre(Double lon, Double lat, Double x, Double y) {
        boolean wgs = lon != null || lat != null;
        boolean rd = x != null || y != null;
        if (wgs && rd) {
            throw new InvalidParameterException("lon", "give the centre as lon/lat or as x/y, not both");
        }
        if (!wgs && !rd) {
            throw new InvalidParameterException("lon", "give the centre as lon/lat (WGS84) or x/y (RD New)");
        }
        if (wgs) {
            if (lon == null || lat == null) {
                throw new InvalidParameterException(lon == null ? "lon" : "lat", "give both lon and lat");
            }
            if (!Rd.AREA_OF_USE_WGS84.contains(lon, lat)) {
                throw new InvalidParameterException("lon", "lon " + lon + ", lat " + lat + " lies outside the Netherlands");
            }
            return CrsTransform.toRd(lon, lat);
        }
        if (x == null || y == null) {
            throw new InvalidParameterException(x == null ? "x" : "y", "give both x and y");
        }
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Rd.inDomain(x, y)) {
            throw new InvalidParameterException("x", "x " + x + ", y " + y + " lies outside the RD New area");
        }
        return new Coordinate(x, y);
    }

    /** A GeoJSON Polygon in WGS84, checked and turned into RD New. */
    static Polygon polygon(JsonNode geojson) {
        if (geojson == null || !geojson.isObject()) {
            throw new InvalidParameterException("polygon", "give the area as a GeoJSON Polygon in WGS84 longitude/latitude");
        }
        if (!"Polygon".equals(geojson.path("type").asString(""))) {
            throw new InvalidParameterException("polygon", "the area must be a GeoJSON Polygon, not '" + geojson.path("type").asString("") + "'");
        }
        JsonNode rings = geojson.path("coordinates");
        if (!rings.isArray() || rings.isEmpty()) {
            throw new InvalidParameterException("polygon", "the polygon has no coordinates");
        }
        int vertices = 0;
        for (JsonNode ring : rings) {
            if (!ring.isArray() || ring.size() < 4) {
                throw new InvalidParameterException("polygon", "every ring of the polygon needs at least 4 positions (the first repeated last)");
            }
            vertices += ring.size() - 1;
            for (JsonNode position : ring) {
                if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                    throw new InvalidParameterException("polygon", "every position is [longitude, latitude]");
                }
                double lon = position.get(0).asDouble();
                double lat = position.get(1).asDouble();
                if (!Rd.AREA_OF_USE_WGS84.contains(lon, lat)) {
                    throw new InvalidParameterException("polygon", "position [" + lon + ", " + lat + "] lies outside the Netherlands");
                }
            }
        }
        if (vertices > MAX_VERTICES) {
            throw new InvalidParameterException("polygon", "the polygon has " + vertices + " vertices; at most " + MAX_VERTICES);
        }
        Polygon polygon;
        try {
            Geometry read = new GeoJsonReader(WGS84).read(geojson.toString());
            if (!(read instanceof Polygon p)) {
                throw new InvalidParameterException("polygon", "the area must be a GeoJSON Polygon");
            }
            polygon = CrsTransform.wgs84ToRd(p);
        } catch (ParseException | RuntimeException e) {
            if (e instanceof InvalidParameterException invalid) {
                throw invalid;
            }
            throw new InvalidParameterException("polygon", "the polygon cannot be read: " + e.getMessage());
        }
        IsValidOp valid = new IsValidOp(polygon);
        if (!valid.isValid()) {
            TopologyValidationError error = valid.getValidationError();
            boolean crossing = error.getErrorType() == TopologyValidationError.SELF_INTERSECTION
                    || error.getErrorType() == TopologyValidationError.RING_SELF_INTERSECTION;
            Coordinate at = CrsTransform.toWgs84(error.getCoordinate().x, error.getCoordinate().y);
            throw new NotificationsProblem(HttpStatus.BAD_REQUEST, crossing ? "self-intersecting" : "invalid-polygon", "polygon",
                    (crossing ? "the polygon is self-intersecting: its edges cross" : "the polygon is not valid: " + error.getMessage())
                            + String.format(java.util.Locale.ROOT, " near [%.6f, %.6f]", at.x, at.y));
        }
        if (polygon.getArea() > MAX_AREA_M2) {
            throw new InvalidParameterException("polygon", String.format(java.util.Locale.ROOT,
                    "the polygon covers %.1f km²; at most 50 km²", polygon.getArea() / 1_000_000));
        }
        if (polygon.getArea() <= 0) {
            throw new InvalidParameterException("polygon", "the polygon has no area");
        }
        return polygon;
    }

    static Double number(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " '" + text + "' is not a number");
        }
    }

    private Subscription view(SubscriptionRow row) {
        Double lon = null;
        Double lat = null;
        if (row.centreX() != null) {
            Coordinate c = CrsTransform.toWgs84(row.centreX(), row.centreY());
            lon = Math.round(c.x * 1e7) / 1e7;
            lat = Math.round(c.y * 1e7) / 1e7;
        }
        return new Subscription(row.id(), row.kind(), row.label(), lon, lat, row.radius(), json.readTree(row.areaGeoJson()), row.createdAt());
    }
}
