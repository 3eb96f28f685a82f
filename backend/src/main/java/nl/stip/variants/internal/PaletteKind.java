package nl.stip.variants.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The palette, in one place: each kind of object a participant may place, with its fixed footprint (a rectangle of
 * {@code width} × {@code depth} metres, turned by the object's heading), the height of its 3D symbol, whether it sits on
 * a volume's roof (green roof, solar panels) and whether its footprint counts as green area.
 */
enum PaletteKind {
    TREE("tree", "Boom", 4, 4, 6, false, true),
    HEDGE("hedge", "Haag", 4, 1, 1.5, false, true),
    BENCH("bench", "Bank", 2, 0.6, 0.5, false, false),
    PLAYGROUND("playground", "Speelplek", 8, 8, 3, false, false),
    BIKE_PARKING("bike-parking", "Fietsenstalling", 5, 2, 1.2, false, false),
    PARKING_SPACE("parking-space", "Parkeerplaats", 2.5, 5, 0.1, false, false),
    GREEN_ROOF("green-roof", "Groen dak", 5, 5, 0.2, true, true),
    WATER("water", "Water", 4, 4, 0.1, false, false),
    SOLAR_PANELS("solar-panels", "Zonnepanelen", 3.4, 2, 0.3, true, false);

    final String key;
    final String label;
    final double width;
    final double depth;
    final double height;
    final boolean onRoof;
    final boolean green;

    PaletteKind(String key, String label, double width, double depth, double height, boolean onRoof, boolean green) {
        this.key = key;
        this.label = label;
        this.width = width;
        this.depth = depth;
        this.height = height;
        this.onRoof = onRoof;
        this.green = green;
    }

    double footprintM2() {
        return width * depth;
    }

    static Optional<PaletteKind> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
