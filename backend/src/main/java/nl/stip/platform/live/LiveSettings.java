package nl.stip.platform.live;

import nl.stip.platform.web.PublicUrl;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The real-time settings (application.properties, {@code stip.live.*} and the {@code STIP_BROKER*} variables). */
@Component
class LiveSettings {

    enum Broker { SIMPLE, RABBITMQ }

    final Broker broker;
    final String brokerHost;
    final int brokerPort;
    final String brokerLogin;
    final String brokerPasscode;
    final String brokerVirtualHost;
    /** The first word of the instances' routing keys on {@code amq.topic}: deployments sharing a virtual host differ here. */
    final String brokerPrefix;
    final int maxFrameBytes;
    final int framesPerSecond;
    final int frameBurst;
    /** The origin ({@code scheme://host[:port]}) browsers must come from: that of {@code stip.public-url}. */
    final String allowedOrigin;

    LiveSettings(@Value("${stip.live.broker:simple}") String broker,
                 @Value("${stip.live.broker-host:127.0.0.1}") String brokerHost,
                 @Value("${stip.live.broker-port:61613}") int brokerPort,
                 @Value("${stip.live.broker-login:guest}") String brokerLogin,
                 @Value("${stip.live.broker-passcode:guest}") String brokerPasscode,
                 @Value("${stip.live.broker-virtual-host:/}") String brokerVirtualHost,
                 @Value("${stip.live.broker-prefix:stip}") String brokerPrefix,
                 @Value("${stip.live.max-frame-bytes:8192}") int maxFrameBytes,
                 @Value("${stip.live.frames-per-second:10}") int framesPerSecond,
                 @Value("${stip.live.frame-burst:40}") int frameBurst,
                 PublicUrl publicUrl) {
        this.broker = switch (broker.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "", "simple" -> Broker.SIMPLE;
            case "rabbitmq" -> Broker.RABBITMQ;
            default -> throw new IllegalStateException("stip.live.broker (STIP_BROKER) must be simple or rabbitmq, not " + broker);
        };
        this.brokerHost = brokerHost;
        this.brokerPort = brokerPort;
        this.brokerLogin = brokerLogin;
        this.brokerPasscode = brokerPasscode;
        this.brokerVirtualHost = brokerVirtualHost;
        if (!brokerPrefix.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalStateException("stip.live.broker-prefix (STIP_BROKER_PREFIX) must be 1-64 letters, digits, - or _ "
                    + "(one word of a routing key), not " + brokerPrefix);
        }
        this.brokerPrefix = brokerPrefix;
        this.maxFrameBytes = maxFrameBytes;
        this.framesPerSecond = framesPerSecond;
        this.frameBurst = frameBurst;
        this.allowedOrigin = publicUrl.origin();
    }

}
