package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.accounts.Mailbox;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * "Meld misbruik": once per person per item (the same report again is one report), never one's own; at exactly three
 * distinct reporters (the default of stip.participation.auto-hide-reports) Stip hides the item at once — two do not —
 * and the planners are told in the notification centre and by mail that Stip did it, not a person; a planner's
 * manual hide is told as that planner's.
 */
class ReportsIT extends ModerationFixture {

    @Test
    void three_distinct_reporters_hide_an_item_automatically_and_the_planners_are_told_it_was_automatic() {
        secondPlanner();
        long round = openRound(publishedPlan(), "post", "accounts");
        String author = signUp("gemeld", "RESIDENT");
        Browser writer = login(author);
        long id = post(writer, round, "Iets wat anderen kwetst");
        Browser first = login(signUp("melder1", "RESIDENT"));
        Browser second = login(signUp("melder2", "RESIDENT"));
        Browser third = login(signUp("melder3", "RESIDENT"));
        Mailbox mailbox = mailbox();
        int mailsBefore = mailbox.mailsTo(PLANNER).stream().filter(m -> m.subject().contains("Automatisch verborgen")).toList().size();

        assertThat(first.post("/api/v1/contributions/" + id + "/reports", "{\"reason\":\"Kwetsend\"}").status()).isEqualTo(204);
        assertThat(first.post("/api/v1/contributions/" + id + "/reports", "{\"reason\":\"Kwetsend\"}").status()).as("the same again").isEqualTo(204);
        assertThat(first.post("/api/v1/contributions/" + id + "/reports", "{}").status()).as("and again").isEqualTo(204);
        assertThat(count("SELECT count(*) FROM round_report WHERE contribution_id = ?", id)).as("one report per person").isEqualTo(1);
        Http.Response own = writer.post("/api/v1/contributions/" + id + "/reports", "{}");
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.json().get("code").asString()).isEqualTo("own-contribution");
        assertThat(second.post("/api/v1/contributions/" + id + "/reports", "{}").status()).isEqualTo(204);

        assertThat(reactionIn(state(anonymous(), round), id)).as("two reporters do not hide it").isNotNull();
        JsonNode reported = login(PLANNER).get("/api/v1/moderation/queue?round=" + round + "&state=reported").json().get("items");
        assertThat(reported).hasSize(1);
        assertThat(reported.get(0).get("reports").asInt()).isEqualTo(2);
        assertThat(reported.get(0).get("reportReasons").get(0).asString()).isEqualTo("Kwetsend");
        long seq = state(anonymous(), round).get("seq").asLong();

        assertThat(third.post("/api/v1/contributions/" + id + "/reports", "{}").status()).isEqualTo(204);
        assertThat(reactionIn(state(anonymous(), round), id)).as("the third hides it at once").isNull();
        List<JsonNode> changes = changesAfter(round, seq);
        assertThat(changes).extracting(c -> c.get("type").asString()).containsExactly("hidden");
        JsonNode mine = reactionIn(state(writer, round), id);
        assertThat(mine.get("status").asString()).isEqualTo("hidden");
        assertThat(mine.get("hiddenReason").asString()).contains("Automatisch verborgen", "3 deelnemers");
        assertThat(first.post("/api/v1/contributions/" + id + "/reports", "{}").status()).as("still idempotent once hidden").isEqualTo(204);
        assertThat(login(RESIDENT).post("/api/v1/contributions/" + id + "/reports", "{}").status()).as("hidden: not there for others").isEqualTo(404);

        JsonNode told = awaitNotification(login(PLANNER), "Automatisch verborgen");
        assertThat(told.get("text").asString()).contains("3 deelnemers", "Dit deed Stip, geen medewerker").doesNotContain("kwetst");
        awaitNotification(second(), "Automatisch verborgen");
        Mailbox.Mail mail = mailbox.await(PLANNER, "Automatisch verborgen", mailsBefore + 1);
        assertThat(mail.text()).contains("Dit deed Stip, geen medewerker");
        awaitNotification(writer, "Uw reactie is verborgen");
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'moderation.hidden-automatically' AND actor = 'stip' AND subject = ?",
                "contribution:" + id)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'moderation.reported' AND subject = ?", "contribution:" + id)).isEqualTo(3);

        // a planner reviews the automatic hide: approve puts it back and deals with the reports
        assertThat(login(PLANNER).get("/api/v1/moderation/queue?round=" + round + "&state=reported").json().get("items").get(0)
                .get("hiddenAutomatically").asBoolean()).isTrue();
        Http.Response back = login(PLANNER).post("/api/v1/contributions/" + id + "/approve", "{}");
        assertThat(back.status()).as(back.text()).isEqualTo(200);
        assertThat(reactionIn(state(anonymous(), round), id).get("status").asString()).isEqualTo("published");
        assertThat(login(PLANNER).get("/api/v1/moderation/queue?round=" + round + "&state=reported").json().get("items")).isEmpty();
    }

    @Test
    void a_manual_hide_is_told_to_the_other_planners_as_that_planners() {
        secondPlanner();
        long round = openRound(publishedPlan(), "post", "accounts");
        long id = post(login(RESIDENT), round, "Dit verbergt een medewerker");
        Mailbox mailbox = mailbox();
        int before = mailbox.mailsTo(PLANNER).stream().filter(m -> m.subject().contains("Verborgen door Petra Tweede")).toList().size();

        hide(second(), id, "Niet over het plan");
        JsonNode told = awaitNotification(login(PLANNER), "Verborgen door Petra Tweede");
        assertThat(told.get("text").asString()).contains("Dit deed een medewerker, niet Stip automatisch", "Niet over het plan");
        assertThat(mailbox.await(PLANNER, "Verborgen door Petra Tweede", before + 1).text()).contains("Niet over het plan");
        assertThat(texts(notifications(second()))).as("not to the planner who did it").noneMatch(t -> t.contains("Verborgen door Petra Tweede")
                && t.contains(String.valueOf(round)));
    }
}
