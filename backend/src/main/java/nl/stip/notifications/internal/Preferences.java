package nl.stip.notifications.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.stip.platform.web.InvalidParameterException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Per person and kind of event the channel; a kind without a choice has its default. */
@Service
class Preferences {

    private final NotificationsStore store;

    Preferences(NotificationsStore store) {
        this.store = store;
    }

    /** The channel of a kind for a person: their choice, or the default. */
    Channel channel(String email, NotificationKind kind) {
        String chosen = store.preferences(email).get(kind.key);
        return chosen == null ? kind.standard : Channel.of(chosen);
    }

    @Transactional(readOnly = true)
    NotificationViews.Preferences get(String email) {
        Map<String, String> chosen = store.preferences(email);
        Map<String, String> channels = new LinkedHashMap<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        for (NotificationKind kind : NotificationKind.values()) {
            channels.put(kind.key, chosen.getOrDefault(kind.key, kind.standard.key));
            defaults.put(kind.key, kind.standard.key);
        }
        return new NotificationViews.Preferences(channels, defaults, NotificationKind.keys(), Channel.keys());
    }

    /** Sets the channels named (other kinds keep theirs); every kind and channel is checked before anything is stored. */
    @Transactional
    NotificationViews.Preferences update(String email, Map<String, String> channels) {
        if (channels == null || channels.isEmpty()) {
            throw new InvalidParameterException("body", "send a JSON object of kind → channel, e.g. {\"plan-published-nearby\":\"email\"}; kinds: "
                    + String.join(", ", NotificationKind.keys()));
        }
        for (Map.Entry<String, String> entry : channels.entrySet()) {
            if (NotificationKind.of(entry.getKey()) == null) {
                throw new NotificationsProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "unknown-kind", entry.getKey(),
                        "unknown event kind '" + entry.getKey() + "'; known kinds: " + String.join(", ", NotificationKind.keys()));
            }
            if (entry.getValue() == null || Channel.of(entry.getValue()) == null) {
                throw new NotificationsProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "unknown-channel", entry.getKey(),
                        "unknown channel '" + entry.getValue() + "' for " + entry.getKey() + "; channels: " + String.join(", ", Channel.keys()));
            }
        }
        channels.forEach((kind, channel) -> store.setPreference(email, kind, channel));
        return get(email);
    }

    /** An unsubscribe link: this one kind goes to none. */
    @Transactional
    void switchOff(String email, NotificationKind kind) {
        store.setPreference(email, kind.key, Channel.NONE.key);
    }
}
