package nl.stip.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import javax.sql.DataSource;

import nl.stip.buildings.BuildingQueries;
import nl.stip.importing.DataLoads;
import nl.stip.importing.ImportOptions;
import nl.stip.importing.ImportService;
import nl.stip.parcels.ParcelQueries;
import nl.stip.rules.RuleAreaQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the Doesburg demo municipality on first start against an empty database: the real BAG extract through the
 * ordinary LV-BAG importer, then the documented derivation (gis-data/doesburg/derive-demo.sql) of estimated heights,
 * demo parcels and a demo omgevingsplan. One transaction: a failed load leaves the database empty, to try again.
 */
@Component
@Order(DemoMunicipalityLoader.ORDER) // before whatever builds on the demo (e.g. the demo accounts)
class DemoMunicipalityLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMunicipalityLoader.class);
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;
    static final String DEMO_KIND = "demo";
    private static final String BAG_EXTRACT = "stip-demo/doesburg/0221PND15092020.zip";
    private static final String DERIVATION = "stip-demo/doesburg/derive-demo.sql";

    private final boolean enabled;
    private final ImportService imports;
    private final DataLoads loads;
    private final BuildingQueries buildings;
    private final ParcelQueries parcels;
    private final RuleAreaQueries ruleAreas;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final DemoLoadHealth health;

    DemoMunicipalityLoader(@Value("${stip.demo.load}") boolean enabled, ImportService imports, DataLoads loads,
                           BuildingQueries buildings, ParcelQueries parcels, RuleAreaQueries ruleAreas,
                           DataSource dataSource, TransactionTemplate transaction, DemoLoadHealth health) {
        this.enabled = enabled;
        this.health = health;
        this.imports = imports;
        this.loads = loads;
        this.buildings = buildings;
        this.parcels = parcels;
        this.ruleAreas = ruleAreas;
        this.dataSource = dataSource;
        this.transaction = transaction;
    }

    /** Loads if needed; health stays OUT_OF_SERVICE meanwhile (see {@link DemoLoadHealth}). */
    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (enabled && databaseEmpty()) {
            health.loading();
            load();
        }
    }

    private void load() throws IOException {
        log.info("Empty database: loading the Doesburg demo municipality (BAG extract + demo derivation)");
        Path extract = Files.createTempFile("stip-bag-doesburg", ".zip");
        try (InputStream in = new ClassPathResource(BAG_EXTRACT).getInputStream()) {
            Files.copy(in, extract, StandardCopyOption.REPLACE_EXISTING);
            transaction.executeWithoutResult(status -> {
                var report = imports.run("lvbag", List.of(extract),
                        ImportOptions.defaults().withSourceLabel("BAG (Kadaster, CC0): 0221PND15092020.zip, gemeente Doesburg, stand 15-09-2020"), null);
                log.info("Demo BAG: {}", report.summary());
                ScriptUtils.executeSqlScript(DataSourceUtils.getConnection(dataSource), new ClassPathResource(DERIVATION));
                loads.record(DEMO_KIND, "Doesburg demo derivation (derive-demo.sql)", 0,
                        parcels.demoCount() + ruleAreas.demoCount(), 0);
            });
        } finally {
            Files.deleteIfExists(extract);
        }
        log.info("Demo municipality loaded: {} buildings, {} parcels, {} rule areas", buildings.count(), parcels.count(), ruleAreas.count());
    }

    private boolean databaseEmpty() {
        return !loads.any() && !buildings.any() && !parcels.any();
    }
}
