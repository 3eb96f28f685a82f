package nl.stip.platform.live;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Lazy;
import org.springframework.lang.Nullable;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Who is in a topic now: the sessions subscribed to each destination a {@link TopicGuard} counts. The count is pushed
 * on the destination plus {@code .presence} as {@code {"count": n}} (no sequence number: presence is not part of the
 * stored record), at most twice a second per destination however many join at once. The names (principal names of
 * those logged in) are for the feature's own REST answer to those allowed to see them.
 * <p>
 * Counts the sessions of this instance. With several instances linked through RabbitMQ each instance counts its
 * own, see {@link ClusterPresence}, which adds the others' counts.
 */
@Component
@ConditionalOnWebApplication
public class PresenceRegistry {

    /** A session's subscriptions that count: subscription id → destination, and the person (null: anonymous). */
    private record Member(@Nullable String person, Map<String, String> subscriptions) {
    }

    public record Presence(int count) {
    }

    private final Map<String, Member> sessions = new ConcurrentHashMap<>();
    /** destination → session ids subscribed to it. */
    private final Map<String, Set<String>> topics = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final SimpMessagingTemplate broker;
    private final ClusterPresence cluster;

    PresenceRegistry(@Lazy SimpMessagingTemplate broker, ClusterPresence cluster) {
        this.broker = broker;
        this.cluster = cluster;
    }

    /** How many sessions are subscribed to the destination now (on all instances). */
    public int count(String destination) {
        return local(destination) + cluster.othersCount(destination);
    }

    /** The distinct principal names of those logged in and subscribed (all instances); visitors are counted, not named. */
    public List<String> names(String destination) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(cluster.othersNames(destination));
        names.addAll(localNames(destination));
        return List.copyOf(names);
    }

    int local(String destination) {
        Set<String> ids = topics.get(destination);
        return ids == null ? 0 : ids.size();
    }

    List<String> localNames(String destination) {
        Set<String> ids = topics.getOrDefault(destination, Set.of());
        return ids.stream().map(sessions::get).filter(m -> m != null && m.person() != null).map(Member::person)
                .distinct().sorted().toList();
    }

    Set<String> localDestinations() {
        return Set.copyOf(topics.keySet());
    }

    void joined(String sessionId, String subscriptionId, String destination, @Nullable String person) {
        Member member = sessions.computeIfAbsent(sessionId, id -> new Member(person, new ConcurrentHashMap<>()));
        member.subscriptions().put(subscriptionId, destination);
        topics.computeIfAbsent(destination, d -> ConcurrentHashMap.newKeySet()).add(sessionId);
        changed.add(destination);
    }

    void left(String sessionId, String subscriptionId) {
        Member member = sessions.get(sessionId);
        if (member == null) {
            return;
        }
        String destination = member.subscriptions().remove(subscriptionId);
        if (destination != null && !member.subscriptions().containsValue(destination)) {
            leave(sessionId, destination);
        }
    }

    void gone(String sessionId) {
        Member member = sessions.remove(sessionId);
        if (member != null) {
            Set.copyOf(member.subscriptions().values()).forEach(destination -> leave(sessionId, destination));
        }
    }

    private void leave(String sessionId, String destination) {
        topics.computeIfPresent(destination, (d, ids) -> {
            ids.remove(sessionId);
            return ids.isEmpty() ? null : ids;
        });
        changed.add(destination);
    }

    /** Called by the cluster view when another instance's count for the destination changed. */
    void othersChanged(String destination) {
        changed.add(destination);
    }

    @Scheduled(fixedDelayString = "${stip.live.presence-interval:PT0.5S}")
    void pushChanges() {
        for (String destination : Set.copyOf(changed)) {
            changed.remove(destination);
            cluster.publish(destination, local(destination), localNames(destination));
            broker.convertAndSend(destination + ".presence", new Presence(count(destination)));
        }
    }
}
