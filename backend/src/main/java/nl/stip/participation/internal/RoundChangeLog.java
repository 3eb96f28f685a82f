package nl.stip.participation.internal;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The round's delta log: every change of a round takes the round's next sequence number and is stored in
 * {@code round_change} in the same transaction as the change. The number comes from an UPDATE of the round's row, whose
 * lock orders a round's changes across transactions and instances: no gaps, no duplicates (a rolled-back change
 * gives its number back with the rest). Publishes {@link RoundDelta} in-process for the broadcaster (after commit).
 */
@Component
public class RoundChangeLog {

    /** One stored change: what {@code GET /rounds/{id}/changes} answers. */
    public record Change(long seq, String type, JsonNode data) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    RoundChangeLog(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    /** Appends a change of the round and returns its sequence number; must run inside the transaction of the change. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long append(long roundId, String type, Object publicPayload) {
        Long seq = jdbc.sql("UPDATE participation_round SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq")
                .param(roundId).query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("There is no round " + roundId));
        jdbc.sql("INSERT INTO round_change (round_id, seq, type, public_payload) VALUES (?, ?, ?, ?::jsonb)")
                .params(roundId, seq, type, json.writeValueAsString(publicPayload)).update();
        events.publishEvent(new RoundDelta(roundId, seq, type, publicPayload));
        return seq;
    }

    /** The round's sequence number now (the last change stored and committed, as this transaction sees it). */
    @Transactional(readOnly = true)
    public long lastSeq(long roundId) {
        return jdbc.sql("SELECT last_seq FROM participation_round WHERE id = ?").param(roundId).query(Long.class).optional().orElse(0L);
    }

    /** The changes after {@code after}, in order, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Change> after(long roundId, long after, int limit) {
        return jdbc.sql("SELECT seq, type, public_payload::text FROM round_change WHERE round_id = ? AND seq > ? ORDER BY seq LIMIT ?")
                .params(roundId, after, limit)
                .query((rs, n) -> new Change(rs.getLong(1), rs.getString(2), json.readTree(rs.getString(3)))).list();
    }

}
