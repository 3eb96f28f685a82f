package nl.stip.importing.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import nl.stip.importing.ImportException;
import nl.stip.importing.ImportOptions;

/** Opens a vector file as the right {@link FeatureReader}: GeoPackage, GeoJSON FeatureCollection or GeoJSON text sequence. */
public final class FeatureReaders {

    private static final Set<String> SEQUENCE_SUFFIXES = Set.of(".geojsons", ".geojsonl", ".jsonl", ".geojsonseq", ".ndjson");
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private FeatureReaders() {
    }

    /** {@code geometryTypes}: the GeoPackage layer types the caller can use, e.g. POLYGON, MULTIPOLYGON. */
    public static FeatureReader open(Path file, ImportOptions options, Set<String> geometryTypes) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gpkg") || startsWithSqliteMagic(file)) {
            return new GeoPackageReader(file, options.layer(), options.crs(), geometryTypes);
        }
        boolean sequence = SEQUENCE_SUFFIXES.stream().anyMatch(name::endsWith);
        return new GeoJsonFeatureReader(file, sequence, options.crs());
    }

    private static boolean startsWithSqliteMagic(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
