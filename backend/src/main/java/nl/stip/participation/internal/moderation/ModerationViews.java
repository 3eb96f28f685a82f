package nl.stip.participation.internal.moderation;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.stip.participation.internal.RoundViews.Place;

/** The shapes of the moderation API. */
final class ModerationViews {

    private ModerationViews() {
    }

    record Reason(String reason) {
    }

    record AppealInput(String text) {
    }

    record BlockInput(String participant, String reason) {
    }

    /** What a decision did: the action (to undo it), the contribution and its status now. */
    record Decision(long actionId, long id, String status, int repliesHidden) {
    }

    record AppealView(long id, long contributionId, String text, Instant createdAt, String status) {
    }

    record BlockView(long roundId, String participant, String blockedBy, String reason, Instant at, Long actionId) {
    }

    record RoundRef(long id, long planId, String title, String state) {
    }

    record AuthorView(String label, String role, String name, String email) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AppealRef(long id, String text, Instant createdAt, String hiddenBy, boolean mayDecide) {
    }

    record ActionRef(long id, String kind, boolean automatic, boolean mine, Instant at) {
    }

    /** One item in the queue: why it is there ({@code queue}: pending, reported or appealed), since when, where. */
    record QueueItem(long id, String queue, Instant since, String kind, Long parentId, RoundRef round, Place place, String stance, String theme,
                     String text, String status, String hiddenReason, boolean hiddenAutomatically, AuthorView author, Instant createdAt,
                     int reports, List<String> reportReasons, AppealRef appeal, ActionRef lastAction) {
    }

    record Queue(List<QueueItem> items) {
    }
}
