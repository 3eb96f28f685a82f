package nl.stip.notifications.internal;

import java.util.Arrays;
import java.util.List;

/** The kinds of event a person chooses a channel for, with the channel they get without choosing. */
enum NotificationKind {
    PLAN_PUBLISHED_NEARBY("plan-published-nearby", Channel.EMAIL),
    FOLLOWED_PLAN_PHASE("followed-plan-phase", Channel.IN_APP),
    ROUND_OPENED("round-opened", Channel.EMAIL),
    ROUND_CLOSED("round-closed", Channel.IN_APP),
    DECISION("decision", Channel.EMAIL),
    ROUND_REPLY("round-reply", Channel.IN_APP),
    MY_CONTRIBUTION("my-contribution", Channel.IN_APP),
    ROUND_MODERATION("round-moderation", Channel.EMAIL);

    final String key;
    final Channel standard;

    NotificationKind(String key, Channel standard) {
        this.key = key;
        this.standard = standard;
    }

    static NotificationKind of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst().orElse(null);
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(k -> k.key).toList();
    }
}
