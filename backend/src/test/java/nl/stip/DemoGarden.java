package nl.stip;

import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the plan tests (API and browser) build: the back garden of a Doesburg demo house (BAG pand 0221100000311445). The parcel under
 * the house, and the centre and radius (RD New metres) of the largest circle in it that stays 0.5 m from the parcel
 * edge and from every building.
 */
public record DemoGarden(long parcelId, Coordinate centre, double radius) {

    public static DemoGarden find(JdbcClient jdbc) {
        Map<String, Object> row = jdbc.sql("""
                WITH p AS (SELECT id, geom FROM parcel WHERE ST_Intersects(geom,
                             (SELECT ST_PointOnSurface(footprint) FROM building WHERE identificatie = '0221100000311445' LIMIT 1))),
                b AS (SELECT ST_Union(ST_Buffer(footprint, 0.5)) AS geom FROM building, p WHERE current AND ST_Intersects(footprint, p.geom)),
                g AS (SELECT (ST_MaximumInscribedCircle(ST_Difference(ST_Buffer(p.geom, -0.5), b.geom))).* FROM p, b)
                SELECT p.id, ST_X(g.center) AS gx, ST_Y(g.center) AS gy, g.radius AS gr FROM g, p""").query().singleRow();
        return new DemoGarden(((Number) row.get("id")).longValue(),
                new Coordinate(((Number) row.get("gx")).doubleValue(), ((Number) row.get("gy")).doubleValue()),
                ((Number) row.get("gr")).doubleValue());
    }
}
