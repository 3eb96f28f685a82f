package nl.stip.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The "< 5" rule of the representativeness tables, and the Dutch numbers of the report. */
class DisclosureTest {

    @Test
    void five_is_shown_and_four_is_not() {
        List<List<String>> t = Disclosure.table(new long[][] {{5, 9}, {7, 8}});
        assertThat(t.get(0)).containsExactly("5", "9", "14");
        assertThat(t.get(2)).containsExactly("12", "17", "29");
        assertThat(Disclosure.single(4)).isEqualTo("< 5");
        assertThat(Disclosure.single(5)).isEqualTo("5");
    }

    @Test
    void one_hidden_cell_is_never_derivable_from_its_row_or_column() {
        long[][] cells = {{4, 20, 30}, {10, 12, 40}, {25, 6, 9}};
        List<List<String>> t = Disclosure.table(cells);
        assertThat(t.get(0).get(0)).isEqualTo("< 5");
        // every row and column (each with its total) hides none or at least two
        for (int r = 0; r < t.size(); r++) {
            assertThat(t.get(r).stream().filter("< 5"::equals).count()).as("row " + r).isNotEqualTo(1);
        }
        for (int c = 0; c < t.get(0).size(); c++) {
            final int col = c;
            assertThat(t.stream().filter(row -> row.get(col).equals("< 5")).count()).as("column " + c).isNotEqualTo(1);
        }
        // what is shown is exact
        assertThat(t.get(1).get(2)).isEqualTo("40");
        assertThat(t.get(3).get(3)).isEqualTo("156");
    }

    @Test
    void a_small_total_is_hidden_with_its_cells() {
        List<List<String>> t = Disclosure.table(new long[][] {{1, 2}, {0, 1}});
        t.forEach(row -> assertThat(row).containsOnly("< 5"));
    }

    @Test
    void numbers_are_dutch() {
        assertThat(Dutch.count(1234)).isEqualTo("1.234");
        assertThat(Dutch.number(1234.5)).isEqualTo("1.234,5");
        assertThat(Dutch.number(3)).isEqualTo("3");
        assertThat(Dutch.plain("a\u0007b<script>")).isEqualTo("a b<script>");
    }
}
