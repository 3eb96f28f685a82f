package nl.stip.voting.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The voting tables: setups, their options, ballots (one per voter and round). */
@Repository
class VoteStore {

    private static final String SETUP = "SELECT method, max_choices, budget, min_options, max_options, hide_results FROM vote_setup WHERE round_id = ?";

    private final JdbcClient jdbc;

    VoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<VoteSetup> setup(long roundId) {
        return setup(roundId, "");
    }

    /** The setup, locked against change until the caller's transaction ends (ballots share, setup changes update). */
    Optional<VoteSetup> setup(long roundId, String lock) {
        return jdbc.sql(SETUP + lock).param(roundId).query((rs, n) -> new Head(rs)).optional()
                .map(h -> h.with(options(roundId, h.method)));
    }

    private List<VoteSetup.Option> options(long roundId, String method) {
        return jdbc.sql("SELECT key, label, cost, variant_id FROM vote_option WHERE round_id = ? ORDER BY position").param(roundId)
                .query((rs, n) -> new VoteSetup.Option(rs.getString(1), rs.getString(2), "budget".equals(method) ? rs.getLong(3) : null,
                        (Long) rs.getObject(4))).list();
    }

    void save(long roundId, VoteSetup s, Instant now) {
        jdbc.sql("""
                INSERT INTO vote_setup (round_id, method, max_choices, budget, min_options, max_options, hide_results, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (round_id) DO UPDATE SET method = EXCLUDED.method, max_choices = EXCLUDED.max_choices,
                  budget = EXCLUDED.budget, min_options = EXCLUDED.min_options, max_options = EXCLUDED.max_options,
                  hide_results = EXCLUDED.hide_results, updated_at = EXCLUDED.updated_at""")
                .params(roundId, s.method(), s.maxChoices(), s.budget(), s.minOptions(), s.maxOptions(), s.hidden(), java.sql.Timestamp.from(now)).update();
        jdbc.sql("DELETE FROM vote_option WHERE round_id = ?").param(roundId).update();
        for (int i = 0; i < s.options().size(); i++) {
            VoteSetup.Option o = s.options().get(i);
            jdbc.sql("INSERT INTO vote_option (round_id, key, position, label, cost, variant_id) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(roundId, o.key(), i, o.label(), o.cost() == null ? 0 : o.cost(), o.variantId()).update();
        }
    }

    long ballotCount(long roundId) {
        return jdbc.sql("SELECT count(*) FROM vote_ballot WHERE round_id = ?").param(roundId).query(Long.class).single();
    }

    Optional<List<String>> ballotOf(long roundId, String voter) {
        return jdbc.sql("SELECT choices FROM vote_ballot WHERE round_id = ? AND voter_email = ?").params(roundId, voter)
                .query((rs, n) -> keys(rs.getArray(1))).optional();
    }

    /** Casts or replaces the voter's ballot (the unique (round, voter) keeps it one); true when it is the first. */
    boolean upsertBallot(long roundId, String voter, List<String> choices, Instant now) {
        return jdbc.sql("""
                INSERT INTO vote_ballot (round_id, voter_email, choices, cast_at, updated_at) VALUES (?, ?, ?::text[], ?, ?)
                ON CONFLICT (round_id, voter_email) DO UPDATE SET choices = EXCLUDED.choices, updated_at = EXCLUDED.updated_at
                RETURNING (xmax = 0)""")
                .params(roundId, voter, literal(choices), java.sql.Timestamp.from(now), java.sql.Timestamp.from(now))
                .query(Boolean.class).single();
    }

    /** All ballots of the round in the order they were first cast. */
    List<List<String>> ballots(long roundId) {
        return jdbc.sql("SELECT choices FROM vote_ballot WHERE round_id = ? ORDER BY id").param(roundId)
                .query((rs, n) -> keys(rs.getArray(1))).list();
    }

    /** Option keys are [A-Za-z0-9_-] (checked at setup), so the array literal needs no quoting. */
    private static String literal(List<String> keys) {
        return "{" + String.join(",", keys) + "}";
    }

    private static List<String> keys(Array array) throws SQLException {
        return List.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    private static final class Head {
        final String method;
        final Integer maxChoices;
        final Long budget;
        final Integer minOptions;
        final Integer maxOptions;
        final boolean hide;

        Head(ResultSet rs) throws SQLException {
            method = rs.getString(1);
            maxChoices = (Integer) rs.getObject(2);
            budget = (Long) rs.getObject(3);
            minOptions = (Integer) rs.getObject(4);
            maxOptions = (Integer) rs.getObject(5);
            hide = rs.getBoolean(6);
        }

        VoteSetup with(List<VoteSetup.Option> options) {
            return new VoteSetup(method, options, maxChoices, budget, minOptions, maxOptions, hide);
        }
    }
}
