package nl.stip.concerned.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import nl.stip.platform.PdfFonts;

/**
 * Renders letters and statement lists as PDF with OpenPDF. Every text goes in as a plain chunk (no markup, no HTML or
 * font tags are read), with control characters removed; nothing the user typed can change the layout.
 */
final class Pdfs {

    /** One letter: a title, the addressee line and the body (paragraphs separated by blank lines). */
    record Letter(String title, String to, String body) {
    }

    /** A section of a table document: a heading, column names and rows (or a line when there are none). */
    record Section(String heading, List<String> columns, List<List<String>> rows, String empty) {
    }

    private static final Font TITLE = PdfFonts.bold(16);
    private static final Font HEAD = PdfFonts.bold(12);
    private static final Font BODY = PdfFonts.regular(11);
    private static final Font SMALL = PdfFonts.regular(9);

    private Pdfs() {
    }

    /** One page per letter; with no letters a single page that says so ({@code none}). */
    static byte[] letters(List<Letter> letters, String none) {
        return render(document -> {
            if (letters.isEmpty()) {
                document.add(paragraph(none, BODY));
            }
            boolean first = true;
            for (Letter letter : letters) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                document.add(paragraph(letter.title(), TITLE));
                document.add(paragraph(" ", BODY));
                document.add(paragraph(letter.to(), HEAD));
                document.add(paragraph(" ", BODY));
                for (String line : letter.body().split("\n", -1)) {
                    document.add(paragraph(line.isEmpty() ? " " : line, BODY));
                }
            }
        });
    }

    /** A document with a title, lines under it and table sections. */
    static byte[] tables(String title, List<String> lines, List<Section> sections) {
        return render(document -> {
            document.add(paragraph(title, TITLE));
            for (String line : lines) {
                document.add(paragraph(line, SMALL));
            }
            for (Section section : sections) {
                document.add(paragraph(" ", BODY));
                document.add(paragraph(section.heading(), HEAD));
                if (section.rows().isEmpty()) {
                    document.add(paragraph(section.empty(), BODY));
                    continue;
                }
                PdfPTable table = new PdfPTable(section.columns().size());
                table.setWidthPercentage(100);
                table.setSpacingBefore(4);
                for (String column : section.columns()) {
                    table.addCell(new PdfPCell(new Phrase(new Chunk(plain(column), HEAD))));
                }
                for (List<String> row : section.rows()) {
                    for (String cell : row) {
                        table.addCell(new PdfPCell(new Phrase(new Chunk(plain(cell), SMALL))));
                    }
                }
                document.add(table);
            }
        });
    }

    private interface Body {
        void write(Document document) throws DocumentException;
    }

    private static byte[] render(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.open();
        try {
            body.write(document);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static Paragraph paragraph(String text, Font font) {
        return new Paragraph(new Chunk(plain(text), font));
    }

    /** Plain text for a PDF: control characters (but tabs) become spaces, what the font cannot draw "?"; null becomes empty. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return PdfFonts.printable(out.toString());
    }
}
