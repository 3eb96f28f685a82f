package nl.stip.importing.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.stip.importing.ImportException;
import org.locationtech.jts.geom.Geometry;
import org.sqlite.SQLiteConfig;

/**
 * Streams the features of one layer of a GeoPackage (an SQLite file, opened read-only). The layer's CRS comes from
 * gpkg_geometry_columns → gpkg_spatial_ref_sys; RD New and WGS84 are supported. Geometries are decoded from the
 * GeoPackage blob (header + WKB).
 */
public final class GeoPackageReader implements FeatureReader {

    private final String file;
    private final String layer;
    private final Connection connection;
    private final Statement statement;
    private final ResultSet rows;
    private final String geometryColumn;
    private final int epsg;
    private final String[] columns;
    private final GpkgGeometryBlob blobs = new GpkgGeometryBlob();

    /**
     * Opens {@code layer}, or the only features layer when null; {@code allowedTypes} (upper case, e.g. POLYGON)
     * are the layer geometry types the caller can use (GEOMETRY layers are always accepted and checked per feature).
     */
    public GeoPackageReader(Path path, String layer, Integer crsOverride, Set<String> allowedTypes) {
        this.file = path.getFileName().toString();
        this.connection = open(path);
        try {
            this.layer = layer != null ? layer : onlyLayer();
            LayerInfo info = layerInfo(this.layer);
            this.geometryColumn = info.column();
            if (!allowedTypes.contains(info.type()) && !"GEOMETRY".equals(info.type())) {
                throw new ImportException(file + " layer '" + this.layer + "' holds " + info.type() + " geometries; expected " + String.join(" or ", allowedTypes));
            }
            // --crs names the CRS of a layer that does not define one; it is checked like a defined one.
            this.epsg = crs(crsOverride != null && info.epsg() == null
                    ? new LayerInfo(info.column(), info.type(), crsOverride, info.srsId(), info.organization()) : info);
            this.statement = connection.createStatement();
            this.statement.setFetchSize(1_000);
            this.rows = statement.executeQuery("SELECT * FROM " + quote(this.layer));
            ResultSetMetaData meta = rows.getMetaData();
            this.columns = new String[meta.getColumnCount()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = meta.getColumnName(i + 1);
            }
        } catch (SQLException e) {
            closeQuietly();
            throw new ImportException(file + " is not a readable GeoPackage: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    /** The features layers of a GeoPackage, by name. */
    public static List<String> layers(Path path) {
        try (Connection connection = open(path)) {
            return featureLayers(connection, path.getFileName().toString());
        } catch (SQLException e) {
            throw new ImportException("Cannot read " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Opens the file read-only and checks that it is a GeoPackage. */
    private static Connection open(Path path) {
        String file = path.getFileName().toString();
        Connection connection;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            connection = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath(), config.toProperties());
        } catch (SQLException e) {
            throw new ImportException("Cannot open " + file + " as a GeoPackage: " + e.getMessage(), e);
        }
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type IN ('table', 'view') "
                     + "AND name IN ('gpkg_contents', 'gpkg_geometry_columns', 'gpkg_spatial_ref_sys')")) {
            if (r.getInt(1) != 3) {
                throw new ImportException(file + " is not a GeoPackage: it lacks the gpkg_contents / gpkg_geometry_columns / gpkg_spatial_ref_sys tables");
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing
            }
            if (e instanceof ImportException importException) {
                throw importException;
            }
            throw new ImportException(file + " is not a GeoPackage (not an SQLite database: " + e.getMessage() + ")", e);
        }
    }

    public String layer() {
        return layer;
    }

    @Override
    public SourceFeature next() {
        try {
            if (!rows.next()) {
                return null;
            }
            Map<String, Object> properties = new HashMap<>();
            byte[] blob = null;
            Object fid = null;
            for (int i = 0; i < columns.length; i++) {
                if (columns[i].equals(geometryColumn)) {
                    blob = rows.getBytes(i + 1);
                    continue;
                }
                Object value = rows.getObject(i + 1);
                if (value instanceof Integer n) {
                    value = n.longValue();
                } else if (value instanceof Float f) {
                    value = f.doubleValue();
                } else if (value instanceof byte[]) {
                    value = null;
                }
                if (fid == null && i == 0) {
                    fid = value;
                }
                properties.put(columns[i], value);
            }
            String where = file + " layer " + layer + " row " + rows.getRow() + (fid == null ? "" : " (" + columns[0] + " " + fid + ")");
            if (blob == null) {
                return new SourceFeature(where, properties, null, "no geometry");
            }
            try {
                Geometry geometry = blobs.read(blob);
                if (geometry == null) {
                    return new SourceFeature(where, properties, null, "empty geometry");
                }
                return new SourceFeature(where, properties, SourceCrs.toRd(geometry, epsg), null);
            } catch (IllegalArgumentException e) {
                return new SourceFeature(where, properties, null, e.getMessage());
            }
        } catch (SQLException e) {
            throw new ImportException(file + " layer " + layer + ": reading failed (truncated or damaged GeoPackage?): " + e.getMessage(), e);
        }
    }

    private static List<String> featureLayers(Connection connection, String file) {
        List<String> layers = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name")) {
            while (r.next()) {
                layers.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw new ImportException(file + ": cannot read gpkg_contents: " + e.getMessage(), e);
        }
        return layers;
    }

    private String onlyLayer() {
        List<String> layers = featureLayers(connection, file);
        if (layers.size() != 1) {
            throw new ImportException(file + " has " + (layers.isEmpty() ? "no features layers" : layers.size() + " features layers " + layers)
                    + "; choose one with --layer");
        }
        return layers.get(0);
    }

    private record LayerInfo(String column, String type, Integer epsg, int srsId, String organization) {
    }

    private LayerInfo layerInfo(String name) throws SQLException {
        try (var s = connection.prepareStatement("""
                SELECT g.column_name, upper(g.geometry_type_name), g.srs_id, s.organization, s.organization_coordsys_id
                FROM gpkg_geometry_columns g LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id
                WHERE g.table_name = ?""")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new ImportException(file + " has no features layer '" + name + "'; its layers: " + featureLayers(connection, file));
                }
                String organization = r.getString(4);
                Integer epsg = organization != null && organization.equalsIgnoreCase("EPSG") ? r.getInt(5) : null;
                return new LayerInfo(r.getString(1), r.getString(2), epsg, r.getInt(3), organization);
            }
        }
    }

    private int crs(LayerInfo info) {
        if (info.epsg() == null) {
            throw new ImportException(file + " layer '" + layer + "' has srs_id " + info.srsId() + " (" + info.organization()
                    + "), not an EPSG CRS; supported: EPSG:28992, EPSG:4326 (give --crs for an undefined CRS)");
        }
        if (!SourceCrs.supported(info.epsg())) {
            throw new ImportException(file + " layer '" + layer + "' is in EPSG:" + info.epsg() + ", which is not supported (use EPSG:28992 or EPSG:4326)");
        }
        return info.epsg();
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException | RuntimeException e) {
            // already failing
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
