package nl.stip.importing.support;

/** The records of one file, one at a time. */
public interface RecordSource<T> extends AutoCloseable {

    /** The next record (or rejection), or null at the end of the file. */
    Outcome<T> next();

    @Override
    void close();
}
