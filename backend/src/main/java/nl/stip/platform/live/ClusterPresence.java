package nl.stip.platform.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The other instances' presence counts, when several are linked through RabbitMQ: every instance publishes its own
 * count per destination on {@value #TOPIC} (when it changes, and all of them every 10 s), reads the others' from the
 * {@link BrokerBridge} (never delivered to clients), and forgets an instance it has not heard from for 30 s. With the
 * simple broker alone there are no others and this does nothing.
 */
@Component
@ConditionalOnWebApplication
class ClusterPresence implements SmartInitializingSingleton {

    static final String TOPIC = "/topic/live.presence";
    private static final Duration FORGET_AFTER = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(ClusterPresence.class);

    record Report(String instance, String destination, int count, List<String> names) {
    }

    private record Seen(int count, List<String> names, Instant at) {
    }

    private final String instance = UUID.randomUUID().toString();
    private final BeanFactory beans;
    private final BrokerBridge bridge;
    private final SimpMessagingTemplate broker;
    private final JsonMapper json = JsonMapper.builder().build();
    /** destination → other instance → its last report. */
    private final Map<String, Map<String, Seen>> others = new ConcurrentHashMap<>();
    private volatile boolean linked;
    private volatile Consumer<String> onChange = destination -> { };
    private volatile PresenceRegistry registry;

    ClusterPresence(BeanFactory beans, BrokerBridge bridge, @Lazy SimpMessagingTemplate broker) {
        this.beans = beans;
        this.bridge = bridge;
        this.broker = broker;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (bridge.enabled()) {
            bridge.onInternal(TOPIC, this::receive);
            linked = true;
            registry = beans.getBean(PresenceRegistry.class);
            onChange = registry::othersChanged;
        }
    }

    int othersCount(String destination) {
        return fresh(destination).values().stream().mapToInt(Seen::count).sum();
    }

    List<String> othersNames(String destination) {
        return fresh(destination).values().stream().flatMap(seen -> seen.names().stream()).distinct().toList();
    }

    private Map<String, Seen> fresh(String destination) {
        Map<String, Seen> seen = others.get(destination);
        if (seen == null) {
            return Map.of();
        }
        Instant oldest = Instant.now().minus(FORGET_AFTER);
        seen.values().removeIf(report -> report.at().isBefore(oldest));
        return seen;
    }

    void publish(String destination, int count, List<String> names) {
        if (linked) {
            broker.convertAndSend(TOPIC, new Report(instance, destination, count, names));
        }
    }

    /** Every 10 s, all of this instance's counts again, so the others keep them (and forget a stopped instance). */
    @Scheduled(fixedDelay = 10_000, initialDelay = 10_000)
    void republish() {
        if (linked && registry != null) {
            for (String destination : registry.localDestinations()) {
                publish(destination, registry.local(destination), registry.localNames(destination));
            }
        }
    }

    private void receive(Message<?> message) {
        try {
            Object payload = message.getPayload();
            Report report = payload instanceof byte[] bytes ? json.readValue(bytes, Report.class)
                    : json.readValue(payload.toString(), Report.class);
            if (report.instance().equals(instance)) {
                return;
            }
            Seen previous = others.computeIfAbsent(report.destination(), d -> new ConcurrentHashMap<>())
                    .put(report.instance(), new Seen(report.count(), List.copyOf(report.names()), Instant.now()));
            if (previous == null || previous.count() != report.count() || !previous.names().equals(report.names())) {
                onChange.accept(report.destination());
            }
        } catch (RuntimeException e) {
            log.warn("Ignored a presence report that could not be read: {}", e.getMessage());
        }
    }
}
