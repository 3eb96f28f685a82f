package nl.stip.participation.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A participation round on a plan. Its life cycle is draft → open → closed (→ reported, next issue); {@code version}
 * guards a planner's edits (optimistic locking). {@code lastSeq} is only ever raised by SQL in
 * {@link RoundChangeLog#append}, under the row lock, so Hibernate neither inserts nor updates it.
 */
@Entity
@Table(name = "participation_round")
@DynamicUpdate
public class Round {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id", nullable = false)
    private long planId;
    @Column(nullable = false)
    private String title;
    private String description;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;
    @Column(nullable = false)
    private String state = "draft";
    @Column(nullable = false)
    private String moderation = "post";
    @Column(nullable = false)
    private String audience = "accounts";
    @Column(name = "reply_depth", nullable = false)
    private int replyDepth = 1;
    @Column(name = "allow_reactions", nullable = false)
    private boolean allowReactions = true;
    @Column(name = "allow_replies", nullable = false)
    private boolean allowReplies = true;
    @Column(name = "allow_agreement", nullable = false)
    private boolean allowAgreement = true;
    @Column(name = "allow_variants", nullable = false)
    private boolean allowVariants;
    @Column(name = "allow_votes", nullable = false)
    private boolean allowVotes;
    @Column(name = "allow_budget", nullable = false)
    private boolean allowBudget;
    @Column(nullable = false)
    private boolean proposed;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "opened_by")
    private String openedBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "rate_per_minute")
    private Integer ratePerMinute;
    @Column(name = "scheduled_at")
    private Instant scheduledAt;
    @Column(name = "scheduled_by")
    private String scheduledBy;
    @Column(name = "last_seq", nullable = false, insertable = false, updatable = false)
    private long lastSeq;
    @Version
    private long version;

    protected Round() {
    }

    Round(long planId, String createdBy, Instant now) {
        this.planId = planId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public long getPlanId() { return planId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getState() { return state; }
    public String getModeration() { return moderation; }
    public String getAudience() { return audience; }
    public int getReplyDepth() { return replyDepth; }
    public boolean isAllowReactions() { return allowReactions; }
    public boolean isAllowReplies() { return allowReplies; }
    public boolean isAllowAgreement() { return allowAgreement; }
    public boolean isAllowVariants() { return allowVariants; }
    public boolean isAllowVotes() { return allowVotes; }
    public boolean isAllowBudget() { return allowBudget; }
    public boolean isProposed() { return proposed; }
    public String getProposedBy() { return proposedBy; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getOpenedAt() { return openedAt; }
    public String getOpenedBy() { return openedBy; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
    public Integer getRatePerMinute() { return ratePerMinute; }
    public Instant getScheduledAt() { return scheduledAt; }
    public String getScheduledBy() { return scheduledBy; }
    public boolean isScheduled() { return scheduledAt != null; }
    public long getLastSeq() { return lastSeq; }
    public long getVersion() { return version; }

    public boolean isOpen() { return "open".equals(state); }
    public boolean isDraft() { return "draft".equals(state); }
    public boolean preModerated() { return "pre".equals(moderation); }
    public boolean restricted() { return "concerned".equals(audience); }

    void describe(String title, String description, Instant startsAt, Instant endsAt) {
        this.title = title;
        this.description = description;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    void rules(String moderation, String audience, int replyDepth) {
        this.moderation = moderation;
        this.audience = audience;
        this.replyDepth = replyDepth;
    }

    /** The round's own limit on contributions a minute, all participants together (null: the instance's). */
    void ratePerMinute(Integer limit) {
        this.ratePerMinute = limit;
    }

    void interactions(boolean reactions, boolean replies, boolean agreement, boolean variants, boolean votes, boolean budget) {
        this.allowReactions = reactions;
        this.allowReplies = replies;
        this.allowAgreement = agreement;
        this.allowVariants = variants;
        this.allowVotes = votes;
        this.allowBudget = budget;
    }

    void proposedBy(String initiator) {
        this.proposed = true;
        this.proposedBy = initiator;
    }

    /** A planner's schedule: the round opens by itself at its start ({@code by} null: the schedule is taken off). */
    void schedule(String by, Instant at) {
        this.scheduledBy = by;
        this.scheduledAt = by == null ? null : at;
    }

    void open(String by, Instant at) {
        this.state = "open";
        this.openedBy = by;
        this.openedAt = at;
    }

    void close(String by, Instant at) {
        this.state = "closed";
        this.closedBy = by;
        this.closedAt = at;
    }

    /** The sequence number the log just gave (kept in step with the row without Hibernate writing it). */
    void seqAdvancedTo(long seq) {
        this.lastSeq = seq;
    }
}
