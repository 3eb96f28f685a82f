package nl.stip.variants.internal;

import java.util.ArrayList;
import java.util.List;

import nl.stip.buildings.BuildingQueries;
import nl.stip.design.Design;
import nl.stip.design.ValidatedVolume;
import nl.stip.geo.CrsTransform;
import nl.stip.geo.Rd;
import nl.stip.platform.web.InvalidParameterException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.stereotype.Component;

/**
 * Places the palette objects of a variant: each kind's fixed rectangle at its position, turned by its heading. A green
 * roof or solar panels must lie on a volume's roof (and stand at its height); any other object on the ground, within
 * the round's area and clear of existing buildings (one PostGIS query for all objects).
 */
@Component
class ObjectPlacer {

    static final int MAX_OBJECTS = 200;
    /** A tolerance for the reprojection of corners drawn exactly on an edge (metres). */
    private static final double EDGE_M = 0.05;
    /** An overlap smaller than this is a shared edge, not a building in the way (m²). */
    private static final double OVERLAP_M2 = 0.01;

    private final BuildingQueries buildings;

    ObjectPlacer(BuildingQueries buildings) {
        this.buildings = buildings;
    }

    List<PlacedObject> place(List<VariantViews.NewObject> objects, List<ValidatedVolume> volumes, Geometry area) {
        if (objects == null || objects.isEmpty()) {
            return List.of();
        }
        if (objects.size() > MAX_OBJECTS) {
            throw new InvalidParameterException("objects", "Maximaal " + MAX_OBJECTS + " objecten in een variant");
        }
        List<PlacedObject> placed = new ArrayList<>();
        List<Geometry> ground = new ArrayList<>();
        PreparedGeometry within = area == null ? null : PreparedGeometryFactory.prepare(area.buffer(EDGE_M));
        for (int i = 0; i < objects.size(); i++) {
            PlacedObject p = one(objects.get(i), "objects[" + i + "]", volumes, within);
            placed.add(p);
            if (!p.kind().onRoof) {
                ground.add(p.footprint());
            }
        }
        if (!ground.isEmpty()) {
            // The buildings within the objects' bounding box (a union of 50 footprints cost more than the query); each
            // object is then tested against them exactly.
            Geometry built = buildings.currentFootprintsWithin(Rd.GEOMETRY.buildGeometry(ground).getEnvelope());
            if (built != null) {
                PreparedGeometry builtUp = PreparedGeometryFactory.prepare(built);
                for (int i = 0; i < placed.size(); i++) {
                    PlacedObject p = placed.get(i);
                    if (!p.kind().onRoof && builtUp.intersects(p.footprint()) && p.footprint().intersection(built).getArea() > OVERLAP_M2) {
                        throw new InvalidParameterException("objects[" + i + "].position",
                                p.kind().label + " staat op een bestaand gebouw. Kies een plek ernaast.");
                    }
                }
            }
        }
        return List.copyOf(placed);
    }

    private static PlacedObject one(VariantViews.NewObject o, String at, List<ValidatedVolume> volumes, PreparedGeometry area) {
        if (o == null || o.kind() == null) {
            throw new InvalidParameterException(at + ".kind", "Kies een soort object uit het palet");
        }
        PaletteKind kind = PaletteKind.of(o.kind()).orElseThrow(() ->
                new InvalidParameterException(at + ".kind", "'" + o.kind() + "' staat niet in het palet"));
        Design.Position pos = o.position();
        if (pos == null || pos.lon() == null || pos.lat() == null || !Rd.AREA_OF_USE_WGS84.contains(pos.lon(), pos.lat())) {
            throw new InvalidParameterException(at + ".position", "Geef een plek in Nederland (lon, lat)");
        }
        double heading = o.heading() == null ? 0 : o.heading();
        if (!Double.isFinite(heading) || heading < 0 || heading > 360) {
            throw new InvalidParameterException(at + ".heading", "De richting is een getal van 0 tot 360 graden");
        }
        Polygon footprint = rectangle(CrsTransform.toRd(pos.lon(), pos.lat()), kind.width, kind.depth, heading);
        double base = 0;
        if (kind.onRoof) {
            ValidatedVolume roof = volumes.stream().filter(v -> v.footprint().buffer(EDGE_M).covers(footprint)).findFirst()
                    .orElseThrow(() -> new InvalidParameterException(at + ".position",
                            kind.label + " hoort op het dak van een bouwdeel: zet het helemaal binnen een bouwdeel"));
            base = roof.height();
        } else if (area != null && !area.covers(footprint)) {
            throw new InvalidParameterException(at + ".position", kind.label + " ligt buiten het gebied van deze ronde");
        }
        return new PlacedObject(kind, pos.lon(), pos.lat(), heading, footprint, base);
    }

    /** A w × d rectangle centred on {@code c} (RD New), its depth along north before turning {@code heading}° clockwise. */
    static Polygon rectangle(Coordinate c, double w, double d, double heading) {
        double a = Math.toRadians(heading);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double[][] local = {{-w / 2, -d / 2}, {w / 2, -d / 2}, {w / 2, d / 2}, {-w / 2, d / 2}, {-w / 2, -d / 2}};
        Coordinate[] ring = new Coordinate[local.length];
        for (int i = 0; i < local.length; i++) {
            double x = local[i][0];
            double y = local[i][1];
            ring[i] = new Coordinate(c.x + x * cos + y * sin, c.y - x * sin + y * cos);
        }
        return Rd.GEOMETRY.createPolygon(ring);
    }
}
