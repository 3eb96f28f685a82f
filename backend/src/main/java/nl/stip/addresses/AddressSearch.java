package nl.stip.addresses;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds current addresses by BAG number, postcode or street (for the search module), each with its label and WGS84 point. */
@Component
public class AddressSearch {

    /** Label and position of an address row {@code a}. */
    private static final String ADDRESS = """
            SELECT a.identificatie,
                   concat_ws(' ', a.straatnaam, a.huisnummer::text || coalesce(a.huisletter, '') || coalesce('-' || a.toevoeging, ''))
                     || coalesce(', ' || concat_ws(' ', a.postcode, a.woonplaats), ''),
                   ST_X(ST_Transform(a.geom, 4326)), ST_Y(ST_Transform(a.geom, 4326))
            FROM address a""";

    /** An address found: its nummeraanduiding, "Straat 12a-2, 6981 AB Doesburg", and its point (WGS84). */
    public record Found(String identificatie, String label, double lon, double lat) {
    }

    private final JdbcClient jdbc;

    AddressSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The addresses with this nummeraanduiding, pand or verblijfsobject number. */
    public List<Found> byBagId(String id, int limit) {
        return found(ADDRESS + " WHERE a.identificatie = :id OR a.pand_identificatie = :id OR a.verblijfsobject = :id LIMIT :limit",
                id, null, null, limit);
    }

    /** The addresses with this postcode (and house number and letter, when given), in number order. */
    public List<Found> byPostcode(String postcode, Integer number, String letter, int limit) {
        return found(ADDRESS + """
                 WHERE a.postcode = :id AND (CAST(:nr AS integer) IS NULL OR a.huisnummer = :nr)
                   AND (CAST(:letter AS text) IS NULL OR a.huisletter = :letter)
                ORDER BY a.huisnummer, a.huisletter NULLS FIRST, a.toevoeging NULLS FIRST LIMIT :limit""", postcode, number, letter, limit);
    }

    /** The addresses on streets starting with {@code street} (case-insensitive; and number and letter, when given). */
    public List<Found> byStreet(String street, Integer number, String letter, int limit) {
        return found(ADDRESS + """
                 WHERE a.straatnaam ILIKE :id || '%' AND (CAST(:nr AS integer) IS NULL OR a.huisnummer = :nr)
                   AND (CAST(:letter AS text) IS NULL OR a.huisletter = :letter)
                ORDER BY a.straatnaam, a.woonplaats, a.huisnummer, a.huisletter NULLS FIRST, a.toevoeging NULLS FIRST LIMIT :limit""",
                escapeLike(street), number, letter, limit);
    }

    /** Whether any address is loaded. */
    public boolean any() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM address)").query(Boolean.class).single();
    }

    private List<Found> found(String sql, String id, Integer number, String letter, int limit) {
        var spec = jdbc.sql(sql).param("id", id).param("limit", limit);
        if (sql.contains(":nr")) {
            spec = spec.param("nr", number).param("letter", letter);
        }
        return spec.query((rs, n) -> new Found(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4))).list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
