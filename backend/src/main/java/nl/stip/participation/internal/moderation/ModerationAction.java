package nl.stip.participation.internal.moderation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One moderation decision: approve, hide or restore a contribution, or block a participant from a round. The
 * contributions it changed and their status before are its effects ({@code moderation_effect}), so an undo puts back
 * exactly what it changed. {@code actor} null: Stip hid it automatically after reports. {@code version}: two planners
 * undoing the same action at once — one wins, the other gets 409.
 */
@Entity
@Table(name = "moderation_action")
class ModerationAction {

    static final String APPROVE = "approve";
    static final String HIDE = "hide";
    static final String RESTORE = "restore";
    static final String BLOCK = "block";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "round_id", nullable = false)
    private long roundId;
    @Column(name = "contribution_id")
    private Long contributionId;
    @Column(nullable = false)
    private String kind;
    private String actor;
    @Column(nullable = false)
    private boolean automatic;
    private String reason;
    private String participant;
    @Column(name = "appeal_id")
    private Long appealId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "undone_at")
    private Instant undoneAt;
    @Column(name = "undone_by")
    private String undoneBy;
    @Version
    private long version;

    protected ModerationAction() {
    }

    private ModerationAction(long roundId, Long contributionId, String kind, String actor, String reason, Instant at) {
        this.roundId = roundId;
        this.contributionId = contributionId;
        this.kind = kind;
        this.actor = actor;
        this.automatic = actor == null;
        this.reason = reason;
        this.createdAt = at;
    }

    static ModerationAction on(long roundId, long contributionId, String kind, String actor, String reason, Instant at) {
        return new ModerationAction(roundId, contributionId, kind, actor, reason, at);
    }

    static ModerationAction block(long roundId, String participant, String actor, String reason, Instant at) {
        ModerationAction a = new ModerationAction(roundId, null, BLOCK, actor, reason, at);
        a.participant = participant;
        return a;
    }

    void decides(long appealId) {
        this.appealId = appealId;
    }

    void undo(String by, Instant at) {
        this.undoneBy = by;
        this.undoneAt = at;
    }

    Long getId() { return id; }
    long getRoundId() { return roundId; }
    Long getContributionId() { return contributionId; }
    String getKind() { return kind; }
    String getActor() { return actor; }
    boolean isAutomatic() { return automatic; }
    String getReason() { return reason; }
    String getParticipant() { return participant; }
    Long getAppealId() { return appealId; }
    Instant getCreatedAt() { return createdAt; }
    boolean isUndone() { return undoneAt != null; }
    boolean by(String who) { return actor != null && actor.equals(who); }
}
