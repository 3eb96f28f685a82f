package nl.stip.importing.support;

import java.util.ArrayList;
import java.util.List;

import nl.stip.geo.Rd;
import nl.stip.importing.ImportException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads one GeoJSON geometry object from a token stream into JTS (2D; a third ordinate is dropped), in the
 * coordinates as written. A geometry whose shape cannot be built (ring not closed, too few positions, nesting that
 * does not fit its type) comes back with a problem instead of failing the file.
 */
final class GeoJsonGeometries {

    record Parsed(Geometry geometry, String problem) {
    }

    private static final GeometryFactory FACTORY = Rd.GEOMETRY;

    /** Reads from the geometry's START_OBJECT up to and including its END_OBJECT. */
    Parsed read(JsonParser parser, String where) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new ImportException(where + ": \"geometry\" is not an object");
        }
        String type = null;
        Object coordinates = null;
        boolean collection = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("type".equals(name)) {
                type = parser.getString();
            } else if ("coordinates".equals(name) && value == JsonToken.START_ARRAY) {
                coordinates = nested(parser, where);
            } else {
                collection |= "geometries".equals(name);
                parser.skipChildren();
            }
        }
        if (collection || "GeometryCollection".equals(type)) {
            return new Parsed(null, "geometry is a GeometryCollection");
        }
        if (type == null || coordinates == null) {
            return new Parsed(null, "geometry without " + (type == null ? "type" : "coordinates"));
        }
        try {
            return new Parsed(build(type, coordinates), null);
        } catch (IllegalArgumentException | ClassCastException e) {
            return new Parsed(null, "unusable " + type + ": " + (e instanceof ClassCastException ? "coordinates nested wrongly for the type" : e.getMessage()));
        }
    }

    /** A position (Coordinate) or a list of nested values, from the current START_ARRAY. */
    private static Object nested(JsonParser parser, String where) {
        JsonToken token = parser.nextToken();
        if (token != null && token.isNumeric()) {
            double x = parser.getDoubleValue();
            if (!parser.nextToken().isNumeric()) {
                throw new ImportException(where + " line " + parser.currentLocation().getLineNr() + ": a position needs at least two numbers");
            }
            double y = parser.getDoubleValue();
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null || !token.isNumeric()) {
                    throw new ImportException(where + " line " + parser.currentLocation().getLineNr() + ": a position holds a non-number");
                }
            }
            return new Coordinate(x, y);
        }
        List<Object> list = new ArrayList<>();
        while (token != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_ARRAY) {
                throw new ImportException(where + " line " + parser.currentLocation().getLineNr() + ": coordinates hold " + token + " where an array belongs");
            }
            list.add(nested(parser, where));
            token = parser.nextToken();
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private static Geometry build(String type, Object coordinates) {
        return switch (type) {
            case "Point" -> FACTORY.createPoint((Coordinate) coordinates);
            case "LineString" -> FACTORY.createLineString(positions((List<Object>) coordinates));
            case "MultiPoint" -> FACTORY.createMultiPointFromCoords(positions((List<Object>) coordinates));
            case "Polygon" -> polygon((List<Object>) coordinates);
            case "MultiLineString" -> FACTORY.createMultiLineString(((List<Object>) coordinates).stream()
                    .map(l -> FACTORY.createLineString(positions((List<Object>) l))).toArray(org.locationtech.jts.geom.LineString[]::new));
            case "MultiPolygon" -> FACTORY.createMultiPolygon(((List<Object>) coordinates).stream()
                    .map(p -> polygon((List<Object>) p)).toArray(Polygon[]::new));
            default -> throw new IllegalArgumentException("unknown geometry type");
        };
    }

    @SuppressWarnings("unchecked")
    private static Polygon polygon(List<Object> rings) {
        if (rings.isEmpty()) {
            return FACTORY.createPolygon();
        }
        LinearRing shell = ring((List<Object>) rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring((List<Object>) rings.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(List<Object> positions) {
        Coordinate[] coordinates = positions(positions);
        if (coordinates.length > 0 && !coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new IllegalArgumentException("ring is not closed");
        }
        if (coordinates.length < 4) {
            throw new IllegalArgumentException("ring with " + coordinates.length + " positions (a ring needs at least 4)");
        }
        return FACTORY.createLinearRing(coordinates);
    }

    private static Coordinate[] positions(List<Object> list) {
        Coordinate[] coordinates = new Coordinate[list.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = (Coordinate) list.get(i);
        }
        return coordinates;
    }
}
