package nl.stip.importing;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import in one transaction: either every file is imported whole, or nothing is kept. Records that cannot be
 * used abort the import unless the options say to skip them.
 */
@Service
public class ImportService {

    private final Map<String, Importer> importers = new TreeMap<>();
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    ImportService(List<Importer> importers, TransactionTemplate transaction, JdbcClient jdbc) {
        importers.forEach(i -> this.importers.put(i.kind(), i));
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    public Map<String, Importer> importers() {
        return importers;
    }

    /** Imports the files; returns the report, or throws {@link ImportException} after rolling everything back. */
    public ImportReport run(String kind, List<Path> files, ImportOptions options, PrintStream progress) {
        Importer importer = importers.get(kind);
        if (importer == null) {
            throw new ImportException("Unknown import kind '" + kind + "'. Known kinds: " + String.join(", ", importers.keySet()));
        }
        if (files.isEmpty()) {
            throw new ImportException("No files given for import kind '" + kind + "'.");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new ImportException("Cannot read file " + file + ": it does not exist or is not a readable file.");
            }
        }
        ImportReport report = new ImportReport(kind, progress);
        transaction.executeWithoutResult(status -> {
            importer.importFiles(files, options, report);
            if (report.rejectedCount() > 0 && !options.skipInvalid()) {
                throw new RejectedRecordsException(report);
            }
            String source = options.source(ImportOptions.fileNames(files));
            jdbc.sql("INSERT INTO data_load (kind, source, read_count, imported, rejected) VALUES (?, ?, ?, ?, ?)")
                    .params(kind, source, report.readCount(), report.importedCount(), report.rejectedCount())
                    .update();
        });
        return report;
    }

    /** Some records were invalid and skipping them was not asked for: the whole import is rolled back. */
    public static final class RejectedRecordsException extends ImportException {
        private final transient ImportReport report;

        RejectedRecordsException(ImportReport report) {
            super(report.rejectedCount() + " record(s) rejected, so nothing was imported (use --skip-invalid to import the rest). "
                    + "First: " + report.rejections().get(0));
            this.report = report;
        }

        public ImportReport report() {
            return report;
        }
    }
}
