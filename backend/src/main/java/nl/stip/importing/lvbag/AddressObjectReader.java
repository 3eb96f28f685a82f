package nl.stip.importing.lvbag;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import nl.stip.addresses.BagVoorkomen;
import nl.stip.addresses.NummeraanduidingVersion;
import nl.stip.addresses.OpenbareRuimteVersion;
import nl.stip.addresses.VerblijfsobjectVersion;
import nl.stip.addresses.WoonplaatsVersion;
import nl.stip.geo.Rd;
import nl.stip.importing.support.DepthTrackingXml;
import nl.stip.importing.support.GmlPolygons;
import nl.stip.importing.support.Outcome;
import nl.stip.importing.support.SafeXml;
import nl.stip.importing.support.SourceCrs;
import nl.stip.importing.support.Validity;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the objects of one LV-BAG address type ({@code Objecten:Verblijfsobject}, {@code Nummeraanduiding},
 * {@code OpenbareRuimte} or {@code Woonplaats}) of one LV-BAG 2.0 XML document, one voorkomen at a time. Each
 * object element is one voorkomen. A bad object is reported by its identificatie and the reader stays in step.
 */
final class AddressObjectReader {

    private static final Pattern BAG_ID = Pattern.compile("\\d{16}");
    private static final Pattern WOONPLAATS_ID = Pattern.compile("\\d{4}");
    private static final Pattern POSTCODE = Pattern.compile("\\d{4}[A-Z]{2}");
    private static final Pattern HUISLETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern TOEVOEGING = Pattern.compile("[A-Za-z0-9]{1,4}");
    private static final Pattern GEBRUIKSDOEL = Pattern.compile("[a-z][a-z ]{2,40}");

    private final DepthTrackingXml xml;
    private final String name;
    private final LvBagType type;
    private boolean sawBagRoot;

    AddressObjectReader(InputStream in, String name, LvBagType type) throws XMLStreamException {
        this.xml = new DepthTrackingXml(SafeXml.reader(in));
        this.name = name;
        this.type = type;
    }

    String name() {
        return name;
    }

