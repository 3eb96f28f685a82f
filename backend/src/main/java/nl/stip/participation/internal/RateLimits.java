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
 * all rounds ({@code stip.participation.rate.per-person}, default 10 a minute) and per round, all participants
 * together (the round's own {@code ratePerMinute} when a planner set one, else {@code stip.participation.rate.per-round},
 * default 300 a minute). Past either: 429 with Retry-After (until the oldest counted contribution leaves the minute)
 * and a Dutch message. Called under the round's row lock before anything is stored, so the posts of one round are
 * counted one after the other and a refused one leaves no trace.
 */
@Component
class RateLimits {

    static final Duration WINDOW = RateWindow.WINDOW;

    private final JdbcClient jdbc;
    private final int perPerson;
    private final int perRound;

    RateLimits(JdbcClient jdbc, @Value("${stip.participation.rate.per-person:10}") int perPerson,
               @Value("${stip.participation.rate.per-round:300}") int perRound) {
        this.jdbc = jdbc;
        this.perPerson = perPerson;
        this.perRound = perRound;
    }

    void check(Round round, String email, Instant now) {
        Timestamp since = Timestamp.from(now.minus(WINDOW));
        RateWindow mine = jdbc.sql("SELECT count(*), min(created_at) FROM round_contribution WHERE author_email = ? AND created_at > ? "
                        + "AND kind IN ('reaction', 'reply')")
                .params(email, since).query((rs, n) -> window(rs)).single();
        mine.waitFor(perPerson, now).ifPresent(wait -> {
            throw new TooManyRequestsException("too-many-contributions",
                    "U plaatst veel reacties kort na elkaar. Wacht een minuut en probeer het dan opnieuw.", wait);
        });
        RateWindow all = jdbc.sql("SELECT count(*), min(created_at) FROM round_contribution WHERE round_id = ? AND created_at > ? "
                        + "AND kind IN ('reaction', 'reply')")
                .params(round.getId(), since).query((rs, n) -> window(rs)).single();
        all.waitFor(perRound(round), now).ifPresent(wait -> {
            throw new TooManyRequestsException("round-busy",
                    "Er wordt nu heel veel gereageerd in deze ronde. Er is niets opgeslagen. Probeer het over een minuut opnieuw.", wait);
        });
    }

    /** The round's own limit, or the instance's. */
    int perRound(Round round) {
        return round.getRatePerMinute() == null ? perRound : round.getRatePerMinute();
    }

    private static RateWindow window(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp oldest = rs.getTimestamp(2);
        return new RateWindow(rs.getLong(1), oldest == null ? null : oldest.toInstant());
    }
}
