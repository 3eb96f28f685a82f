package nl.stip.importing.support;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import nl.stip.importing.ImportException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams the features of a GeoJSON FeatureCollection or a GeoJSON text sequence (RFC 8142: one feature per line,
 * optionally preceded by the RS character) with Jackson's token parser: one feature in memory at a time. Coordinates
 * are WGS84 (RFC 7946) unless the legacy {@code crs} member, placed before {@code features}, or the caller's CRS says
 * otherwise. Property values are kept when they are strings, numbers, booleans or null; nested objects and arrays
 * are read as null (no importer maps them).
 */
public final class GeoJsonFeatureReader implements FeatureReader {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final String file;
    private final boolean sequence;
    private final InputStream in;
    private final JsonParser parser;
    private final Integer crsOverride;
    private final GeoJsonGeometries geometries = new GeoJsonGeometries();
    private int epsg = SourceCrs.WGS84;
    private boolean inFeatures;
    private boolean done;
    private long index;

    public GeoJsonFeatureReader(Path path, boolean sequence, Integer crs) {
        this.file = path.getFileName().toString();
        this.sequence = sequence;
        this.crsOverride = crs;
        if (crs != null) {
            useCrs(crs, "--crs");
        }
        try {
            InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
            this.in = sequence ? new RecordSeparatorAsSpace(raw) : raw;
            this.parser = JSON.createParser(in);
        } catch (IOException | JacksonException e) {
            throw new ImportException("Cannot open " + file + ": " + e.getMessage(), e);
        }
        if (!sequence) {
            try {
                openCollection();
            } catch (JacksonException e) {
                throw malformed(e);
            }
        }
    }

    @Override
    public SourceFeature next() {
        if (done) {
            return null;
        }
        try {
            JsonToken token = parser.nextToken();
            if (sequence) {
                if (token == null) {
                    done = true;
                    return null;
                }
                if (token != JsonToken.START_OBJECT) {
                    throw new ImportException(file + " line " + line() + ": expected a GeoJSON Feature object, found " + token);
                }
                index++;
                return feature(file + " line " + line());
            }
            if (token == JsonToken.END_ARRAY) {
                finishCollection();
                done = true;
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                throw new ImportException(file + " line " + line() + ": expected a Feature in \"features\", found " + token);
            }
            index++;
            return feature(file + " feature " + index + " (line " + line() + ")");
        } catch (JacksonException e) {
            throw malformed(e);
        }
    }

    private void openCollection() {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new ImportException(file + " is not GeoJSON: it does not start with a JSON object");
        }
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "type" -> {
                    String type = parser.getString();
                    if (!"FeatureCollection".equals(type)) {
                        throw new ImportException(file + " is GeoJSON of type " + type + ", expected a FeatureCollection");
                    }
                }
                case "crs" -> readCrs();
                case "features" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw new ImportException(file + " line " + line() + ": \"features\" is not an array");
                    }
                    inFeatures = true;
                    return;
                }
                default -> parser.skipChildren();
            }
        }
        throw new ImportException(file + " is not a GeoJSON FeatureCollection: it has no \"features\" array");
    }

    /** After the features: a {@code crs} member there would change what was already read, so it must agree. */
    private void finishCollection() {
        int before = epsg;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if ("crs".equals(name)) {
                readCrs();
                if (epsg != before) {
                    throw new ImportException(file + ": the \"crs\" member comes after the features and names EPSG:" + epsg
                            + "; put it before \"features\" or give --crs");
                }
            } else {
                parser.skipChildren();
            }
        }
        inFeatures = false;
    }

    private void readCrs() {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        String name = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if ("properties".equals(field) && parser.currentToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    if ("name".equals(key) && parser.currentToken() == JsonToken.VALUE_STRING) {
                        name = parser.getString();
                    } else {
                        parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        if (crsOverride != null) {
            return;
        }
        Integer code = SourceCrs.epsgOf(name);
        if (code == null) {
            throw new ImportException(file + ": unsupported \"crs\" member '" + name + "' (supported: EPSG:28992, EPSG:4326)");
        }
        useCrs(code, "the \"crs\" member");
    }

    private void useCrs(int code, String from) {
        if (!SourceCrs.supported(code)) {
            throw new ImportException(file + ": " + from + " names EPSG:" + code + ", which is not supported (use EPSG:28992 or EPSG:4326)");
        }
        epsg = code;
    }

    private SourceFeature feature(String where) {
        Map<String, Object> properties = new HashMap<>();
        GeoJsonGeometries.Parsed geometry = null;
        String type = null;
        Object id = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "type" -> type = parser.getString();
                case "id" -> id = value == JsonToken.VALUE_STRING ? parser.getString() : value.isNumeric() ? parser.getString() : null;
                case "properties" -> readProperties(properties);
                case "geometry" -> geometry = value == JsonToken.VALUE_NULL ? null : geometries.read(parser, where);
                default -> parser.skipChildren();
            }
        }
        if (!"Feature".equals(type)) {
            throw new ImportException(where + ": expected a GeoJSON Feature, found type " + type);
        }
        String fullWhere = id == null ? where : where + " id " + id;
        if (geometry == null) {
            return new SourceFeature(fullWhere, properties, null, "no geometry");
        }
        if (geometry.problem() != null) {
            return new SourceFeature(fullWhere, properties, null, geometry.problem());
        }
        return new SourceFeature(fullWhere, properties, SourceCrs.toRd(geometry.geometry(), epsg), null);
    }

    private void readProperties(Map<String, Object> properties) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            properties.put(name, switch (value) {
                case VALUE_STRING -> parser.getString();
                case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? parser.getDoubleValue() : parser.getLongValue();
                case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                default -> {
                    parser.skipChildren();
                    yield null;
                }
            });
        }
    }

    private int line() {
        return parser.currentLocation().getLineNr();
    }

    private ImportException malformed(JacksonException e) {
        String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr();
        String what = sequence ? "GeoJSON text sequence" : inFeatures ? "GeoJSON (truncated or broken after feature " + index + ")" : "GeoJSON";
        return new ImportException(file + where + ": not readable as " + what + ": " + e.getOriginalMessage(), e);
    }

    @Override
    public void close() {
        try {
            parser.close();
            in.close();
        } catch (IOException | JacksonException e) {
            // reading is over; nothing to keep
        }
    }

    /** RFC 8142 starts each record with RS (0x1E), which JSON does not allow: read it as whitespace. */
    private static final class RecordSeparatorAsSpace extends FilterInputStream {
        RecordSeparatorAsSpace(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            return b == 0x1E ? ' ' : b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == 0x1E) {
                    buffer[i] = ' ';
                }
            }
            return n;
        }
    }
}
