package nl.stip.importing;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Counts what an import read, imported and rejected (with the reasons), and prints progress on long work. */
public final class ImportReport {

    private static final int MAX_LISTED_REJECTIONS = 1_000;
    private static final long PROGRESS_EVERY = 100_000;

    private final String kind;
    private final PrintStream progress;
    private long read;
    private long imported;
    private long rejectedCount;
    private final List<String> rejections = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final long started = System.nanoTime();

    public ImportReport(String kind, PrintStream progress) {
        this.kind = kind;
        this.progress = progress;
    }

    public void read() {
        read++;
        if (progress != null && read % PROGRESS_EVERY == 0) {
            progress.printf("%s: %,d read (%,.0f/s)%n", kind, read, read / seconds());
        }
    }

    public void imported(long count) {
        imported += count;
    }

    /** A record that could not be used; {@code where} names it (file, line, identifier). */
    public void rejected(String where, String reason) {
        rejectedCount++;
        if (rejections.size() < MAX_LISTED_REJECTIONS) {
            rejections.add(where + ": " + reason);
        }
    }

    /** Something taken in, but worth saying (e.g. an IMRO measure that is not on the IMRO2012 list). */
    public void warning(String text) {
        if (warnings.size() < MAX_LISTED_REJECTIONS) {
            warnings.add(text);
        }
    }

    /** A line for the operator, not a problem (e.g. how long reading and storing took). */
    public void note(String text) {
        notes.add(text);
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    public String kind() {
        return kind;
    }

    public long readCount() {
        return read;
    }

    public long importedCount() {
        return imported;
    }

    public long rejectedCount() {
        return rejectedCount;
    }

    public List<String> rejections() {
        return Collections.unmodifiableList(rejections);
    }

    public double seconds() {
        return Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    }

    public String summary() {
        return String.format("%s: read %,d, imported %,d, rejected %,d in %.1f s", kind, read, imported, rejectedCount, seconds());
    }
}
