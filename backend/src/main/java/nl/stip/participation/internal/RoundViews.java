package nl.stip.participation.internal;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The shapes of the participation API (requests and answers). */
public final class RoundViews {

    private RoundViews() {
    }

    public record Interactions(Boolean reactions, Boolean replies, Boolean agreement, Boolean variants, Boolean votes, Boolean budget) {
    }

    public record QuestionInput(String kind, String text, List<String> options) {
    }

    /** Create (all but title, startsAt, endsAt optional) or edit a draft (every member optional but version). */
    public record RoundInput(String title, String description, String startsAt, String endsAt, List<QuestionInput> questions,
                      Interactions interactions, String moderation, String audience, Integer replyDepth, Long version,
                      Integer ratePerMinute) {
    }

    public record QuestionView(long id, int position, String kind, String text, List<String> options) {
    }

    public record RoundView(long id, long planId, String title, String description, Instant startsAt, Instant endsAt, String state,
                     String moderation, String audience, int replyDepth, Interactions interactions, boolean proposed,
                     List<QuestionView> questions, Instant openedAt, Instant closedAt, long lastSeq, long version, boolean scheduled,
                     Integer ratePerMinute) {
    }

    public record Place(Double lon, Double lat, Double height) {
    }

    public record NewReaction(String stance, String theme, String text, Place place, Integer volumeIndex, Long variantId) {
    }

    public record NewText(String text) {
    }

    public record NewAnswer(tools.jackson.databind.JsonNode value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Author(String label, String role, Boolean mine, String name, String email) {
    }

    /**
     * A contribution as a viewer sees it (a delta carries the same with {@code mine} left out). Replies carry no place;
     * {@code hiddenReason} only for the author and planners. {@code variantId}: the saved variant of the round it is about
     * (null: the plan).
     */
    public record Item(long id, String kind, Long parentId, String stance, String theme, String text, Place place, Integer volumeIndex,
                Long variantId, Author author, Instant createdAt, String status, String hiddenReason, Integer agreements, Boolean agreedByMe,
                List<Item> replies, Item initiatorAnswer, AppealState appeal) {
    }

    /**
     * The author's appeal against the hide of an item, shown to the author and to planners only (null for others and
     * when there is none): {@code open} (waiting for a planner), {@code restored} or {@code upheld}.
     */
    public record AppealState(String state, Instant filedAt, Instant decidedAt) {
    }

    public record Presence(int count) {
    }

    public record QuestionState(long id, String kind, String text, List<String> options, Object aggregate, String myAnswer) {
    }

    public record RoundState(RoundView round, long seq, List<Item> reactions, List<QuestionState> questions, Presence presence) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Changes(long seq, List<RoundChangeLog.Change> changes, Boolean reload) {
    }

    public record Agreement(long id, int agreements) {
    }

    public record AnswerAggregate(long questionId, Object aggregate) {
    }
}
