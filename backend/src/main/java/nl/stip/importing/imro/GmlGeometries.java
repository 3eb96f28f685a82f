package nl.stip.importing.imro;

import java.util.ArrayList;
import java.util.List;

import nl.stip.geo.Rd;
import nl.stip.importing.support.SourceCrs;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * GML 3.2 geometry (as IMRO2012 writes it) to JTS in RD New (SRID 28992): Polygon, Surface / PolygonPatch,
 * MultiSurface, MultiPolygon, CompositeSurface; rings as LinearRing (posList, pos, coordinates) or Ring of curve
 * members whose segments are LineStringSegment, Arc, ArcString or Circle (arcs linearised by {@link ArcLineariser});
 * Point, LineString, Curve, MultiCurve, MultiPoint for Figuur. A srsName other than EPSG:28992, a shape it does not
 * know, or coordinates that do not add up throw IllegalArgumentException saying what is wrong.
 */
final class GmlGeometries {

    private GmlGeometries() {
    }

    /** The geometry element (e.g. gml:Surface), read with RD New assumed where no srsName is given. */
    static Geometry read(XmlElement geometry) {
        return new GmlGeometries.Context(2).geometry(geometry);
    }

    /** Accepts only RD New; any spelling of EPSG:28992 (EPSG:28992, urn:ogc:def:crs:EPSG::28992, the OGC http URI). */
    static void requireRd(String srsName) {
        if (srsName == null) {
            return;
        }
        Integer epsg = SourceCrs.epsgOf(srsName);
        if (epsg == null || epsg != Rd.SRID) {
            throw new IllegalArgumentException("srsName \"" + srsName + "\" is not RD New (IMRO2012 requires EPSG:28992)");
        }
    }

    private record Context(int dimension) {

        Context inside(XmlElement element) {
            requireRd(element.attribute("srsName"));
            String dim = element.attribute("srsDimension");
            return dim == null ? this : new Context(parseDimension(dim));
        }

        Geometry geometry(XmlElement e) {
            Context c = inside(e);
            Geometry g = switch (e.name()) {
                case "Polygon", "PolygonPatch", "Rectangle" -> c.polygon(e);
                case "Surface", "PolyhedralSurface" -> c.surface(e);
                case "MultiSurface", "MultiPolygon", "CompositeSurface" -> c.multiSurface(e);
                case "Point" -> c.point(e);
                case "LineString", "Curve", "CompositeCurve", "OrientableCurve" -> Rd.GEOMETRY.createLineString(c.curve(e).toCoordinateArray());
                case "MultiCurve", "MultiLineString" -> c.multiCurve(e);
                case "MultiPoint" -> c.multiPoint(e);
                default -> throw new IllegalArgumentException("unsupported geometry gml:" + e.name());
            };
            g.setSRID(Rd.SRID);
            return g;
        }

