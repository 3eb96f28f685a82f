package nl.stip.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import nl.stip.Browser;
import nl.stip.Http;
import org.junit.jupiter.api.Test;

/**
 * Who may do what with a round's variants, role by role (issue 12: "a test per role proves the matrix"): a visitor,
 * a resident who is not a participant of a round for the concerned only, a participant, the plan's initiator (owner)
 * and the planner × list the variants, read one, preview, save, set the bounds. One table per kind of round; every
 * cell is the status the role gets.
 */
class VariantAccessMatrixIT extends VariantFixture {

    /** One role's expected answers: list, read one, preview, save, set bounds. */
    private record Role(String name, Browser as, int list, int one, int preview, int save, int bounds) {
    }

    private static final String[] ACTIONS = {"set bounds", "save", "preview", "list", "read one"};

    @Test
    void every_role_gets_its_status_for_every_action_in_a_round_for_the_concerned_and_in_one_for_all_accounts() {
        long plan = twoVolumePlan();
        long concerned = open(created(plan, roundBody("post", "concerned", true)));
        long accounts = variantRound(twoVolumePlan());
        Browser participant = concernedResident(plan);
        Browser outsider = login(signUp("buiten", "RESIDENT"));

        //                                        list one  preview save bounds
        List<Role> forTheConcerned = List.of(
                new Role("visitor", anonymous(),           401, 401, 401, 401, 401),
                new Role("resident, not concerned", outsider, 403, 403, 403, 403, 403),
                new Role("concerned participant", participant, 200, 200, 200, 201, 403),
                new Role("initiator (owner)", login(OWNER), 200, 200, 200, 201, 403),
                new Role("planner", login(PLANNER),        200, 200, 200, 201, 200));
        List<Role> forAllAccounts = List.of(
                new Role("visitor", anonymous(),           200, 200, 401, 401, 401),
                new Role("resident", login(signUp("iedereen", "RESIDENT")), 200, 200, 200, 201, 403),
                new Role("initiator (owner)", login(OWNER), 200, 200, 200, 201, 403),
                new Role("planner", login(PLANNER),        200, 200, 200, 201, 200));

        List<String> mismatches = new ArrayList<>();
        mismatches.addAll(run("concerned round", concerned, forTheConcerned, participant));
        mismatches.addAll(run("accounts round", accounts, forAllAccounts, forAllAccounts.get(1).as()));
        assertThat(mismatches).as("role × action cells that answered otherwise").isEmpty();

        // Each role that may save saved exactly one variant; the refused ones stored nothing.
        assertThat(variants(concerned)).isEqualTo(3);
        assertThat(variants(accounts)).isEqualTo(3);
    }

    /**
     * Runs every action for every role, action by action in the order of {@link #ACTIONS} (the bounds first: they are
     * fixed once a variant is saved; reading one reads the variant the {@code reader} saved). Returns the mismatches.
     */
    private List<String> run(String roundName, long round, List<Role> roles, Browser reader) {
        String path = "/api/v1/rounds/" + round;
        String body = variant("Variant", volume(0, 0, 3, 4, 3) + "," + volume(4, 0, 2, 2, 3), "");
        Map<String, BiFunction<Role, long[], Http.Response>> actions = new LinkedHashMap<>();
        actions.put("set bounds", (r, v) -> r.as().put(path + "/variant-bounds", bounds("0", "9", "null", "")));
        actions.put("save", (r, v) -> r.as().post(path + "/variants", body));
        actions.put("preview", (r, v) -> preview(r.as(), round, body));
        actions.put("list", (r, v) -> r.as().get(path + "/variants"));
        actions.put("read one", (r, v) -> r.as().get("/api/v1/variants/" + v[0]));
        long[] readable = {0};
        List<String> mismatches = new ArrayList<>();
        for (String action : ACTIONS) {
            for (Role role : roles) {
                Http.Response answer = actions.get(action).apply(role, readable);
                int expected = expected(role, action);
                if (answer.status() != expected) {
                    mismatches.add(roundName + " / " + role.name() + " / " + action + ": expected " + expected + ", got "
                            + answer.status() + " " + answer.text());
                }
                if (answer.status() >= 400) {
                    assertThat(answer.contentType()).as(roundName + " / " + role.name() + " / " + action).startsWith("application/problem+json");
                }
                if (action.equals("save") && answer.status() == 201 && role.as() == reader) {
                    readable[0] = answer.json().get("id").asLong();
                }
            }
        }
        assertThat(readable[0]).as(roundName + ": the reader's variant").isPositive();
        return mismatches;
    }

    private static int expected(Role role, String action) {
        return switch (action) {
            case "list" -> role.list();
            case "read one" -> role.one();
            case "preview" -> role.preview();
            case "save" -> role.save();
            case "set bounds" -> role.bounds();
            default -> throw new IllegalArgumentException(action);
        };
    }

    private long created(long plan, String body) {
        Http.Response created = login(PLANNER).post("/api/v1/plans/" + plan + "/rounds", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asLong();
    }
}
