package nl.stip.importing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real open-data samples the repository carries in {@code gis-data/samples} (each with its source and licence in
 * that folder's README), found by walking up from the working folder to the repository's root.
 */
public final class GisSamples {

    private static Path root;

    private GisSamples() {
    }

    public static synchronized Path path(String relative) {
        if (root == null) {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("gis-data/samples");
                if (Files.isDirectory(candidate)) {
                    root = candidate;
                    break;
                }
            }
            if (root == null) {
                throw new IllegalStateException("No gis-data/samples folder above " + Path.of("").toAbsolutePath());
            }
        }
        return root.resolve(relative);
    }

    /** A small fixture of this module's tests, in src/test/resources. */
    public static Path fixture(String relative) {
        return Path.of("src/test/resources").resolve(relative);
    }
}
