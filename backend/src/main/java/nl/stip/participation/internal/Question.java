package nl.stip.participation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A question put in a round: open, multiple choice ({@code options}, a JSON array of strings) or a scale of 1 to 5. */
@Entity
@Table(name = "round_question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "round_id", nullable = false)
    private long roundId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String text;
    private String options;
    @Version
    private long version;

    protected Question() {
    }

    Question(long roundId, int position, String kind, String text, String options) {
        this.roundId = roundId;
        this.position = position;
        this.kind = kind;
        this.text = text;
        this.options = options;
    }

    public Long getId() { return id; }
    public long getRoundId() { return roundId; }
    public int getPosition() { return position; }
    public String getKind() { return kind; }
    public String getText() { return text; }
    public String getOptions() { return options; }
}
