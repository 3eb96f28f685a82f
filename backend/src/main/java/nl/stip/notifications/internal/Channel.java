package nl.stip.notifications.internal;

import java.util.Arrays;
import java.util.List;

/**
 * How a person is told. Every channel but {@code none} puts the notice in the notification centre; {@code email} also
 * mails it at once, {@code email-digest} collects it for the daily digest.
 */
enum Channel {
    IN_APP("in-app"), EMAIL("email"), EMAIL_DIGEST("email-digest"), NONE("none");

    final String key;

    Channel(String key) {
        this.key = key;
    }

    static Channel of(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst().orElse(null);
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(c -> c.key).toList();
    }
}
