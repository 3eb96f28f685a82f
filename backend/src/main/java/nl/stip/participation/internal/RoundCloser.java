package nl.stip.participation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes open rounds whose end has come. Each round is closed in a transaction of its own under the round's row lock,
 * after checking again that it is still open: two instances running this at once close a round once (one change, one
 * {@code RoundClosed}), and a failure on one round leaves the others to be closed.
 */
@Component
public class RoundCloser {

    private static final Logger log = LoggerFactory.getLogger(RoundCloser.class);

    private final JdbcClient jdbc;
    private final RoundService rounds;

    RoundCloser(JdbcClient jdbc, RoundService rounds) {
        this.jdbc = jdbc;
        this.rounds = rounds;
    }

    @Scheduled(initialDelayString = "${stip.participation.schedule-interval:PT30S}", fixedDelayString = "${stip.participation.schedule-interval:PT30S}")
    void closeDue() {
        closeDue(Instant.now());
    }

    /** Closes every round due at {@code now}; returns how many this call closed. */
    public int closeDue(Instant now) {
        List<Long> due = jdbc.sql("SELECT id FROM participation_round WHERE state = 'open' AND ends_at <= ? ORDER BY ends_at")
                .param(Timestamp.from(now)).query(Long.class).list();
        int closed = 0;
        for (long id : due) {
            try {
                if (rounds.closeIfDue(id, now)) {
                    closed++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not close round {} at its end; trying again at the next run", id, e);
            }
        }
        return closed;
    }
}
