package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import nl.stip.Browser;
import nl.stip.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A planner's moderation as the people in the round notice it: pre-moderation holds an item until it is approved; a
 * hide with a reason takes it (and its replies) away from everyone, in the state and in the change log, and tells its
 * author why (in plain text, also by mail) and the reply authors that their reply went with it; an undo of one's own
 * decision puts it back; the author appeals once and another planner decides; a blocked participant cannot write but
 * their earlier items stay.
 */
class ModerationIT extends ModerationFixture {

    @Test
    void pre_moderation_holds_an_item_until_a_planner_approves_it() {
        long round = openRound(publishedPlan(), "pre", "accounts");
        String author = signUp("wachter", "RESIDENT");
        Browser writer = login(author);
        long seq = state(anonymous(), round).get("seq").asLong();
        Http.Response posted = writer.post("/api/v1/rounds/" + round + "/reactions", reaction("Eerst bekijken graag"));
        assertThat(posted.json().get("status").asString()).isEqualTo("pending");
        long id = posted.json().get("id").asLong();

        assertThat(reactionIn(state(anonymous(), round), id)).as("the public does not see a pending item").isNull();
        assertThat(reactionIn(state(login(RESIDENT), round), id)).as("another resident neither").isNull();
        assertThat(reactionIn(state(writer, round), id).get("status").asString()).as("the author sees it waiting").isEqualTo("pending");
        assertThat(changesAfter(round, seq)).extracting(c -> c.get("type").asString()).containsExactly("held");
        assertThat(changesAfter(round, seq).get(0).get("data").toString()).doesNotContain("Eerst bekijken");

        JsonNode queue = login(PLANNER).get("/api/v1/moderation/queue?round=" + round + "&state=pending").json().get("items");
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(queue.get(0).get("round").get("id").asLong()).isEqualTo(round);
        assertThat(queue.get(0).get("place").get("lon").asDouble()).isGreaterThan(6);
        assertThat(queue.get(0).get("author").get("email").asString()).isEqualTo(author);

        Http.Response approved = login(PLANNER).post("/api/v1/contributions/" + id + "/approve", "{}");
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(approved.json().get("actionId").asLong()).isPositive();
        assertThat(reactionIn(state(anonymous(), round), id).get("status").asString()).isEqualTo("published");
        JsonNode change = changesAfter(round, seq).get(1);
        assertThat(change.get("type").asString()).isEqualTo("approved");
        assertThat(change.get("data").get("item").get("text").asString()).isEqualTo("Eerst bekijken graag");
        assertThat(change.get("data").get("item").get("author").has("email")).as("no personal data in the public delta").isFalse();
        assertThat(login(PLANNER).get("/api/v1/moderation/queue?round=" + round + "&state=pending").json().get("items")).isEmpty();
        assertThat(login(PLANNER).post("/api/v1/contributions/" + id + "/approve", "{}").status()).as("approved already").isEqualTo(409);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'moderation.approved' AND subject = ?", "contribution:" + id)).isEqualTo(1);
    }

    @Test
    void a_hide_with_a_reason_takes_the_item_and_its_replies_from_everyone_and_tells_their_authors() throws Exception {
        long round = openRound(publishedPlan(), "post", "accounts");
        String author = signUp("schrijver", "RESIDENT");
        String replier = signUp("antwoorder", "RESIDENT");
        Browser writer = login(author);
        assertThat(writer.put("/api/v1/me/notification-preferences", "{\"my-contribution\":\"email\"}").status()).isEqualTo(200);
        long id = post(writer, round, "Mijn buurman Jan de Vries is een oplichter");
        long replyId = reply(login(replier), id, "Dat klopt niet");
        assertThat(awaitNotification(writer, "Nieuw antwoord op uw reactie").get("text").asString()).contains("Dat klopt niet");
        long seq = state(anonymous(), round).get("seq").asLong();

        String reason = "U noemt iemand bij naam. <b>Dat mag niet</b> & dat blijft zo.";
        JsonNode decision = hide(login(PLANNER), id, reason);
        assertThat(decision.get("repliesHidden").asInt()).isEqualTo(1);

        assertThat(reactionIn(state(anonymous(), round), id)).as("gone for the public").isNull();
        assertThat(reactionIn(state(login(RESIDENT), round), id)).as("gone for other residents").isNull();
        JsonNode own = reactionIn(state(writer, round), id);
        assertThat(own.get("status").asString()).isEqualTo("hidden");
        assertThat(own.get("hiddenReason").asString()).isEqualTo(reason);
        JsonNode planners = reactionIn(state(login(PLANNER), round), id);
        assertThat(planners.get("replies").get(0).get("status").asString()).as("the reply went with it").isEqualTo("hidden");
        List<JsonNode> changes = changesAfter(round, seq);
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("type").asString()).isEqualTo("hidden");
        assertThat(changes.get(0).get("data").get("id").asLong()).isEqualTo(id);
        assertThat(changes.get(0).get("data").get("repliesHidden").asInt()).isEqualTo(1);
        assertThat(changes.get(0).get("data").toString()).doesNotContain("naam");

