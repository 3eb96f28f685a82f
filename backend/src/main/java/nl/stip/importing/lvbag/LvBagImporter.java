package nl.stip.importing.lvbag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLStreamException;

import nl.stip.addresses.BagAddressStore;
import nl.stip.addresses.NummeraanduidingVersion;
import nl.stip.addresses.OpenbareRuimteVersion;
import nl.stip.addresses.VerblijfsobjectVersion;
import nl.stip.addresses.WoonplaatsVersion;
import nl.stip.buildings.BuildingStore;
import nl.stip.buildings.BuildingVersion;
import nl.stip.importing.ImportException;
import nl.stip.importing.ImportOptions;
import nl.stip.importing.ImportReport;
import nl.stip.importing.Importer;
import nl.stip.importing.support.Outcome;
import org.springframework.stereotype.Component;

/**
 * LV-BAG 2.0 extracts (XML, zip, or zips of zips, in any mix of object types) → buildings (panden) and addresses
 * (woonplaatsen, openbare ruimten, nummeraanduidingen, verblijfsobjecten), each with every voorkomen. Streamed: the
 * files are read once per object type, one object at a time, straight into COPY; a file or zip entry whose name has
 * a Kadaster type code (0221VBO15092020.zip) is read only for that type.
 */
@Component
class LvBagImporter implements Importer {

    /**
     * Parts of a Kadaster extract that are not the objects' valid history: the delivery note, the gemeente-woonplaats
     * relation table, the "in onderzoek" marks, and the inactive (administratively withdrawn) and non-BAG voorkomens
     * ({@code 9999Inactief…}, {@code 9999NietBag…}), which must not enter the history.
     */
    private static final java.util.regex.Pattern NOT_OBJECTS = java.util.regex.Pattern.compile(
            "(?i)(.*/)?(leveringsdocument|gem-wpl-relatie|\\d{4}inactief|\\d{4}nietbag|\\d{4}inonderzoek)[^/]*");

    private final BuildingStore store;
    private final BagAddressStore addresses;

    LvBagImporter(BuildingStore store, BagAddressStore addresses) {
        this.store = store;
        this.addresses = addresses;
    }

    @Override
    public String kind() {
        return "lvbag";
    }

    @Override
    public String description() {
        return "LV-BAG 2.0 extract (XML or zip) of panden, verblijfsobjecten, nummeraanduidingen, openbare ruimten and "
                + "woonplaatsen, with their whole history";
    }

    @Override
    public void importFiles(List<Path> files, ImportOptions options, ImportReport report) {
        String source = options.source("BAG (Kadaster, CC0): " + ImportOptions.fileNames(files));
        long objects = store.upsertVersions(new Objects<>(files, LvBagType.PAND, report, BuildingVersion.class), source);
        long addressObjects = addresses.upsertWoonplaatsen(new Objects<>(files, LvBagType.WOONPLAATS, report, WoonplaatsVersion.class))
                + addresses.upsertOpenbareRuimten(new Objects<>(files, LvBagType.OPENBARE_RUIMTE, report, OpenbareRuimteVersion.class))
                + addresses.upsertNummeraanduidingen(new Objects<>(files, LvBagType.NUMMERAANDUIDING, report, NummeraanduidingVersion.class))
                + addresses.upsertVerblijfsobjecten(new Objects<>(files, LvBagType.VERBLIJFSOBJECT, report, VerblijfsobjectVersion.class));
        if (addressObjects > 0) {
            addresses.refreshAddresses(source);
        }
        report.imported(objects + addressObjects);
    }

    /** One XML document's objects of one type. */
    private interface ObjectSource {
        Outcome<?> next() throws XMLStreamException;
    }

    /**
     * Pulls the objects of one type file by file, zip entry by zip entry, reporting unusable ones and skipping them.
     */
    private static final class Objects<T> implements Iterator<T> {
        private final Iterator<Path> files;
        private final LvBagType type;
        private final ImportReport report;
        private final Class<T> recordType;
        private final List<InputStream> open = new ArrayList<>();
        private ObjectSource current;
        private String currentName;
        private T next;

        Objects(List<Path> files, LvBagType type, ImportReport report, Class<T> recordType) {
            this.files = files.iterator();
            this.type = type;
            this.report = report;
            this.recordType = recordType;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                try {
                    if (current == null && !openNext()) {
                        return false;
                    }
                    Outcome<?> result = current.next();
                    if (result == null) {
                        current = null;
                        continue;
                    }
                    report.read();
                    if (result.problem() != null) {
                        report.rejected(result.where(), result.problem());
                    } else {
                        next = recordType.cast(result.record());
                    }
                } catch (XMLStreamException e) {
                    closeAll();
                    throw new ImportException("Not a readable LV-BAG XML file (" + currentName + "): " + e.getMessage(), e);
                } catch (IOException e) {
                    closeAll();
                    throw new ImportException("Cannot read " + currentName + ": " + e.getMessage(), e);
                }
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            T v = next;
            next = null;
            return v;
        }

        private boolean wanted(String name) {
            return type.mayBeIn(name) && !NOT_OBJECTS.matcher(name).matches();
        }

        /** Opens the next XML document of this type: the next entry of an open zip, or the next file. */
        private boolean openNext() throws IOException, XMLStreamException {
            while (true) {
                if (!open.isEmpty() && open.get(open.size() - 1) instanceof ZipInputStream zip) {
                    var entry = zip.getNextEntry();
                    if (entry == null) {
                        open.remove(open.size() - 1).close();
                        continue;
                    }
                    String name = entry.getName().toLowerCase();
                    if (entry.isDirectory() || !wanted(entry.getName())) {
                        continue;
                    }
                    if (name.endsWith(".zip")) {
                        open.add(new ZipInputStream(new NonClosing(zip)));
                    } else if (name.endsWith(".xml")) {
                        open(new NonClosing(zip), entry.getName());
                        return true;
                    }
                    continue;
                }
                if (!open.isEmpty()) {
                    open.remove(open.size() - 1).close();
                    continue;
                }
                if (!files.hasNext()) {
                    return false;
                }
                Path file = files.next();
                String fileName = file.getFileName().toString();
                if (!wanted(fileName)) {
                    continue;
                }
                InputStream in = Files.newInputStream(file);
                if (isZip(file)) {
                    open.add(new ZipInputStream(in));
                } else {
                    open.add(in);
                    open(in, fileName);
                    return true;
                }
            }
        }

        private void open(InputStream in, String name) throws XMLStreamException {
            currentName = name;
            if (type == LvBagType.PAND) {
                PandReader pand = new PandReader(in, name);
                current = () -> {
                    PandReader.Result r = pand.next();
                    return r == null ? null : new Outcome<>(r.version(), r.where(), r.problem());
                };
            } else {
                current = new AddressObjectReader(in, name, type)::next;
            }
        }

        private void closeAll() {
            while (!open.isEmpty()) {
                try {
                    open.remove(open.size() - 1).close();
                } catch (IOException ignored) {
                    // already failing: the first error is the one to report
                }
            }
        }

        private static boolean isZip(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] magic = in.readNBytes(4);
                return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
            }
        }
    }

    /** A stream whose close() leaves the underlying (zip) stream open. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
