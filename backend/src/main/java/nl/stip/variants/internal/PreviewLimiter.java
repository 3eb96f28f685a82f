package nl.stip.variants.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.stip.platform.web.TooManyRequestsException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A light limit on previews: at most {@code stip.variants.preview-per-second} (2) a second per person (the viewer
 * debounces; this stops a loop). Counted in memory, per instance: a preview stores nothing, so a limit per instance is
 * enough. Only the benchmark (VariantBench) raises it, to time the check and indicators rather than the limit.
 */
@Component
class PreviewLimiter {

    static final String PROPERTY = "stip.variants.preview-per-second";
    private static final Duration WINDOW = Duration.ofSeconds(1);

    private final Map<String, Deque<Long>> calls = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();
    private final int perSecond;

    PreviewLimiter(@Value("${" + PROPERTY + ":2}") int perSecond) {
        if (perSecond < 1) {
            throw new IllegalArgumentException(PROPERTY + " must be at least 1, not " + perSecond);
        }
        this.perSecond = perSecond;
    }

    void acquire(String person) {
        long now = clock.millis();
        Deque<Long> mine = calls.computeIfAbsent(person, p -> new ArrayDeque<>());
        synchronized (mine) {
            while (!mine.isEmpty() && mine.peekFirst() <= now - WINDOW.toMillis()) {
                mine.pollFirst();
            }
            if (mine.size() >= perSecond) {
                throw new TooManyRequestsException("too-many-previews",
                        "U vraagt de voorvertoning te vaak op. Wacht even en probeer het opnieuw.", WINDOW);
            }
            mine.addLast(now);
        }
        if (calls.size() > 10_000) {
            calls.entrySet().removeIf(e -> e.getValue().isEmpty());
        }
    }
}