        JsonNode told = awaitNotification(writer, "Uw reactie is verborgen");
        // the notice that showed the hidden reply is gone from its reader's notifications
        await().atMost(Duration.ofSeconds(10)).until(() -> texts(notifications(writer)).stream().noneMatch(t -> t.contains("Dat klopt niet")));
        assertThat(told.get("text").asString()).contains(reason);
        JsonNode replyTold = awaitNotification(login(replier), "Uw antwoord is verborgen");
        assertThat(replyTold.get("text").asString()).contains("De reactie waarop dit antwoord staat").doesNotContain("naam");
        // the mail is plain text: the planner's words as they were written, no markup made of them
        MimeMessage mail = await().atMost(Duration.ofSeconds(10)).until(() -> java.util.Arrays.stream(mail().getReceivedMessages())
                .filter(m -> recipient(m).contains(author) && subject(m).contains("verborgen")).findFirst().orElse(null), m -> m != null);
        assertThat(mail.getContentType()).startsWith("text/plain");
        assertThat(mail.getContent().toString()).contains(reason);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'moderation.hidden' AND subject = ? AND actor = ?", "contribution:" + id, PLANNER))
                .isEqualTo(1);
        assertThat(state(login(replier), round).toString()).doesNotContain("Dat klopt niet");
        assertThat(replyId).isPositive();
    }

    @Test
    void a_planner_undoes_only_their_own_decision_and_the_item_comes_back() {
        long round = openRound(publishedPlan(), "post", "accounts");
        Browser writer = login(signUp("terug", "RESIDENT"));
        long id = post(writer, round, "Te fel gezegd misschien");
        long replyId = reply(login(RESIDENT), id, "Vind ik niet");
        long action = hide(login(PLANNER), id, "Even niet").get("actionId").asLong();
        long seq = state(anonymous(), round).get("seq").asLong();

        assertThat(second().post("/api/v1/moderation/actions/" + action + "/undo", "{}").status()).as("not the other planner's").isEqualTo(403);
        Http.Response undone = login(PLANNER).post("/api/v1/moderation/actions/" + action + "/undo", "{}");
        assertThat(undone.status()).as(undone.text()).isEqualTo(200);
        assertThat(undone.json().get("status").asString()).isEqualTo("published");
        JsonNode back = reactionIn(state(anonymous(), round), id);
        assertThat(back.get("status").asString()).isEqualTo("published");
        assertThat(back.get("replies").get(0).get("id").asLong()).isEqualTo(replyId);
        assertThat(changesAfter(round, seq)).extracting(c -> c.get("type").asString() + ":" + c.get("data").get("item").get("id").asLong())
                .containsExactly("restored:" + id, "restored:" + replyId);
        assertThat(login(PLANNER).post("/api/v1/moderation/actions/" + action + "/undo", "{}").status()).as("once").isEqualTo(409);
        awaitNotification(writer, "Uw reactie is weer zichtbaar");
    }

    @Test
    void the_author_appeals_once_and_another_planner_decides() {
        secondPlanner(); // there before the appeal, to be told of it
        long round = openRound(publishedPlan(), "post", "accounts");
        String author = signUp("bezwaar", "RESIDENT");
        Browser writer = login(author);
        long id = post(writer, round, "Dit is gewoon mijn mening");
        hide(login(PLANNER), id, "Te persoonlijk");

        assertThat(login(RESIDENT).post("/api/v1/contributions/" + id + "/appeal", "{\"text\":\"Niet van mij\"}").status()).isEqualTo(403);
        assertThat(writer.post("/api/v1/contributions/" + id + "/appeal", "{\"text\":\"\"}").status()).isEqualTo(400);
        Http.Response appealed = writer.post("/api/v1/contributions/" + id + "/appeal", "{\"text\":\"Ik noem niemand bij naam\"}");
        assertThat(appealed.status()).as(appealed.text()).isEqualTo(201);
        Http.Response again = writer.post("/api/v1/contributions/" + id + "/appeal", "{\"text\":\"Nog een keer\"}");
        assertThat(again.status()).as("one appeal").isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("already-appealed");

        JsonNode queued = login(PLANNER).get("/api/v1/moderation/queue?round=" + round + "&state=appealed").json().get("items");
        assertThat(queued).hasSize(1);
        assertThat(queued.get(0).get("appeal").get("text").asString()).isEqualTo("Ik noem niemand bij naam");
        assertThat(queued.get(0).get("appeal").get("mayDecide").asBoolean()).as("not the planner who hid it").isFalse();
        assertThat(second().get("/api/v1/moderation/queue?round=" + round + "&state=appealed").json().get("items").get(0)
                .get("appeal").get("mayDecide").asBoolean()).isTrue();
        awaitNotification(second(), "Bezwaar tegen verbergen");
        assertThat(texts(notifications(login(PLANNER)))).noneMatch(t -> t.contains("Bezwaar tegen verbergen") && t.contains("Dit is gewoon"));

        Http.Response byHider = login(PLANNER).post("/api/v1/contributions/" + id + "/approve", "{}");
        assertThat(byHider.status()).as("the planner who hid it may not decide").isEqualTo(403);
        assertThat(login(PLANNER).post("/api/v1/contributions/" + id + "/hide", "{\"reason\":\"Blijft\"}").status()).isEqualTo(403);
        Http.Response granted = second().post("/api/v1/contributions/" + id + "/approve", "{}");
        assertThat(granted.status()).as(granted.text()).isEqualTo(200);
        assertThat(reactionIn(state(anonymous(), round), id).get("status").asString()).isEqualTo("published");
        assertThat(login(PLANNER).get("/api/v1/moderation/queue?round=" + round + "&state=appealed").json().get("items")).isEmpty();
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'moderation.appeal-granted' AND actor = ?", secondPlanner())).isPositive();
    }

    @Test
    void undoing_a_hide_that_was_appealed_settles_the_appeal() {
        long round = openRound(publishedPlan(), "post", "accounts");
        Browser writer = login(signUp("ongedaan", "RESIDENT"));
        long id = post(writer, round, "Ik zeg het nog eens rustig");
        long action = hide(login(PLANNER), id, "Te fel").get("actionId").asLong();
        assertThat(writer.post("/api/v1/contributions/" + id + "/appeal", "{\"text\":\"Het was niet fel\"}").status()).isEqualTo(201);
        assertThat(login(PLANNER).get("/api/v1/moderation/queue?round=" + round + "&state=appealed").json().get("items")).hasSize(1);

        Http.Response undone = login(PLANNER).post("/api/v1/moderation/actions/" + action + "/undo", "{}");
        assertThat(undone.status()).as(undone.text()).isEqualTo(200);
        assertThat(reactionIn(state(anonymous(), round), id).get("status").asString()).isEqualTo("published");
        assertThat(login(PLANNER).get("/api/v1/moderation/queue?round=" + round + "&state=appealed").json().get("items"))
                .as("the item is back: nothing left to decide").isEmpty();
        assertThat(count("SELECT count(*) FROM moderation_appeal WHERE contribution_id = ? AND decision = 'restored' AND decided_by = ?", id, PLANNER))
                .isEqualTo(1);
    }

    @Test
    void a_blocked_participant_cannot_write_and_their_earlier_items_stay() {
        long round = openRound(publishedPlan(), "post", "accounts");
        String email = signUp("geblokkeerd", "RESIDENT");
        Browser blocked = login(email);
        long earlier = post(blocked, round, "Van voor de blokkade");
        long other = post(login(RESIDENT), round, "Van een ander");

        Http.Response block = login(PLANNER).post("/api/v1/rounds/" + round + "/blocks", "{\"participant\":\"" + email.toUpperCase() + "\"}");
        assertThat(block.status()).as(block.text()).isEqualTo(201);
        assertThat(login(PLANNER).post("/api/v1/rounds/" + round + "/blocks", "{\"participant\":\"" + email + "\"}").status()).as("idempotent").isEqualTo(200);
        assertThat(login(PLANNER).post("/api/v1/rounds/" + round + "/blocks", "{\"participant\":\"" + PLANNER + "\"}").status()).isEqualTo(409);
        assertThat(login(PLANNER).post("/api/v1/rounds/" + round + "/blocks", "{\"participant\":\"geen adres\"}").json().get("parameter").asString())
                .isEqualTo("participant");

        Http.Response refused = blocked.post("/api/v1/rounds/" + round + "/reactions", reaction("Na de blokkade"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("blocked");
        assertThat(blocked.post("/api/v1/contributions/" + other + "/replies", "{\"text\":\"Hallo\"}").status()).isEqualTo(403);
        assertThat(blocked.send("PUT", "/api/v1/contributions/" + other + "/agreement", null).status()).isEqualTo(403);
        assertThat(blocked.post("/api/v1/contributions/" + other + "/reports", "{}").status()).isEqualTo(403);
        assertThat(reactionIn(state(anonymous(), round), earlier).get("status").asString()).as("earlier items stay").isEqualTo("published");
        assertThat(count("SELECT count(*) FROM round_contribution WHERE round_id = ? AND text = 'Na de blokkade'", round)).isZero();
        assertThat(login(PLANNER).get("/api/v1/rounds/" + round + "/blocks").json().get(0).get("participant").asString()).isEqualTo(email);

        assertThat(login(PLANNER).send("DELETE", "/api/v1/rounds/" + round + "/blocks/" + email, null).status()).isEqualTo(204);
        assertThat(blocked.post("/api/v1/rounds/" + round + "/reactions", reaction("Weer welkom")).status()).isEqualTo(201);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action IN ('moderation.blocked', 'moderation.unblocked') AND subject = ?", email))
                .isEqualTo(2);
    }

    static String recipient(MimeMessage m) {
        try {
            return java.util.Arrays.toString(m.getAllRecipients());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
