package nl.stip.importing.cityjson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.stip.buildings.MeasuredBuilding;
import nl.stip.geo.Rd;
import nl.stip.importing.ImportException;
import nl.stip.importing.support.Outcome;
import nl.stip.importing.support.RecordSource;
import nl.stip.importing.support.SourceCrs;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One CityJSON 1.1 / 2.0 file (a tile: read whole as a tree): its vertices with the transform applied, its CRS (RD
 * New + NAP), and its Buildings, each measured together with its BuildingParts.
 */
final class CityJsonDocument implements RecordSource<MeasuredBuilding> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> VERSIONS = Set.of("1.1", "2.0");
    private static final Set<Integer> RD_CRS = Set.of(Rd.SRID, SourceCrs.RD_NAP);

    private final String file;
    private final Map<String, JsonNode> objects = new LinkedHashMap<>();
    /** BuildingPart ids per parent building, from the parts' "parents": indexed once, not scanned per building. */
    private final Map<String, List<String>> partsByParent = new java.util.HashMap<>();
    private final Iterator<Map.Entry<String, JsonNode>> buildings;
    private final BuildingMeasurer measurer;

    CityJsonDocument(Path path, Integer crsOption, String source) {
        this.file = path.getFileName().toString();
        JsonNode root;
        try {
            root = JSON.readTree(path.toFile());
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
            throw new ImportException(file + where + ": not readable as JSON (truncated or broken?): " + e.getOriginalMessage(), e);
        }
        if (!"CityJSON".equals(root.path("type").asString(null))) {
            throw new ImportException(file + " is not a CityJSON file (\"type\" is " + root.path("type") + ", expected \"CityJSON\")");
        }
        String version = root.path("version").asString("");
        if (!VERSIONS.contains(version)) {
            throw new ImportException(file + " is CityJSON " + version + "; supported versions: 1.1, 2.0");
        }
        root.path("CityObjects").properties().forEach(e -> objects.put(e.getKey(), e.getValue()));
        objects.forEach((key, object) -> {
            if ("BuildingPart".equals(object.path("type").asString(null))) {
                object.path("parents").forEach(parent -> partsByParent.computeIfAbsent(parent.asString(""), p -> new ArrayList<>()).add(key));
            }
        });
        double[][] vertices = vertices(root);
        String crsNote = crs(root, crsOption, vertices);
        this.measurer = new BuildingMeasurer(file, source, crsNote, vertices);
        this.buildings = objects.entrySet().stream().filter(e -> "Building".equals(e.getValue().path("type").asString(null))).iterator();
    }

    @Override
    public Outcome<MeasuredBuilding> next() {
        if (!buildings.hasNext()) {
            return null;
        }
        Map.Entry<String, JsonNode> building = buildings.next();
        String where = file + " Building " + building.getKey();
        try {
            List<JsonNode> geometries = new ArrayList<>();
            building.getValue().path("geometry").forEach(geometries::add);
            for (String part : parts(building.getKey(), building.getValue())) {
                objects.get(part).path("geometry").forEach(geometries::add);
            }
            return Outcome.ok(measurer.measure(building.getKey(), building.getValue().path("attributes"), geometries), where);
        } catch (IllegalArgumentException e) {
            return Outcome.rejected(where, e.getMessage());
        }
    }

    /** The BuildingParts of a building: listed as its children, or naming it as their parent. */
    private List<String> parts(String id, JsonNode building) {
        List<String> parts = new ArrayList<>();
        building.path("children").forEach(child -> {
            JsonNode object = objects.get(child.asString(""));
            if (object != null && "BuildingPart".equals(object.path("type").asString(null))) {
                parts.add(child.asString());
            }
        });
        for (String key : partsByParent.getOrDefault(id, List.of())) {
            if (!parts.contains(key)) {
                parts.add(key);
            }
        }
        return parts;
    }

    private double[][] vertices(JsonNode root) {
        JsonNode transform = root.path("transform");
        double[] scale = {1, 1, 1};
        double[] translate = {0, 0, 0};
        for (int i = 0; i < 3; i++) {
            scale[i] = transform.path("scale").path(i).asDouble(1);
            translate[i] = transform.path("translate").path(i).asDouble(0);
        }
        JsonNode list = root.path("vertices");
        double[][] vertices = new double[list.size()][];
        for (int v = 0; v < vertices.length; v++) {
            JsonNode vertex = list.get(v);
            if (vertex.size() != 3 || !vertex.get(0).isNumber() || !vertex.get(1).isNumber() || !vertex.get(2).isNumber()) {
                throw new ImportException(file + ": vertex " + v + " is not three numbers: " + vertex);
            }
            vertices[v] = new double[] {vertex.get(0).doubleValue() * scale[0] + translate[0],
                    vertex.get(1).doubleValue() * scale[1] + translate[1], vertex.get(2).doubleValue() * scale[2] + translate[2]};
        }
        return vertices;
    }

    /** Checks the CRS; returns a note for the height notes when it had to be assumed. */
    private String crs(JsonNode root, Integer crsOption, double[][] vertices) {
        String named = root.path("metadata").path("referenceSystem").asString(null);
        if (named != null) {
            Integer epsg = SourceCrs.epsgOf(named);
            if (epsg == null || !RD_CRS.contains(epsg)) {
                throw new ImportException(file + ": metadata.referenceSystem " + named + " is not RD New (EPSG:7415 or EPSG:28992); "
                        + "convert the file first, e.g. with cjio's crs_reproject");
            }
            return "";
        }
        if (crsOption != null) {
            if (!RD_CRS.contains(crsOption)) {
                throw new ImportException(file + ": --crs EPSG:" + crsOption + " is not supported for CityJSON (use EPSG:7415 or EPSG:28992)");
            }
            return "; CRS EPSG:" + crsOption + " from --crs";
        }
        for (int v = 0; v < vertices.length; v++) {
            if (!Rd.inDomain(vertices[v][0], vertices[v][1])) {
                throw new ImportException(String.format(java.util.Locale.ROOT, "%s has no metadata.referenceSystem and vertex %d (%.3f %.3f) "
                        + "lies outside RD New; give --crs or add the reference system", file, v, vertices[v][0], vertices[v][1]));
            }
        }
        return "; no CRS in file, RD New + NAP assumed (coordinates lie in RD)";
    }

    @Override
    public void close() {
        objects.clear();
    }
}
