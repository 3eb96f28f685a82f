package nl.stip.importing;

import java.util.Map;

/**
 * Options of one import. {@code mapping} renames attributes (target name → the file's attribute name); {@code crs}
 * is the EPSG code of the source CRS where the format does not say it; {@code layer} picks a GeoPackage table.
 */
public record ImportOptions(Map<String, String> mapping, Integer crs, String layer, boolean skipInvalid, String sourceLabel) {

    public static ImportOptions defaults() {
        return new ImportOptions(Map.of(), null, null, false, null);
    }

    public ImportOptions withSkipInvalid(boolean skip) {
        return new ImportOptions(mapping, crs, layer, skip, sourceLabel);
    }

    /** The source to record: the label given with --source, else {@code fallback} (e.g. the file and its licence). */
    public String source(String fallback) {
        return sourceLabel != null ? sourceLabel : fallback;
    }

    /** The files' names, comma-separated: the default source of a load. */
    public static String fileNames(java.util.List<java.nio.file.Path> files) {
        return String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList());
    }

    public ImportOptions withSourceLabel(String label) {
        return new ImportOptions(mapping, crs, layer, skipInvalid, label);
    }

    /** The file's attribute holding {@code target}, or {@code fallback} when not mapped. */
    public String attribute(String target, String fallback) {
        return mapping.getOrDefault(target, fallback);
    }
}
