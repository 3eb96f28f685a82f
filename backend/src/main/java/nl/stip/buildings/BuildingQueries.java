package nl.stip.buildings;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.stip.geo.SpatialSql;
import nl.stip.geo.Wkb;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads buildings with their history. */
@Component
public class BuildingQueries {

    private static final String COLUMNS = "b.identificatie, b.status, b.bouwjaar, b.current, b.height_m, b.height_source, "
            + "b.height_note, b.ground_level_m, b.lod, b.source, " + SpatialSql.storedWgs84GeoJson("b.footprint_wgs84") + " AS footprint";

    private final JdbcClient jdbc;

    BuildingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One building (current or not) with its whole history. */
    public Optional<BuildingView> byIdentificatie(String identificatie) {
        List<BuildingView> found = withHistory(jdbc.sql("SELECT " + COLUMNS + " FROM building b WHERE identificatie = ?")
                .param(identificatie).query((rs, n) -> map(rs)).list());
        return found.stream().findFirst();
    }

    /**
     * Where a building (current or not) lies, for search: its point on surface and the extent of its footprint (WGS84),
     * and its bouwjaar (null when unknown).
     */
    public record Located(String identificatie, Integer bouwjaar, double lon, double lat, double west, double south,
                          double east, double north) {
    }

    /** The building with this BAG identificatie, where it lies (for search). */
    public Optional<Located> locate(String identificatie) {
        return jdbc.sql("""
                        SELECT identificatie, bouwjaar, ST_X(p), ST_Y(p),
                               ST_XMin(footprint_wgs84), ST_YMin(footprint_wgs84), ST_XMax(footprint_wgs84), ST_YMax(footprint_wgs84)
                        FROM (SELECT *, ST_Transform(ST_PointOnSurface(footprint), 4326) p FROM building WHERE identificatie = ?) b""")
                .param(identificatie)
                .query((rs, n) -> new Located(rs.getString(1), (Integer) rs.getObject(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)))
                .optional();
    }

    /** The current buildings within {@code metres} of {@code sourceWkt} (RD New WKT), nearest first. */
    public List<BuildingNear> near(String sourceWkt, double metres) {
        return jdbc.sql("WITH s AS (SELECT ST_GeomFromText(?, 28992) AS g) SELECT b.identificatie, ST_Distance(b.footprint, s.g) AS d, "
                        + "ST_X(ST_PointOnSurface(b.footprint)), ST_Y(ST_PointOnSurface(b.footprint)), "
                        + SpatialSql.storedWgs84GeoJson("b.footprint_wgs84")
                        + " FROM building b, s WHERE b.current AND ST_DWithin(b.footprint, s.g, ?) ORDER BY d, b.identificatie")
                .params(sourceWkt, metres)
                .query((rs, n) -> new BuildingNear(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getString(5)))
                .list();
    }

    /** The current buildings within {@code metres} of {@code area} (RD New) as blocks, by identificatie. */
    public List<BuildingBlock> blocksNear(Geometry area, double metres) {
        return jdbc.sql("""
                        SELECT b.identificatie, ST_AsBinary(b.footprint), b.height_m, b.height_source
                        FROM building b, (SELECT ST_GeomFromWKB(?, 28992) AS g) a
                        WHERE b.current AND ST_DWithin(b.footprint, a.g, ?) ORDER BY b.identificatie""")
                .params(Wkb.write(area), metres)
                .query((rs, n) -> new BuildingBlock(rs.getString(1), Wkb.read(rs.getBytes(2)),
                        rs.getObject(3) == null ? null : rs.getDouble(3), rs.getString(4)))
                .list();
    }

