package nl.stip.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import nl.stip.notifications.internal.NotificationsStore.DigestItem;
import org.junit.jupiter.api.Test;

/** The rules of alerts that need no database: the unsubscribe secret, tokens, and the digest's grouping. */
class NotificationRulesTest {

    static final String SECRET = "a-secret-of-more-than-thirty-two-characters";

    @Test
    void productionNeedsASecretAndTheDemoGetsAFixedOne() {
        assertThatThrownBy(() -> UnsubscribeTokens.chooseKey("", false)).hasMessageContaining("STIP_NOTIFICATIONS_SECRET");
        assertThatThrownBy(() -> UnsubscribeTokens.chooseKey("short", false)).hasMessageContaining("at least 32");
        assertThat(UnsubscribeTokens.chooseKey("", true)).isEqualTo(UnsubscribeTokens.DEMO_SECRET);
        assertThat(UnsubscribeTokens.chooseKey(SECRET, false)).isEqualTo(SECRET);
    }

    @Test
    void aTokenNamesOnePersonAndOneKindAndCannotBeChanged() {
        UnsubscribeTokens tokens = new UnsubscribeTokens(SECRET, false);
        String token = tokens.issue("bewoner@example.org", NotificationKind.DECISION);
        assertThat(tokens.read(token)).contains(new UnsubscribeTokens.Target("bewoner@example.org", NotificationKind.DECISION));
        assertThat(new UnsubscribeTokens(SECRET + "x", false).read(token)).as("another secret").isEmpty();
        String otherKind = token.replace(".decision.", ".round-opened.");
        assertThat(tokens.read(otherKind)).isEmpty();
        assertThat(tokens.read(null)).isEmpty();
        assertThat(tokens.read("a.b")).isEmpty();
        assertThat(tokens.read("!!.decision.!!")).isEmpty();
    }

    @Test
    void theDigestGroupsPerPlanNewestFirst() {
        Instant at = Instant.parse("2026-12-01T08:00:00Z");
        List<DigestItem> items = List.of(
                new DigestItem(1, "e1", "plan-published-nearby", 1, "Serre", "Oudste", "tekst 1", "http://s/?plan=1", at),
                new DigestItem(2, "e2", "plan-published-nearby", 2, "Dakkapel", "Middel", "tekst 2", "http://s/?plan=2", at),
                new DigestItem(3, "e3", "followed-plan-phase", 1, "Serre", "Nieuwste", "tekst 3", "http://s/?plan=1", at));
        String body = Digest.body(items);
        assertThat(body.indexOf("Plan \"Serre\"")).isLessThan(body.indexOf("Plan \"Dakkapel\""));
        assertThat(body.indexOf("Nieuwste")).isLessThan(body.indexOf("Oudste"));
        assertThat(body.split("Plan \"Serre\"", -1)).as("one group per plan").hasSize(2);
    }

    @Test
    void textArraysAreQuoted() {
        assertThat(NotificationsStore.textArray(List.of("a@b.nl", "x\"y\\z", "c,d"))).isEqualTo("{\"a@b.nl\",\"x\\\"y\\\\z\",\"c,d\"}");
    }
}
