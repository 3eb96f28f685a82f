package nl.stip.platform.live;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Lazy;
import org.springframework.lang.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.ReactorNettyTcpStompClient;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.NativeMessageHeaderAccessor;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeType;

/**
 * The instances' link through RabbitMQ ({@code stip.live.broker=rabbitmq}): every instance keeps Spring's simple
 * broker for its own browser sessions, and this bridge holds ONE STOMP connection per instance to RabbitMQ.
 * <p><b>Out.</b> What this instance publishes on {@code /topic/...} (and every personal {@code /user/...} message) does
 * not go to the local broker: this interceptor on the broker channel hands it, in publish order, to one sender thread
 * that sends it to RabbitMQ once, as routing key {@code <prefix>.<name>} on {@code amq.topic}.
 * <p><b>In.</b> One subscription ({@code /topic/<prefix>.#}) brings back what every instance published, this one's
 * own included, in RabbitMQ's order; each message goes into the local simple broker, which fans it out to the
 * subscribed sessions of this instance (one frame each, in order). So a client gets each message once, from the same
 * path whichever instance published it. A personal message is resolved on every instance against that instance's own
 * sessions (a person may be connected to several). Internal destinations (presence reports) go to their handler.
 * <p><b>Away.</b> While RabbitMQ is unreachable, this instance's own messages go straight to its own clients (nothing
 * reaches the other instances: their clients see a gap at the next message and refetch over REST, where everything
 * stored is). The bridge logs the loss and reconnects with back-off (1 s doubling to 30 s); it counts as connected
 * again once RabbitMQ confirmed the subscription.
 */
@Component
@ConditionalOnWebApplication
public final class BrokerBridge implements ChannelInterceptor, SmartLifecycle {

