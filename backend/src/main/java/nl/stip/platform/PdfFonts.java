package nl.stip.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * The fonts of every PDF Stip writes (the participatieverslag, the home letters): DejaVu Sans, embedded as a subset with
 * Unicode (Identity-H) encoding. The PDF standard fonts (Helvetica) know only WinAnsi, so '−', 'ł' or 'ő' in a
 * street name or a reaction printed as '?'. The font files and their licence are in {@code resources/fonts/}.
 */
public final class PdfFonts {

    private static final BaseFont REGULAR = load("DejaVuSans.ttf");
    private static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    /** The text with every character the fonts cannot draw (an emoji, say) as "?", so that nothing vanishes silently. */
    public static String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.append(Character.isWhitespace(c) || REGULAR.charExists(c) ? Character.toString(c) : "?"));
        return b.toString();
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font /fonts/" + file + " is missing from the application");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
