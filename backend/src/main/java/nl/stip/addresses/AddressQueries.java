package nl.stip.addresses;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.stip.geo.Wkb;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads addresses. */
@Component
public class AddressQueries {

    private final JdbcClient jdbc;

    AddressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One address by its nummeraanduiding identificatie, with its pand (from the address or its verblijfsobject). */
    public Optional<AddressPlace> place(String identificatie) {
        return jdbc.sql("""
                SELECT a.identificatie, a.straatnaam, a.huisnummer, a.huisletter, a.toevoeging, a.postcode, a.woonplaats,
                       a.pand_identificatie,
                       COALESCE(a.pand_identificatie, (SELECT p.pand FROM bag_verblijfsobject_address l
                                JOIN bag_verblijfsobject_pand p ON p.verblijfsobject = l.verblijfsobject
                                WHERE l.nummeraanduiding = a.identificatie ORDER BY l.role, p.pand LIMIT 1)) AS pand,
                       ST_X(a.geom) AS x, ST_Y(a.geom) AS y
                FROM address a WHERE a.identificatie = ?""")
                .param(identificatie)
                .query((rs, n) -> new AddressPlace(map(rs), rs.getString("pand"), rs.getDouble("x"), rs.getDouble("y")))
                .optional();
    }

    /**
     * The addresses whose point lies on each of the given parcels (id → RD New outline, from the parcels module), in
     * one query (for lists such as the parties a plan concerns). A parcel without addresses is absent from the map.
     */
    public Map<Long, List<AddressView>> onParcels(Map<Long, Geometry> parcelOutlines) {
        Map<Long, List<AddressView>> byParcel = new LinkedHashMap<>();
        if (parcelOutlines.isEmpty()) {
            return byParcel;
        }
        List<Long> ids = new ArrayList<>(parcelOutlines.keySet());
        String[] outlines = ids.stream().map(id -> java.util.HexFormat.of().formatHex(Wkb.write(parcelOutlines.get(id)))).toArray(String[]::new);
        jdbc.sql("""
                SELECT p.id AS parcel, a.identificatie, a.straatnaam, a.huisnummer, a.huisletter, a.toevoeging, a.postcode, a.woonplaats,
                       a.pand_identificatie
                FROM unnest(CAST(:parcels AS bigint[]), CAST(:outlines AS text[])) AS p(id, wkb)
                JOIN address a ON ST_Intersects(a.geom, ST_GeomFromWKB(decode(p.wkb, 'hex'), 28992))
                ORDER BY p.id, a.straatnaam, a.huisnummer, a.huisletter, a.toevoeging, a.identificatie""")
                .param("parcels", ids.toArray(Long[]::new))
                .param("outlines", outlines)
                .query(rs -> {
                    byParcel.computeIfAbsent(rs.getLong("parcel"), k -> new ArrayList<>()).add(map(rs));
                });
        return byParcel;
    }

    /** Addresses in the given panden, or whose point lies on the parcel (RD New outline from the parcels module; may be null). */
    public List<AddressView> forBuildingsOrParcel(List<String> pandIdentificaties, Geometry parcel) {
        return jdbc.sql("""
                SELECT identificatie, straatnaam, huisnummer, huisletter, toevoeging, postcode, woonplaats, pand_identificatie
                FROM address a
                WHERE pand_identificatie = ANY(:panden)
                   OR identificatie IN (SELECT l.nummeraanduiding FROM bag_verblijfsobject_address l
                                        JOIN bag_verblijfsobject_pand p ON p.verblijfsobject = l.verblijfsobject
                                        WHERE p.pand = ANY(:panden) AND l.role = 'hoofdadres')
                   OR (CAST(:parcel AS bytea) IS NOT NULL AND ST_Intersects(a.geom, ST_GeomFromWKB(CAST(:parcel AS bytea), 28992)))
                ORDER BY straatnaam, huisnummer, huisletter, toevoeging, identificatie LIMIT 200""")
                .param("panden", pandIdentificaties.toArray(String[]::new))
                .param("parcel", Wkb.write(parcel))
                .query((rs, n) -> map(rs)).list();
    }

    /**
     * The addresses of one pand (BAG identificatie): the hoofdadres of every current verblijfsobject in it (also one
     * that lies in several panden), and addresses from other sources that name the pand.
     */
    public List<AddressView> ofPand(String pandIdentificatie) {
        return ofPanden(List.of(pandIdentificatie)).getOrDefault(pandIdentificatie, List.of());
    }

    /**
     * The addresses of each of the given panden, as {@link #ofPand}, without a limit (for lists such as the parties a
     * plan concerns). A pand without addresses is absent from the map.
     */
    public Map<String, List<AddressView>> ofPanden(Collection<String> pandIdentificaties) {
        Map<String, List<AddressView>> byPand = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT x.pand, a.identificatie, a.straatnaam, a.huisnummer, a.huisletter, a.toevoeging, a.postcode, a.woonplaats,
                       a.pand_identificatie
                FROM (SELECT l.nummeraanduiding, p.pand FROM bag_verblijfsobject_address l
                      JOIN bag_verblijfsobject_pand p ON p.verblijfsobject = l.verblijfsobject
                      WHERE p.pand = ANY(:panden) AND l.role = 'hoofdadres'
                      UNION
                      SELECT identificatie, pand_identificatie FROM address WHERE pand_identificatie = ANY(:panden)) x
                JOIN address a ON a.identificatie = x.nummeraanduiding
                ORDER BY x.pand, a.straatnaam, a.huisnummer, a.huisletter, a.toevoeging, a.identificatie""")
                .param("panden", pandIdentificaties.toArray(String[]::new))
                .query(rs -> {
                    byPand.computeIfAbsent(rs.getString("pand"), k -> new ArrayList<>()).add(map(rs));
                });
        return byPand;
    }

    private static AddressView map(ResultSet rs) throws SQLException {
        String straat = rs.getString("straatnaam");
        Integer nummer = (Integer) rs.getObject("huisnummer");
        String letter = rs.getString("huisletter");
        String toevoeging = rs.getString("toevoeging");
        String postcode = rs.getString("postcode");
        String plaats = rs.getString("woonplaats");
        StringBuilder label = new StringBuilder();
        if (straat != null) {
            label.append(straat);
        }
        if (nummer != null) {
            label.append(' ').append(nummer);
        }
        if (letter != null) {
            label.append(letter);
        }
        if (toevoeging != null) {
            label.append('-').append(toevoeging);
        }
        if (postcode != null || plaats != null) {
            label.append(", ").append(postcode == null ? "" : postcode + " ").append(plaats == null ? "" : plaats);
        }
        return new AddressView(rs.getString("identificatie"), straat, nummer, letter, toevoeging, postcode, plaats,
                rs.getString("pand_identificatie"), label.toString().strip());
    }
}
