package nl.stip.importing.cityjson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.stip.buildings.BuildingStatus;
import nl.stip.buildings.MeasuredBuilding;
import nl.stip.geo.Rd;
import nl.stip.importing.support.Polygons;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import tools.jackson.databind.JsonNode;

/**
 * Measures one CityJSON Building (with its BuildingParts): BAG identificatie, roof and ground level, height, the
 * highest LoD's surfaces, and a footprint for buildings the platform does not know yet.
 */
final class BuildingMeasurer {

    private static final Pattern BAG_PAND = Pattern.compile("^(?:NL\\.IMBAG\\.Pand\\.)?(\\d{16})(?:-\\d+)?$");
    private static final String[] ROOF_ATTRIBUTES = {"b3_h_dak_max", "h_dak_max"};
    private static final String[] GROUND_ATTRIBUTES = {"b3_h_maaiveld", "h_maaiveld"};
    private static final String[] YEAR_ATTRIBUTES = {"oorspronkelijkbouwjaar", "oorspronkelijk_bouwjaar", "bouwjaar"};
    /** Projected surfaces smaller than this are walls seen from above. */
    private static final double MIN_FOOTPRINT_PART_M2 = 0.01;

    private final String file;
    private final String source;
    private final String crsNote;
    private final double[][] vertices;

    BuildingMeasurer(String file, String source, String crsNote, double[][] vertices) {
        this.file = file;
        this.source = source;
        this.crsNote = crsNote;
        this.vertices = vertices;
    }

