package nl.stip.importing.support;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

import nl.stip.importing.ImportReport;

/**
 * The usable records of several files, pulled file by file as a store consumes them: counts each record read,
 * reports the unusable ones and passes the rest on. Closes each file when it is done (or fails).
 */
public final class ReportedRecords<T> implements Iterator<T> {

    private final Iterator<Path> files;
    private final Function<Path, RecordSource<T>> open;
    private final ImportReport report;
    private RecordSource<T> current;
    private T next;

    public ReportedRecords(List<Path> files, Function<Path, RecordSource<T>> open, ImportReport report) {
        this.files = files.iterator();
        this.open = open;
        this.report = report;
    }

    @Override
    public boolean hasNext() {
        try {
            while (next == null) {
                if (current == null) {
                    if (!files.hasNext()) {
                        return false;
                    }
                    current = open.apply(files.next());
                }
                Outcome<T> outcome = current.next();
                if (outcome == null) {
                    current.close();
                    current = null;
                    continue;
                }
                report.read();
                if (outcome.problem() != null) {
                    report.rejected(outcome.where(), outcome.problem());
                } else {
                    next = outcome.record();
                }
            }
            return true;
        } catch (RuntimeException e) {
            if (current != null) {
                current.close();
                current = null;
            }
            throw e;
        }
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T record = next;
        next = null;
        return record;
    }
}
