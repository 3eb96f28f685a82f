package nl.stip.importing.baggpkg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import nl.stip.addresses.AddressRecord;
import nl.stip.addresses.AddressStore;
import nl.stip.importing.ImportException;
import nl.stip.importing.ImportOptions;
import nl.stip.importing.ImportReport;
import nl.stip.importing.Importer;
import nl.stip.importing.support.Attributes;
import nl.stip.importing.support.GeoPackageReader;
import nl.stip.importing.support.Outcome;
import nl.stip.importing.support.RecordSource;
import nl.stip.importing.support.ReportedRecords;
import org.springframework.stereotype.Component;

/**
 * PDOK's BAG GeoPackage → addresses: every nummeraanduiding of the verblijfsobjecten, ligplaatsen and standplaatsen
 * layers (a houseboat's or caravan pitch's address is as much an address as a house's), or only the layer --layer names.
 */
@Component
class BagGpkgImporter implements Importer {

    /** PDOK's layer names, plural, and the singular names of other BAG GeoPackage exports. */
    static final List<String> ADDRESS_LAYERS = List.of("verblijfsobjecten", "verblijfsobject", "ligplaatsen", "ligplaats",
            "standplaatsen", "standplaats");
    private static final Set<String> LAYER_TYPES = Set.of("POINT", "POLYGON", "MULTIPOLYGON");

    private final AddressStore store;

    BagGpkgImporter(AddressStore store) {
        this.store = store;
    }

    @Override
    public String kind() {
        return "bag-gpkg";
    }

    @Override
    public String description() {
        return "addresses from PDOK's BAG GeoPackage (verblijfsobjecten, ligplaatsen, standplaatsen)";
    }

    @Override
    public void importFiles(List<Path> files, ImportOptions options, ImportReport report) {
        Attributes attributes = AddressFeatures.attributes(options);
        report.imported(store.upsert(new ReportedRecords<>(files, file -> new Layers(file, layers(file, options), options, attributes), report)));
    }

    private static List<String> layers(Path file, ImportOptions options) {
        if (options.layer() != null) {
            return List.of(options.layer());
        }
        List<String> present = GeoPackageReader.layers(file);
        List<String> layers = new ArrayList<>(ADDRESS_LAYERS.stream().filter(present::contains).toList());
        if (layers.isEmpty()) {
            throw new ImportException(file.getFileName() + " has no BAG address layers (" + String.join(", ", ADDRESS_LAYERS)
                    + "); its layers: " + present + ". Choose one with --layer");
        }
        return layers;
    }

    private static String source(ImportOptions options, Path file, String layer) {
        return options.source("BAG (Kadaster, CC0): " + file.getFileName() + " layer " + layer);
    }

    /** The address layers of one GeoPackage, one after the other. */
    private static final class Layers implements RecordSource<AddressRecord> {
        private final Path file;
        private final Iterator<String> layers;
        private final ImportOptions options;
        private final Attributes attributes;
        private AddressFeatures current;

        Layers(Path file, List<String> layers, ImportOptions options, Attributes attributes) {
            this.file = file;
            this.layers = layers.iterator();
            this.options = options;
            this.attributes = attributes;
        }

        @Override
        public Outcome<AddressRecord> next() {
            while (true) {
                if (current == null) {
                    if (!layers.hasNext()) {
                        return null;
                    }
                    String layer = layers.next();
                    current = new AddressFeatures(new GeoPackageReader(file, layer, options.crs(), LAYER_TYPES), attributes,
                            source(options, file, layer));
                }
                Outcome<AddressRecord> outcome = current.next();
                if (outcome != null) {
                    return outcome;
                }
                current.close();
                current = null;
            }
        }

        @Override
        public void close() {
            if (current != null) {
                current.close();
            }
        }
    }
}
