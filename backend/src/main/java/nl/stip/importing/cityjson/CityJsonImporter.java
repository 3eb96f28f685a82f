package nl.stip.importing.cityjson;

import java.nio.file.Path;
import java.util.List;

import nl.stip.buildings.BuildingHeightStore;
import nl.stip.importing.ImportException;
import nl.stip.importing.ImportOptions;
import nl.stip.importing.ImportReport;
import nl.stip.importing.Importer;
import nl.stip.importing.support.ReportedRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * CityJSON 1.1 / 2.0 (e.g. 3D BAG tiles) → measured building heights and LoD geometry. Buildings the BAG already gave
 * us are updated; others are added with the model's footprint.
 */
@Component
class CityJsonImporter implements Importer {

    private static final Logger log = LoggerFactory.getLogger(CityJsonImporter.class);

    private final BuildingHeightStore store;

    CityJsonImporter(BuildingHeightStore store) {
        this.store = store;
    }

    @Override
    public String kind() {
        return "cityjson";
    }

    @Override
    public String description() {
        return "CityJSON 1.1/2.0 buildings (e.g. 3D BAG): measured heights and LoD geometry";
    }

    @Override
    public void importFiles(List<Path> files, ImportOptions options, ImportReport report) {
        if (!options.mapping().isEmpty() || options.layer() != null) {
            throw new ImportException("cityjson reads CityJSON's own structure: --map and --layer do not apply");
        }
        BuildingHeightStore.Result result = store.store(new ReportedRecords<>(files,
                file -> new CityJsonDocument(file, options.crs(), source(options, file)), report));
        report.imported(result.total());
        log.info("cityjson: {} known buildings got measured heights, {} buildings were added", result.updated(), result.inserted());
    }

    private static String source(ImportOptions options, Path file) {
        return options.source("CityJSON: " + file.getFileName());
    }
}
