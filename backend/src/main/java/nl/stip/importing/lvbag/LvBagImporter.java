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

import nl.stip.buildings.BuildingStore;
import nl.stip.buildings.BuildingVersion;
import nl.stip.importing.ImportException;
import nl.stip.importing.ImportOptions;
import nl.stip.importing.ImportReport;
import nl.stip.importing.Importer;
import org.springframework.stereotype.Component;

/**
 * LV-BAG 2.0 extracts (XML, zip, or zips of zips) → buildings with every voorkomen. Streamed: one pand at a time,
 * straight into COPY.
 */
@Component
class LvBagImporter implements Importer {

    private final BuildingStore store;

    LvBagImporter(BuildingStore store) {
        this.store = store;
    }

    @Override
    public String kind() {
        return "lvbag";
    }

    @Override
    public String description() {
        return "LV-BAG 2.0 extract of panden (XML or zip), with their whole history";
    }

    @Override
    public void importFiles(List<Path> files, ImportOptions options, ImportReport report) {
        String source = options.source("BAG (Kadaster, CC0): " + ImportOptions.fileNames(files));
        long panden = store.upsertVersions(new VersionIterator(files, report), source);
        report.imported(panden);
    }

    /** Pulls versions file by file, zip entry by zip entry, reporting unusable ones and skipping them. */
    private static final class VersionIterator implements Iterator<BuildingVersion> {
        private final Iterator<Path> files;
        private final ImportReport report;
        private final List<InputStream> open = new ArrayList<>();
        private PandReader current;
        private BuildingVersion next;

        VersionIterator(List<Path> files, ImportReport report) {
            this.files = files.iterator();
            this.report = report;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                try {
                    if (current == null && !openNext()) {
                        return false;
                    }
                    PandReader.Result result = current.next();
                    if (result == null) {
                        current = null;
                        continue;
                    }
                    report.read();
                    if (result.problem() != null) {
                        report.rejected(result.where(), result.problem());
                    } else {
                        next = result.version();
                    }
                } catch (XMLStreamException e) {
                    throw new ImportException("Not a readable LV-BAG XML file (" + current.name() + "): " + e.getMessage(), e);
                } catch (IOException e) {
                    throw new ImportException("Cannot read " + current.name() + ": " + e.getMessage(), e);
                }
            }
            return true;
        }

        @Override
        public BuildingVersion next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            BuildingVersion v = next;
            next = null;
            return v;
        }

        /** Opens the next XML document: the next entry of an open zip, or the next file. */
        private boolean openNext() throws IOException, XMLStreamException {
            while (true) {
                if (!open.isEmpty() && open.get(open.size() - 1) instanceof ZipInputStream zip) {
                    var entry = zip.getNextEntry();
                    if (entry == null) {
                        open.remove(open.size() - 1).close();
                        continue;
                    }
                    String name = entry.getName().toLowerCase();
                    if (name.endsWith(".zip")) {
                        open.add(new ZipInputStream(new NonClosing(zip)));
                    } else if (name.endsWith(".xml")) {
                        current = new PandReader(new NonClosing(zip), entry.getName());
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
                InputStream in = Files.newInputStream(file);
                if (isZip(file)) {
                    open.add(new ZipInputStream(in));
                } else {
                    open.add(in);
                    current = new PandReader(in, file.getFileName().toString());
                    return true;
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
