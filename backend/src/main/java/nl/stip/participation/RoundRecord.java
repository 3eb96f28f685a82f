package nl.stip.participation;

import java.util.List;

/**
 * The participation module's read-only record of a round for the participatieverslag: aggregates of what was said and
 * done in it (counted in SQL, never the people), the reaction points without their authors, and the initiator's
 * answers. No access decision; whoever calls decides who sees what it passes on. Every list is in a stable order.
 */
public interface RoundRecord {

    /** The round's settings the report names (interactions, reply depth, questions asked). */
    Settings settings(long roundId);

    /** Published reactions counted per theme and stance (only the combinations that occur), by theme then stance. */
    List<ThemeStance> themeStances(long roundId);

    /** The points of the published reactions (RD New and WGS84), by id; no author, no text. */
    List<Pin> pins(long roundId);

    /** Per question (by position): the number of answers and their distribution (open answers only counted). */
    List<QuestionAggregate> questionAggregates(long roundId);

    /** The round's moderation actions per kind (by kind): all, and those later undone. */
    List<ModerationCount> moderationCounts(long roundId);

    /** The round's contributions per kind and status (by kind then status). */
    List<ContributionCount> contributionCounts(long roundId);

    /** Per theme with published reactions: counts, answers of the initiator (published, oldest first), volumes reacted to. */
    List<ThemeAnswers> themeAnswers(long roundId);

    /**
     * The principal names of everyone who took part (a contribution or an answer), sorted: for counting them against
     * the concerned set only — never to be shown.
     */
    List<String> participants(long roundId);

    record Settings(boolean reactions, boolean replies, boolean agreement, boolean variants, boolean votes, boolean budget,
                    int replyDepth, int questions) {
    }

    record ThemeStance(String theme, String stance, long count) {
    }

    record Pin(long id, String theme, String stance, double x, double y, double lon, double lat) {
    }

    record ValueCount(String value, long count) {
    }

    record QuestionAggregate(long id, int position, String kind, String text, List<String> options, long answers, List<ValueCount> values) {
    }

    record ModerationCount(String kind, long count, long undone) {
    }

    record ContributionCount(String kind, String status, long count) {
    }

    record ThemeAnswers(String theme, long reactions, long answered, List<String> answers, List<Integer> volumes) {
    }
}
