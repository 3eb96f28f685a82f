package nl.stip.participation.internal.live;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The live destinations of a round: its deltas, its presence count, its planners' moderation feed, its drafts (not stored). */
final class RoundTopics {

    static final String PREFIX = "/topic/rounds.";
    private static final Pattern TOPIC = Pattern.compile("/topic/rounds\\.([1-9][0-9]{0,17})(\\.presence|\\.moderation|\\.drafts)?");

    enum Kind { DELTAS, PRESENCE, MODERATION, DRAFTS }

    record Topic(long roundId, Kind kind) {
    }

    private RoundTopics() {
    }

    static String round(long roundId) {
        return PREFIX + roundId;
    }

    static String drafts(long roundId) {
        return round(roundId) + ".drafts";
    }

    static String moderation(long roundId) {
        return round(roundId) + ".moderation";
    }

    /** The round topic the destination names, or null when it names none (wildcards, other suffixes, no number). */
    static Topic parse(String destination) {
        Matcher m = TOPIC.matcher(destination);
        if (!m.matches()) {
            return null;
        }
        Kind kind = m.group(2) == null ? Kind.DELTAS : switch (m.group(2)) {
            case ".presence" -> Kind.PRESENCE;
            case ".moderation" -> Kind.MODERATION;
            default -> Kind.DRAFTS;
        };
        return new Topic(Long.parseLong(m.group(1)), kind);
    }

    static OptionalLong roundOf(String destination) {
        Topic topic = parse(destination);
        return topic == null ? OptionalLong.empty() : OptionalLong.of(topic.roundId());
    }
}
