package nl.stip.importing.cityjson;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import tools.jackson.databind.JsonNode;

/**
 * The surfaces of one CityJSON geometry (MultiSurface, CompositeSurface, Solid, MultiSolid, CompositeSolid), with
 * their vertices resolved to real coordinates and the semantic type of each surface where the geometry has one.
 */
final class CityJsonSurfaces {

    /** One surface: its rings (first the exterior; not closed, as CityJSON writes them) and its semantic type or null. */
    record Surface(List<Coordinate[]> rings, String semantic) {
    }

    private CityJsonSurfaces() {
    }

    static List<Surface> of(JsonNode geometry, double[][] vertices) {
        int levels = switch (geometry.path("type").asString("")) {
            case "MultiSurface", "CompositeSurface" -> 1;
            case "Solid" -> 2;
            case "MultiSolid", "CompositeSolid" -> 3;
            default -> -1;
        };
        List<Surface> surfaces = new ArrayList<>();
        if (levels < 0) {
            return surfaces;
        }
        JsonNode semantics = geometry.path("semantics");
        walk(geometry.path("boundaries"), semantics.path("values"), semantics.path("surfaces"), levels, vertices, surfaces);
        return surfaces;
    }

    private static void walk(JsonNode boundaries, JsonNode values, JsonNode semanticSurfaces, int levels, double[][] vertices,
                             List<Surface> out) {
        for (int i = 0; i < boundaries.size(); i++) {
            JsonNode value = values.isArray() ? values.path(i) : values;
            if (levels > 1) {
                walk(boundaries.get(i), value, semanticSurfaces, levels - 1, vertices, out);
                continue;
            }
            List<Coordinate[]> rings = new ArrayList<>();
            for (JsonNode ring : boundaries.get(i)) {
                Coordinate[] coordinates = new Coordinate[ring.size()];
                for (int v = 0; v < coordinates.length; v++) {
                    int index = ring.get(v).intValue();
                    if (index < 0 || index >= vertices.length) {
                        throw new IllegalArgumentException("surface refers to vertex " + index + ", which does not exist");
                    }
                    double[] xyz = vertices[index];
                    coordinates[v] = new Coordinate(xyz[0], xyz[1], xyz[2]);
                }
                rings.add(coordinates);
            }
            String semantic = value.isIntegralNumber() ? semanticSurfaces.path(value.intValue()).path("type").asString(null) : null;
            out.add(new Surface(rings, semantic));
        }
    }
}
