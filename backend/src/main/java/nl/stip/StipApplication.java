package nl.stip;

import java.util.Arrays;

import nl.stip.importing.ImportCommand;
import nl.stip.platform.database.DatabaseBootstrap;
import nl.stip.platform.database.DatabaseUnavailableException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stip: serves the platform, or with {@code import <kind> <file...>} imports data into the configured database and
 * exits (0 on success, 1 when the input was rejected, 2 on wrong usage).
 */
@SpringBootApplication
public class StipApplication {

    public static void main(String[] args) {
        boolean importMode = args.length > 0 && "import".equals(args[0]);
        SpringApplication app = new SpringApplication(StipApplication.class);
        try {
            app.setDefaultProperties(DatabaseBootstrap.defaultProperties(args));
        } catch (DatabaseUnavailableException e) {
            System.err.println("Stip cannot start: " + e.getMessage());
            System.exit(3);
        }
        if (!importMode) {
            app.run(args);
            return;
        }
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles("import");
        String[] importArgs = Arrays.copyOfRange(args, 1, args.length);
        int exit;
        try (ConfigurableApplicationContext context = app.run()) {
            exit = context.getBean(ImportCommand.class).run(importArgs, System.out, System.err);
        }
        System.exit(exit);
    }
}
