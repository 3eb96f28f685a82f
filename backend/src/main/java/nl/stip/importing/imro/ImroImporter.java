package nl.stip.importing.imro;

import java.nio.file.Path;
import java.util.List;

import nl.stip.importing.ImportException;
import nl.stip.importing.ImportOptions;
import nl.stip.importing.ImportReport;
import nl.stip.importing.Importer;
import nl.stip.rules.RuleAreaStore;
import org.springframework.stereotype.Component;

/**
 * {@code import imro <file.gml>}: an IMRO2012 bestemmingsplan into the one rule model, whole or not at all. Every
 * problem of the file (IMRO id, line, reason) is listed and nothing is stored; importing the same plan again replaces
 * it; plans live side by side. A measure outside the IMRO2012 list is stored, marked unknown, and reported.
 */
@Component
class ImroImporter implements Importer {

    private final RuleAreaStore store;

    ImroImporter(RuleAreaStore store) {
        this.store = store;
    }

    @Override
    public String kind() {
        return "imro";
    }

    @Override
    public String description() {
        return "IMRO2012 bestemmingsplan (GML): plan, bestemmingen, bouwvlakken, maatvoeringen, aanduidingen; a plan whole or not at all";
    }

    @Override
    public void importFiles(List<Path> files, ImportOptions options, ImportReport report) {
        if (options.skipInvalid()) {
            throw new ImportException("--skip-invalid does not apply to imro: a plan is imported whole or not at all.");
        }
        if (!options.mapping().isEmpty() || options.crs() != null || options.layer() != null) {
            throw new ImportException("imro takes no --map, --crs or --layer: an IMRO2012 file names its own attributes and is in RD New.");
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            long started = System.nanoTime();
            ImroPlan plan;
            try {
                plan = ImroReader.read(file);
            } catch (ImroFileRejected e) {
                throw new ImportException(e.getMessage(), e);
            }
            ImroRuleObjects records = new ImroRuleObjects(plan, name);
            if (!records.problems.isEmpty()) {
                throw new ImportException(name + " is refused as IMRO2012 bestemmingsplan (" + records.problems.size() + " "
                        + (records.problems.size() == 1 ? "error" : "errors") + "):\n  " + String.join("\n  ", records.problems));
            }
            plan.objects().forEach(o -> report.read());
            records.warnings.forEach(w -> report.warning(name + ": " + w));
            long read = System.nanoTime();
            try {
                report.imported(store.replacePlan(records.plan, records.objects.iterator(), false));
                report.note(String.format("%s: plan %s read in %.2f s, stored in %.2f s (in the transaction)", name, plan.identificatie(),
                        (read - started) / 1e9, (System.nanoTime() - read) / 1e9));
            } catch (RuleAreaStore.CodesHeldElsewhere e) {
                throw new ImportException(name + " is refused: its objects are " + e.getMessage()
                        + ". An IMRO identificatie names one object of one plan.");
            }
        }
    }
}
