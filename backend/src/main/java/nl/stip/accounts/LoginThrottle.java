package nl.stip.accounts;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * How long a login attempt must wait, from the failures of the last hour (counted in the database, so it holds across
 * instances). Three counters, each with a number of free failures, after which every further attempt waits 1, 2, 4,
 * 8 and then 15 minutes after the newest failure:
 * <ul>
 * <li>one e-mail address from one client address: 5 free — someone guessing one account;</li>
 * <li>one client address, all e-mail addresses: 20 free — spraying many accounts from one place;</li>
 * <li>one e-mail address, all client addresses: 20 free — guessing one account from many places.</li>
 * </ul>
 * The last is the only one that can hold up the owner on another client; then the owner asks for a mailed login link
 * ({@code POST /api/v1/auth/login-link}), which no throttle holds up. A waiting attempt is refused without checking
 * its password, so it neither counts nor tells anything.
 */
@Component
class LoginThrottle {

    static final Duration WINDOW = Duration.ofHours(1);
    static final int FREE_PER_ACCOUNT_AND_CLIENT = 5;
    static final int FREE_PER_CLIENT = 20;
    static final int FREE_PER_ACCOUNT = 20;
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private final AccountStore store;

    LoginThrottle(AccountStore store) {
        this.store = store;
    }

    /** The wait still ahead of an attempt for this address from this client, if any (the longest of the three). */
    Optional<Duration> waitFor(String email, String client) {
        Duration wait = Duration.ZERO;
        wait = longer(wait, remaining(store.failuresOfEmailFromClient(email, client, WINDOW), FREE_PER_ACCOUNT_AND_CLIENT));
        wait = longer(wait, remaining(store.failuresOfClient(client, WINDOW), FREE_PER_CLIENT));
        wait = longer(wait, remaining(store.failuresOfEmail(email, WINDOW), FREE_PER_ACCOUNT));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String email, String client) {
        store.recordFailure(email, client, WINDOW);
    }

    /** The wait after {@code failures} failures, of which {@code free} cost nothing: 0, then 1, 2, 4, 8, 15, 15 … minutes. */
    static Duration backOff(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(failures - free, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static Duration remaining(AccountStore.Failures failures, int free) {
        Duration left = backOff(failures.count(), free).minusSeconds(failures.secondsSinceLast());
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
