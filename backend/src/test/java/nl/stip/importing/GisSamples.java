package nl.stip.importing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real open-data samples in {@code shared/gis-samples}, found by walking up from the working folder (the
 * worktree and a CI clone keep it at different depths).
 */
public final class GisSamples {

    private static Path root;

    private GisSamples() {
    }

    public static synchronized Path path(String relative) {
        if (root == null) {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("shared/gis-samples");
                if (Files.isDirectory(candidate)) {
                    root = candidate;
                    break;
                }
            }
            if (root == null) {
                throw new IllegalStateException("No shared/gis-samples folder above " + Path.of("").toAbsolutePath());
            }
        }
        return root.resolve(relative);
    }

    /** A small fixture of this module's tests, in src/test/resources. */
    public static Path fixture(String relative) {
        return Path.of("src/test/resources").resolve(relative);
    }
}
