package nl.stip.parcels;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import nl.stip.geo.Rd;
import nl.stip.geo.SpatialSql;
import nl.stip.geo.Wkb;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The parcels of a design's site, in one query (for the check): the own parcels (the named ones, or when none are
 * named the parcel under the largest part of the first footprint), their union and WGS84 outlines, and per footprint
 * the other parcels it reaches with the m² on each.
 */
@Component
public class ParcelSites {

    /** Parts smaller than this (m²) on another parcel are rounding, not a neighbour. */
    private static final double MIN_NEIGHBOUR_M2 = 0.01;

    private final JdbcClient jdbc;

    ParcelSites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The own parcels found ({@code ids} in id order; a named id that does not exist is simply missing), their union
     * (RD New, null when none), and the parts of {@code footprints} (RD New; index = volume) on other parcels.
     */
    public record Site(List<Long> ids, List<String> names, List<String> outlines, boolean demo, Geometry area,
                       List<Neighbour> neighbours) {
    }

    /** Footprint {@code volume} (0-based) lies {@code areaM2} on the other parcel {@code parcel}. */
    public record Neighbour(int volume, String parcel, double areaM2) {
    }

    public Site site(List<? extends Geometry> footprints, List<Long> parcelIds) {
        WKTWriter wkt = new WKTWriter();
        String all = wkt.write(Rd.GEOMETRY.createGeometryCollection(footprints.toArray(Geometry[]::new)));
        String first = wkt.write(footprints.get(0));
        String ids = parcelIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        return jdbc.sql("""
                WITH f AS (SELECT d.path[1] - 1 AS volume, d.geom AS g FROM ST_Dump(ST_GeomFromText(?, 28992)) d),
                first AS (SELECT ST_GeomFromText(?, 28992) AS g),
                own AS (
                  SELECT p.id, p.kadastrale_aanduiding, p.geom, p.demo FROM parcel p WHERE p.id = ANY(?::bigint[])
                  UNION ALL
                  (SELECT p.id, p.kadastrale_aanduiding, p.geom, p.demo FROM parcel p, first
                   WHERE cardinality(?::bigint[]) = 0 AND ST_Intersects(p.geom, first.g)
                   ORDER BY ST_Area(ST_Intersection(p.geom, first.g)) DESC, p.id LIMIT 1)),
                u AS (SELECT ST_Union(geom) AS geom FROM own),
                nb AS (SELECT f.volume, p.kadastrale_aanduiding AS name, ST_Area(ST_Intersection(p.geom, f.g)) AS area
                       FROM f JOIN parcel p ON ST_Intersects(p.geom, f.g) WHERE p.id NOT IN (SELECT id FROM own))
                SELECT (SELECT array_agg(id ORDER BY id) FROM own) AS ids,
                       (SELECT array_agg(kadastrale_aanduiding ORDER BY id) FROM own) AS names,
                       (SELECT array_agg(%s ORDER BY id) FROM own) AS outlines,
                       coalesce((SELECT bool_or(demo) FROM own), false) AS demo,
                       ST_AsBinary(u.geom) AS area,
                       (SELECT array_agg(volume ORDER BY volume, name) FROM nb WHERE area > %s) AS nb_volumes,
                       (SELECT array_agg(name ORDER BY volume, name) FROM nb WHERE area > %s) AS nb_names,
                       (SELECT array_agg(area ORDER BY volume, name) FROM nb WHERE area > %s) AS nb_areas
                FROM u""".formatted(SpatialSql.wgs84GeoJson("geom"), MIN_NEIGHBOUR_M2, MIN_NEIGHBOUR_M2, MIN_NEIGHBOUR_M2))
                .params(all, first, ids, ids)
                .query((rs, n) -> {
                    List<Integer> nbVolumes = rs.getArray("nb_volumes") == null ? List.of()
                            : Arrays.stream((Integer[]) rs.getArray("nb_volumes").getArray()).toList();
                    List<String> nbNames = strings(rs.getArray("nb_names"));
                    List<Double> nbAreas = rs.getArray("nb_areas") == null ? List.of()
                            : Arrays.stream((Double[]) rs.getArray("nb_areas").getArray()).toList();
                    List<Neighbour> neighbours = new ArrayList<>();
                    for (int i = 0; i < nbVolumes.size(); i++) {
                        neighbours.add(new Neighbour(nbVolumes.get(i), nbNames.get(i), nbAreas.get(i)));
                    }
                    return new Site(longs(rs.getArray("ids")), strings(rs.getArray("names")), strings(rs.getArray("outlines")),
                            rs.getBoolean("demo"), Wkb.read(rs.getBytes("area")), List.copyOf(neighbours));
                }).single();
    }

    private static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Long[]) array.getArray()).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
