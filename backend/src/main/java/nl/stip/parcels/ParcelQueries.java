package nl.stip.parcels;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.stip.geo.SpatialSql;
import nl.stip.geo.Wkb;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads parcels. */
@Component
public class ParcelQueries {

    private final JdbcClient jdbc;

    ParcelQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A parcel as the API shows it, with its outline in RD New (for asking other modules what lies on it). */
    public record Located(ParcelView view, Geometry geometry) {
    }

    /** Where a parcel lies, for search: its point on surface and extent (WGS84). */
    public record Found(long id, String kadastraleAanduiding, double lon, double lat, double west, double south,
                        double east, double north) {
    }

    /** The parcels with this kadastrale aanduiding (normally one), at most {@code limit}. */
    public List<Found> byAanduiding(String aanduiding, int limit) {
        return jdbc.sql("""
                        SELECT id, kadastrale_aanduiding, ST_X(p), ST_Y(p), ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
                        FROM (SELECT *, ST_Transform(ST_PointOnSurface(geom), 4326) p, ST_Transform(geom, 4326) e
                              FROM parcel WHERE kadastrale_aanduiding = ?) pa
                        LIMIT ?""")
                .params(aanduiding, limit)
                .query((rs, n) -> new Found(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)))
                .list();
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

    /** A parcel's outline (RD New) with its kadastrale aanduiding. */
    public record Outline(long id, String kadastraleAanduiding, Geometry geometry) {
    }

    /** The parcels within {@code metres} of {@code area} (RD New), by id. */
    public List<Outline> outlinesNear(Geometry area, double metres) {
        return jdbc.sql("""
                        SELECT p.id, p.kadastrale_aanduiding, ST_AsBinary(p.geom)
                        FROM parcel p, (SELECT ST_GeomFromWKB(?, 28992) AS g) a
                        WHERE ST_DWithin(p.geom, a.g, ?) ORDER BY p.id""")
                .params(nl.stip.geo.Wkb.write(area), metres)
                .query((rs, n) -> new Outline(rs.getLong(1), rs.getString(2), nl.stip.geo.Wkb.read(rs.getBytes(3))))
                .list();
    }

    /** The union of the given parcels as RD New WKT, or empty when none of them exists. */
    public Optional<String> unionWkt(Collection<Long> ids) {
        return jdbc.sql("SELECT ST_AsText(ST_Union(geom)) FROM parcel WHERE id = ANY(?)").param(ids.toArray(Long[]::new))
                .query(String.class).optional();
    }

    /** A parcel's outline (RD New), for asking other modules what lies on it; empty when it does not exist. */
    public Optional<Geometry> outline(long id) {
        return jdbc.sql("SELECT ST_AsBinary(geom) FROM parcel WHERE id = ?").param(id)
                .query((rs, n) -> Wkb.read(rs.getBytes(1))).optional();
    }

    /** The outlines (RD New) of those of these parcels that exist, by id in id order. */
    public java.util.Map<Long, Geometry> outlines(Collection<Long> ids) {
        java.util.Map<Long, Geometry> outlines = new java.util.LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, ST_AsBinary(geom) FROM parcel WHERE id = ANY(?) ORDER BY id").param(ids.toArray(Long[]::new))
                    .query(rs -> {
                        outlines.put(rs.getLong(1), Wkb.read(rs.getBytes(2)));
                    });
        }
        return outlines;
    }

    /** The parcel containing the RD New point (x, y), if any. */
    public Optional<ParcelView> at(double x, double y) {
        return locate(x, y).map(Located::view);
    }

    /** The parcel containing the RD New point (x, y), if any, with its RD New outline; one query. */
    public Optional<Located> locate(double x, double y) {
        return jdbc.sql("SELECT id, kadastrale_aanduiding, area_m2, area_source, demo, source, " + SpatialSql.wgs84GeoJson("geom")
                        + ", ST_AsBinary(geom) FROM parcel WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint(?, ?), 28992)) ORDER BY id LIMIT 1")
                .params(x, y)
                .query((rs, n) -> new Located(new ParcelView(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6), rs.getString(7)), Wkb.read(rs.getBytes(8))))
                .optional();
    }

    /** How many parcels are stored. */
    public long count() {
        return jdbc.sql("SELECT count(*) FROM parcel").query(Long.class).single();
    }

    /** Whether any parcel is stored (cheap at every start, no count). */
    public boolean any() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM parcel)").query(Boolean.class).single();
    }

    /** How many parcels are demo data (derived for the demo municipality, not real). */
    public long demoCount() {
        return jdbc.sql("SELECT count(*) FROM parcel WHERE demo").query(Long.class).single();
    }

    /** Whether any stored parcel is demo data. */
    public boolean anyDemo() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM parcel WHERE demo)").query(Boolean.class).single();
    }

    /**
     * The union (RD New) of the parcels holding at least one of {@code points} (RD New, a MultiPoint); null when none.
     * Each point finds its parcels through the spatial index.
     */
    public Geometry unionHolding(Geometry points) {
        if (points == null) {
            return null;
        }
        return Wkb.read(jdbc.sql("SELECT ST_AsBinary(ST_Union(p.geom)) FROM parcel p WHERE p.id IN ("
                        + "SELECT q.id FROM ST_Dump(ST_GeomFromWKB(?, 28992)) d JOIN parcel q ON ST_Intersects(q.geom, d.geom))")
                .param(Wkb.write(points)).query((rs, n) -> rs.getBytes(1)).optional().orElse(null)); // NULL: no parcel holds one
    }

    /** The kadastrale aanduidingen of these parcels, in id order (ids that do not exist are left out). */
    public List<String> names(List<Long> ids) {
        return jdbc.sql("SELECT kadastrale_aanduiding FROM parcel WHERE id = ANY(?::bigint[]) ORDER BY id")
                .param(array(ids)).query(String.class).list();
    }

    /** The ids of these parcels that exist, in id order. */
    public List<Long> existing(List<Long> ids) {
        return jdbc.sql("SELECT id FROM parcel WHERE id = ANY(?::bigint[]) ORDER BY id")
                .param(array(ids)).query(Long.class).list();
    }

    private static String array(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }
}
