package nl.stip.design;

import nl.stip.geo.CrsTransform;
import nl.stip.geo.LocalTangentPlane;
import nl.stip.geo.Rd;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Where a placed model stands, as the viewer draws it: the model's origin at the position, its +X axis east and -Z
 * axis north (glTF is Y-up), turned clockwise by the heading and scaled uniformly. The check sees its bounding box:
 * the footprint is the placed, turned, scaled rectangle of the box; the bottom and top are its lowest and highest point
 * above ground (the bottom never below ground: a basement does not count for height rules).
 */
public record ModelPlacement(Polygon footprint, double bottom, double top, double width, double depth, double height) {

    public static ModelPlacement of(GlbModel.Box box, double lon, double lat, double baseHeight, double headingDegrees, double scale) {
        double h = Math.toRadians(headingDegrees);
        double cos = Math.cos(h);
        double sin = Math.sin(h);
        double[][] corners = {{box.minX(), box.minZ()}, {box.maxX(), box.minZ()}, {box.maxX(), box.maxZ()}, {box.minX(), box.maxZ()}};
        Coordinate[] ring = new Coordinate[5];
        for (int i = 0; i < 4; i++) {
            double east = scale * corners[i][0];
            double north = -scale * corners[i][1];
            Coordinate wgs84 = LocalTangentPlane.offset(lon, lat, east * cos + north * sin, -east * sin + north * cos);
            ring[i] = CrsTransform.toRd(wgs84.x, wgs84.y);
        }
        ring[4] = new Coordinate(ring[0]);
        Polygon footprint = Rd.GEOMETRY.createPolygon(ring);
        return new ModelPlacement(footprint, Math.max(0, baseHeight + scale * box.minY()), baseHeight + scale * box.maxY(),
                scale * box.width(), scale * box.depth(), scale * box.height());
    }
}
