package nl.stip.platform.live;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpMethod;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

import nl.stip.platform.web.SecurityContribution;

/**
 * STOMP over a raw WebSocket at {@code /ws}, for browsers of {@code stip.public-url}'s origin only. Destinations:
 * {@code /topic/...} (decided by the feature modules' {@link TopicGuard}s) and the personal {@code /user/queue/...}.
 * The broker is Spring's simple broker in this JVM for this instance's own sessions, always. With
 * {@code stip.live.broker=rabbitmq} (STIP_BROKER) the instances are linked through RabbitMQ by the {@link BrokerBridge}
 * (one STOMP connection per instance, an interceptor on the broker channel): the same code publishes either way.
 * Messages to one client keep the order in which they were published.
 */
@Configuration
@ConditionalOnWebApplication
@EnableWebSocketMessageBroker
class LiveConfig implements WebSocketMessageBrokerConfigurer {

    static final String ENDPOINT = "/ws";
    private static final long HEARTBEAT_MS = 10_000;

    private final LiveSettings settings;
    private final StompGate gate;
    private final BrokerBridge bridge;
    private final TaskScheduler scheduler;

    LiveConfig(LiveSettings settings, StompGate gate, BrokerBridge bridge, @Lazy TaskScheduler messageBrokerTaskScheduler) {
        this.settings = settings;
        this.gate = gate;
        this.bridge = bridge;
        this.scheduler = messageBrokerTaskScheduler;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint(ENDPOINT).setAllowedOrigins(settings.allowedOrigin).addInterceptors(new SessionHandshake());
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.setPreservePublishOrder(true);
        registry.setUserDestinationPrefix("/user");
        registry.enableSimpleBroker("/topic", "/queue")
                .setHeartbeatValue(new long[] {HEARTBEAT_MS, HEARTBEAT_MS}).setTaskScheduler(scheduler);
        if (bridge.enabled()) {
            // What is published goes to RabbitMQ once and comes back to every instance's simple broker.
            registry.configureBrokerChannel().interceptors(bridge);
        }
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.setMessageSizeLimit(settings.maxFrameBytes);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(gate);
    }

    /** The handshake is open to all (a visitor may follow a public round); CONNECT and SUBSCRIBE decide the rest. */
    @Bean
    SecurityContribution liveEndpoint() {
        return auth -> auth.requestMatchers(HttpMethod.GET, ENDPOINT).permitAll();
    }
}
