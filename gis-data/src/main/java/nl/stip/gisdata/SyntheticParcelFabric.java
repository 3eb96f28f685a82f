package nl.stip.gisdata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a deterministic, clearly synthetic parcel fabric as a GeoJSON Sequence (one feature per line) in RD New
 * (EPSG:28992): a grid of 1,000 columns of 20 m × 30 m parcels whose shared corners are shifted a little per row and
 * column, so no two parcels are the same shape but they still tile the plane without gaps or overlaps.
 * Kadastrale gemeente SYN00 (not a real code), sectie A, B, … per 99,999 parcels.
 *
 * <pre>java -cp gis-data/target/classes nl.stip.gisdata.SyntheticParcelFabric &lt;count&gt; &lt;out.geojsons&gt;</pre>
 * Import with: {@code java -jar backend/target/stip.jar import parcels --crs EPSG:28992 out.geojsons}
 */
public final class SyntheticParcelFabric {

    public static final double ORIGIN_X = 190_000;
    public static final double ORIGIN_Y = 430_000;
    public static final int COLUMNS = 1_000;
    public static final double WIDTH = 20;
    public static final double DEPTH = 30;
    private static final int PER_SECTIE = 99_999; // perceelnummers have at most 5 digits

    private SyntheticParcelFabric() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && "--bounds".equals(args[0])) {
            double[] b = bounds(Integer.parseInt(args[1]));
            System.out.printf(Locale.ROOT, "%.0f %.0f %.0f %.0f%n", b[0], b[1], b[2], b[3]);
            return;
        }
        if (args.length != 2) {
            System.err.println("usage: SyntheticParcelFabric <count> <out.geojsons>");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long started = System.nanoTime();
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 20)) {
            write(count, writer);
        }
        System.out.printf(Locale.ROOT, "wrote %,d parcels to %s (%,d bytes) in %.1f s%n", count, out, Files.size(out),
                (System.nanoTime() - started) / 1e9);
    }

    /** The bounding box of a fabric of {@code count} parcels: minX, minY, maxX, maxY. */
    public static double[] bounds(int count) {
        int rows = (count + COLUMNS - 1) / COLUMNS;
        return new double[] {ORIGIN_X, ORIGIN_Y, ORIGIN_X + Math.min(count, COLUMNS) * WIDTH, ORIGIN_Y + rows * DEPTH};
    }

    static void write(int count, Writer out) throws IOException {
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < count; i++) {
            int row = i / COLUMNS;
            int col = i % COLUMNS;
            char sectie = (char) ('A' + i / PER_SECTIE);
            int perceelnummer = i % PER_SECTIE + 1;
            line.setLength(0);
            line.append("{\"type\":\"Feature\",\"properties\":{\"kadastrale_aanduiding\":\"SYN00 ").append(sectie).append(' ')
                    .append(perceelnummer).append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
            corner(line, col, row).append(',');
            corner(line, col + 1, row).append(',');
            corner(line, col + 1, row + 1).append(',');
            corner(line, col, row + 1).append(',');
            corner(line, col, row);
            line.append("]]}}\n");
            out.append(line);
        }
    }

    /** A grid corner, shifted deterministically by up to ±3 m so that parcels differ but still tile. */
    private static StringBuilder corner(StringBuilder line, int col, int row) {
        double dx = ((col * 7919L + row * 104729L) % 61 - 30) / 10.0;
        double dy = ((col * 15485863L + row * 32452843L) % 41 - 20) / 10.0;
        double x = ORIGIN_X + col * WIDTH + (col == 0 ? 0 : dx);
        double y = ORIGIN_Y + row * DEPTH + (row == 0 ? 0 : dy);
        return line.append('[').append(Math.round(x * 1000) / 1000.0).append(',').append(Math.round(y * 1000) / 1000.0).append(']');
    }
}
