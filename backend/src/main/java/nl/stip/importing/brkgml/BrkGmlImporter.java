package nl.stip.importing.brkgml;

import java.nio.file.Path;
import java.util.List;

import nl.stip.importing.ImportException;
import nl.stip.importing.ImportOptions;
import nl.stip.importing.ImportReport;
import nl.stip.importing.Importer;
import nl.stip.importing.support.ReportedRecords;
import nl.stip.parcels.ParcelStore;
import org.springframework.stereotype.Component;

/** BRK Kadastrale Kaart v5 percelen (GML, RD New), streamed with StAX into {@link ParcelStore}. */
@Component
class BrkGmlImporter implements Importer {

    private final ParcelStore store;

    BrkGmlImporter(ParcelStore store) {
        this.store = store;
    }

    @Override
    public String kind() {
        return "brk-gml";
    }

    @Override
    public String description() {
        return "BRK Kadastrale Kaart v5 percelen (GML)";
    }

    @Override
    public void importFiles(List<Path> files, ImportOptions options, ImportReport report) {
        if (!options.mapping().isEmpty() || options.layer() != null) {
            throw new ImportException("brk-gml reads the fixed BRK schema: --map and --layer do not apply");
        }
        if (options.crs() != null && options.crs() != 28992) {
            throw new ImportException("brk-gml files are in RD New (EPSG:28992); --crs EPSG:" + options.crs() + " does not apply");
        }
        report.imported(store.upsert(new ReportedRecords<>(files, file -> new PerceelReader(file, source(options, file)), report)));
    }

    private static String source(ImportOptions options, Path file) {
        return options.source("BRK Kadastrale Kaart (Kadaster, CC BY 4.0): " + file.getFileName());
    }
}
