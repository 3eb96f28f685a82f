package nl.stip.reporting.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The representativeness rule: a table of people per ring (rows) and compass quarter (columns) with row and column
 * totals, where no count below 5 is shown ("< 5"), and no hidden count can be worked out from the others: in every row
 * and column (each with its total) either nothing is hidden or at least two are (the smallest shown one is hidden
 * too), repeated until that holds everywhere. Pure arithmetic, unit-tested.
 */
final class Disclosure {

    static final String HIDDEN = "< 5";
    static final int THRESHOLD = 5;

    private Disclosure() {
    }

    /** The cells (rows × columns) with totals: rows.length + 1 lines of columns + 1 strings, the last line and column the totals. */
    static List<List<String>> table(long[][] cells) {
        int rows = cells.length;
        int cols = rows == 0 ? 0 : cells[0].length;
        long[][] v = new long[rows + 1][cols + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                v[r][c] = cells[r][c];
                v[r][cols] += cells[r][c];
                v[rows][c] += cells[r][c];
                v[rows][cols] += cells[r][c];
            }
        }
        boolean[][] hidden = new boolean[rows + 1][cols + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= cols; c++) {
                hidden[r][c] = v[r][c] < THRESHOLD;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r <= rows; r++) {
                changed |= protect(v, hidden, r, -1, cols + 1);
            }
            for (int c = 0; c <= cols; c++) {
                changed |= protect(v, hidden, -1, c, rows + 1);
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            List<String> line = new ArrayList<>();
            for (int c = 0; c <= cols; c++) {
                line.add(hidden[r][c] ? HIDDEN : Dutch.count(v[r][c]));
            }
            out.add(line);
        }
        return out;
    }

    /** A count on its own (not part of a table): "< 5" below five. */
    static String single(long n) {
        return n < THRESHOLD ? HIDDEN : Dutch.count(n);
    }

    /** One line on its own (values with one sum among them): with exactly one hidden entry, hides the smallest shown one too. */
    static void protectLine(long[] values, boolean[] hidden) {
        int count = 0;
        int smallest = -1;
        for (int i = 0; i < values.length; i++) {
            if (hidden[i]) {
                count++;
            } else if (smallest < 0 || values[i] < values[smallest]) {
                smallest = i;
            }
        }
        if (count == 1 && smallest >= 0) {
            hidden[smallest] = true;
        }
    }

    /** In one line (row r, or column c when r is -1) with exactly one hidden entry, hides the smallest shown one too. */
    private static boolean protect(long[][] v, boolean[][] hidden, int row, int col, int length) {
        int count = 0;
        int smallest = -1;
        for (int i = 0; i < length; i++) {
            int r = row >= 0 ? row : i;
            int c = row >= 0 ? i : col;
            if (hidden[r][c]) {
                count++;
            } else if (smallest < 0 || v[r][c] < v[row >= 0 ? row : smallest][row >= 0 ? smallest : col]) {
                smallest = i;
            }
        }
        if (count != 1 || smallest < 0) {
            return false;
        }
        hidden[row >= 0 ? row : smallest][row >= 0 ? smallest : col] = true;
        return true;
    }
}