    /** A point on the footprint of a current building (RD New x, y), if it exists. */
    public Optional<double[]> pointOn(String identificatie) {
        return jdbc.sql("SELECT ST_X(ST_PointOnSurface(footprint)), ST_Y(ST_PointOnSurface(footprint)) FROM building "
                        + "WHERE identificatie = ? AND current LIMIT 1")
                .param(identificatie).query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).optional();
    }

    /** The current buildings whose footprint contains the RD New point (x, y). */
    public List<BuildingView> at(double x, double y) {
        return withHistory(jdbc.sql("SELECT " + COLUMNS + " FROM building b WHERE current AND "
                        + "ST_Intersects(footprint, ST_SetSRID(ST_MakePoint(?, ?), 28992)) ORDER BY identificatie")
                .params(x, y).query((rs, n) -> map(rs)).list());
    }

    /** The current buildings standing on a parcel (RD New outline, from the parcels module): their point on surface lies in it. */
    public List<BuildingView> onParcel(Geometry parcel) {
        return withHistory(jdbc.sql("SELECT " + COLUMNS + " FROM building b, (SELECT ST_GeomFromWKB(?::bytea, 28992) AS geom) p "
                        + "WHERE b.current AND ST_Intersects(b.footprint, p.geom) AND ST_Intersects(p.geom, ST_PointOnSurface(b.footprint)) "
                        + "ORDER BY ST_Area(b.footprint) DESC, b.identificatie")
                .param(Wkb.write(parcel)).query((rs, n) -> map(rs)).list());
    }

    /**
     * The footprints of the current buildings within {@code area} (RD New), cut to it and unioned (RD New); null when
     * the area is null or holds no building. The aggregates here (ST_Union, ST_Collect) answer one row holding SQL NULL
     * when no building matches: read with {@code optional()}, since JdbcClient's {@code single()} refuses a null value.
     */
    public Geometry currentFootprintsWithin(Geometry area) {
        if (area == null) {
            return null;
        }
        return Wkb.read(jdbc.sql("""
                        SELECT ST_AsBinary(ST_Union(ST_Intersection(b.footprint, a.g)))
                        FROM building b, (SELECT ST_GeomFromWKB(?, 28992) AS g) a
                        WHERE b.current AND ST_Intersects(b.footprint, a.g)""")
                .param(Wkb.write(area)).query((rs, n) -> rs.getBytes(1)).optional().orElse(null));
    }

    /** Whether any current building is loaded. */
    public boolean anyCurrent() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM building WHERE current)").query(Boolean.class).single();
    }

    /**
     * The current footprints grown by {@code grow} m, unioned and shrunk by {@code shrink} m (RD New; buffers with 2
     * segments a quarter circle): gaps narrower than about 2 × grow closed. Null when no building is loaded.
     */
    public Geometry currentFootprintsClosed(double grow, double shrink) {
        return Wkb.read(jdbc.sql("""
                        SELECT ST_AsBinary(ST_Buffer(ST_Union(ST_Buffer(footprint, ?, 'quad_segs=2')), ?, 'quad_segs=2'))
                        FROM building WHERE current""")
                .params(grow, -shrink).query((rs, n) -> rs.getBytes(1)).optional().orElse(null));
    }

    /** One point inside each current footprint ({@code ST_PointOnSurface}; RD New MultiPoint), null when none. */
    public Geometry currentFootprintPoints() {
        return Wkb.read(jdbc.sql("SELECT ST_AsBinary(ST_Collect(ST_PointOnSurface(footprint))) FROM building WHERE current")
                .query((rs, n) -> rs.getBytes(1)).optional().orElse(null));
    }

    private List<BuildingView> withHistory(List<BuildingView> buildings) {
        if (buildings.isEmpty()) {
            return buildings;
        }
        Map<String, List<BuildingHistoryEntry>> history = new LinkedHashMap<>();
        buildings.forEach(b -> history.put(b.identificatie(), new ArrayList<>()));
        jdbc.sql("SELECT identificatie, voorkomen, begin_geldigheid, eind_geldigheid, status, bouwjaar, document_date, "
                        + "document_number, geometry_changed, " + SpatialSql.wgs84GeoJson("geom") + " FROM building_history "
                        + "WHERE identificatie = ANY(?) ORDER BY identificatie, begin_geldigheid, voorkomen")
                .param(history.keySet().toArray(String[]::new))
                .query(rs -> {
                    history.get(rs.getString(1)).add(new BuildingHistoryEntry(rs.getInt(2), date(rs, 3), date(rs, 4),
                            rs.getString(5), (Integer) rs.getObject(6), date(rs, 7), rs.getString(8), rs.getBoolean(9), rs.getString(10)));
                });
        return buildings.stream().map(b -> b.withHistory(history.get(b.identificatie()))).toList();
    }

    private static BuildingView map(ResultSet rs) throws SQLException {
        return new BuildingView(rs.getString("identificatie"), rs.getString("status"), (Integer) rs.getObject("bouwjaar"),
                rs.getBoolean("current"), (Double) rs.getObject("height_m"), rs.getString("height_source"),
                rs.getString("height_note"), (Double) rs.getObject("ground_level_m"), rs.getString("lod"),
                rs.getString("source"), rs.getString("footprint"), List.of());
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** How many buildings (current or not) are stored. */
    public long count() {
        return jdbc.sql("SELECT count(*) FROM building").query(Long.class).single();
    }

    /** Whether any building is stored (cheap at every start, no count). */
    public boolean any() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM building)").query(Boolean.class).single();
    }
}
