package nl.stip.importing.parcels;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import nl.stip.importing.ImportOptions;
import nl.stip.importing.ImportReport;
import nl.stip.importing.Importer;
import nl.stip.importing.support.Attributes;
import nl.stip.importing.support.FeatureReaders;
import nl.stip.importing.support.ReportedRecords;
import nl.stip.parcels.ParcelStore;
import org.springframework.stereotype.Component;

/**
 * Parcels from GeoJSON (FeatureCollection or text sequence) or GeoPackage, streamed feature by feature into
 * {@link ParcelStore}. Re-importing updates parcels by kadastrale aanduiding.
 */
@Component
class ParcelsImporter implements Importer {

    private static final Set<String> LAYER_TYPES = Set.of("POLYGON", "MULTIPOLYGON");

    private final ParcelStore store;

    ParcelsImporter(ParcelStore store) {
        this.store = store;
    }

    @Override
    public String kind() {
        return "parcels";
    }

    @Override
    public String description() {
        return "parcels from GeoJSON, GeoJSON sequence or GeoPackage (--map aanduiding|gemeente|sectie|perceelnummer|area=attr)";
    }

    @Override
    public void importFiles(List<Path> files, ImportOptions options, ImportReport report) {
        Attributes attributes = ParcelFeatures.attributes(options);
        report.imported(store.upsert(new ReportedRecords<>(files, file -> new ParcelFeatures(
                FeatureReaders.open(file, options, LAYER_TYPES), attributes, options, options.source(file.getFileName().toString())), report)));
    }
}
