package nl.stip.participation.internal.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import nl.stip.accounts.AccountDirectory;
import nl.stip.geo.CrsTransform;
import nl.stip.participation.internal.RoundViews.Place;
import nl.stip.participation.internal.moderation.ModerationViews.ActionRef;
import nl.stip.participation.internal.moderation.ModerationViews.AppealRef;
import nl.stip.participation.internal.moderation.ModerationViews.AuthorView;
import nl.stip.participation.internal.moderation.ModerationViews.QueueItem;
import nl.stip.participation.internal.moderation.ModerationViews.RoundRef;
import nl.stip.platform.web.InvalidParameterException;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planners' moderation queue: pending items (pre-moderation), items with reports no planner dealt with yet
 * (published, or hidden automatically), and appealed hides — newest first (by when they came in the queue), each with
 * its round, its place in 3D (a reply: its reaction's) and its author. An appeal says whether this planner may decide
 * it (not the one who hid the item). One SQL read.
 */
@Service
class ModerationQueue {

    static final Set<String> STATES = Set.of("pending", "reported", "appealed");
    static final int LIMIT = 200;

    private final JdbcClient jdbc;
    private final AccountDirectory accounts;
    private final Moderation moderation;

    ModerationQueue(JdbcClient jdbc, AccountDirectory accounts, Moderation moderation) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.moderation = moderation;
    }

    @Transactional(readOnly = true)
    ModerationViews.Queue queue(Authentication who, String roundText, String stateText) {
        moderation.planner(who);
        Long round = roundText == null || roundText.isBlank() ? null : number("round", roundText);
        List<String> states = stateText == null || stateText.isBlank() ? List.of("pending", "reported", "appealed")
                : Arrays.stream(stateText.split(",")).map(String::strip).toList();
        for (String s : states) {
            if (!STATES.contains(s)) {
                throw new InvalidParameterException("state", "unknown state '" + s + "'; one of appealed, pending, reported");
            }
        }
        return new ModerationViews.Queue(read(round, states, null, who.getName()));
    }

    /**
     * The one item as the queue shows it now, or empty when it is not (or no longer) in the queue; for the live feed,
     * so seen by no planner in particular: {@code appeal.mayDecide} and {@code lastAction.mine} are a viewer's to work
     * out ({@code appeal.hiddenBy} names who may not decide). Read in the caller's transaction, so it sees its writes.
     */
    java.util.Optional<QueueItem> one(long contributionId) {
        return read(null, List.of("pending", "reported", "appealed"), contributionId, "").stream().findFirst();
    }

    private List<QueueItem> read(Long round, List<String> states, Long contribution, String me) {
        return jdbc.sql("""
                WITH open_reports AS (
                    SELECT contribution_id, count(*) AS n, max(created_at) AS last_at,
                           array_remove(array_agg(reason ORDER BY created_at DESC), NULL) AS reasons
                    FROM round_report WHERE resolved_by IS NULL GROUP BY contribution_id),
                open_appeals AS (
                    SELECT p.contribution_id, p.id, p.text, p.created_at, a.actor
                    FROM moderation_appeal p JOIN moderation_action a ON a.id = p.hide_action_id WHERE p.decided_at IS NULL),
                queued AS (
                    SELECT c.id, 'pending' AS queue, c.created_at AS since FROM round_contribution c WHERE c.status = 'pending'
                    UNION ALL
                    SELECT c.id, 'reported', o.last_at FROM round_contribution c JOIN open_reports o ON o.contribution_id = c.id
                    WHERE c.status = 'published' OR (c.status = 'hidden' AND c.hidden_automatically)
                    UNION ALL
                    SELECT contribution_id, 'appealed', created_at FROM open_appeals)
                SELECT c.id, q.queue, q.since, c.kind, c.parent_id, r.id, r.plan_id, r.title, r.state,
                       ST_X(coalesce(c.place, p.place)), ST_Y(coalesce(c.place, p.place)), ST_Z(coalesce(c.place, p.place)),
                       c.stance, c.theme, c.text, c.status, c.hidden_reason, c.hidden_automatically, c.author_email, c.author_role, c.created_at,
                       coalesce(o.n, 0), coalesce(o.reasons, '{}'::text[]), ap.id, ap.text, ap.created_at, ap.actor,
                       la.id, la.kind, la.automatic, la.actor, la.created_at
                FROM queued q
                JOIN round_contribution c ON c.id = q.id
                JOIN participation_round r ON r.id = c.round_id
                LEFT JOIN round_contribution p ON p.id = c.parent_id
                LEFT JOIN open_reports o ON o.contribution_id = c.id
                LEFT JOIN open_appeals ap ON ap.contribution_id = c.id
                LEFT JOIN LATERAL (SELECT a.id, a.kind, a.automatic, a.actor, a.created_at FROM moderation_action a
                                   JOIN moderation_effect e ON e.action_id = a.id
                                   WHERE e.contribution_id = c.id AND a.undone_at IS NULL ORDER BY a.id DESC LIMIT 1) la ON true
                WHERE (CAST(? AS bigint) IS NULL OR c.round_id = ?) AND q.queue = ANY(?::text[]) AND (CAST(? AS bigint) IS NULL OR c.id = ?)
                ORDER BY q.since DESC, c.id DESC LIMIT ?""")
                .params(round, round, "{" + String.join(",", states) + "}", contribution, contribution, LIMIT)
                .query((rs, n) -> item(rs, me)).list();
    }

    private QueueItem item(ResultSet rs, String me) throws SQLException {
        Double x = rs.getObject(10, Double.class);
        Place place = null;
        if (x != null) {
            Coordinate c = CrsTransform.toWgs84(x, rs.getDouble(11));
            Double z = rs.getObject(12, Double.class);
            place = new Place(Math.round(c.x * 1e7) / 1e7, Math.round(c.y * 1e7) / 1e7, z == null ? 0 : Math.round(z * 100) / 100.0);
        }
        String email = rs.getString(19);
        String role = rs.getString(20);
        AuthorView author = new AuthorView(label(role), role, accounts.displayName(email).orElse(null), email);
        AppealRef appeal = null;
        if (rs.getObject(24) != null) {
            String hiddenBy = rs.getString(27);
            appeal = new AppealRef(rs.getLong(24), rs.getString(25), rs.getTimestamp(26).toInstant(), hiddenBy, hiddenBy == null || !hiddenBy.equals(me));
        }
        ActionRef last = null;
        if (rs.getObject(28) != null) {
            String actor = rs.getString(31);
            last = new ActionRef(rs.getLong(28), rs.getString(29), rs.getBoolean(30), me.equals(actor), rs.getTimestamp(32).toInstant());
        }
        String[] reasons = (String[]) rs.getArray(23).getArray();
        return new QueueItem(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getObject(5, Long.class),
                new RoundRef(rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getString(9)), place, rs.getString(13), rs.getString(14),
                rs.getString(15), rs.getString(16), rs.getString(17), rs.getBoolean(18), author, rs.getTimestamp(21).toInstant(), rs.getInt(22),
                List.of(reasons), appeal, last);
    }

    private static String label(String role) {
        return switch (role) {
            case "initiator" -> "Initiatiefnemer";
            case "planner" -> "Gemeente";
            default -> "Deelnemer";
        };
    }

    private static long number(String name, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " '" + text + "' is not a round id");
        }
    }
}
