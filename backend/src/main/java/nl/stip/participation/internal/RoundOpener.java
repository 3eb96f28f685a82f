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
 * Opens scheduled draft rounds whose start has come, every {@code stip.participation.schedule-interval}. Each round
 * opens in a transaction of its own that takes its row with {@code FOR UPDATE SKIP LOCKED} and checks again that it
 * is still a due, scheduled draft ({@link RoundService#openIfDue}): two instances running this at once open a round
 * once (one change, one {@code RoundOpened}), and a failure on one round leaves the others to be opened.
 */
@Component
public class RoundOpener {

    private static final Logger log = LoggerFactory.getLogger(RoundOpener.class);

    private final JdbcClient jdbc;
    private final RoundService rounds;

    RoundOpener(JdbcClient jdbc, RoundService rounds) {
        this.jdbc = jdbc;
        this.rounds = rounds;
    }

    @Scheduled(initialDelayString = "${stip.participation.schedule-interval:PT30S}", fixedDelayString = "${stip.participation.schedule-interval:PT30S}")
    void openDue() {
        openDue(Instant.now());
    }

    /** Opens every scheduled round due at {@code now}; returns how many this call opened. */
    public int openDue(Instant now) {
        List<Long> due = jdbc.sql("SELECT id FROM participation_round WHERE state = 'draft' AND scheduled_at IS NOT NULL AND starts_at <= ? "
                        + "ORDER BY starts_at").param(Timestamp.from(now)).query(Long.class).list();
        int opened = 0;
        for (long id : due) {
            try {
                if (rounds.openIfDue(id, now)) {
                    opened++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not open scheduled round {} at its start; trying again at the next run", id, e);
            }
        }
        return opened;
    }
}
