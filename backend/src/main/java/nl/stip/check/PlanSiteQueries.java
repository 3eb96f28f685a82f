package nl.stip.check;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import nl.stip.design.ValidatedVolume;
import nl.stip.geo.Rd;
import nl.stip.geo.SpatialSql;
import nl.stip.platform.web.InvalidParameterException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKTWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a design's site in one query: the own parcels as {@link SiteChoice} says (named ones, or the parcel under the
 * largest part of the first footprint), their union and outlines, the current buildings on them cut to that union, and
 * per volume the other parcels it reaches with the m² on each.
 */
@Component
class PlanSiteQueries {

    private final JdbcClient jdbc;

    PlanSiteQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PlanSite site(List<ValidatedVolume> volumes, SiteChoice choice) {
        WKTWriter wkt = new WKTWriter();
        String footprints = wkt.write(Rd.GEOMETRY.createGeometryCollection(
                volumes.stream().map(ValidatedVolume::footprint).toArray(Geometry[]::new)));
        String first = wkt.write(volumes.get(0).footprint());
        List<Long> parcelIds = choice.parcelIds();
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
                       (SELECT ST_AsBinary(ST_Union(ST_Intersection(b.footprint, u.geom))) FROM building b
                        WHERE b.current AND ST_Intersects(b.footprint, u.geom)) AS existing,
                       (SELECT array_agg(volume ORDER BY volume, name) FROM nb WHERE area > 0.01) AS nb_volumes,
                       (SELECT array_agg(name ORDER BY volume, name) FROM nb WHERE area > 0.01) AS nb_names,
                       (SELECT array_agg(area ORDER BY volume, name) FROM nb WHERE area > 0.01) AS nb_areas
                FROM u""".formatted(SpatialSql.wgs84GeoJson("geom")))
                .params(footprints, first, ids, ids)
                .query((rs, n) -> {
                    List<Long> found = longs(rs.getArray("ids"));
                    for (Long id : parcelIds) {
                        if (!found.contains(id)) {
                            throw new InvalidParameterException("parcels", "parcel " + id + " does not exist");
                        }
                    }
                    List<Integer> nbVolumes = rs.getArray("nb_volumes") == null ? List.of()
                            : Arrays.stream((Integer[]) rs.getArray("nb_volumes").getArray()).toList();
                    List<String> nbNames = strings(rs.getArray("nb_names"));
                    List<Double> nbAreas = rs.getArray("nb_areas") == null ? List.of()
                            : Arrays.stream((Double[]) rs.getArray("nb_areas").getArray()).toList();
                    List<PlanSite.Neighbour> neighbours = new java.util.ArrayList<>();
                    for (int i = 0; i < nbVolumes.size(); i++) {
                        neighbours.add(new PlanSite.Neighbour(nbVolumes.get(i), nbNames.get(i), nbAreas.get(i)));
                    }
                    String how = found.isEmpty() ? SiteChoice.LARGEST_OVERLAP : choice.how();
                    return new PlanSite(how, found, strings(rs.getArray("names")), strings(rs.getArray("outlines")),
                            read(rs.getBytes("area")), read(rs.getBytes("existing")), List.copyOf(neighbours), rs.getBoolean("demo"));
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
