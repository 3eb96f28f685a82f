package nl.stip.variants.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code round_variant}: rows are inserted, never updated. */
@Repository
class VariantStore {

    record Row(long id, long roundId, long chainId, int version, Long basedOn, boolean latest, String title, String authorEmail,
               String authorLabel, Instant createdAt, String design, String objects, String indicators, String original,
               String check, boolean compliant, String geoJson) {
    }

    record NewRow(long roundId, Long basedOn, String title, String authorEmail, String authorLabel, String design, String objects,
                  String indicators, String original, String check, boolean compliant, String geoJson) {
    }

    private static final String COLUMNS = """
            v.id, v.round_id, v.chain_id, v.version, v.based_on,
            v.version = (SELECT max(w.version) FROM round_variant w WHERE w.chain_id = v.chain_id) AS latest,
            v.title, v.author_email, v.author_label, v.created_at, v.design::text, v.objects::text, v.indicators::text,
            v.original::text, v.check_result::text, v.compliant, v.geojson""";

    private final JdbcClient jdbc;

    VariantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean anyInRound(long roundId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM round_variant WHERE round_id = ?)").param(roundId).query(Boolean.class).single();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM round_variant v WHERE v.id = ?").param(id).query(VariantStore::row).optional();
    }

    /** Newest first. */
    List<Row> ofRound(long roundId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM round_variant v WHERE v.round_id = ? ORDER BY v.id DESC").param(roundId)
                .query(VariantStore::row).list();
    }

    /** The next version of {@code basedOn}'s chain (or a new chain), inserted; the chain's rows locked first. */
    Row insert(NewRow n, Row base) {
        long chain;
        int version;
        if (base == null) {
            chain = jdbc.sql("SELECT nextval('round_variant_id_seq')").query(Long.class).single();
            version = 1;
        } else {
            chain = base.chainId();
            jdbc.sql("SELECT id FROM round_variant WHERE chain_id = ? FOR UPDATE").param(chain).query(Long.class).list();
            version = jdbc.sql("SELECT max(version) + 1 FROM round_variant WHERE chain_id = ?").param(chain).query(Integer.class).single();
        }
        long id = base == null ? chain : jdbc.sql("SELECT nextval('round_variant_id_seq')").query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO round_variant (id, round_id, chain_id, version, based_on, title, author_email, author_label,
                            design, objects, indicators, original, check_result, compliant, geojson)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?)""")
                .params(id, n.roundId(), chain, version, n.basedOn(), n.title(), n.authorEmail(), n.authorLabel(), n.design(),
                        n.objects(), n.indicators(), n.original(), n.check(), n.compliant(), n.geoJson())
                .update();
        return find(id).orElseThrow();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        // wasNull speaks of the column read last: ask it right after based_on, before any other column is read.
        long basedOnId = rs.getLong(5);
        Long basedOn = rs.wasNull() ? null : basedOnId;
        return new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), basedOn, rs.getBoolean(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getString(14), rs.getString(15), rs.getBoolean(16), rs.getString(17));
    }
}
