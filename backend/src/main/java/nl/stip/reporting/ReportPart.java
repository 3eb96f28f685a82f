package nl.stip.reporting;

import java.util.List;
import java.util.Map;

/**
 * A part of the participatieverslag: a Dutch title, tables (each also one CSV file), GeoJSON features in WGS84 (for the
 * report's GeoJSON and its maps; each a {@code Map} as GeoJSON writes it) and notes (e.g. what a figure rests on).
 */
public record ReportPart(String id, String title, List<ReportTable> tables, List<Map<String, Object>> features, List<String> notes) {

    /**
     * A table: its {@code id} names its CSV file ({@code id}.csv), the columns and rows are already formatted as the
     * report shows them (Dutch numbers); {@code chart} asks for a bar chart of the last numeric column by the first.
     */
    public record ReportTable(String id, String title, List<String> columns, List<List<String>> rows, boolean chart) {
    }
}
