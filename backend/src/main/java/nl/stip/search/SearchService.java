package nl.stip.search;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Finds addresses, buildings and parcels by what people know of them; every hit says where it lies in WGS84. */
@Service
class SearchService {

    static final int LIMIT = 10;
    /** Label and position of an address row {@code a}. */
    private static final String ADDRESS = """
            SELECT 'address', a.identificatie,
                   concat_ws(' ', a.straatnaam, a.huisnummer::text || coalesce(a.huisletter, '') || coalesce('-' || a.toevoeging, ''))
                     || coalesce(', ' || concat_ws(' ', a.postcode, a.woonplaats), ''),
                   ST_X(ST_Transform(a.geom, 4326)), ST_Y(ST_Transform(a.geom, 4326)),
                   NULL::float8, NULL::float8, NULL::float8, NULL::float8
            FROM address a""";

    private final JdbcClient jdbc;

    SearchService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SearchHit> search(SearchQuery query) {
        if (query instanceof SearchQuery.BagId q) {
            return hits("""
                    SELECT 'building', identificatie, 'Gebouw ' || identificatie || coalesce(' (' || bouwjaar || ')', ''),
                           ST_X(p), ST_Y(p), ST_XMin(footprint_wgs84), ST_YMin(footprint_wgs84), ST_XMax(footprint_wgs84), ST_YMax(footprint_wgs84)
                    FROM (SELECT *, ST_Transform(ST_PointOnSurface(footprint), 4326) p FROM building WHERE identificatie = :id) b
                    UNION ALL\s""" + ADDRESS + " WHERE a.identificatie = :id OR a.pand_identificatie = :id OR a.verblijfsobject = :id LIMIT :limit",
                    q.identificatie(), null, null);
        }
        if (query instanceof SearchQuery.Parcel q) {
            return hits("""
                    SELECT 'parcel', id::text, 'Perceel ' || kadastrale_aanduiding, ST_X(p), ST_Y(p),
                           ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
                    FROM (SELECT *, ST_Transform(ST_PointOnSurface(geom), 4326) p, ST_Transform(geom, 4326) e
                          FROM parcel WHERE kadastrale_aanduiding = :id) pa
                    LIMIT :limit""", q.aanduiding().toString(), null, null);
        }
        if (query instanceof SearchQuery.Postcode q) {
            return hits(ADDRESS + """
                     WHERE a.postcode = :id AND (CAST(:nr AS integer) IS NULL OR a.huisnummer = :nr)
                       AND (CAST(:letter AS text) IS NULL OR a.huisletter = :letter)
                    ORDER BY a.huisnummer, a.huisletter NULLS FIRST, a.toevoeging NULLS FIRST LIMIT :limit""",
                    q.postcode(), q.huisnummer(), q.huisletter());
        }
        SearchQuery.Street q = (SearchQuery.Street) query;
        return hits(ADDRESS + """
                     WHERE a.straatnaam ILIKE :id || '%' AND (CAST(:nr AS integer) IS NULL OR a.huisnummer = :nr)
                       AND (CAST(:letter AS text) IS NULL OR a.huisletter = :letter)
                    ORDER BY a.straatnaam, a.woonplaats, a.huisnummer, a.huisletter NULLS FIRST, a.toevoeging NULLS FIRST LIMIT :limit""",
                escapeLike(q.straat()), q.huisnummer(), q.huisletter());
    }

    private List<SearchHit> hits(String sql, String id, Integer number, String letter) {
        var spec = jdbc.sql(sql).param("id", id).param("limit", LIMIT);
        if (sql.contains(":nr")) {
            spec = spec.param("nr", number).param("letter", letter);
        }
        return spec.query((rs, n) -> {
            double west = rs.getDouble(6);
            double[] bbox = rs.wasNull() ? null
                    : new double[] {round(west), round(rs.getDouble(7)), round(rs.getDouble(8)), round(rs.getDouble(9))};
            return new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), round(rs.getDouble(4)), round(rs.getDouble(5)), bbox);
        }).list();
    }

    /** What the loaded data can find: the viewer promises only these in its search box. */
    Capabilities capabilities() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM address), EXISTS (SELECT 1 FROM building), EXISTS (SELECT 1 FROM parcel)")
                .query((rs, n) -> new Capabilities(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3))).single();
    }

    /** Whether addresses (street, postcode), buildings (BAG identificatie) and parcels (kadastrale aanduiding) are loaded. */
    record Capabilities(boolean addresses, boolean buildings, boolean parcels) {
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
