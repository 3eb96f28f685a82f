package nl.stip.importing.imro;

import java.util.Arrays;
import java.util.Optional;

/** The IMRO2012 bestemmingsplan objects the reader takes in, by their element name. */
public enum ImroObjectType {
    ENKELBESTEMMING("Enkelbestemming", true),
    DUBBELBESTEMMING("Dubbelbestemming", true),
    BOUWVLAK("Bouwvlak", true),
    MAATVOERING("Maatvoering", true),
    FUNCTIEAANDUIDING("Functieaanduiding", true),
    BOUWAANDUIDING("Bouwaanduiding", true),
    GEBIEDSAANDUIDING("Gebiedsaanduiding", true),
    /** A figure may be a line (gevellijn), a point or an area. */
    FIGUUR("Figuur", false);

    private final String elementName;
    private final boolean area;

    ImroObjectType(String elementName, boolean area) {
        this.elementName = elementName;
        this.area = area;
    }

    /** The IMRO2012 element name, e.g. {@code Enkelbestemming}. */
    public String elementName() {
        return elementName;
    }

    /** Whether the geometry must be an area (Polygon or MultiPolygon). */
    public boolean area() {
        return area;
    }

    static Optional<ImroObjectType> ofElement(String localName) {
        return Arrays.stream(values()).filter(t -> t.elementName.equals(localName)).findFirst();
    }
}
