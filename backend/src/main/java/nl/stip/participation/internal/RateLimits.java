package nl.stip.participation.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import nl.stip.platform.web.TooManyRequestsException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rate limits on reactions and replies, counted in the database (so they hold across instances): per person over
 * all rounds ({@code stip.participation.rate.per-person}, default 10 a minute) and per round
 * ({@code stip.participation.rate.per-round}, default 300 a minute). Called under the round's row lock, so the posts
 * of one round are counted one after the other.
 */
@Component
class RateLimits {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final int perPerson;
    private final int perRound;

    RateLimits(JdbcClient jdbc, @Value("${stip.participation.rate.per-person:10}") int perPerson,
               @Value("${stip.participation.rate.per-round:300}") int perRound) {
        this.jdbc = jdbc;
        this.perPerson = perPerson;
        this.perRound = perRound;
    }

    void check(long roundId, String email, Instant now) {
        Timestamp since = Timestamp.from(now.minus(WINDOW));
        long mine = jdbc.sql("SELECT count(*) FROM round_contribution WHERE author_email = ? AND created_at > ? AND kind IN ('reaction', 'reply')")
                .params(email, since).query(Long.class).single();
        if (mine >= perPerson) {
            throw new TooManyRequestsException("too-many-contributions",
                    "U plaatst veel reacties kort na elkaar. Wacht een minuut en probeer het dan opnieuw.", wait(email, now));
        }
        long round = jdbc.sql("SELECT count(*) FROM round_contribution WHERE round_id = ? AND created_at > ? AND kind IN ('reaction', 'reply')")
                .params(roundId, since).query(Long.class).single();
        if (round >= perRound) {
            throw new TooManyRequestsException("round-busy", "Er wordt nu heel veel gereageerd in deze ronde. Probeer het over een minuut opnieuw.",
                    WINDOW);
        }
    }

    /** Until the oldest counted contribution leaves the window (then one more is allowed). */
    private Duration wait(String email, Instant now) {
        Timestamp oldest = jdbc.sql("SELECT min(created_at) FROM round_contribution WHERE author_email = ? AND created_at > ? "
                        + "AND kind IN ('reaction', 'reply')")
                .params(email, Timestamp.from(now.minus(WINDOW))).query(Timestamp.class).optional().orElse(null);
        if (oldest == null) {
            return WINDOW;
        }
        Duration left = Duration.between(now, oldest.toInstant().plus(WINDOW));
        return left.isNegative() ? Duration.ofSeconds(1) : left;
    }
}
