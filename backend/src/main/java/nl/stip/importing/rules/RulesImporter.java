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
import nl.stip.rules.RulePlanRecord;
import org.springframework.stereotype.Component;

/** Rule areas of an omgevingsplan from GeoJSON or GeoPackage, with attribute mapping; each file is a plan; re-import replaces it. */
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

    /**
     * Each file is one plan of the rule model, named by its source label (the file name unless --source says): importing
     * it again replaces that plan whole. A code another file held moves to this one, as codes are the files' own.
     */
    @Override
    public void importFiles(List<Path> files, ImportOptions options, ImportReport report) {
        Attributes attributes = RuleAreaFeatures.attributes(options);
        for (Path file : files) {
            String source = options.source(file.getFileName().toString());
            report.imported(store.replacePlan(RulePlanRecord.ofFile(source), new ReportedRecords<>(List.of(file), f -> new RuleAreaFeatures(
                    FeatureReaders.open(f, options, LAYER_TYPES), attributes, source), report), true));
        }
        store.removeEmptyPlans();
    }
}