    /** {@code geometries}: the geometry objects of the building and of its parts. */
    MeasuredBuilding measure(String id, JsonNode attributes, List<JsonNode> geometries) {
        List<JsonNode> usable = geometries.stream().filter(g -> lod(g) != null && !CityJsonSurfaces.of(g, vertices).isEmpty()).toList();
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("no surface geometry with a LoD (templates and points are not measured)");
        }
        double highest = usable.stream().mapToDouble(BuildingMeasurer::lodValue).max().orElseThrow();
        double lowest = usable.stream().mapToDouble(BuildingMeasurer::lodValue).min().orElseThrow();
        String lod = usable.stream().filter(g -> lodValue(g) == highest).map(BuildingMeasurer::lod).findFirst().orElseThrow();
        List<Polygon> surfaces = new ArrayList<>();
        double minZ = Double.POSITIVE_INFINITY;
        double maxZ = Double.NEGATIVE_INFINITY;
        for (JsonNode geometry : usable) {
            if (lodValue(geometry) != highest) {
                continue;
            }
            for (CityJsonSurfaces.Surface surface : CityJsonSurfaces.of(geometry, vertices)) {
                for (Coordinate c : surface.rings().get(0)) {
                    minZ = Math.min(minZ, c.getZ());
                    maxZ = Math.max(maxZ, c.getZ());
                }
                Polygon polygon = polygon(surface.rings(), true);
                if (polygon != null) {
                    surfaces.add(polygon);
                }
            }
        }
        Double roofAttribute = number(attributes, ROOF_ATTRIBUTES);
        Double groundAttribute = number(attributes, GROUND_ATTRIBUTES);
        double roof = roofAttribute != null ? roofAttribute : maxZ;
        double ground = groundAttribute != null ? groundAttribute : minZ;
        double height = roof - ground;
        if (!(height >= 0 && height < 400)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "height %.2f m (roof %.2f, ground %.2f) is not a building height",
                    height, roof, ground));
        }
        MultiPolygon lodGeometry = Rd.GEOMETRY.createMultiPolygon(surfaces.toArray(Polygon[]::new));
        String note = String.format(Locale.ROOT, "measured: %s, LoD %s; roof %s (%.2f m NAP), ground %s (%.2f m NAP)%s", file, lod,
                roofAttribute != null ? attributeName(attributes, ROOF_ATTRIBUTES) : "highest vertex", roof,
                groundAttribute != null ? attributeName(attributes, GROUND_ATTRIBUTES) : "lowest vertex", ground, crsNote);
        Polygon footprint = footprint(usable, lowest);
        Double year = number(attributes, YEAR_ATTRIBUTES);
        return new MeasuredBuilding(identificatie(id, attributes), height, ground, note, lod, lodGeometry, footprint, status(attributes),
                year == null || year < 1000 || year > 9998 ? null : year.intValue(), source);
    }

    static String identificatie(String id, JsonNode attributes) {
        String attribute = attributes.path("identificatie").asString(null);
        for (String candidate : new String[] {attribute, id}) {
            if (candidate != null) {
                Matcher m = BAG_PAND.matcher(candidate.trim());
                if (m.matches()) {
                    return m.group(1);
                }
            }
        }
        return id;
    }

    private static String status(JsonNode attributes) {
        String status = attributes.path("status").asString(null);
        return status != null && BuildingStatus.ALL.contains(status) ? status : "Pand in gebruik";
    }

    /** LoD 0 footprint surfaces if present, else the ground surfaces (or all surfaces) of the lowest LoD, seen from above. */
    private Polygon footprint(List<JsonNode> geometries, double lowest) {
        List<Polygon> parts = new ArrayList<>();
        List<Polygon> grounds = new ArrayList<>();
        for (JsonNode geometry : geometries) {
            if (lodValue(geometry) != lowest) {
                continue;
            }
            for (CityJsonSurfaces.Surface surface : CityJsonSurfaces.of(geometry, vertices)) {
                Polygon flat = polygon(surface.rings(), false);
                if (flat == null || flat.getArea() < MIN_FOOTPRINT_PART_M2) {
                    continue;
                }
                Geometry valid = flat.isValid() ? flat : flat.buffer(0);
                for (int i = 0; i < valid.getNumGeometries(); i++) {
                    if (valid.getGeometryN(i) instanceof Polygon p) {
                        ("GroundSurface".equals(surface.semantic()) ? grounds : parts).add(p);
                    }
                }
            }
        }
        List<Polygon> chosen = grounds.isEmpty() ? parts : grounds;
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no footprint: LoD " + lowest + " has no surface with an area seen from above");
        }
        Geometry union = UnaryUnionOp.union(chosen);
        Polygon footprint = union instanceof Polygon p ? p : (Polygon) union.convexHull();
        footprint.setSRID(Rd.SRID);
        String problem = Polygons.problem(footprint);
        if (problem != null) {
            throw new IllegalArgumentException("footprint: " + problem);
        }
        return footprint;
    }

    /** A polygon from CityJSON rings (closing them), in 3D or projected to 2D; null when the exterior is degenerate. */
    private static Polygon polygon(List<Coordinate[]> rings, boolean threeD) {
        LinearRing shell = ring(rings.get(0), threeD);
        if (shell == null) {
            return null;
        }
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 1; i < rings.size(); i++) {
            LinearRing hole = ring(rings.get(i), threeD);
            if (hole != null) {
                holes.add(hole);
            }
        }
        return Rd.GEOMETRY.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    private static LinearRing ring(Coordinate[] open, boolean threeD) {
        if (open.length < 3) {
            return null;
        }
        boolean closed = open[0].equals3D(open[open.length - 1]);
        Coordinate[] ring = new Coordinate[closed ? open.length : open.length + 1];
        for (int i = 0; i < open.length; i++) {
            ring[i] = threeD ? open[i].copy() : new Coordinate(open[i].x, open[i].y);
        }
        ring[ring.length - 1] = ring[0].copy();
        return ring.length < 4 ? null : Rd.GEOMETRY.createLinearRing(ring);
    }

    private static String lod(JsonNode geometry) {
        JsonNode lod = geometry.get("lod");
        if (lod == null || lod.isNull()) {
            return null;
        }
        return lod.isNumber() ? lod.asString() : lod.asString(null);
    }

    private static double lodValue(JsonNode geometry) {
        try {
            return Double.parseDouble(lod(geometry));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Double number(JsonNode attributes, String[] names) {
        for (String name : names) {
            JsonNode value = attributes.get(name);
            if (value != null && value.isNumber()) {
                return value.doubleValue();
            }
        }
        return null;
    }

    private static String attributeName(JsonNode attributes, String[] names) {
        for (String name : names) {
            JsonNode value = attributes.get(name);
            if (value != null && value.isNumber()) {
                return name;
            }
        }
        return null;
    }
}
