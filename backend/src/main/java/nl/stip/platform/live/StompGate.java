package nl.stip.platform.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import nl.stip.platform.web.SessionCsrfTokenRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Every frame a client sends passes here before the broker sees it. CONNECT must carry the HTTP session's CSRF token
 * in {@code X-XSRF-TOKEN} (a page on another site cannot read it); SEND and the transaction frames are refused (all
 * writes go through the REST API and its one validation path); SUBSCRIBE is allowed to one's own {@code /user/queue/}
 * and to the {@code /topic/} destinations a {@link TopicGuard} allows; a client sending more than its share of frames
 * is cut off. A refusal throws, which Spring answers with an ERROR frame and the end of the connection.
 */
@Component
@ConditionalOnWebApplication
class StompGate implements ChannelInterceptor {

    /** Plain names only: no broker wildcards ({@code *}, {@code #}, Ant patterns) that would reach other topics. */
    private static final Pattern DESTINATION = Pattern.compile("/(topic|user/queue)/[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    private final ObjectProvider<TopicGuard> guards;
    private final PresenceRegistry presence;
    private final LiveSettings settings;
    private final Map<String, FrameBudget> budgets = new ConcurrentHashMap<>();

    StompGate(ObjectProvider<TopicGuard> guards, PresenceRegistry presence, LiveSettings settings) {
        this.guards = guards;
        this.presence = presence;
        this.settings = settings;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor frame = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (frame == null || frame.getMessageType() == SimpMessageType.HEARTBEAT) {
            return message;
        }
        StompCommand command = frame.getCommand();
        String sessionId = frame.getSessionId();
        if (command == StompCommand.DISCONNECT) {
            ended(sessionId);
            return message;
        }
        if (sessionId != null && !budgets.computeIfAbsent(sessionId, id -> new FrameBudget(settings.framesPerSecond, settings.frameBurst)).take()) {
            throw refused("Too many frames: at most " + settings.framesPerSecond + " a second.");
        }
        if (command == null) {
            return message;
        }
        switch (command) {
            case CONNECT, STOMP -> checkCsrf(frame);
            case SUBSCRIBE -> subscribe(frame);
            case UNSUBSCRIBE -> {
                if (frame.getSubscriptionId() != null) {
                    presence.left(sessionId, frame.getSubscriptionId());
                }
            }
            default -> throw refused(command + " is not accepted: clients only subscribe; changes go through the REST API.");
        }
        return message;
    }

    private void checkCsrf(StompHeaderAccessor frame) {
        Map<String, Object> attributes = frame.getSessionAttributes();
        Object expected = attributes == null ? null : attributes.get(SessionHandshake.CSRF_TOKEN);
        String given = frame.getFirstNativeHeader(SessionCsrfTokenRepository.HEADER);
        if (expected == null) {
            // A visitor without a session has no token (and nothing of theirs to misuse); a login always has one.
            if (person(frame) != null) {
                throw refused("The session has no CSRF token: ask " + SessionCsrfTokenRepository.TOKEN_PATH + " first.");
            }
            return;
        }
        if (given == null || !MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            throw refused("CONNECT needs the session's CSRF token in " + SessionCsrfTokenRepository.HEADER + ".");
        }
    }

    private void subscribe(StompHeaderAccessor frame) {
        String destination = frame.getDestination();
        if (destination == null || !DESTINATION.matcher(destination).matches()) {
            throw refused("No subscription to " + destination + ".");
        }
        if (frame.getFirstNativeHeader("selector") != null) {
            throw refused("Selectors are not accepted.");
        }
        if (SessionHandshake.sessionEnded(frame.getSessionAttributes())) {
            throw refused("The session has ended: log in again and reconnect.");
        }
        Authentication person = person(frame);
        if (destination.startsWith("/user/queue/")) {
            if (person == null) {
                throw refused("Personal messages need a login.");
            }
            return;
        }
        List<TopicGuard> covering = guards.orderedStream().filter(guard -> guard.covers(destination)).toList();
        if (covering.size() != 1 || !covering.get(0).maySubscribe(destination, person)) {
            throw refused("Not allowed to subscribe to " + destination + ".");
        }
        if (covering.get(0).countsPresence(destination) && frame.getSubscriptionId() != null) {
            presence.joined(frame.getSessionId(), frame.getSubscriptionId(), destination, person == null ? null : person.getName());
        }
    }

    private static Authentication person(SimpMessageHeaderAccessor frame) {
        Principal user = frame.getUser();
        return user instanceof Authentication authentication && authentication.isAuthenticated() ? authentication : null;
    }

    /** Also for a connection that just dropped (Spring publishes this once per session, DISCONNECT frame or not). */
    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        ended(event.getSessionId());
    }

    private void ended(String sessionId) {
        if (sessionId != null) {
            budgets.remove(sessionId);
            presence.gone(sessionId);
        }
    }

    private static MessageDeliveryException refused(String why) {
        return new MessageDeliveryException(why);
    }

    /** A token bucket: {@code burst} frames at once, refilled at {@code perSecond}. */
    private static final class FrameBudget {
        private final double perNano;
        private final double burst;
        private double tokens;
        private long last = System.nanoTime();

        FrameBudget(int perSecond, int burst) {
            this.perNano = perSecond / 1e9;
            this.burst = burst;
            this.tokens = burst;
        }

        synchronized boolean take() {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - last) * perNano);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
