package nl.stip.parcels;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.stip.geo.SpatialSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads parcels. */
@Component
public class ParcelQueries {

    private final JdbcClient jdbc;

    ParcelQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The parcels within {@code metres} of {@code sourceWkt} (RD New WKT; null: none) plus every parcel that touches
     * one of {@code touchingIds}, without those parcels themselves; each with its distance to the source (to the
     * {@code touchingIds} parcels when there is no source), nearest first.
     */
    public List<ParcelNear> near(String sourceWkt, double metres, Collection<Long> touchingIds) {
        Long[] own = touchingIds.toArray(Long[]::new);
        // two index-friendly halves (within the distance of the source; touching the own parcels), then measured once
        return jdbc.sql("WITH s AS (SELECT ST_GeomFromText(CAST(:wkt AS text), 28992) AS g WHERE CAST(:wkt AS text) IS NOT NULL), "
                        + "o AS (SELECT ST_Union(geom) AS g FROM parcel WHERE id = ANY(:own)), "
                        + "r AS (SELECT COALESCE((SELECT g FROM s), (SELECT g FROM o)) AS g), "
                        + "near AS (SELECT p.id FROM parcel p, s WHERE ST_DWithin(p.geom, s.g, :metres) "
                        + "         UNION SELECT p.id FROM parcel p, o WHERE ST_DWithin(p.geom, o.g, 0.05)) "
                        + "SELECT p.id, p.kadastrale_aanduiding, ST_Distance(p.geom, r.g) AS d, ST_X(ST_PointOnSurface(p.geom)), "
                        + "ST_Y(ST_PointOnSurface(p.geom)), COALESCE(ST_DWithin(p.geom, (SELECT g FROM o), 0.05), false), "
                        + SpatialSql.wgs84GeoJson("p.geom")
                        + " FROM near JOIN parcel p ON p.id = near.id, r WHERE r.g IS NOT NULL AND NOT (p.id = ANY(:own)) ORDER BY d, p.id")
                .param("wkt", sourceWkt).param("own", own).param("metres", metres)
                .query((rs, n) -> new ParcelNear(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
                        rs.getBoolean(6), rs.getString(7)))
                .list();
    }

    /** The union of the given parcels as RD New WKT, or empty when none of them exists. */
    public Optional<String> unionWkt(Collection<Long> ids) {
        return jdbc.sql("SELECT ST_AsText(ST_Union(geom)) FROM parcel WHERE id = ANY(?)").param(ids.toArray(Long[]::new))
                .query(String.class).optional();
    }

    /** The parcel containing the RD New point (x, y), if any. */
    public Optional<ParcelView> at(double x, double y) {
        return jdbc.sql("SELECT id, kadastrale_aanduiding, area_m2, area_source, demo, source, " + SpatialSql.wgs84GeoJson("geom")
                        + " FROM parcel WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint(?, ?), 28992)) ORDER BY id LIMIT 1")
                .params(x, y)
                .query((rs, n) -> new ParcelView(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6), rs.getString(7)))
                .optional();
    }
}
