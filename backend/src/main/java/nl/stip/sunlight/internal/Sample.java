package nl.stip.sunlight.internal;

/**
 * A point whose sun is counted: on a facade ({@code nx}, {@code ny} its outward unit normal, RD New) or in a garden
 * (normal 0, 0: sun from every side), at {@code z} metres above ground. {@code owner} is the building or parcel it
 * belongs to, {@code facade} the facade's number within its building (-1 in a garden), {@code x0..y1} the 2 m piece
 * of facade or garden cell it stands for (for the map).
 */
record Sample(double x, double y, double z, double nx, double ny, String owner, int facade,
              double x0, double y0, double x1, double y1) {

    boolean garden() {
        return facade < 0;
    }

    /** A facade sees the sun only when the sun is in front of it. */
    boolean faces(SunStep sun) {
        return garden() || nx * sun.east() + ny * sun.north() > 0;
    }
}
