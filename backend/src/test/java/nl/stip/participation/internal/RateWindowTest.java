package nl.stip.participation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The arithmetic of one rate window: under the limit one more fits; at it, wait until the oldest leaves the minute. */
class RateWindowTest {

    private final Instant now = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void under_the_limit_one_more_fits() {
        assertThat(new RateWindow(2, now.minusSeconds(30)).waitFor(3, now)).isEmpty();
        assertThat(new RateWindow(0, null).waitFor(1, now)).isEmpty();
    }

    @Test
    void at_the_limit_the_wait_is_until_the_oldest_leaves_the_minute() {
        assertThat(new RateWindow(3, now.minusSeconds(45)).waitFor(3, now)).contains(Duration.ofSeconds(15));
        assertThat(new RateWindow(5, now.minusSeconds(1)).waitFor(3, now)).contains(Duration.ofSeconds(59));
    }

    @Test
    void the_wait_is_at_least_a_second_and_a_full_minute_when_the_oldest_is_unknown() {
        assertThat(new RateWindow(3, now.minusSeconds(60)).waitFor(3, now)).contains(Duration.ofSeconds(1));
        assertThat(new RateWindow(3, null).waitFor(3, now)).contains(Duration.ofMinutes(1));
    }
}
