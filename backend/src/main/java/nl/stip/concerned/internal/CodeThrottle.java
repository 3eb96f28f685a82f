package nl.stip.concerned.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.stip.platform.web.TooManyRequestsException;
import org.springframework.stereotype.Component;

/**
 * Wrong or reused letter codes per person: after {@link #MAX_WRONG} within {@link #WINDOW} every further attempt waits
 * (429 with Retry-After) until the oldest wrong attempt leaves the window. Kept in memory (one instance; a restart
 * forgives): the code's ~40 bits and its expiry keep guessing hopeless either way.
 */
@Component
class CodeThrottle {

    static final int MAX_WRONG = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> wrong = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** Refuses with 429 when the person has used up their wrong attempts. */
    void check(String email) {
        Deque<Instant> attempts = wrong.get(email);
        if (attempts == null) {
            return;
        }
        synchronized (attempts) {
            Instant now = clock.instant();
            while (!attempts.isEmpty() && attempts.peekFirst().plus(WINDOW).isBefore(now)) {
                attempts.pollFirst();
            }
            if (attempts.size() >= MAX_WRONG) {
                throw new TooManyRequestsException("code-attempts", "Too many wrong codes: try again later.",
                        Duration.between(now, attempts.peekFirst().plus(WINDOW)));
            }
        }
    }

    void wrong(String email) {
        Deque<Instant> attempts = wrong.computeIfAbsent(email, k -> new ArrayDeque<>());
        synchronized (attempts) {
            attempts.addLast(clock.instant());
        }
    }

    void forget(String email) {
        wrong.remove(email);
    }
}
