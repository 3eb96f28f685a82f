package nl.stip.check;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import nl.stip.design.ValidatedVolume;
import nl.stip.geo.Rd;
import nl.stip.platform.web.InvalidParameterException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKTWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a design's site in one query: the chosen parcels (or, when none are named, those under a point inside each
 * footprint), their union, and the current buildings on them cut to that union.
 */
@Component
class PlanSiteQueries {

    private final JdbcClient jdbc;

    PlanSiteQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PlanSite site(List<ValidatedVolume> volumes, List<Long> parcelIds) {
        String footprints = new WKTWriter().write(Rd.GEOMETRY.createGeometryCollection(
                volumes.stream().map(ValidatedVolume::footprint).toArray(Geometry[]::new)));
        String ids = parcelIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        return jdbc.sql("""
                WITH f AS (SELECT (ST_Dump(ST_GeomFromText(?, 28992))).geom AS g),
                chosen AS (
                  SELECT p.id, p.kadastrale_aanduiding, p.geom, p.demo FROM f JOIN parcel p ON ST_Intersects(p.geom, ST_PointOnSurface(f.g))
                  WHERE cardinality(?::bigint[]) = 0
                  UNION
                  SELECT p.id, p.kadastrale_aanduiding, p.geom, p.demo FROM parcel p WHERE p.id = ANY(?::bigint[])),
                u AS (SELECT ST_Union(geom) AS geom FROM chosen)
                SELECT (SELECT array_agg(id ORDER BY id) FROM chosen) AS ids,
                       (SELECT array_agg(kadastrale_aanduiding ORDER BY id) FROM chosen) AS names,
                       coalesce((SELECT bool_or(demo) FROM chosen), false) AS demo,
                       ST_AsBinary(u.geom) AS area,
                       (SELECT ST_AsBinary(ST_Union(ST_Intersection(b.footprint, u.geom))) FROM building b
                        WHERE b.current AND ST_Intersects(b.footprint, u.geom)) AS existing
                FROM u""")
                .params(footprints, ids, ids)
                .query((rs, n) -> {
                    List<Long> found = longs(rs.getArray("ids"));
                    List<String> names = strings(rs.getArray("names"));
                    for (Long id : parcelIds) {
                        if (!found.contains(id)) {
                            throw new InvalidParameterException("parcels", "parcel " + id + " does not exist");
                        }
                    }
                    return new PlanSite(found, names, read(rs.getBytes("area")), read(rs.getBytes("existing")), rs.getBoolean("demo"));
                }).single();
    }

    private static List<Long> longs(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.stream((Long[]) array.getArray()).toList();
    }

    private static List<String> strings(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Geometry read(byte[] wkb) {
        if (wkb == null) {
            return null;
        }
        try {
            return new WKBReader(Rd.GEOMETRY).read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS returned unreadable WKB", e);
        }
    }
}
