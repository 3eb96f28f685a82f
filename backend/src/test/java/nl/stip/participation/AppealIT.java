package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.Browser;
import nl.stip.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The author's one appeal against a hide, as the round's state shows it: to the author and to planners the item carries
 * its appeal ({@code open}, then {@code restored} or {@code upheld} after another planner decides); to anyone else
 * nothing of it, also once the item is back.
 */
class AppealIT extends ModerationFixture {

    @Test
    void the_appeal_shows_to_the_author_and_planners_only_and_a_restore_takes_the_item_back_for_everyone() {
        secondPlanner();
        long round = openRound(publishedPlan(), "post", "accounts");
        String author = signUp("bezwaarmaker", "RESIDENT");
        Browser writer = login(author);
        long id = post(writer, round, "De bouwer trekt zich nergens iets van aan");
        hide(login(PLANNER), id, "Beschuldigt iemand");
        JsonNode mine = reactionIn(state(writer, round), id);
        assertThat(mine.get("status").asString()).isEqualTo("hidden");
        assertThat(absent(mine.path("appeal"))).as("no appeal yet").isTrue();

        Http.Response appealed = writer.post("/api/v1/contributions/" + id + "/appeal", "{\"text\":\"Ik beschuldig niemand, ik zeg wat ik zie\"}");
        assertThat(appealed.status()).as(appealed.text()).isEqualTo(201);

        assertThat(reactionIn(state(writer, round), id).get("appeal").get("state").asString()).as("the author sees it waiting").isEqualTo("open");
        assertThat(reactionIn(state(login(PLANNER), round), id).get("appeal").get("state").asString()).isEqualTo("open");
        assertThat(reactionIn(state(login(RESIDENT), round), id)).as("others do not see the hidden item").isNull();

        Http.Response granted = second().post("/api/v1/contributions/" + id + "/approve", "{}");
        assertThat(granted.status()).as(granted.text()).isEqualTo(200);

        JsonNode ownAfter = reactionIn(state(writer, round), id);
        assertThat(ownAfter.get("status").asString()).isEqualTo("published");
        assertThat(ownAfter.get("appeal").get("state").asString()).isEqualTo("restored");
        assertThat(ownAfter.get("appeal").get("decidedAt").isNull()).isFalse();
        assertThat(reactionIn(state(second(), round), id).get("appeal").get("state").asString()).isEqualTo("restored");
        for (Browser other : new Browser[] {login(RESIDENT), anonymous()}) {
            JsonNode seen = reactionIn(state(other, round), id);
            assertThat(seen).as("the item is back for everyone").isNotNull();
            assertThat(absent(seen.path("appeal"))).as("but its appeal is the author's and the planners' business").isTrue();
        }
        assertThat(state(login(RESIDENT), round).toString()).doesNotContain("Ik beschuldig niemand");
    }

    @Test
    void an_upheld_appeal_shows_as_upheld_to_its_author_and_cannot_be_made_again() {
        secondPlanner();
        long round = openRound(publishedPlan(), "post", "accounts");
        String author = signUp("volhouder", "RESIDENT");
        Browser writer = login(author);
        long id = post(writer, round, "Dat gemeentebestuur is een stelletje prutsers");
        hide(login(PLANNER), id, "Scheldt");
        assertThat(writer.post("/api/v1/contributions/" + id + "/appeal", "{\"text\":\"Zo bedoel ik het niet\"}").status()).isEqualTo(201);

        Http.Response upheld = second().post("/api/v1/contributions/" + id + "/hide", "{\"reason\":\"Blijft verborgen: schelden\"}");
        assertThat(upheld.status()).as(upheld.text()).isEqualTo(200);

        JsonNode mine = reactionIn(state(writer, round), id);
        assertThat(mine.get("status").asString()).isEqualTo("hidden");
        assertThat(mine.get("appeal").get("state").asString()).isEqualTo("upheld");
        assertThat(mine.get("hiddenReason").asString()).isEqualTo("Blijft verborgen: schelden");
        assertThat(reactionIn(state(login(PLANNER), round), id).get("appeal").get("state").asString()).isEqualTo("upheld");
        Http.Response again = writer.post("/api/v1/contributions/" + id + "/appeal", "{\"text\":\"Toch nog eens\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("already-appealed");
        assertThat(again.json().get("detail").asString()).contains("één keer");
    }

    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }
}