        private Geometry surface(XmlElement e) {
            List<Polygon> polygons = new ArrayList<>();
            for (XmlElement patches : e.children()) {
                if (!patches.name().equals("patches") && !patches.name().equals("polygonPatches")) {
                    continue;
                }
                for (XmlElement patch : patches.children()) {
                    Context pc = inside(patches).inside(patch);
                    if (!patch.name().equals("PolygonPatch") && !patch.name().equals("Rectangle")) {
                        throw new IllegalArgumentException("unsupported surface patch gml:" + patch.name());
                    }
                    polygons.add(pc.polygon(patch));
                }
            }
            if (polygons.isEmpty()) {
                throw new IllegalArgumentException("gml:" + e.name() + " without patches");
            }
            if (polygons.size() == 1) {
                return polygons.get(0);
            }
            // patches of one surface share their edges: together they are one area
            return Rd.GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new)).union();
        }

        private Geometry multiSurface(XmlElement e) {
            List<Polygon> polygons = new ArrayList<>();
            for (XmlElement member : e.children()) {
                Context mc = inside(member);
                for (XmlElement part : member.children()) {
                    Geometry g = mc.geometry(part);
                    for (int i = 0; i < g.getNumGeometries(); i++) {
                        if (!(g.getGeometryN(i) instanceof Polygon p)) {
                            throw new IllegalArgumentException("gml:" + e.name() + " member is a " + g.getGeometryType());
                        }
                        polygons.add(p);
                    }
                }
            }
            if (polygons.isEmpty()) {
                throw new IllegalArgumentException("gml:" + e.name() + " without members");
            }
            Geometry multi = Rd.GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
            return e.name().equals("CompositeSurface") ? multi.union() : multi;
        }

        Polygon polygon(XmlElement e) {
            LinearRing shell = null;
            List<LinearRing> holes = new ArrayList<>();
            for (XmlElement boundary : e.children()) {
                boolean exterior = boundary.name().equals("exterior") || boundary.name().equals("outerBoundaryIs");
                boolean interior = boundary.name().equals("interior") || boundary.name().equals("innerBoundaryIs");
                if (!exterior && !interior) {
                    continue;
                }
                XmlElement ring = boundary.onlyChild();
                if (ring == null) {
                    throw new IllegalArgumentException("gml:" + boundary.name() + " must hold one ring");
                }
                LinearRing r = inside(boundary).ring(ring);
                if (exterior) {
                    if (shell != null) {
                        throw new IllegalArgumentException("gml:" + e.name() + " with two exterior rings");
                    }
                    shell = r;
                } else {
                    holes.add(r);
                }
            }
            if (shell == null) {
                throw new IllegalArgumentException("gml:" + e.name() + " without an exterior ring");
            }
            return Rd.GEOMETRY.createPolygon(shell, holes.toArray(LinearRing[]::new));
        }

        private LinearRing ring(XmlElement e) {
            Context c = inside(e);
            CoordinateList points = switch (e.name()) {
                case "LinearRing" -> c.positions(e);
                case "Ring" -> c.curveMembers(e);
                default -> throw new IllegalArgumentException("unsupported ring gml:" + e.name());
            };
            Coordinate[] coordinates = points.toCoordinateArray();
            if (coordinates.length < 4) {
                throw new IllegalArgumentException("ring with " + coordinates.length + " positions (a ring needs at least 4)");
            }
            if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
                throw new IllegalArgumentException("ring is not closed: starts at " + xy(coordinates[0]) + ", ends at "
                        + xy(coordinates[coordinates.length - 1]));
            }
            return Rd.GEOMETRY.createLinearRing(coordinates);
        }

        private CoordinateList curveMembers(XmlElement ring) {
            CoordinateList points = new CoordinateList();
            for (XmlElement member : ring.children("curveMember")) {
                Context mc = inside(member);
                for (XmlElement curve : member.children()) {
                    append(points, mc.curve(curve));
                }
            }
            return points;
        }

        /** The points of a curve: LineString, Curve (its segments), CompositeCurve, OrientableCurve. */
        CoordinateList curve(XmlElement e) {
            Context c = inside(e);
            CoordinateList points = new CoordinateList();
            switch (e.name()) {
                case "LineString", "LineStringSegment" -> append(points, c.positions(e));
                case "Curve" -> {
                    for (XmlElement segments : e.children("segments")) {
                        for (XmlElement segment : segments.children()) {
                            append(points, inside(segments).segment(segment));
                        }
                    }
                }
                case "CompositeCurve" -> {
                    for (XmlElement member : e.children("curveMember")) {
                        for (XmlElement curve : member.children()) {
                            append(points, c.inside(member).curve(curve));
                        }
                    }
                }
                case "OrientableCurve" -> {
                    XmlElement base = e.child("baseCurve");
                    if (base == null || base.onlyChild() == null) {
                        throw new IllegalArgumentException("gml:OrientableCurve without a baseCurve");
                    }
                    CoordinateList basePoints = c.inside(base).curve(base.onlyChild());
                    if ("-".equals(e.attribute("orientation"))) {
                        basePoints = reversed(basePoints);
                    }
                    append(points, basePoints);
                }
                default -> throw new IllegalArgumentException("unsupported curve gml:" + e.name());
            }
            if (points.size() < 2) {
                throw new IllegalArgumentException("gml:" + e.name() + " with fewer than two positions");
            }
            return points;
        }

        private CoordinateList segment(XmlElement e) {
            Context c = inside(e);
            CoordinateList given = c.positions(e);
            Coordinate[] p = given.toCoordinateArray();
            CoordinateList out = new CoordinateList();
            switch (e.name()) {
                case "LineStringSegment", "LineString" -> append(out, given);
                case "Arc", "ArcString" -> {
                    if (p.length < 3 || p.length % 2 == 0 || (e.name().equals("Arc") && p.length != 3)) {
                        throw new IllegalArgumentException("gml:" + e.name() + " with " + p.length
                                + " positions (an arc needs 3; an arc string 3, 5, 7, ...)");
                    }
                    for (int i = 0; i + 2 < p.length; i += 2) {
                        out.addAll(ArcLineariser.arc(p[i], p[i + 1], p[i + 2]), false);
                    }
                }
                case "Circle" -> {
                    if (p.length != 3) {
                        throw new IllegalArgumentException("gml:Circle with " + p.length + " positions (needs 3)");
                    }
                    out.addAll(ArcLineariser.circle(p[0], p[1], p[2]), false);
                }
                default -> throw new IllegalArgumentException("unsupported curve segment gml:" + e.name());
            }
            return out;
        }

        /** The positions of an element: its posList, its pos children (or pointProperty/Point), or coordinates. */
        CoordinateList positions(XmlElement e) {
            CoordinateList points = new CoordinateList();
            XmlElement posList = e.child("posList");
            if (posList != null) {
                Context pc = inside(posList);
                double[] numbers = numbers(posList.text());
                if (numbers.length % pc.dimension != 0) {
                    throw new IllegalArgumentException("posList has " + numbers.length + " numbers, not a multiple of its dimension "
                            + pc.dimension);
                }
                for (int i = 0; i < numbers.length; i += pc.dimension) {
                    points.add(new Coordinate(numbers[i], numbers[i + 1]), true);
                }
                return points;
            }
            XmlElement coordinates = e.child("coordinates");
            if (coordinates != null) {
                for (String tuple : coordinates.text().trim().split("\\s+")) {
                    double[] xy = numbers(tuple.replace(',', ' '));
                    if (xy.length < 2) {
                        throw new IllegalArgumentException("coordinates tuple \"" + tuple + "\" has no x and y");
                    }
                    points.add(new Coordinate(xy[0], xy[1]), true);
                }
                return points;
            }
            for (XmlElement child : e.children()) {
                if (child.name().equals("pos")) {
                    points.add(inside(child).pos(child), true);
                } else if (child.name().equals("pointProperty") && child.child("Point") != null) {
                    points.add(inside(child).point(child.child("Point")).getCoordinate(), true);
                }
            }
            if (points.isEmpty()) {
                throw new IllegalArgumentException("gml:" + e.name() + " without positions (posList, pos or coordinates)");
            }
            return points;
        }

        Point point(XmlElement e) {
            Context c = inside(e);
            XmlElement pos = e.child("pos");
            if (pos != null) {
                return Rd.GEOMETRY.createPoint(c.inside(pos).pos(pos));
            }
            CoordinateList list = c.positions(e);
            return Rd.GEOMETRY.createPoint(list.getCoordinate(0));
        }

        private Coordinate pos(XmlElement pos) {
            double[] n = numbers(pos.text());
            if (n.length < 2 || n.length > 3) {
                throw new IllegalArgumentException("pos \"" + pos.text() + "\" is not 2 or 3 numbers");
            }
            return new Coordinate(n[0], n[1]);
        }

        private Geometry multiCurve(XmlElement e) {
            List<LineString> lines = new ArrayList<>();
            for (XmlElement member : e.children()) {
                for (XmlElement curve : member.children()) {
                    lines.add(Rd.GEOMETRY.createLineString(inside(member).curve(curve).toCoordinateArray()));
                }
            }
            return Rd.GEOMETRY.createMultiLineString(lines.toArray(LineString[]::new));
        }

        private Geometry multiPoint(XmlElement e) {
            List<Point> points = new ArrayList<>();
            for (XmlElement member : e.children()) {
                for (XmlElement point : member.children("Point")) {
                    points.add(inside(member).point(point));
                }
            }
            return Rd.GEOMETRY.createMultiPoint(points.toArray(Point[]::new));
        }
    }

    /** Appends a run of points, dropping the first when it repeats the last one already there. */
    private static void append(CoordinateList points, CoordinateList more) {
        for (int i = 0; i < more.size(); i++) {
            points.add(more.getCoordinate(i), false);
        }
    }

    private static CoordinateList reversed(CoordinateList points) {
        CoordinateList out = new CoordinateList();
        for (int i = points.size() - 1; i >= 0; i--) {
            out.add(points.getCoordinate(i), true);
        }
        return out;
    }

    private static double[] numbers(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return new double[0];
        }
        String[] parts = trimmed.split("\\s+");
        double[] numbers = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("coordinate \"" + parts[i] + "\" is not a number");
            }
            if (!Double.isFinite(numbers[i])) {
                throw new IllegalArgumentException("coordinate \"" + parts[i] + "\" is not a finite number");
            }
        }
        return numbers;
    }

    private static int parseDimension(String value) {
        try {
            int dimension = Integer.parseInt(value.trim());
            if (dimension == 2 || dimension == 3) {
                return dimension;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException("srsDimension \"" + value + "\" (expected 2 or 3)");
    }

    private static String xy(Coordinate c) {
        return "(" + c.x + " " + c.y + ")";
    }
}
