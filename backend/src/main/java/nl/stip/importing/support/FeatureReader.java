package nl.stip.importing.support;

/**
 * Reads the features of one vector file one at a time (never the whole file at once). Geometries come out in RD
 * New; a file that cannot be read throws {@link nl.stip.importing.ImportException} naming the file and where.
 */
public interface FeatureReader extends AutoCloseable {

    /** The next feature, or null at the end of the file. */
    SourceFeature next();

    @Override
    void close();
}
