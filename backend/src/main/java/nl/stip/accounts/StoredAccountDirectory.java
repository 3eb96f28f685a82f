package nl.stip.accounts;

import java.util.List;

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
    public String validEmail(String input) {
        try {
            return AccountService.email(input);
        } catch (InvalidParameterException notAnAddress) {
            return null;
        }
    }
}
