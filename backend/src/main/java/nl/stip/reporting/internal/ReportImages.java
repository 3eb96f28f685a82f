package nl.stip.reporting.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * The report's pictures drawn with Java2D into PNG: a bar chart of a table, and a plain map (no tiles) of the reaction
 * points by theme with the distance rings around the plan's centre, in RD New metres (north up).
 */
final class ReportImages {

    static final Map<String, Color> THEME_COLOURS = Map.of("height", new Color(0x1f77b4), "sunlight", new Color(0xff7f0e),
            "privacy", new Color(0x9467bd), "traffic", new Color(0xd62728), "green", new Color(0x2ca02c), "noise", new Color(0x8c564b),
            "other", new Color(0x7f7f7f));

    private ReportImages() {
    }

    record Bar(String label, double value) {
    }

    record Point(String theme, double x, double y) {
    }

    static byte[] barChart(List<Bar> bars) {
        int width = 900;
        int height = 420;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int left = 60;
        int bottom = height - 70;
        int top = 30;
        g.setColor(Color.DARK_GRAY);
        g.draw(new Line2D.Double(left, top, left, bottom));
        g.draw(new Line2D.Double(left, bottom, width - 20, bottom));
        double slot = bars.isEmpty() ? 0 : (width - 20 - left) / (double) bars.size();
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double h = max <= 0 ? 0 : (bottom - top) * bar.value() / max;
            double x = left + i * slot + slot * 0.15;
            g.setColor(new Color(0x2b6cb0));
            g.fill(new Rectangle2D.Double(x, bottom - h, slot * 0.7, h));
            g.setColor(Color.BLACK);
            g.drawString(Dutch.number(bar.value()), (float) (x + slot * 0.2), (float) (bottom - h - 6));
            g.drawString(bar.label(), (float) x, bottom + 24);
        }
        return png(image, g);
    }

    /** The map: rings of 25, 50 and 100 m around (cx, cy), the points coloured by theme, a legend and a scale bar. */
    static byte[] map(double cx, double cy, List<Point> points) {
        int size = 800;
        double radius = 120;
        for (Point p : points) {
            radius = Math.max(radius, Math.hypot(p.x() - cx, p.y() - cy) * 1.05);
        }
        double scale = (size / 2.0 - 20) / radius; // pixels per metre
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.setStroke(new BasicStroke(1.5f));
        for (int ring : new int[] {25, 50, 100}) {
            double r = ring * scale;
            g.setColor(new Color(0x999999));
            g.draw(new Ellipse2D.Double(size / 2.0 - r, size / 2.0 - r, 2 * r, 2 * r));
            g.drawString(ring + " m", (float) (size / 2.0 + r * 0.72), (float) (size / 2.0 - r * 0.72));
        }
        g.setColor(Color.BLACK);
        g.fill(new Rectangle2D.Double(size / 2.0 - 4, size / 2.0 - 4, 8, 8));
        for (Point p : points) {
            double x = size / 2.0 + (p.x() - cx) * scale;
            double y = size / 2.0 - (p.y() - cy) * scale;
            g.setColor(THEME_COLOURS.getOrDefault(p.theme(), Color.GRAY));
            g.fill(new Ellipse2D.Double(x - 4, y - 4, 8, 8));
        }
        int ly = 24;
        for (String theme : ReportBuilder.THEME_ORDER) {
            g.setColor(THEME_COLOURS.get(theme));
            g.fill(new Ellipse2D.Double(16, ly - 10, 10, 10));
            g.setColor(Color.BLACK);
            g.drawString(Dutch.theme(theme), 32, ly);
            ly += 20;
        }
        g.drawString("N ↑", size - 50, 24);
        double bar = 50 * scale;
        g.draw(new Line2D.Double(size - 20 - bar, size - 20, size - 20, size - 20));
        g.drawString("50 m", (float) (size - 20 - bar), size - 26);
        return png(image, g);
    }

    private static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    private static byte[] png(BufferedImage image, Graphics2D g) {
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
