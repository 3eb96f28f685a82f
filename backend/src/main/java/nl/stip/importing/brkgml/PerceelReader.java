package nl.stip.importing.brkgml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import nl.stip.importing.ImportException;
import nl.stip.importing.support.DepthTrackingXml;
import nl.stip.importing.support.GmlPolygons;
import nl.stip.importing.support.Outcome;
import nl.stip.importing.support.Polygons;
import nl.stip.importing.support.RecordSource;
import nl.stip.importing.support.SafeXml;
import nl.stip.parcels.KadastraleAanduiding;
import nl.stip.parcels.ParcelRecord;
import org.locationtech.jts.geom.Polygon;

/**
 * Streams the {@code oz:Perceel} elements of a BRK Kadastrale Kaart v5 GML file: kadastrale aanduiding from the AKR
 * code, sectie and perceelnummer; registered area from kadastraleGrootte; polygon from begrenzingPerceel (the
 * plaatscoordinaten point only places the label and is ignored).
 */
final class PerceelReader implements RecordSource<ParcelRecord> {

    private final String file;
    private final InputStream in;
    private final DepthTrackingXml xml;
    private final String source;
    private boolean sawRoot;

    PerceelReader(Path path, String source) {
        this.file = path.getFileName().toString();
        this.source = source;
        try {
            this.in = Files.newInputStream(path);
            this.xml = new DepthTrackingXml(SafeXml.reader(in));
        } catch (IOException | XMLStreamException e) {
            throw new ImportException("Cannot open " + file + " as XML: " + e.getMessage(), e);
        }
    }

    @Override
    public Outcome<ParcelRecord> next() {
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (!sawRoot) {
                    String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
                    if (!"DKK".equals(xml.getLocalName()) && !ns.contains("kadastralekaart")) {
                        throw new ImportException(file + " is not a BRK Kadastrale Kaart GML file: root element <" + xml.getLocalName()
                                + "> (expected kk:DKK)");
                    }
                    sawRoot = true;
                } else if ("Perceel".equals(xml.getLocalName())) {
                    return perceel();
                }
            }
            if (!sawRoot) {
                throw new ImportException(file + " is empty, not a BRK Kadastrale Kaart GML file");
            }
            return null;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? xml.getLocation().getLineNumber() : e.getLocation().getLineNumber();
            throw new ImportException(file + " line " + line + ": not readable as BRK GML (truncated or broken XML): " + e.getMessage(), e);
        }
    }

    private Outcome<ParcelRecord> perceel() throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        String id = xml.getAttributeValue("http://www.opengis.net/gml/3.2", "id");
        String akr = null;
        String sectie = null;
        String nummer = null;
        String area = null;
        Polygon polygon = null;
        String problem = null;
        Deque<String> path = new ArrayDeque<>();
        path.push("Perceel");
        while (!path.isEmpty()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                path.pop();
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            String parent = path.peek();
            if ("begrenzingPerceel".equals(parent)) {
                if ("Polygon".equals(name)) {
                    int level = xml.depth();
                    try {
                        polygon = GmlPolygons.read(xml);
                    } catch (IllegalArgumentException e) {
                        problem = "begrenzingPerceel: " + e.getMessage();
                        xml.skipTo(level);
                    }
                } else {
                    problem = "begrenzingPerceel is a " + name + ", expected a Polygon";
                    xml.skipTo(xml.depth());
                }
            } else if ("sectie".equals(name) && "TypeKadastraleAanduiding".equals(parent)) {
                sectie = xml.getElementText().trim();
            } else if ("perceelnummer".equals(name) && "TypeKadastraleAanduiding".equals(parent)) {
                nummer = xml.getElementText().trim();
            } else if ("waarde".equals(name) && "AKRKadastraleGemeenteCode".equals(parent)) {
                akr = xml.getElementText().trim();
            } else if ("waarde".equals(name) && "TypeOppervlak".equals(parent) && path.contains("kadastraleGrootte")) {
                area = xml.getElementText().trim();
            } else {
                path.push(name);
            }
        }
        String where = file + " line " + line + " perceel " + (id == null ? "?" : id);
        if (problem != null) {
            return Outcome.rejected(where, problem);
        }
        try {
            if (akr == null || sectie == null || nummer == null) {
                throw new IllegalArgumentException("incomplete kadastrale aanduiding (AKR code " + akr + ", sectie " + sectie
                        + ", perceelnummer " + nummer + ")");
            }
            KadastraleAanduiding aanduiding = KadastraleAanduiding.parse(akr + " " + sectie + " " + nummer);
            if (polygon == null) {
                throw new IllegalArgumentException("no begrenzingPerceel polygon");
            }
            Polygons.require(polygon);
            return Outcome.ok(new ParcelRecord(aanduiding.gemeente(), aanduiding.sectie(), aanduiding.perceelnummer(),
                    registeredArea(area), polygon, source, false), where);
        } catch (IllegalArgumentException e) {
            return Outcome.rejected(where + (sectie == null ? "" : " (" + akr + " " + sectie + " " + nummer + ")"), e.getMessage());
        }
    }

    private static Double registeredArea(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            double area = Double.parseDouble(text);
            if (area < 0) {
                throw new IllegalArgumentException("kadastraleGrootte " + text + " is negative");
            }
            return area;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("kadastraleGrootte '" + text + "' is not a number");
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
            in.close();
        } catch (XMLStreamException | IOException e) {
            // reading is over
        }
    }
}
