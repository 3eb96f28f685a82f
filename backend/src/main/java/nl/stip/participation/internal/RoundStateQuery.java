package nl.stip.participation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.stip.geo.CrsTransform;
import nl.stip.participation.internal.RoundViews.Changes;
import nl.stip.participation.internal.RoundViews.Item;
import nl.stip.participation.internal.RoundViews.Place;
import nl.stip.participation.internal.RoundViews.Presence;
import nl.stip.participation.internal.RoundViews.QuestionState;
import nl.stip.participation.internal.RoundViews.RoundState;
import nl.stip.platform.web.InvalidParameterException;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The snapshot of a round and the sequence number it reflects, read in one repeatable-read transaction (so the items
 * and the number are of the same moment), and the changes after a number for catching up. What each viewer sees:
 * published items, plus their own pending and hidden ones (with the status and the reason); planners see everything.
 * The author and planners also see the state of an appeal against an item's hide.
 * The read path is SQL: one query for the items with their agreements.
 */
@Service
class RoundStateQuery {

    static final int MAX_CHANGES = 1000;

    private final JdbcClient jdbc;
    private final RoundRepository rounds;
    private final QuestionRepository questions;
    private final RoundAccess access;
    private final RoundService roundService;
    private final Answers answers;
    private final Authors authors;
    private final RoundChangeLog log;
    private final ObjectProvider<RoundPresence> presence;

