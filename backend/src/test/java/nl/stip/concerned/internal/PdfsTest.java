package nl.stip.concerned.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

class PdfsTest {

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder out = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            out.append(new PdfTextExtractor(reader).getTextFromPage(page)).append("|page|");
        }
        reader.close();
        return out.toString();
    }

    @Test
    void oneLetterPerPageWithTheTextAsTyped() throws IOException {
        byte[] pdf = Pdfs.letters(List.of(new Pdfs.Letter("Titel", "Aan de bewoner(s) van pand 1", "Regel een\n\nCode ABCD-EFGH"),
                new Pdfs.Letter("Titel", "Aan <b>iemand</b> & co", "<script>alert(1)</script>\u0007")), "geen");
        String text = text(pdf);
        assertThat(text.split("\\|page\\|", -1)).hasSize(3);
        assertThat(text).contains("Aan de bewoner(s) van pand 1").contains("Code ABCD-EFGH")
                .contains("Aan <b>iemand</b> & co").contains("<script>alert(1)</script>");
        assertThat(text).doesNotContain("\u0007");
    }

    @Test
    void noLettersIsOnePageThatSaysSo() throws IOException {
        assertThat(text(Pdfs.letters(List.of(), "Er zijn geen brieven."))).contains("Er zijn geen brieven.");
    }

    @Test
    void tablesListTheirRowsOrSayThereAreNone() throws IOException {
        String text = text(Pdfs.tables("Verklaringen", List.of("Plan: Serre"), List.of(
                new Pdfs.Section("Toestemming", List.of("Naam", "Adres"), List.of(List.of("Anna", "Kerkstraat 1")), "Niemand."),
                new Pdfs.Section("Geen bezwaar", List.of("Naam", "Adres"), List.of(), "Niemand."))));
        assertThat(text).contains("Verklaringen").contains("Plan: Serre").contains("Anna").contains("Kerkstraat 1").contains("Niemand.");
    }
}
