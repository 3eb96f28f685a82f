package nl.stip.accounts;

import java.util.List;
import java.util.Optional;

import nl.stip.platform.web.InvalidParameterException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link AccountDirectory} over the account table. */
@Component
class StoredAccountDirectory implements AccountDirectory {

    private final JdbcClient jdbc;

    StoredAccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> plannerEmails() {
        return jdbc.sql("SELECT email FROM account WHERE role = ? AND verified ORDER BY email")
                .param(Role.PLANNER.name()).query(String.class).list();
    }

    @Override
    public Optional<String> displayName(String email) {
        return jdbc.sql("SELECT display_name FROM account WHERE email = ?").param(email).query(String.class).optional();
    }

    @Override
    public String validEmail(String input) {
        try {
            return AccountService.email(input);
        } catch (InvalidParameterException notAnAddress) {
            return null;
        }
    }
}
