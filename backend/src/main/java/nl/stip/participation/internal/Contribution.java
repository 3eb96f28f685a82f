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
import org.locationtech.jts.geom.Point;

/**
 * What a person puts in a round: a reaction at a point (RD New with height, the raw point chosen, never snapped) and
 * optionally on a volume of the plan's design, or about a saved variant of the round ({@code variantId}, then the volume
 * is one of the variant's; a reply carries its parent's), a reply to a contribution, or the initiator's answer to a reaction.
 * Status pending (pre-moderation), published or hidden; {@code version} for optimistic locking of moderation.
 */
@Entity
@Table(name = "round_contribution")
@DynamicUpdate
public class Contribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "round_id", nullable = false)
    private long roundId;
    @Column(nullable = false)
    private String kind;
    @Column(name = "parent_id")
    private Long parentId;
    @Column(nullable = false)
    private int depth;
    @Column(name = "author_email", nullable = false)
    private String authorEmail;
    @Column(name = "author_role", nullable = false)
    private String authorRole;
    private String stance;
    private String theme;
    @Column(nullable = false)
    private String text;
    private Point place;
    @Column(name = "volume_index")
    private Integer volumeIndex;
    @Column(name = "plan_version")
    private Integer planVersion;
    @Column(name = "variant_id")
    private Long variantId;
    @Column(nullable = false)
    private String status;
    @Column(name = "hidden_reason")
    private String hiddenReason;
    @Column(name = "hidden_automatically", nullable = false)
    private boolean hiddenAutomatically;
    @Column(name = "hidden_by")
    private String hiddenBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Contribution() {
    }

    static Contribution reaction(long roundId, String author, String role, String stance, String theme, String text, Point place,
                                 Integer volumeIndex, Integer planVersion, Long variantId, String status, Instant at) {
        Contribution c = new Contribution(roundId, "reaction", null, 0, author, role, text, status, at);
        c.variantId = variantId;
        c.stance = stance;
        c.theme = theme;
        c.place = place;
        c.volumeIndex = volumeIndex;
        c.planVersion = planVersion;
        return c;
    }

    static Contribution reply(long roundId, String kind, Contribution parent, String author, String role, String text, String status, Instant at) {
        Contribution c = new Contribution(roundId, kind, parent.getId(), parent.depth + 1, author, role, text, status, at);
        c.variantId = parent.variantId; // a reply is about what its parent is about
        return c;
    }

    private Contribution(long roundId, String kind, Long parentId, int depth, String author, String role, String text, String status, Instant at) {
        this.roundId = roundId;
        this.kind = kind;
        this.parentId = parentId;
        this.depth = depth;
        this.authorEmail = author;
        this.authorRole = role;
        this.text = text;
        this.status = status;
        this.createdAt = at;
    }

    public Long getId() { return id; }
    public long getRoundId() { return roundId; }
    public String getKind() { return kind; }
    public Long getParentId() { return parentId; }
    public int getDepth() { return depth; }
    public String getAuthorEmail() { return authorEmail; }
    public String getAuthorRole() { return authorRole; }
    public String getStance() { return stance; }
    public String getTheme() { return theme; }
    public String getText() { return text; }
    public Point getPlace() { return place; }
    public Integer getVolumeIndex() { return volumeIndex; }
    public Integer getPlanVersion() { return planVersion; }
    public Long getVariantId() { return variantId; }
    public String getStatus() { return status; }
    public String getHiddenReason() { return hiddenReason; }
    public boolean isHiddenAutomatically() { return hiddenAutomatically; }
    public String getHiddenBy() { return hiddenBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }

    public boolean isPublished() { return "published".equals(status); }

    /** Publishes a pending contribution (moderation approves). */
    public void publish() {
        this.status = "published";
    }

    /** Hides the contribution with the reason its author is told (moderation). */
    public void hide(String reason, boolean automatically, String by) {
        this.status = "hidden";
        this.hiddenReason = reason;
        this.hiddenAutomatically = automatically;
        this.hiddenBy = by;
    }

    /** Back to published (moderation's undo of a hide). */
    public void restore() {
        this.status = "published";
        this.hiddenReason = null;
        this.hiddenAutomatically = false;
        this.hiddenBy = null;
    }

    /** Puts the moderation state back as it was before a decision that is undone (moderation's undo). */
    public void revertTo(String status, String reason, boolean automatically, String by) {
        this.status = status;
        this.hiddenReason = "hidden".equals(status) ? reason : null;
        this.hiddenAutomatically = "hidden".equals(status) && automatically;
        this.hiddenBy = "hidden".equals(status) ? by : null;
    }
}
