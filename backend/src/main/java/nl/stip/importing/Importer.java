package nl.stip.importing;

import java.nio.file.Path;
import java.util.List;

/** One kind of import (a real data format) into the platform's database. Implementations run inside one transaction. */
public interface Importer {

    /** The kind named on the command line, e.g. {@code lvbag}. */
    String kind();

    /** One line for the usage text. */
    String description();

    /**
     * Reads the files and writes what they hold. Records that cannot be used are reported to {@code report}; the
     * caller decides whether they abort the import. Throws {@link ImportException} when a file cannot be read at all.
     */
    void importFiles(List<Path> files, ImportOptions options, ImportReport report);
}
