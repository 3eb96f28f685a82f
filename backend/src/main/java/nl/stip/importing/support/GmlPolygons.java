package nl.stip.importing.support;

import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import nl.stip.geo.Rd;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a GML 3.2 {@code gml:Polygon} (exterior and interior {@code posList} or {@code pos} rings) from a StAX
 * stream into a 2D JTS polygon in RD New. Only RD New (EPSG:28992, or the compound 7415 with NAP heights) is accepted.
 */
public final class GmlPolygons {

    private GmlPolygons() {
    }

    /**
     * Reads from the current START_ELEMENT gml:Polygon up to and including its END_ELEMENT. A malformed polygon throws
     * IllegalArgumentException where the reading stopped; a caller that reads on gets back in step with
     * {@link DepthTrackingXml#skipTo}.
     */
    public static Polygon read(XMLStreamReader xml) throws XMLStreamException {
        String srsName = xml.getAttributeValue(null, "srsName");
        if (srsName != null && !(srsName.endsWith("28992") || srsName.endsWith("7415"))) {
            throw new IllegalArgumentException("polygon in unsupported CRS " + srsName + " (expected EPSG:28992)");
        }
        int dimension = parseDimension(xml.getAttributeValue(null, "srsDimension"), 2);
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        boolean interior = false;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if ("exterior".equals(name)) {
                    interior = false;
                } else if ("interior".equals(name)) {
                    interior = true;
                } else if ("posList".equals(name)) {
                    String ringDimension = xml.getAttributeValue(null, "srsDimension");
                    String text = xml.getElementText();
                    depth--;
                    LinearRing ring;
                    ring = ring(text, parseDimension(ringDimension, dimension));
                    if (interior) {
                        holes.add(ring);
                    } else {
                        shell = ring;
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (shell == null) {
            throw new IllegalArgumentException("polygon without an exterior ring");
        }
        return Rd.GEOMETRY.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    private static LinearRing ring(String text, int dimension) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length % dimension != 0) {
            throw new IllegalArgumentException("posList has " + parts.length + " numbers, not a multiple of its dimension " + dimension);
        }
        Coordinate[] coordinates = new Coordinate[parts.length / dimension];
        for (int i = 0; i < coordinates.length; i++) {
            try {
                coordinates[i] = new Coordinate(Double.parseDouble(parts[i * dimension]), Double.parseDouble(parts[i * dimension + 1]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("posList holds a value that is not a number: " + e.getMessage());
            }
        }
        if (coordinates.length < 4) {
            throw new IllegalArgumentException("ring with " + coordinates.length + " positions (a ring needs at least 4)");
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new IllegalArgumentException("ring is not closed");
        }
        return Rd.GEOMETRY.createLinearRing(coordinates);
    }

    private static int parseDimension(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        int dimension = Integer.parseInt(value.trim());
        if (dimension != 2 && dimension != 3) {
            throw new IllegalArgumentException("srsDimension " + dimension + " (expected 2 or 3)");
        }
        return dimension;
    }
}
