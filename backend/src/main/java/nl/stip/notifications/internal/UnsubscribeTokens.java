package nl.stip.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The token of an unsubscribe link: the person and the one kind of event it switches off, signed with HMAC-SHA256 over
 * {@code stip.notifications.secret}. Without a secret Stip starts only in demo mode (with a fixed demo secret and a
 * warning): links signed with a known secret could switch off anybody's alerts.
 */
@Component
class UnsubscribeTokens {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeTokens.class);
    static final String DEMO_SECRET = "stip-demo-notifications-secret-not-for-production";

    /** What a valid token names. */
    record Target(String email, NotificationKind kind) {
    }

    private final byte[] key;

    UnsubscribeTokens(@Value("${stip.notifications.secret:}") String secret, @Value("${stip.demo.load:false}") boolean demo) {
        this.key = chooseKey(secret, demo).getBytes(StandardCharsets.UTF_8);
    }

    static String chooseKey(String secret, boolean demo) {
        if (secret != null && !secret.isBlank()) {
            if (secret.strip().length() < 32) {
                throw new IllegalStateException("STIP_NOTIFICATIONS_SECRET (stip.notifications.secret) must have at least 32 characters");
            }
            return secret.strip();
        }
        if (!demo) {
            throw new IllegalStateException("Set STIP_NOTIFICATIONS_SECRET (stip.notifications.secret, at least 32 random characters): "
                    + "it signs the unsubscribe links in notification mails. Only demo mode (STIP_DEMO_LOAD=true) runs without one.");
        }
        log.warn("Unsubscribe links are signed with the demo secret: set STIP_NOTIFICATIONS_SECRET outside the demo");
        return DEMO_SECRET;
    }

    String issue(String email, NotificationKind kind) {
        String payload = b64(email.getBytes(StandardCharsets.UTF_8)) + "." + kind.key;
        return payload + "." + b64(mac(payload));
    }

    /** The person and kind a token names, when its signature is right; empty otherwise. */
    Optional<Target> read(String token) {
        if (token == null || token.length() > 600) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1];
        byte[] given;
        String email;
        try {
            given = Base64.getUrlDecoder().decode(parts[2]);
            email = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(given, mac(payload))) {
            return Optional.empty();
        }
        NotificationKind kind = NotificationKind.of(parts[1]);
        return kind == null ? Optional.empty() : Optional.of(new Target(email, kind));
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("unsubscribe:" + payload).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
