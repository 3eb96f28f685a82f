package nl.stip.geo;

/**
 * SQL fragments that convert stored RD New geometries for output. Output conversions happen here and nowhere else.
 */
public final class SpatialSql {

    /** Output CRSs the platform serves. */
    public enum OutputCrs {
        /** OGC CRS84: WGS84 with longitude first (GeoJSON's default). */
        CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84"),
        /** EPSG:4326 as the OGC defines it: latitude first. */
        EPSG_4326("http://www.opengis.net/def/crs/EPSG/0/4326"),
        RD_NEW("http://www.opengis.net/def/crs/EPSG/0/28992");

        private final String uri;

        OutputCrs(String uri) {
            this.uri = uri;
        }

        public String uri() {
            return uri;
        }

        public static OutputCrs fromUri(String uri) {
            for (OutputCrs crs : values()) {
                if (crs.uri.equals(uri)) {
                    return crs;
                }
            }
            return null;
        }
    }

    private SpatialSql() {
    }

    /** GeoJSON text of an RD column in WGS84 (lon/lat), rounded to ~1 cm. */
    public static String wgs84GeoJson(String column) {
        return geoJson(column, OutputCrs.CRS84);
    }

    /** GeoJSON text of an RD column in the given output CRS, with a precision fit for it (~1 cm / 1 mm). */
    public static String geoJson(String column, OutputCrs crs) {
        return switch (crs) {
            case CRS84 -> "ST_AsGeoJSON(ST_Transform(" + column + ", 4326), 7)";
            case EPSG_4326 -> "ST_AsGeoJSON(ST_FlipCoordinates(ST_Transform(" + column + ", 4326)), 7)";
            case RD_NEW -> "ST_AsGeoJSON(" + column + ", 3)";
        };
    }

    /**
     * The CRS84 bounds of the extent of an RD column over the rows of a query, as a geometry: the RD extent's
     * outline is densified to 100 m before transforming, so the curved edges of the result stay inside its bounds.
     */
    public static String crs84ExtentOf(String column) {
        return "ST_Transform(ST_Segmentize(ST_SetSRID(ST_Extent(" + column + ")::geometry, " + Rd.SRID + "), 100), 4326)";
    }

    /**
     * GeoJSON text of a column the database keeps in WGS84, derived from an RD column (see the migrations:
     * {@code building.footprint_wgs84}). Same precision as {@link #wgs84GeoJson(String)}.
     */
    public static String storedWgs84GeoJson(String wgs84Column) {
        return "ST_AsGeoJSON(" + wgs84Column + ", 7)";
    }

    /**
     * GeoJSON text of an RD column in the given output CRS, using the stored WGS84 copy of it when there is one
     * ({@code wgs84Column} may be null): the same result as {@link #geoJson(String, OutputCrs)}, without converting
     * every vertex per request.
     */
    public static String geoJson(String rdColumn, String wgs84Column, OutputCrs crs) {
        if (wgs84Column == null || crs == OutputCrs.RD_NEW) {
            return geoJson(rdColumn, crs);
        }
        return crs == OutputCrs.CRS84 ? storedWgs84GeoJson(wgs84Column)
                : "ST_AsGeoJSON(ST_FlipCoordinates(" + wgs84Column + "), 7)";
    }

    /** An RD envelope from four bound parameters given in the CRS {@code crs} (axis order as the CRS defines). */
    public static String envelopeInRd(OutputCrs crs) {
        return switch (crs) {
            case CRS84 -> "ST_Transform(ST_MakeEnvelope(?, ?, ?, ?, 4326), 28992)";
            case EPSG_4326 -> "ST_Transform(ST_FlipCoordinates(ST_MakeEnvelope(?, ?, ?, ?, 4326)), 28992)";
            case RD_NEW -> "ST_MakeEnvelope(?, ?, ?, ?, 28992)";
        };
    }
}
