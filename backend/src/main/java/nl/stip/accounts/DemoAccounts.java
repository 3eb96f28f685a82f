package nl.stip.accounts;

import nl.stip.importing.DataLoads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One verified demo account per role, created after the demo municipality has been loaded (the demo loader runs
 * first) and only while there are no accounts at all. Demo only: with STIP_DEMO_LOAD=false nothing is created.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "stip-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final boolean enabled;
    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final DataLoads loads;
    private final TransactionTemplate transaction;

    DemoAccounts(@Value("${stip.demo.load}") boolean enabled, AccountStore store, PasswordEncoder passwords,
                 DataLoads loads, TransactionTemplate transaction) {
        this.enabled = enabled;
        this.store = store;
        this.passwords = passwords;
        this.loads = loads;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !demoLoaded() || store.count() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            create("initiator@demo.stip.nl", "Demo initiatiefnemer", Role.INITIATOR);
            create("bewoner@demo.stip.nl", "Demo bewoner", Role.RESIDENT);
            create("planner@demo.stip.nl", "Demo casemanager", Role.PLANNER);
            create("adviseur@demo.stip.nl", "Demo adviseur", Role.ADVISOR);
        });
        log.info("Demo accounts created (password {}): initiator@, bewoner@, planner@, adviseur@demo.stip.nl", PASSWORD);
    }

    private void create(String email, String name, Role role) {
        store.create(email, name, passwords.encode(PASSWORD), role, true);
    }

    private boolean demoLoaded() {
        return loads.anyOfKind("demo");
    }
}
