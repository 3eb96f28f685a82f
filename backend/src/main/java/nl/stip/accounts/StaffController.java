package nl.stip.accounts;

import java.util.List;

import nl.stip.platform.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** For planners only (see {@link AccountsSecurity}): invite staff and advisors, read the local outbox. */
@RestController
@RequestMapping("/api/v1")
class StaffController {

    record Invitation(String email, String displayName, String role) {
    }

    record CreatedAccount(String email, String displayName, String role, boolean verified) {
    }

    /** Where mail goes: {@code outbox} (kept here, no SMTP server configured) or {@code smtp} (sent to the recipient). */
    record Delivery(String delivery) {
    }

    private final AccountService accounts;
    private final JdbcClient jdbc;
    private final Texts texts;

    private final Delivery delivery;

    StaffController(AccountService accounts, JdbcClient jdbc, Texts texts, @Value("${spring.mail.host:}") String mailHost) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.texts = texts;
        this.delivery = new Delivery(mailHost.isBlank() ? "outbox" : "smtp"); // the same test as MailConfig
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedAccount invite(@RequestBody Invitation body) {
        Account account = accounts.invite(body.email(), body.displayName(), body.role());
        return new CreatedAccount(account.email(), account.displayName(), account.role().name(), account.verified());
    }

    /**
     * Mails kept because no SMTP server is configured, newest first (the latest 200); links with a token in mails to
     * another planner are hidden.
     */
    @GetMapping("/outbox")
    List<OutboxMailer.OutboxMail> outbox(Authentication viewer) {
        return OutboxMailer.newestFirst(jdbc, 200, viewer.getName(), texts.get("outbox.redacted"));
    }

    /** Tells the outbox page whether new mail lands here at all, so an empty outbox can be explained. */
    @GetMapping("/outbox/delivery")
    Delivery delivery() {
        return delivery;
    }
}
