package nl.stip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * "A module owns its tables": every table a Flyway migration creates belongs to one module (the migration file's
 * module, or for the first migration, which laid out several modules' tables, the module named per table), and no
 * module's Java source names another module's table in SQL (a string literal with FROM / JOIN / INTO / UPDATE / DELETE
 * FROM / TABLE / ANALYZE / TRUNCATE followed by the table). Others read through the owner's public queries. No Spring,
 * no database: it reads the sources.
 *
 * <p>A new migration must be added to {@link #MIGRATION_OWNERS}. Known limits: a table name built at run time
 * ({@code "FROM " + table}) or listed after a comma ({@code FROM a, b}) is not seen; the OGC API module reads the
 * collections it publishes through its own generic SQL ({@code FeatureCollections} names the tables as data).
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/nl/stip");

    /** The module owning the tables a migration creates (by file name without ".sql"). */
    private static final Map<String, String> MIGRATION_OWNERS = Map.ofEntries(
            Map.entry("V2__rule_area_parts", "rules"),
            Map.entry("V3__building_wgs84_footprint", "buildings"),
            Map.entry("V10__accounts", "accounts"),
            Map.entry("V11__mail_queue", "accounts"),
            Map.entry("V12__account_security", "accounts"),
            Map.entry("V20__plans", "plans"),
            Map.entry("V40__help_questions", "help"),
            Map.entry("V50__audit", "audit"),
            Map.entry("V51__sharing", "sharing"),
            Map.entry("V52__plan_document_added_as", "plans"),
            Map.entry("V60__lvbag_address_objects", "addresses"),
            Map.entry("V61__resident_home", "concerned"),
            Map.entry("V62__concerned_statement", "concerned"),
            Map.entry("V63__concerned_invitation", "concerned"),
            Map.entry("V70__event_publication", "notifications"),
            Map.entry("V71__notification_subscriptions", "notifications"),
            Map.entry("V72__notification_preferences", "notifications"),
            Map.entry("V73__notifications", "notifications"),
            Map.entry("V74__notification_digest", "notifications"),
            Map.entry("V80__ground_area", "viewport"),
            Map.entry("V90__participation_rounds", "participation"),
            Map.entry("V91__round_moderation", "participation"),
            Map.entry("V91_1__notification_contribution", "notifications"),
            Map.entry("V100__round_variants", "variants"),
            Map.entry("V101__round_voting", "voting"),
            Map.entry("V102__reaction_variant", "participation"),
            Map.entry("V103__round_schedule", "participation"),
            Map.entry("V105__round_rate", "participation"),
            Map.entry("V106__rule_plans", "rules"));

    /** The first migration's tables, each with its module (the spatial model of several modules in one file). */
    private static final Map<String, String> TABLE_OWNERS = Map.of(
            "parcel", "parcels",
            "building", "buildings",
            "building_history", "buildings",
            "address", "addresses",
            "rule_area", "rules",
            "data_load", "importing");

    /**
     * Known reads of another module's table, by source file (relative to nl/stip) and table, each with its reason. Keep
     * this empty where possible; the test fails when an entry is no longer needed.
     */
    private static final Map<String, Map<String, String>> EXCEPTIONS = Map.of();

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)");
    /** Text blocks first, then ordinary string literals. */
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TABLE_REFERENCE = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table|analyze|truncate)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)\\b");

    @Test
    void everyTableCreatedByAMigrationHasAnOwningModule() throws IOException {
        Map<String, String> owners = tableOwners();
        assertThat(owners).as("tables found in the migrations").containsKeys("parcel", "building", "plan", "ground_area");
        List<String> modules = modules();
        owners.forEach((table, module) -> assertThat(modules).as("module of table " + table).contains(module));
    }

    @Test
    void noModuleNamesAnotherModulesTableInItsSql() throws IOException {
        Map<String, String> owners = tableOwners();
        List<String> violations = new ArrayList<>();
        Map<String, Set<String>> excepted = new TreeMap<>();
        for (String module : modules()) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    String name = SOURCES.relativize(file).toString().replace('\\', '/');
                    for (String table : tablesNamedIn(Files.readString(file), owners.keySet())) {
                        String owner = owners.get(table);
                        if (owner.equals(module)) {
                            continue;
                        }
                        if (EXCEPTIONS.getOrDefault(name, Map.of()).containsKey(table)) {
                            excepted.computeIfAbsent(name, k -> new TreeSet<>()).add(table);
                        } else {
                            violations.add(name + " (module " + module + ") names table " + table + " of module " + owner
                                    + ": read it through " + owner + "'s public queries");
                        }
                    }
                }
            }
        }
        assertThat(violations).as("SQL naming another module's table").isEmpty();
        EXCEPTIONS.forEach((file, tables) -> assertThat(excepted.getOrDefault(file, Set.of()))
                .as("exceptions still needed in " + file).containsAll(tables.keySet()));
    }

    @Test
    void theScannerSeesSqlInTextBlocksAndStringsButNotInComments() {
        Set<String> tables = Set.of("parcel", "plan", "plan_version");
        String source = "// FROM plan in a comment\nclass A { String a = \"SELECT id FROM parcel p WHERE x\";\n"
                + "String b = \"\"\"\n  SELECT v.id FROM x JOIN plan_version v ON true\n  \"\"\"; String c = \"a plan\"; }";
        assertThat(tablesNamedIn(source, tables)).containsExactlyInAnyOrder("parcel", "plan_version");
    }

    /** The tables from {@code tables} that SQL in the source's string literals names. */
    static Set<String> tablesNamedIn(String source, Set<String> tables) {
        Set<String> found = new TreeSet<>();
        Matcher literal = LITERAL.matcher(withoutComments(source));
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            Matcher reference = TABLE_REFERENCE.matcher(text);
            while (reference.find()) {
                String table = reference.group(1).toLowerCase();
                if (tables.contains(table)) {
                    found.add(table);
                }
            }
        }
        return found;
    }

    /** Line and block comments removed (roughly: enough for SQL words in Javadoc and comments). */
    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", " ");
    }

    private static Map<String, String> tableOwners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                String migration = file.getFileName().toString().replaceFirst("\\.sql$", "");
                Matcher create = CREATE_TABLE.matcher(Files.readString(file));
                while (create.find()) {
                    String table = create.group(1).toLowerCase();
                    String owner = MIGRATION_OWNERS.getOrDefault(migration, TABLE_OWNERS.get(table));
                    assertThat(owner).as("owning module of table " + table + " (created by " + migration
                            + "): add the migration to TableOwnershipTest.MIGRATION_OWNERS").isNotNull();
                    assertThat(owners.put(table, owner)).as("table " + table + " created twice").isNull();
                }
            }
        }
        return owners;
    }

    private static List<String> modules() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
    }
}
