package nl.stip.participation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One sliding window of a rate limit: {@code count} contributions in the last {@link #WINDOW}, the oldest of them at
 * {@code oldest}. Past the limit, how long to wait: until the oldest leaves the window (then one more fits), at least a
 * second. Pure, so the arithmetic is tested without a database.
 */
record RateWindow(long count, Instant oldest) {

    static final Duration WINDOW = Duration.ofMinutes(1);

    /** Empty when one more fits under {@code limit}; else the wait. */
    Optional<Duration> waitFor(int limit, Instant now) {
        if (count < limit) {
            return Optional.empty();
        }
        if (oldest == null) {
            return Optional.of(WINDOW);
        }
        Duration left = Duration.between(now, oldest.plus(WINDOW));
        return Optional.of(left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left);
    }
}
