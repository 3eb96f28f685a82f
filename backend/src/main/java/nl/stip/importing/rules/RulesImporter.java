package nl.stip.importing.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import nl.stip.importing.ImportOptions;
import nl.stip.importing.ImportReport;
import nl.stip.importing.Importer;
import nl.stip.importing.support.Attributes;
import nl.stip.importing.support.FeatureReaders;
import nl.stip.importing.support.ReportedRecords;
import nl.stip.rules.RuleAreaStore;
import org.springframework.stereotype.Component;

/** Rule areas of an omgevingsplan from GeoJSON or GeoPackage, with attribute mapping; re-import updates by code. */
@Component
class RulesImporter implements Importer {

    private static final Set<String> LAYER_TYPES = Set.of("POLYGON", "MULTIPOLYGON");

    private final RuleAreaStore store;

    RulesImporter(RuleAreaStore store) {
        this.store = store;
    }

    @Override
    public String kind() {
        return "rules";
    }

    @Override
    public String description() {
        return "rule areas from GeoJSON or GeoPackage (--map code|name|function|maxHeightM|...=attr)";
    }

    @Override
    public void importFiles(List<Path> files, ImportOptions options, ImportReport report) {
        Attributes attributes = RuleAreaFeatures.attributes(options);
        report.imported(store.upsert(new ReportedRecords<>(files, file -> new RuleAreaFeatures(
                FeatureReaders.open(file, options, LAYER_TYPES), attributes, options.source(file.getFileName().toString())), report)));
    }
}
