package nl.stip.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;

import nl.stip.plans.PlanDirectory;
import nl.stip.platform.PdfFonts;
import nl.stip.reporting.ReportPart;
import nl.stip.reporting.ReportPart.ReportTable;

/**
 * The participatieverslag as a PDF for the application dossier (OpenPDF): the parts with their tables, a bar chart
 * for each table that asks for one, and the map of the reaction points with the distance rings. All text goes in as
 * plain text (control characters removed), never as markup.
 */
@Component
class ReportPdf {

    private static final Font TITLE = PdfFonts.bold(18);
    private static final Font HEADING = PdfFonts.bold(14);
    private static final Font SUBHEADING = PdfFonts.bold(11);
    private static final Font BODY = PdfFonts.regular(10);
    private static final Font CELL_HEAD = PdfFonts.bold(9);
    private static final Font CELL = PdfFonts.regular(9);

    private final PlanDirectory plans;

    ReportPdf(PlanDirectory plans) {
        this.plans = plans;
    }

    byte[] render(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Participatieverslag " + report.roundTitle());
            document.addCreator("Stip");
            if (report.closedAt() != null) {
                document.addCreationDate();
            }
            document.open();
            document.add(new Paragraph(text("Participatieverslag"), TITLE));
            document.add(new Paragraph(text("Plan: " + report.planTitle()), BODY));
            document.add(new Paragraph(text("Ronde: " + report.roundTitle() + " (gesloten " + Dutch.dateTime(report.closedAt()) + ")"), BODY));
            for (ReportPart part : report.parts()) {
                Paragraph heading = new Paragraph(text(part.title()), HEADING);
                heading.setSpacingBefore(14);
                heading.setSpacingAfter(6);
                document.add(heading);
                for (ReportTable table : part.tables()) {
                    Paragraph title = new Paragraph(text(table.title()), SUBHEADING);
                    title.setSpacingBefore(6);
                    title.setSpacingAfter(4);
                    document.add(title);
                    document.add(table(table));
                    if (table.chart()) {
                        List<ReportImages.Bar> bars = bars(table);
                        if (!bars.isEmpty()) {
                            document.add(image(ReportImages.barChart(bars), 420));
                        }
                    }
                }
                if (!part.features().isEmpty()) {
                    byte[] map = map(report, part);
                    if (map != null) {
                        document.add(new Paragraph(text("Kaart: de reacties per thema, met ringen van 25, 50 en 100 m om het plan"), SUBHEADING));
                        document.add(image(map, 380));
                    }
                }
                for (String note : part.notes()) {
                    document.add(new Paragraph(text(note), BODY));
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The report could not be laid out as PDF", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static PdfPTable table(ReportTable table) {
        PdfPTable pdf = new PdfPTable(Math.max(1, table.columns().size()));
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        for (String column : table.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(text(column), CELL_HEAD));
            cell.setGrayFill(0.9f);
            pdf.addCell(cell);
        }
        for (List<String> row : table.rows()) {
            for (int i = 0; i < table.columns().size(); i++) {
                PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text(i < row.size() ? row.get(i) : ""), CELL)));
                if (i > 0 && numeric(i < row.size() ? row.get(i) : "")) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                pdf.addCell(cell);
            }
        }
        return pdf;
    }

    private static List<ReportImages.Bar> bars(ReportTable table) {
        List<ReportImages.Bar> bars = new ArrayList<>();
        for (List<String> row : table.rows()) {
            String value = row.get(row.size() - 1);
            if (row.get(0).startsWith("Totaal") || row.get(0).startsWith("Aantal") || !numeric(value)) {
                continue;
            }
            bars.add(new ReportImages.Bar(Dutch.plain(row.get(0)), Double.parseDouble(value.replace(".", "").replace(',', '.'))));
        }
        return bars;
    }

    private byte[] map(Report report, ReportPart part) {
        Point centre = plans.area(report.planId()).map(g -> g.getCentroid()).orElse(null);
        List<ReportImages.Point> points = new ArrayList<>();
        for (Map<String, Object> f : part.features()) {
            if (f.get("properties") instanceof Map<?, ?> p && p.get("x") instanceof Number x && p.get("y") instanceof Number y) {
                points.add(new ReportImages.Point(String.valueOf(p.get("theme")), x.doubleValue(), y.doubleValue()));
            }
        }
        if (points.isEmpty()) {
            return null;
        }
        double cx = centre != null ? centre.getX() : points.stream().mapToDouble(ReportImages.Point::x).average().orElse(0);
        double cy = centre != null ? centre.getY() : points.stream().mapToDouble(ReportImages.Point::y).average().orElse(0);
        return ReportImages.map(cx, cy, points);
    }

    private static Image image(byte[] png, float width) {
        try {
            Image image = Image.getInstance(png);
            image.scaleToFit(width, width);
            image.setAlignment(Element.ALIGN_CENTER);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean numeric(String s) {
        return s.matches("-?[0-9]{1,3}(\\.[0-9]{3})*(,[0-9]+)?");
    }

    /** Plain text for the PDF (control characters removed); a character the font cannot draw becomes "?" instead of vanishing. */
    private static String text(String s) {
        return PdfFonts.printable(Dutch.plain(s));
    }
}