    /** Marks a message that came through the bridge (or was delivered locally by it): the interceptor lets it pass. */
    static final String BRIDGED = "stipBridged";
    /** The carrier of personal messages between instances; the original {@code /user/...} destination in a header. */
    private static final String PERSONAL = "live.personal";
    private static final String TARGET_HEADER = "stip-user-destination";
    /** Where a message the bridge took over is pointed, so that neither the simple broker nor the user handler acts. */
    private static final String TAKEN = "/stip-bridge/taken";
    private static final long HEARTBEAT_MS = 10_000;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);
    /** STOMP headers of the frame itself, not of the message: not copied into the local broker's message. */
    private static final Set<String> FRAME_HEADERS = Set.of("destination", "subscription", "message-id", "ack", "redelivered",
            "content-type", "content-length", "receipt", "persistent", TARGET_HEADER);
    private static final Logger log = LoggerFactory.getLogger(BrokerBridge.class);

    private final LiveSettings settings;
    private final MessageChannel brokerChannel;
    private final TaskScheduler scheduler;
    private final boolean enabled;
    private final String remotePrefix;
    private final Map<String, MessageHandler> internal = new ConcurrentHashMap<>();
    private final AtomicLong attempt = new AtomicLong();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "live-bridge-out");
        thread.setDaemon(true);
        return thread;
    });
    private volatile ReactorNettyTcpStompClient client;
    private volatile StompSession session;
    /** The subscription is confirmed: what is sent now comes back. */
    private volatile boolean connected;
    private volatile boolean running;
    private volatile Instant lostAt;
    private Duration retry = FIRST_RETRY;

    BrokerBridge(LiveSettings settings, @Lazy @Qualifier("brokerChannel") MessageChannel brokerChannel,
                 @Lazy @Qualifier("messageBrokerTaskScheduler") TaskScheduler scheduler) {
        this.settings = settings;
        this.brokerChannel = brokerChannel;
        this.scheduler = scheduler;
        this.enabled = settings.broker == LiveSettings.Broker.RABBITMQ;
        this.remotePrefix = "/topic/" + settings.brokerPrefix + ".";
    }

    /** Whether instances are bridged at all (RabbitMQ mode). */
    boolean enabled() {
        return enabled;
    }

    /** Whether the link to RabbitMQ is up and its subscription confirmed (always false with the simple broker). */
    public boolean connected() {
        return connected;
    }

    /** Messages on this {@code /topic/} destination from any instance go to the handler instead of to clients. */
    void onInternal(String destination, MessageHandler handler) {
        internal.put(destination, handler);
    }

    // ---- out: the broker channel's interceptor (registered in RabbitMQ mode only, see LiveConfig)

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        if (!running || message.getHeaders().containsKey(BRIDGED)
                || SimpMessageHeaderAccessor.getMessageType(message.getHeaders()) != SimpMessageType.MESSAGE) {
            return message;
        }
        String destination = SimpMessageHeaderAccessor.getDestination(message.getHeaders());
        if (destination == null || !(destination.startsWith("/topic/") || destination.startsWith("/user/"))) {
            return message;   // e.g. /queue/rounds-user{session}: a personal message already resolved on this instance
        }
        try {
            sender.execute(() -> forward(destination, message));
        } catch (RejectedExecutionException shuttingDown) {
            return message;   // the local broker delivers it, as when RabbitMQ is away
        }
        // Returning null would make the template report a failed send: point it where nobody listens instead.
        return MessageBuilder.fromMessage(message).setHeader(SimpMessageHeaderAccessor.DESTINATION_HEADER, TAKEN).build();
    }

    /** On the sender thread, in publish order: to RabbitMQ when linked, else to this instance's clients only. */
    private void forward(String destination, Message<?> message) {
        long id = attempt.get();
        StompSession linked = connected ? session : null;
        if (linked != null) {
            StompHeaders headers = new StompHeaders();
            if (destination.startsWith("/user/")) {
                headers.setDestination(remotePrefix + PERSONAL);
                headers.set(TARGET_HEADER, destination);
            } else {
                headers.setDestination(remotePrefix + destination.substring("/topic/".length()));
            }
            Object type = message.getHeaders().get(MessageHeaders.CONTENT_TYPE);
            if (type != null) {
                headers.setContentType(type instanceof MimeType mime ? mime : MimeType.valueOf(type.toString()));
            }
            if (message.getHeaders().get(NativeMessageHeaderAccessor.NATIVE_HEADERS) instanceof Map<?, ?> extra) {
                extra.forEach((name, values) -> {
                    if (name instanceof String header && !FRAME_HEADERS.contains(header) && values instanceof List<?> list) {
                        list.forEach(value -> headers.add(header, String.valueOf(value)));
                    }
                });
            }
            try {
                linked.send(headers, bytes(message.getPayload()));
                return;
            } catch (RuntimeException e) {
                lost(id, e);
            }
        }
        deliver(destination, message);
    }

    private static byte[] bytes(Object payload) {
        return payload instanceof byte[] bytes ? bytes : payload.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---- in: the one subscription

    private final StompFrameHandler incoming = new StompFrameHandler() {
        @Override
        public java.lang.reflect.Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, @Nullable Object payload) {
            String remote = headers.getDestination();
            if (remote == null || !remote.startsWith(remotePrefix)) {
                return;
            }
            String name = remote.substring(remotePrefix.length());
            String destination = name.equals(PERSONAL) ? headers.getFirst(TARGET_HEADER) : "/topic/" + name;
            if (destination == null || !(destination.startsWith("/topic/") || destination.startsWith("/user/"))) {
                return;
            }
            SimpMessageHeaderAccessor accessor = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
            accessor.setDestination(destination);
            if (headers.getContentType() != null) {
                accessor.setContentType(headers.getContentType());
            }
            headers.forEach((header, values) -> {
                if (!FRAME_HEADERS.contains(header)) {
                    values.forEach(value -> accessor.addNativeHeader(header, value));
                }
            });
            accessor.setHeader(BRIDGED, Boolean.TRUE);
            Message<byte[]> message = MessageBuilder.createMessage(payload == null ? new byte[0] : (byte[]) payload,
                    accessor.getMessageHeaders());
            MessageHandler handler = internal.get(destination);
            if (handler != null) {
                handler.handleMessage(message);
            } else {
                brokerChannel.send(message);
            }
        }
    };

    /** Straight to this instance's clients (or internal handler), as if it had come back through RabbitMQ. */
    private void deliver(String destination, Message<?> message) {
        Message<?> local = MessageBuilder.fromMessage(message).setHeader(BRIDGED, Boolean.TRUE).build();
        MessageHandler handler = internal.get(destination);
        if (handler != null) {
            handler.handleMessage(local);
        } else {
            brokerChannel.send(local);
        }
    }

    // ---- the connection

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        running = true;
        ReactorNettyTcpStompClient stomp = new ReactorNettyTcpStompClient(settings.brokerHost, settings.brokerPort);
        stomp.setTaskScheduler(scheduler);
        stomp.setDefaultHeartbeat(new long[] {HEARTBEAT_MS, HEARTBEAT_MS});
        client = stomp;
        connect();
    }

    private void connect() {
        if (!running) {
            return;
        }
        long mine = attempt.incrementAndGet();
        StompHeaders connect = new StompHeaders();
        connect.setLogin(settings.brokerLogin);
        connect.setPasscode(settings.brokerPasscode);
        // RabbitMQ reads the STOMP host header as the virtual host.
        connect.setHost(settings.brokerVirtualHost);
        client.connectAsync(connect, new Link(mine));
    }

    /** One connection attempt's callbacks; those of an attempt already given up are ignored (see {@link #lost}). */
    private final class Link extends StompSessionHandlerAdapter {
        private final long id;

        Link(long id) {
            this.id = id;
        }

        @Override
        public void afterConnected(StompSession stomp, StompHeaders connectedHeaders) {
            synchronized (BrokerBridge.this) {
                if (id != attempt.get() || !running) {
                    stomp.disconnect();
                    return;
                }
                session = stomp;
            }
            // A receipt for the subscription only (an automatic one on every SEND would cost a frame and a timer each).
            StompHeaders subscribe = new StompHeaders();
            subscribe.setDestination(remotePrefix + "#");
            subscribe.setReceipt("live-link-" + id);
            try {
                StompSession.Subscription subscription = stomp.subscribe(subscribe, incoming);
                subscription.addReceiptTask(() -> linked(id));
                subscription.addReceiptLostTask(() -> lost(id, new IllegalStateException("RabbitMQ did not confirm the subscription")));
            } catch (RuntimeException e) {
                lost(id, e);
            }
        }

        @Override
        public void handleFrame(StompHeaders headers, @Nullable Object payload) {
            // An ERROR frame; RabbitMQ closes the connection after it, which handleTransportError then reports.
            log.warn("RabbitMQ sent an error on the live link: {} {}", headers.getFirst("message"),
                    payload instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : "");
        }

        @Override
        public void handleException(StompSession stomp, @Nullable StompCommand command, StompHeaders headers, byte[] payload,
                                    Throwable exception) {
            log.warn("A message from RabbitMQ for {} could not be delivered on this instance", headers.getDestination(), exception);
        }

        @Override
        public void handleTransportError(StompSession stomp, Throwable exception) {
            lost(id, exception);
        }
    }

    private synchronized void linked(long id) {
        if (id != attempt.get() || !running) {
            return;
        }
        connected = true;
        retry = FIRST_RETRY;
        if (lostAt == null) {
            log.info("Live link to RabbitMQ {}:{} up (one connection, subscription {}#)", settings.brokerHost,
                    settings.brokerPort, remotePrefix);
        } else {
            log.info("Live link to RabbitMQ {}:{} back after {} s; what was published meanwhile reached only the clients "
                    + "of the instance that published it (the others refetch over REST)", settings.brokerHost, settings.brokerPort,
                    Duration.between(lostAt, Instant.now()).toSeconds());
            lostAt = null;
        }
    }

    /** Attempt {@code id} failed (or its link broke): give it up and plan the next attempt, once per attempt. */
    private synchronized void lost(long id, Throwable why) {
        if (id != attempt.get()) {
            return;   // news of an attempt already given up
        }
        attempt.incrementAndGet();   // from here on, this attempt's callbacks are ignored
        boolean wasUp = connected;
        connected = false;
        StompSession broken = session;
        session = null;
        if (broken != null && broken.isConnected()) {
            try {
                broken.disconnect();
            } catch (RuntimeException ignored) {
                // it is being given up anyway
            }
        }
        if (!running) {
            return;
        }
        Duration wait = retry;
        retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
        if (wasUp || lostAt == null) {
            lostAt = Instant.now();
            log.warn("Live link to RabbitMQ {}:{} lost or not made ({}); this instance's clients get its own messages only, "
                    + "until it is back; retrying in {} s", settings.brokerHost, settings.brokerPort, why.toString(), wait.toSeconds());
        } else {
            log.info("Live link to RabbitMQ {}:{} still down ({}); retrying in {} s", settings.brokerHost, settings.brokerPort,
                    why.toString(), wait.toSeconds());
        }
        scheduler.schedule(this::connect, Instant.now().plus(wait));
    }

    @Override
    public void stop() {
        running = false;
        connected = false;
        StompSession open = session;
        session = null;
        if (open != null && open.isConnected()) {
            try {
                open.disconnect();
            } catch (RuntimeException ignored) {
                // shutting down
            }
        }
        if (client != null) {
            client.shutdown();
        }
        sender.shutdown();
        try {
            sender.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
