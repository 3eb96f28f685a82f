package nl.stip.participation.internal.live;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The live destinations of a round: its deltas, its presence count, its planners' moderation feed. */
final class RoundTopics {

    static final String PREFIX = "/topic/rounds.";
    private static final Pattern TOPIC = Pattern.compile("/topic/rounds\\.([1-9][0-9]{0,17})(\\.presence|\\.moderation)?");

    enum Kind { DELTAS, PRESENCE, MODERATION }

    record Topic(long roundId, Kind kind) {
    }

    private RoundTopics() {
    }

    static String round(long roundId) {
        return PREFIX + roundId;
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
        Kind kind = m.group(2) == null ? Kind.DELTAS : m.group(2).equals(".presence") ? Kind.PRESENCE : Kind.MODERATION;
        return new Topic(Long.parseLong(m.group(1)), kind);
    }

    static OptionalLong roundOf(String destination) {
        Topic topic = parse(destination);
        return topic == null ? OptionalLong.empty() : OptionalLong.of(topic.roundId());
    }
}