    /** The next object of this reader's type (a record of the addresses module), or null at the end of the document. */
    Outcome<Object> next() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!sawBagRoot) {
                    if (!"bagStand".equals(xml.getLocalName()) && !"bagMutaties".equals(xml.getLocalName())) {
                        throw new XMLStreamException("root element <" + xml.getLocalName() + "> is not an LV-BAG extract (expected bagStand)");
                    }
                    sawBagRoot = true;
                } else if (type.element().equals(xml.getLocalName())) {
                    return read();
                }
            }
        }
        xml.close();
        if (!sawBagRoot) {
            throw new XMLStreamException("empty document, not an LV-BAG extract");
        }
        return null;
    }

    private Outcome<Object> read() throws XMLStreamException {
        Fields f = new Fields();
        String problem = null;
        int object = xml.depth();
        String relation = null;
        int relationLevel = -1;
        while (xml.depth() >= object) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.depth() < relationLevel) {
                relation = null;
                relationLevel = -1;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            int level = xml.depth();
            String element = xml.getLocalName();
            try {
                switch (element) {
                    case "heeftAlsHoofdadres", "heeftAlsNevenadres", "maaktDeelUitVan", "ligtAan", "ligtIn" -> {
                        relation = element;
                        relationLevel = level;
                    }
                    case "NummeraanduidingRef", "PandRef", "OpenbareRuimteRef", "WoonplaatsRef" -> f.ref(relation, element, xml.getElementText().trim());
                    case "Point" -> f.geometry(point());
                    case "Polygon" -> f.geometry(GmlPolygons.read(xml));
                    case "MultiSurface" -> f.geometry(multiSurface(level));
                    default -> {
                        if (f.readsText(element)) {
                            f.set(element, xml.getElementText().trim());
                        }
                    }
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                if (problem == null) {
                    problem = e.getMessage();
                }
                xml.skipTo(level); // wherever the reading stopped, on after this element: the next object stays in step
                if (level == relationLevel) {
                    relation = null;
                    relationLevel = -1;
                }
            }
        }
        String where = name + " line " + xml.getLocation().getLineNumber() + " " + type.label() + " "
                + (f.written == null ? "?" : f.written) + (f.voorkomen == null ? "" : " voorkomen " + f.voorkomen);
        if (problem == null) {
            problem = f.missing();
        }
        if (problem != null) {
            return Outcome.rejected(where, problem);
        }
        try {
            return Outcome.ok(f.build(), where);
        } catch (IllegalArgumentException e) {
            return Outcome.rejected(where, e.getMessage());
        }
    }

    /** A gml:Point (gml:pos, 2D or 3D) in RD New, read up to its end; the height is dropped. */
    private Point point() throws XMLStreamException {
        String srsName = xml.getAttributeValue(null, "srsName");
        if (srsName != null && !(srsName.endsWith("28992") || srsName.endsWith("7415"))) {
            throw new IllegalArgumentException("point in unsupported CRS " + srsName + " (expected EPSG:28992)");
        }
        int level = xml.depth();
        Point point = null;
        while (xml.depth() >= level) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "pos".equals(xml.getLocalName())) {
                String[] parts = xml.getElementText().trim().split("\\s+");
                if (parts.length < 2 || parts.length > 3) {
                    throw new IllegalArgumentException("gml:pos has " + parts.length + " numbers (expected 2 or 3)");
                }
                try {
                    point = Rd.GEOMETRY.createPoint(new Coordinate(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("gml:pos holds a value that is not a number: " + e.getMessage());
                }
            }
        }
        if (point == null) {
            throw new IllegalArgumentException("gml:Point without gml:pos");
        }
        return point;
    }

    /** The polygons of a gml:MultiSurface, as one geometry. */
    private Geometry multiSurface(int level) throws XMLStreamException {
        List<Polygon> polygons = new ArrayList<>();
        while (xml.depth() >= level) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "Polygon".equals(xml.getLocalName())) {
                polygons.add(GmlPolygons.read(xml));
            }
        }
        return Rd.GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    /** The fields of one object element as they are read. */
    private final class Fields {
        String identificatie;
        /** The identificatie as written, also when it is not a valid one: it names the object in a rejection. */
        String written;
        Integer voorkomen;
        LocalDate begin;
        LocalDate eind;
        LocalDateTime registratie;
        LocalDateTime eindRegistratie;
        String status;
        boolean geconstateerd;
        LocalDate documentdatum;
        String documentnummer;
        // verblijfsobject
        final List<String> gebruiksdoelen = new ArrayList<>();
        Integer oppervlakte;
        String hoofdadres;
        final List<String> nevenadressen = new ArrayList<>();
        final List<String> panden = new ArrayList<>();
        Geometry geometry;
        // nummeraanduiding
        Integer huisnummer;
        String huisletter;
        String toevoeging;
        String postcode;
        String typeAdresseerbaarObject;
        String openbareRuimte;
        // openbare ruimte, woonplaats
        String naam;
        String oprType;
        String woonplaats;

        boolean readsText(String element) {
            return switch (element) {
                case "identificatie", "voorkomenidentificatie", "beginGeldigheid", "eindGeldigheid", "tijdstipRegistratie",
                     "eindRegistratie", "status", "geconstateerd", "documentdatum", "documentnummer" -> true;
                case "gebruiksdoel", "oppervlakte" -> type == LvBagType.VERBLIJFSOBJECT;
                case "huisnummer", "huisletter", "huisnummertoevoeging", "postcode", "typeAdresseerbaarObject" ->
                        type == LvBagType.NUMMERAANDUIDING;
                case "naam" -> type == LvBagType.OPENBARE_RUIMTE || type == LvBagType.WOONPLAATS;
                case "type" -> type == LvBagType.OPENBARE_RUIMTE;
                default -> false;
            };
        }

        void set(String element, String value) {
            switch (element) {
                case "identificatie" -> {
                    written = value;
                    Pattern id = type == LvBagType.WOONPLAATS ? WOONPLAATS_ID : BAG_ID;
                    if (!id.matcher(value).matches()) {
                        throw new IllegalArgumentException("identificatie '" + value + "' is not " + (type == LvBagType.WOONPLAATS ? "4" : "16")
                                + " digits");
                    }
                    identificatie = value;
                }
                case "voorkomenidentificatie" -> voorkomen = integer(element, value);
                case "beginGeldigheid" -> begin = LocalDate.parse(value);
                case "eindGeldigheid" -> eind = LocalDate.parse(value);
                case "tijdstipRegistratie" -> registratie = LocalDateTime.parse(value);
                case "eindRegistratie" -> eindRegistratie = LocalDateTime.parse(value);
                case "status" -> status = value;
                case "geconstateerd" -> geconstateerd = "J".equals(value);
                case "documentdatum" -> documentdatum = LocalDate.parse(value);
                case "documentnummer" -> documentnummer = value;
                case "gebruiksdoel" -> {
                    if (!GEBRUIKSDOEL.matcher(value).matches()) {
                        throw new IllegalArgumentException("gebruiksdoel '" + value + "' is not a BAG gebruiksdoel");
                    }
                    gebruiksdoelen.add(value);
                }
                case "oppervlakte" -> {
                    oppervlakte = integer(element, value);
                    if (oppervlakte < 1 || oppervlakte > 999_999) {
                        throw new IllegalArgumentException("oppervlakte " + value + " is out of range (1-999999 m²)");
                    }
                }
                case "huisnummer" -> {
                    huisnummer = integer(element, value);
                    if (huisnummer < 1 || huisnummer > 99_999) {
                        throw new IllegalArgumentException("huisnummer " + value + " is out of range (1-99999)");
                    }
                }
                case "huisletter" -> {
                    if (!HUISLETTER.matcher(value).matches()) {
                        throw new IllegalArgumentException("huisletter '" + value + "' is not one letter");
                    }
                    huisletter = value;
                }
                case "huisnummertoevoeging" -> {
                    if (!TOEVOEGING.matcher(value).matches()) {
                        throw new IllegalArgumentException("huisnummertoevoeging '" + value + "' is not 1-4 letters or digits");
                    }
                    toevoeging = value;
                }
                case "postcode" -> {
                    String normal = value.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
                    if (!POSTCODE.matcher(normal).matches()) {
                        throw new IllegalArgumentException("postcode '" + value + "' is not a Dutch postcode (1234AB)");
                    }
                    postcode = normal;
                }
                case "typeAdresseerbaarObject" -> typeAdresseerbaarObject = value;
                case "naam" -> {
                    if (value.isEmpty() || value.length() > 80) {
                        throw new IllegalArgumentException("naam is empty or longer than 80 characters");
                    }
                    naam = value;
                }
                case "type" -> oprType = value;
                default -> {
                }
            }
        }

        void ref(String relation, String element, String value) {
            boolean woonplaatsRef = "WoonplaatsRef".equals(element);
            if (!(woonplaatsRef ? WOONPLAATS_ID : BAG_ID).matcher(value).matches()) {
                throw new IllegalArgumentException(element + " '" + value + "' is not " + (woonplaatsRef ? "4" : "16") + " digits");
            }
            if (relation == null) {
                return;
            }
            switch (relation) {
                case "heeftAlsHoofdadres" -> hoofdadres = value;
                case "heeftAlsNevenadres" -> nevenadressen.add(value);
                case "maaktDeelUitVan" -> panden.add(value);
                case "ligtAan" -> openbareRuimte = value;
                case "ligtIn" -> woonplaats = value;
                default -> {
                }
            }
        }

        void geometry(Geometry read) {
            if (type != LvBagType.VERBLIJFSOBJECT) {
                return; // a woonplaats' area is not stored
            }
            if (geometry == null || geometry instanceof Point) {
                geometry = geometry instanceof Point && !(read instanceof Point) ? geometry : read; // the point wins over an area
            }
        }

        private int integer(String element, String value) {
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
            return switch (type) {
                case VERBLIJFSOBJECT -> geometry == null ? "no geometry" : hoofdadres == null ? "no heeftAlsHoofdadres"
                        : panden.isEmpty() ? "no maaktDeelUitVan (pand)" : gebruiksdoelen.isEmpty() ? "no gebruiksdoel" : null;
                case NUMMERAANDUIDING -> huisnummer == null ? "no huisnummer" : openbareRuimte == null ? "no ligtAan (openbare ruimte)" : null;
                case OPENBARE_RUIMTE -> naam == null ? "no naam" : woonplaats == null ? "no ligtIn (woonplaats)" : null;
                case WOONPLAATS -> naam == null ? "no naam" : null;
                default -> "not an address object";
            };
        }

        Object build() {
            BagVoorkomen v = new BagVoorkomen(voorkomen, begin, eind, registratie, eindRegistratie, geconstateerd, documentdatum, documentnummer);
            return switch (type) {
                case VERBLIJFSOBJECT -> new VerblijfsobjectVersion(identificatie, v, status, List.copyOf(gebruiksdoelen), oppervlakte,
                        hoofdadres, List.copyOf(nevenadressen), List.copyOf(panden), position());
                case NUMMERAANDUIDING -> new NummeraanduidingVersion(identificatie, v, status, huisnummer, huisletter, toevoeging, postcode,
                        typeAdresseerbaarObject, openbareRuimte, woonplaats);
                case OPENBARE_RUIMTE -> new OpenbareRuimteVersion(identificatie, v, status, naam, oprType, woonplaats);
                case WOONPLAATS -> new WoonplaatsVersion(identificatie, v, status, naam);
                default -> throw new IllegalArgumentException("not an address object");
            };
        }

        /** The verblijfsobject's point; an area is placed at its centroid, or an interior point when that falls outside. */
        private Point position() {
            Point point;
            if (geometry instanceof Point p) {
                point = p;
            } else {
                String invalid = Validity.problem(geometry);
                if (invalid != null) {
                    throw new IllegalArgumentException(invalid);
                }
                Point centroid = geometry.getCentroid();
                point = geometry.contains(centroid) ? centroid : geometry.getInteriorPoint();
            }
            point.setSRID(Rd.SRID);
            String outside = SourceCrs.outsideDomain(point);
            if (outside != null) {
                throw new IllegalArgumentException(outside);
            }
            return point;
        }
    }
}
