package nl.stip.parcels;

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
