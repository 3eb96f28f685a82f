package nl.stip.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.stip.IntegrationTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * GDAL's OAPIF driver, a real OGC API client, copies each collection through ogr2ogr page by page: it must read
 * exactly the features the database publishes.
 */
class OgcGdalIT extends IntegrationTest {

    private static final Pattern ITEMS_FETCH = Pattern.compile("Fetch\\((\\S*/items\\S*)\\)");

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            parcels    | SELECT count(*) FROM parcel
            buildings  | SELECT count(*) FROM building WHERE current
            rule-areas | SELECT count(*) FROM rule_area
            """)
    void ogr2ogrCopiesEveryFeatureOfTheCollectionAcrossPages(String collection, String countSql, @TempDir Path dir)
            throws IOException, InterruptedException {
        long expected = jdbc.sql(countSql).query(Long.class).single();
        long pageSize = Math.max(1, (expected + 2) / 3);
        Path out = dir.resolve(collection + ".geojsons");
        Path log = dir.resolve("ogr2ogr.log");

        ProcessBuilder command = new ProcessBuilder(ogr2ogr(), "-f", "GeoJSONSeq", out.toString(),
                "OAPIF:http://127.0.0.1:" + port + "/ogc", collection, "-oo", "PAGE_SIZE=" + pageSize)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = command.environment();
        env.put("GDAL_HTTP_TIMEOUT", "30");
        env.put("GDAL_HTTP_MAX_RETRY", "0");
        env.put("CPL_DEBUG", "ON");
        env.put("NO_PROXY", "127.0.0.1,localhost");
        Process gdal = command.start();
        if (!gdal.waitFor(120, TimeUnit.SECONDS)) {
            gdal.destroyForcibly();
            fail("ogr2ogr did not finish within 120 s:\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        assertThat(gdal.exitValue()).as(output).isZero();

        long read;
        try (var lines = Files.lines(out)) {
            read = lines.filter(line -> !line.isBlank()).count();
        }
        assertThat(read).as(output).isEqualTo(expected);
        assertThat(itemFetches(output)).as("GDAL must page: " + output).hasSizeGreaterThanOrEqualTo(2);
    }

    private static List<String> itemFetches(String output) {
        Matcher m = ITEMS_FETCH.matcher(output);
        return m.results().map(r -> r.group(1)).distinct().toList();
    }

    private static String ogr2ogr() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "ogr2ogr");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return fail("ogr2ogr is not installed: install the Debian package gdal-bin (apt-get install gdal-bin), as CI does");
    }
}
