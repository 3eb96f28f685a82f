package nl.stip.platform.live;

import org.springframework.lang.Nullable;
import org.springframework.security.core.Authentication;

/**
 * A feature module's say over who may subscribe to its topics: the platform knows no feature, so every
 * {@code /topic/...} destination a client asks for must be covered by exactly one guard, which decides. A destination
 * no guard covers is refused. Called on the inbound channel's thread for every SUBSCRIBE: keep it quick.
 */
public interface TopicGuard {

    /** Whether this guard decides subscriptions to the destination (e.g. it starts with {@code /topic/rounds.}). */
    boolean covers(String destination);

    /** Whether the person may subscribe to the destination now; {@code person} is null for a visitor without a login. */
    boolean maySubscribe(String destination, @Nullable Authentication person);

    /**
     * Whether the platform counts the sessions subscribed to this destination and pushes the count, without a
     * sequence number, on the destination plus {@code .presence} (see {@link PresenceRegistry}).
     */
    default boolean countsPresence(String destination) {
        return false;
    }
}