    RoundStateQuery(JdbcClient jdbc, RoundRepository rounds, QuestionRepository questions, RoundAccess access, RoundService roundService,
                    Answers answers, Authors authors, RoundChangeLog log, ObjectProvider<RoundPresence> presence) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.questions = questions;
        this.access = access;
        this.roundService = roundService;
        this.answers = answers;
        this.authors = authors;
        this.log = log;
        this.presence = presence;
    }

    private record Row(long id, String kind, Long parentId, String stance, String theme, String text, Double x, Double y, Double z,
                       Integer volumeIndex, String authorEmail, String authorRole, java.time.Instant createdAt, String status,
                       String hiddenReason, int agreements, boolean agreedByMe, Long variantId, java.time.Instant appealedAt,
                       String appealDecision, java.time.Instant appealDecidedAt) {
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    RoundState state(Authentication who, long roundId) {
        return state(who, roundId, null);
    }

    /**
     * The state with only the reactions about saved variant {@code variant} (and their replies, which carry the same
     * anchor); null: all. The sequence number is the round's, as for the whole state.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    RoundState state(Authentication who, long roundId, Long variant) {
        Round round = access.requireReadable(roundId, who);
        if (variant != null && variant < 1) {
            throw new InvalidParameterException("variant", "Een variant heeft een nummer van 1 of hoger.");
        }
        boolean planner = access.isPlanner(who);
        String me = RoundAccess.loggedIn(who) ? who.getName() : null;
        List<Row> rows = jdbc.sql("""
                SELECT c.id, c.kind, c.parent_id, c.stance, c.theme, c.text, ST_X(c.place), ST_Y(c.place), ST_Z(c.place), c.volume_index,
                       c.author_email, c.author_role, c.created_at, c.status, c.hidden_reason,
                       (SELECT count(*) FROM round_agreement a WHERE a.contribution_id = c.id),
                       EXISTS (SELECT 1 FROM round_agreement a WHERE a.contribution_id = c.id AND a.author_email = ?), c.variant_id,
                       ap.created_at, ap.decision, ap.decided_at
                FROM round_contribution c LEFT JOIN moderation_appeal ap ON ap.contribution_id = c.id
                WHERE c.round_id = ? AND (? OR c.status = 'published' OR c.author_email = ?) AND (? OR c.variant_id = ?)
                ORDER BY c.id""")
                .params(me == null ? "" : me, roundId, planner, me == null ? "" : me, variant == null, variant == null ? 0L : variant).query(RoundStateQuery::row).list();
        Map<Long, List<Item>> replies = new HashMap<>();
        Map<Long, Item> answerOf = new HashMap<>();
        List<Row> reactions = new ArrayList<>();
        for (Row r : rows) {
            if (r.kind().equals("reaction")) {
                reactions.add(r);
            } else if (r.kind().equals("initiator-answer")) {
                answerOf.put(r.parentId(), item(r, who, planner, me, List.of(), null));
            }
        }
        // a reply's own replies come after it (ids grow): built from the last one back, each finds its replies ready
        List<Row> replyRows = rows.stream().filter(r -> r.kind().equals("reply")).toList();
        for (int i = replyRows.size() - 1; i >= 0; i--) {
            Row r = replyRows.get(i);
            Item it = item(r, who, planner, me, replies.getOrDefault(r.id(), List.of()), answerOf.get(r.id()));
            replies.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(0, it);
        }
        List<Item> out = new ArrayList<>();
        for (Row r : reactions) {
            Item it = item(r, who, planner, me, replies.getOrDefault(r.id(), List.of()), answerOf.get(r.id()));
            out.add(it);
        }
        List<QuestionState> qs = questions.findByRoundIdOrderByPosition(roundId).stream()
                .map(q -> new QuestionState(q.getId(), q.getKind(), q.getText(), roundService.options(q), answers.aggregate(q), answers.mine(q.getId(), me)))
                .toList();
        long seq = log.lastSeq(roundId);
        int present = presence.stream().findFirst().map(p -> p.count(roundId)).orElse(0);
        return new RoundState(roundService.view(round), seq, out, qs, new Presence(present));
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Changes changes(Authentication who, long roundId, long after) {
        if (after < 0) {
            throw new InvalidParameterException("after", "after is a sequence number, 0 or more");
        }
        access.requireReadable(roundId, who);
        long seq = log.lastSeq(roundId);
        if (after > seq) {
            throw new InvalidParameterException("after", "the round is at " + seq + "; after is at most that");
        }
        if (seq - after > MAX_CHANGES) {
            return new Changes(seq, List.of(), true);
        }
        return new Changes(seq, log.after(roundId, after, MAX_CHANGES), null);
    }

    private Item item(Row r, Authentication who, boolean planner, String me, List<Item> replies, Item answer) {
        boolean own = me != null && me.equals(r.authorEmail());
        Place place = r.x() == null ? null : place(r.x(), r.y(), r.z());
        return new Item(r.id(), r.kind(), r.parentId(), r.stance(), r.theme(), r.text(), place, r.volumeIndex(), r.variantId(),
                authors.seenBy(r.authorRole(), r.authorEmail(), me, planner), r.createdAt(), r.status(),
                own || planner ? r.hiddenReason() : null, r.agreements(), me == null ? null : r.agreedByMe(),
                r.kind().equals("initiator-answer") ? null : replies, r.kind().equals("reaction") ? answer : null,
                own || planner ? appeal(r) : null);
    }

    private static RoundViews.AppealState appeal(Row r) {
        if (r.appealedAt() == null) {
            return null;
        }
        String state = r.appealDecidedAt() == null ? "open" : r.appealDecision();
        return new RoundViews.AppealState(state, r.appealedAt(), r.appealDecidedAt());
    }

    private static Place place(double x, double y, Double z) {
        Coordinate c = CrsTransform.toWgs84(x, y);
        return new Place(Math.round(c.x * 1e7) / 1e7, Math.round(c.y * 1e7) / 1e7, z == null ? 0 : Math.round(z * 100) / 100.0);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getObject(7, Double.class), rs.getObject(8, Double.class), rs.getObject(9, Double.class), rs.getObject(10, Integer.class),
                rs.getString(11), rs.getString(12), rs.getTimestamp(13).toInstant(), rs.getString(14), rs.getString(15), rs.getInt(16), rs.getBoolean(17),
                rs.getObject(18, Long.class), instant(rs.getTimestamp(19)), rs.getString(20), instant(rs.getTimestamp(21)));
    }

    private static java.time.Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
