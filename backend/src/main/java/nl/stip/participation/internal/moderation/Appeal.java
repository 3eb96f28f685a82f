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
 * The author's one appeal against the hide of their contribution (unique per contribution). A planner other than the
 * one who hid it decides: restored or upheld. An undo of that decision opens it again.
 */
@Entity
@Table(name = "moderation_appeal")
class Appeal {

    static final String RESTORED = "restored";
    static final String UPHELD = "upheld";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contribution_id", nullable = false)
    private long contributionId;
    @Column(name = "round_id", nullable = false)
    private long roundId;
    @Column(name = "hide_action_id", nullable = false)
    private long hideActionId;
    @Column(name = "author_email", nullable = false)
    private String authorEmail;
    @Column(nullable = false)
    private String text;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    private String decision;
    @Version
    private long version;

    protected Appeal() {
    }

    Appeal(long contributionId, long roundId, long hideActionId, String authorEmail, String text, Instant at) {
        this.contributionId = contributionId;
        this.roundId = roundId;
        this.hideActionId = hideActionId;
        this.authorEmail = authorEmail;
        this.text = text;
        this.createdAt = at;
    }

    void decide(String decision, String by, Instant at) {
        this.decision = decision;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void reopen() {
        this.decision = null;
        this.decidedBy = null;
        this.decidedAt = null;
    }

    Long getId() { return id; }
    long getContributionId() { return contributionId; }
    long getRoundId() { return roundId; }
    long getHideActionId() { return hideActionId; }
    String getAuthorEmail() { return authorEmail; }
    String getText() { return text; }
    Instant getCreatedAt() { return createdAt; }
    String getDecision() { return decision; }
    String getDecidedBy() { return decidedBy; }
    boolean isOpen() { return decidedAt == null; }
}
