package nl.stip.participation.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.stip.participation.RoundRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@link RoundRecord} in SQL: every figure is aggregated in the database, so a large round is never loaded whole. */
@Service
class RoundRecordQuery implements RoundRecord {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RoundRecordQuery(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public Settings settings(long roundId) {
        return jdbc.sql("""
                        SELECT allow_reactions, allow_replies, allow_agreement, allow_variants, allow_votes, allow_budget, reply_depth,
                               (SELECT count(*) FROM round_question q WHERE q.round_id = r.id)
                        FROM participation_round r WHERE id = ?""").param(roundId)
                .query((rs, n) -> new Settings(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5),
                        rs.getBoolean(6), rs.getInt(7), rs.getInt(8)))
                .optional().orElse(new Settings(false, false, false, false, false, false, 0, 0));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ThemeStance> themeStances(long roundId) {
        return jdbc.sql("""
                        SELECT theme, stance, count(*) FROM round_contribution
                        WHERE round_id = ? AND kind = 'reaction' AND status = 'published' GROUP BY theme, stance ORDER BY theme, stance""")
                .param(roundId).query((rs, n) -> new ThemeStance(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Pin> pins(long roundId) {
        return jdbc.sql("""
                        SELECT id, theme, stance, ST_X(place), ST_Y(place), ST_X(ST_Transform(place, 4326)), ST_Y(ST_Transform(place, 4326))
                        FROM round_contribution WHERE round_id = ? AND kind = 'reaction' AND status = 'published' ORDER BY id""")
                .param(roundId).query((rs, n) -> new Pin(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5),
                        rs.getDouble(6), rs.getDouble(7))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<QuestionAggregate> questionAggregates(long roundId) {
        record Question(long id, int position, String kind, String text, String options) {
        }
        List<Question> questions = jdbc.sql("SELECT id, position, kind, text, options FROM round_question WHERE round_id = ? ORDER BY position")
                .param(roundId).query((rs, n) -> new Question(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5))).list();
        List<QuestionAggregate> result = new ArrayList<>();
        for (Question q : questions) {
            long answers = jdbc.sql("SELECT count(*) FROM round_answer WHERE question_id = ?").param(q.id()).query(Long.class).single();
            List<ValueCount> values = q.kind().equals("open") ? List.of()
                    : jdbc.sql("SELECT value, count(*) FROM round_answer WHERE question_id = ? GROUP BY value ORDER BY value")
                            .param(q.id()).query((rs, n) -> new ValueCount(rs.getString(1), rs.getLong(2))).list();
            result.add(new QuestionAggregate(q.id(), q.position(), q.kind(), q.text(), options(q.options()), answers, values));
        }
        return result;
    }

    private List<String> options(String options) {
        if (options == null) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        for (JsonNode o : json.readTree(options)) {
            list.add(o.asString());
        }
        return list;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ModerationCount> moderationCounts(long roundId) {
        return jdbc.sql("""
                        SELECT kind, count(*), count(undone_at) FROM moderation_action WHERE round_id = ? GROUP BY kind ORDER BY kind""")
                .param(roundId).query((rs, n) -> new ModerationCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContributionCount> contributionCounts(long roundId) {
        return jdbc.sql("SELECT kind, status, count(*) FROM round_contribution WHERE round_id = ? GROUP BY kind, status ORDER BY kind, status")
                .param(roundId).query((rs, n) -> new ContributionCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ThemeAnswers> themeAnswers(long roundId) {
        return jdbc.sql("""
                        SELECT r.theme, count(*), count(a.id),
                               array_remove(array_agg(a.text ORDER BY a.created_at, a.id), NULL),
                               array_remove(array_agg(DISTINCT r.volume_index), NULL)
                        FROM round_contribution r
                        LEFT JOIN round_contribution a ON a.parent_id = r.id AND a.kind = 'initiator-answer' AND a.status = 'published'
                        WHERE r.round_id = ? AND r.kind = 'reaction' AND r.status = 'published'
                        GROUP BY r.theme ORDER BY r.theme""")
                .param(roundId).query((rs, n) -> new ThemeAnswers(rs.getString(1), rs.getLong(2), rs.getLong(3),
                        strings(rs.getArray(4)), integers(rs.getArray(5)))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> participants(long roundId) {
        return jdbc.sql("""
                        SELECT author_email FROM round_contribution WHERE round_id = ? AND author_role = 'participant'
                        UNION SELECT author_email FROM round_answer WHERE round_id = ? ORDER BY 1""")
                .params(roundId, roundId).query(String.class).list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static List<Integer> integers(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(o -> ((Number) o).intValue()).sorted().toList();
    }
}
