package nl.stip.importing.lvbag;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import nl.stip.buildings.BuildingVersion;
import nl.stip.importing.support.DepthTrackingXml;
import nl.stip.importing.support.GmlPolygons;
import nl.stip.importing.support.SafeXml;
import nl.stip.importing.support.Validity;
import org.locationtech.jts.geom.Polygon;

/** Reads the {@code Objecten:Pand} elements of one LV-BAG 2.0 XML document, one at a time. */
final class PandReader {

    /** BAG writes 9999 for an unknown construction year. */
    private static final int UNKNOWN_YEAR = 9999;

    record Result(BuildingVersion version, String where, String problem) {
    }

    private final DepthTrackingXml xml;
    private final String name;
    private boolean sawBagRoot;

    PandReader(InputStream in, String name) throws XMLStreamException {
        this.xml = new DepthTrackingXml(SafeXml.reader(in));
        this.name = name;
    }

    String name() {
        return name;
    }

    /** The next pand, or null at the end of the document. */
    Result next() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!sawBagRoot) {
                    if (!"bagStand".equals(xml.getLocalName()) && !"bagMutaties".equals(xml.getLocalName())) {
                        throw new XMLStreamException("root element <" + xml.getLocalName() + "> is not an LV-BAG extract (expected bagStand)");
                    }
                    sawBagRoot = true;
                } else if ("Pand".equals(xml.getLocalName())) {
                    return readPand();
                }
            }
        }
        xml.close();
        if (!sawBagRoot) {
            throw new XMLStreamException("empty document, not an LV-BAG extract");
        }
        return null;
    }

    private Result readPand() throws XMLStreamException {
        Fields f = new Fields();
        String problem = null;
        int pand = xml.depth();
        while (xml.depth() >= pand) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            int level = xml.depth();
            String element = xml.getLocalName();
            try {
                if ("Polygon".equals(element) || "MultiSurface".equals(element) || "Point".equals(element)) {
                    if (!"Polygon".equals(element)) {
                        throw new IllegalArgumentException("geometry is a " + element + ", expected a Polygon");
                    }
                    f.geometry = GmlPolygons.read(xml);
                } else if (f.readsText(element)) {
                    f.set(element, xml.getElementText().trim());
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                if (problem == null) {
                    problem = e.getMessage();
                }
                xml.skipTo(level); // wherever the reading stopped, on after this element: the next pand stays in step
            }
        }
        String where = name + " line " + xml.getLocation().getLineNumber() + " pand " + (f.identificatie == null ? "?" : f.identificatie)
                + (f.voorkomen == null ? "" : " voorkomen " + f.voorkomen);
        if (problem == null) {
            problem = f.missing();
        }
        if (problem == null) {
            problem = Validity.problem(f.geometry);
        }
        if (problem != null) {
            return new Result(null, where, problem);
        }
        return new Result(new BuildingVersion(f.identificatie, f.voorkomen, f.begin, f.eind, f.registratie, f.eindRegistratie,
                f.status, f.bouwjaar == null || f.bouwjaar == UNKNOWN_YEAR ? null : f.bouwjaar, f.geconstateerd,
                f.documentdatum, f.documentnummer, f.geometry), where, null);
    }

    /** The fields of one Pand element as they are read. */
    private static final class Fields {
        String identificatie;
        Integer voorkomen;
        LocalDate begin;
        LocalDate eind;
        LocalDateTime registratie;
        LocalDateTime eindRegistratie;
        String status;
        Integer bouwjaar;
        boolean geconstateerd;
        LocalDate documentdatum;
        String documentnummer;
        Polygon geometry;

        boolean readsText(String element) {
            return switch (element) {
                case "identificatie", "voorkomenidentificatie", "beginGeldigheid", "eindGeldigheid", "tijdstipRegistratie",
                     "eindRegistratie", "status", "oorspronkelijkBouwjaar", "geconstateerd", "documentdatum", "documentnummer" -> true;
                default -> false;
            };
        }

        void set(String element, String value) {
            switch (element) {
                case "identificatie" -> {
                    if (!value.matches("\\d{16}")) {
                        throw new IllegalArgumentException("identificatie '" + value + "' is not 16 digits");
                    }
                    identificatie = value;
                }
                case "voorkomenidentificatie" -> voorkomen = integer(element, value);
                case "beginGeldigheid" -> begin = LocalDate.parse(value);
                case "eindGeldigheid" -> eind = LocalDate.parse(value);
                case "tijdstipRegistratie" -> registratie = LocalDateTime.parse(value);
                case "eindRegistratie" -> eindRegistratie = LocalDateTime.parse(value);
                case "status" -> status = value;
                case "oorspronkelijkBouwjaar" -> {
                    bouwjaar = integer(element, value);
                    if (bouwjaar < 1000 || bouwjaar > 9999) {
                        throw new IllegalArgumentException("oorspronkelijkBouwjaar " + value + " is out of range");
                    }
                }
                case "geconstateerd" -> geconstateerd = "J".equals(value);
                case "documentdatum" -> documentdatum = LocalDate.parse(value);
                case "documentnummer" -> documentnummer = value;
                default -> {
                }
            }
        }

        private static int integer(String element, String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(element + " '" + value + "' is not a whole number");
            }
        }

        String missing() {
            if (identificatie == null) {
                return "no identificatie";
            }
            if (voorkomen == null || begin == null) {
                return "no voorkomen with beginGeldigheid";
            }
            if (status == null) {
                return "no status";
            }
            if (geometry == null) {
                return "no geometry";
            }
            return null;
        }
    }
}
