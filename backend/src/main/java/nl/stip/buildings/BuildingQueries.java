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

    /** The current buildings standing on a parcel (their point on surface lies in it). */
    public List<BuildingView> onParcel(long parcelId) {
        return withHistory(jdbc.sql("SELECT " + COLUMNS + " FROM building b JOIN parcel p ON p.id = ? "
                        + "WHERE b.current AND ST_Intersects(b.footprint, p.geom) AND ST_Intersects(p.geom, ST_PointOnSurface(b.footprint)) "
                        + "ORDER BY ST_Area(b.footprint) DESC, b.identificatie")
                .param(parcelId).query((rs, n) -> map(rs)).list());
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
}
