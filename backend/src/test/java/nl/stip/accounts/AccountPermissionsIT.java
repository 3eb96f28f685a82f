package nl.stip.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * Who may call the accounts endpoints, with the demo account of each role: anyone may sign up and log in; only
 * planners create staff accounts and read the outbox.
 */
class AccountPermissionsIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private Browser as(String who) {
        return who.equals("anonymous") ? new Browser(port).primed()
                : new Browser(port).loggedInAs(who + "@demo.stip.nl", DemoAccounts.PASSWORD);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            "anonymous, GET,  /api/v1/auth/me, 200",
            "bewoner,   GET,  /api/v1/auth/me, 200",
            "initiator, GET,  /api/v1/auth/me, 200",
            "planner,   GET,  /api/v1/auth/me, 200",
            "adviseur,  GET,  /api/v1/auth/me, 200",
            "anonymous, GET,  /api/v1/outbox, 401",
            "bewoner,   GET,  /api/v1/outbox, 403",
            "initiator, GET,  /api/v1/outbox, 403",
            "adviseur,  GET,  /api/v1/outbox, 403",
            "planner,   GET,  /api/v1/outbox, 200",
            "anonymous, GET,  /api/v1/outbox/delivery, 401",
            "bewoner,   GET,  /api/v1/outbox/delivery, 403",
            "initiator, GET,  /api/v1/outbox/delivery, 403",
            "adviseur,  GET,  /api/v1/outbox/delivery, 403",
            "planner,   GET,  /api/v1/outbox/delivery, 200",
            "anonymous, POST, /api/v1/accounts, 401",
            "bewoner,   POST, /api/v1/accounts, 403",
            "initiator, POST, /api/v1/accounts, 403",
            "adviseur,  POST, /api/v1/accounts, 403",
            "planner,   POST, /api/v1/accounts, 201",
            "anonymous, GET,  /api/v1/auth/csrf, 200",
            "anonymous, POST, /api/v1/auth/logout, 204",
            "bewoner,   POST, /api/v1/lookup?x=206341&y=447531, 403",
            "planner,   GET,  /actuator/env, 403"})
    void onlyPlannersManageAccountsAndReadTheOutbox(String who, String method, String path, int status) {
        Browser browser = as(who);
        String invitation = "{\"email\":\"" + AccountsIT.newEmail("staff") + "\",\"displayName\":\"Piet Planner\",\"role\":\"ADVISOR\"}";
        Http.Response response = method.equals("GET") ? browser.get(path) : browser.post(path, invitation);
        assertThat(response.status()).as(who + " " + method + " " + path + ": " + response.text()).isEqualTo(status);
        if (status == 401 || status == 403) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void meShowsTheRoleOfEachDemoAccount() {
        assertThat(as("bewoner").get("/api/v1/auth/me").json().path("roles").get(0).asString()).isEqualTo("RESIDENT");
        assertThat(as("initiator").get("/api/v1/auth/me").json().path("roles").get(0).asString()).isEqualTo("INITIATOR");
        assertThat(as("planner").get("/api/v1/auth/me").json().path("roles").get(0).asString()).isEqualTo("PLANNER");
        assertThat(as("adviseur").get("/api/v1/auth/me").json().path("roles").get(0).asString()).isEqualTo("ADVISOR");
    }

    @Test
    void aPlannerInvitesAnAdvisorWhoSetsAPasswordAndLogsIn() {
        String email = AccountsIT.newEmail("adviseur");
        Http.Response created = as("planner").post("/api/v1/accounts",
                "{\"email\":\"" + email + "\",\"displayName\":\"Ada Adviseur\",\"role\":\"ADVISOR\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("verified").asBoolean()).isFalse();
        assertThat(created.text()).doesNotContain("password");

        Mailbox.Mail invitation = new Mailbox(mail()).await(email, "account");
        assertThat(invitation.text()).contains("Ada Adviseur", "adviseur");
        Browser advisor = new Browser(port).primed();
        assertThat(advisor.post("/api/v1/auth/login", AccountsIT.loginJson(email, "nog-geen-wachtwoord")).status()).isEqualTo(401);
        assertThat(advisor.post("/api/v1/auth/password-reset/confirm",
                "{\"token\":\"" + invitation.link("password-reset") + "\",\"newPassword\":\"adviseur-wachtwoord\"}").status()).isEqualTo(204);
        Http.Response login = advisor.post("/api/v1/auth/login", AccountsIT.loginJson(email, "adviseur-wachtwoord"));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().path("roles").get(0).asString()).isEqualTo("ADVISOR");

        assertThat(as("planner").post("/api/v1/accounts",
                "{\"email\":\"" + email + "\",\"displayName\":\"Dubbel\",\"role\":\"PLANNER\"}").status()).isEqualTo(409);
    }

    @Test
    void theOutboxKeepsMailsForPlannersNewestFirst() {
        OutboxMailer outbox = new OutboxMailer(jdbc);
        String to = AccountsIT.newEmail("outbox");
        outbox.send(to, "Eerste", "eerste tekst");
        outbox.send(to, "Tweede", "tweede tekst met link https://stip.example/?password-reset=abc");

        Http.Response response = as("planner").get("/api/v1/outbox");
        assertThat(response.status()).isEqualTo(200);
        var mails = response.json();
        assertThat(mails.get(0).path("to").asString()).isEqualTo(to);
        assertThat(mails.get(0).path("subject").asString()).isEqualTo("Tweede");
        assertThat(mails.get(0).path("text").asString()).contains("password-reset=abc");
        assertThat(mails.get(0).path("sentAt").asString()).isNotEmpty();
        assertThat(mails.get(1).path("subject").asString()).isEqualTo("Eerste");
    }

    @Test
    void theOutboxHidesTheLinksInMailsToAnotherPlanner() {
        OutboxMailer outbox = new OutboxMailer(jdbc);
        String otherPlanner = AccountsIT.newEmail("planner");
        new AccountStore(jdbc).create(otherPlanner, "Andere Planner", null, Role.PLANNER, false);
        String resident = AccountsIT.newEmail("resident");
        outbox.send(otherPlanner, "U heeft een account bij Stip", "Kies een wachtwoord:\n\nhttps://stip.example/?password-reset=GEHEIMTOKEN-planner\n\nDe link werkt 3 dagen.");
        outbox.send(otherPlanner, "Inloggen bij Stip", "https://stip.example/?login=GEHEIMTOKEN-login");
        outbox.send("planner@demo.stip.nl", "Nieuw wachtwoord voor Stip", "https://stip.example/?password-reset=EIGENTOKEN");
        outbox.send(resident, "Bevestig uw e-mailadres voor Stip", "https://stip.example/?verify=BEWONERTOKEN");

        Http.Response response = as("planner").get("/api/v1/outbox");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).doesNotContain("GEHEIMTOKEN")
                .contains("EIGENTOKEN") // the planner's own mail
                .contains("BEWONERTOKEN"); // a demo and development aid: residents' mails are shown whole
        var toOther = response.json().valueStream().filter(mail -> mail.path("to").asString().equals(otherPlanner)).toList();
        assertThat(toOther).hasSize(2).allSatisfy(mail -> assertThat(mail.path("text").asString())
                .contains("[link verborgen: alleen de ontvanger kan deze link gebruiken]"));
        assertThat(toOther.get(1).path("text").asString()).contains("De link werkt 3 dagen.");
    }

    @Test
    void theOutboxPageLearnsThatTestMailGoesThroughSmtp() {
        assertThat(as("planner").get("/api/v1/outbox/delivery").json().path("delivery").asString()).isEqualTo("smtp");
    }

    @Test
    void openIdLoginMatchesOrCreatesAResidentByEmail() {
        AccountOidcUserService oidc = new AccountOidcUserService(new AccountStore(jdbc), false, event -> { });
        String email = AccountsIT.newEmail("DigiD");
        Account first = oidc.accountFor(email.toUpperCase(), true, "Dirk Digid");
        assertThat(first.email()).isEqualTo(email.toLowerCase());
        assertThat(first.role()).isEqualTo(Role.RESIDENT);
        assertThat(first.verified()).isTrue();
        assertThat(first.passwordHash()).isNull();
        assertThat(oidc.accountFor(email, true, "Another name").id()).isEqualTo(first.id());
        assertThat(oidc.accountFor("planner@demo.stip.nl", true, null).role()).as("an existing account keeps its role").isEqualTo(Role.PLANNER);
    }

    @Test
    void openIdLoginRefusesAnEmailTheProviderDidNotVerify() {
        AccountOidcUserService oidc = new AccountOidcUserService(new AccountStore(jdbc), false, event -> { });
        assertThatThrownBy(() -> oidc.accountFor("planner@demo.stip.nl", false, "Niet de planner"))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .satisfies(e -> assertThat(((OAuth2AuthenticationException) e).getError().getErrorCode()).isEqualTo("unverified_email"));
        assertThatThrownBy(() -> oidc.accountFor("planner@demo.stip.nl", null, null)).isInstanceOf(OAuth2AuthenticationException.class);
        String email = AccountsIT.newEmail("unverified");
        assertThatThrownBy(() -> oidc.accountFor(email, null, null)).isInstanceOf(OAuth2AuthenticationException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE email = ?").param(email).query(Integer.class).single())
                .as("no account is created for an unverified address").isZero();

        AccountOidcUserService trusting = new AccountOidcUserService(new AccountStore(jdbc), true, event -> { });
        assertThat(trusting.accountFor(email, null, "Gateway").role()).isEqualTo(Role.RESIDENT);
    }
}
