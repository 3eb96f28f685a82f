package nl.stip.design;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the check needs of a glTF 2 binary (GLB): the bounding box of the meshes of its default scene, in the
 * model's own metres (glTF is Y-up), with every node's transform (matrix or translation/rotation/scale) applied.
 * Only the 12-byte header and the JSON chunk are read: each POSITION accessor carries its min/max, which glTF requires.
 * Anything malformed, empty or absurd is refused with a reason a person can act on.
 */
public final class GlbModel {

    /** A model larger than this in any direction, or reaching further from its origin, is refused. */
    public static final double MAX_EXTENT_M = 500;

    private static final int MAGIC_GLTF = 0x46546C67; // "glTF" little-endian
    private static final int CHUNK_JSON = 0x4E4F534A; // "JSON"
    private static final int MAX_NODE_DEPTH = 64;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The axis-aligned bounding box of a model in its own coordinates (metres, Y up). */
    public record Box(double minX, double minY, double minZ, double maxX, double maxY, double maxZ) {

        public double width() {
            return maxX - minX;
        }

        public double height() {
            return maxY - minY;
        }

        public double depth() {
            return maxZ - minZ;
        }
    }

    /** The file is not a glTF 2 binary this check can use; the message says why. */
    public static final class InvalidModelException extends RuntimeException {
        InvalidModelException(String message) {
            super(message);
        }
    }

    private GlbModel() {
    }

    /** The bounding box of the meshes reachable from the default scene. */
    public static Box bounds(byte[] glb) {
        JsonNode gltf = jsonChunk(glb);
        JsonNode scenes = gltf.path("scenes");
        if (!scenes.isArray() || scenes.isEmpty()) {
            throw new InvalidModelException("the model has no scene");
        }
        int sceneIndex = gltf.has("scene") ? index(gltf.get("scene"), "scene") : 0;
        JsonNode scene = scenes.get(sceneIndex);
        if (scene == null) {
            throw new InvalidModelException("the default scene " + sceneIndex + " does not exist");
        }
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (JsonNode root : scene.path("nodes")) {
            visit(gltf, index(root, "scene node"), Matrix.IDENTITY, box, 0);
        }
        if (box[0] > box[3]) {
            throw new InvalidModelException("the model has no meshes in its scene");
        }
        Box bounds = new Box(box[0], box[1], box[2], box[3], box[4], box[5]);
        double largest = Math.max(bounds.width(), Math.max(bounds.height(), bounds.depth()));
        if (largest > MAX_EXTENT_M) {
            throw new InvalidModelException(String.format(Locale.ROOT, "the model is %.0f m across; at most %.0f m", largest, MAX_EXTENT_M));
        }
        double furthest = Arrays.stream(box).map(Math::abs).max().orElse(0);
        if (furthest > MAX_EXTENT_M) {
            throw new InvalidModelException(String.format(Locale.ROOT,
                    "the model lies up to %.0f m from its origin; at most %.0f m (is it in map coordinates?)", furthest, MAX_EXTENT_M));
        }
        return bounds;
    }

    /** The JSON chunk after a valid 12-byte header: magic "glTF", version 2 and the file's exact length. */
    private static JsonNode jsonChunk(byte[] glb) {
        if (glb == null || glb.length < 20) {
            throw new InvalidModelException("the file is too short to be a glTF binary (GLB): " + (glb == null ? 0 : glb.length) + " bytes");
        }
        ByteBuffer in = ByteBuffer.wrap(glb).order(ByteOrder.LITTLE_ENDIAN);
        if (in.getInt(0) != MAGIC_GLTF) {
            throw new InvalidModelException("the file is not a glTF binary (GLB): it does not start with 'glTF'");
        }
        int version = in.getInt(4);
        if (version != 2) {
            throw new InvalidModelException("the file is glTF version " + Integer.toUnsignedString(version) + "; only version 2 is read");
        }
        long length = Integer.toUnsignedLong(in.getInt(8));
        if (length != glb.length) {
            throw new InvalidModelException("the header says the file is " + length + " bytes but it is " + glb.length
                    + (length > glb.length ? " (truncated?)" : ""));
        }
        long chunkLength = Integer.toUnsignedLong(in.getInt(12));
        if (in.getInt(16) != CHUNK_JSON) {
            throw new InvalidModelException("the first chunk is not the JSON chunk");
        }
        if (20 + chunkLength > glb.length) {
            throw new InvalidModelException("the JSON chunk is " + chunkLength + " bytes but only " + (glb.length - 20) + " follow (truncated?)");
        }
        try {
            JsonNode json = JSON.readTree(Arrays.copyOfRange(glb, 20, 20 + (int) chunkLength));
            if (json == null || !json.isObject()) {
                throw new InvalidModelException("the JSON chunk is not a JSON object");
            }
            return json;
        } catch (JacksonException e) {
            throw new InvalidModelException("the JSON chunk is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static void visit(JsonNode gltf, int nodeIndex, Matrix parent, double[] box, int depth) {
        if (depth > MAX_NODE_DEPTH) {
            throw new InvalidModelException("the node tree is deeper than " + MAX_NODE_DEPTH + " levels (a cycle?)");
        }
        JsonNode node = gltf.path("nodes").get(nodeIndex);
        if (node == null) {
            throw new InvalidModelException("node " + nodeIndex + " does not exist");
        }
        Matrix world = parent.times(local(node, nodeIndex));
        if (node.has("mesh")) {
            int meshIndex = index(node.get("mesh"), "mesh of node " + nodeIndex);
            JsonNode mesh = gltf.path("meshes").get(meshIndex);
            if (mesh == null) {
                throw new InvalidModelException("mesh " + meshIndex + " does not exist");
            }
            for (JsonNode primitive : mesh.path("primitives")) {
                JsonNode position = primitive.path("attributes").get("POSITION");
                if (position != null) {
                    expand(box, world, positionBounds(gltf, index(position, "POSITION of mesh " + meshIndex), meshIndex));
                }
            }
        }
        for (JsonNode child : node.path("children")) {
            visit(gltf, index(child, "child of node " + nodeIndex), world, box, depth + 1);
        }
    }

    /** min and max of a POSITION accessor: [minX, minY, minZ, maxX, maxY, maxZ]. */
    private static double[] positionBounds(JsonNode gltf, int accessorIndex, int meshIndex) {
        JsonNode accessor = gltf.path("accessors").get(accessorIndex);
        if (accessor == null) {
            throw new InvalidModelException("accessor " + accessorIndex + " (POSITION of mesh " + meshIndex + ") does not exist");
        }
        JsonNode min = accessor.get("min");
        JsonNode max = accessor.get("max");
        if (!vector3(min) || !vector3(max)) {
            throw new InvalidModelException("accessor " + accessorIndex + " (POSITION of mesh " + meshIndex + ") has no min/max of 3 numbers");
        }
        return new double[]{min.get(0).asDouble(), min.get(1).asDouble(), min.get(2).asDouble(),
                max.get(0).asDouble(), max.get(1).asDouble(), max.get(2).asDouble()};
    }

    /** Grows the box by the 8 corners of an accessor's box, transformed. */
    private static void expand(double[] box, Matrix m, double[] b) {
        for (int corner = 0; corner < 8; corner++) {
            double[] p = m.apply((corner & 1) == 0 ? b[0] : b[3], (corner & 2) == 0 ? b[1] : b[4], (corner & 4) == 0 ? b[2] : b[5]);
            for (int axis = 0; axis < 3; axis++) {
                if (!Double.isFinite(p[axis])) {
                    throw new InvalidModelException("a node transform gives coordinates that are not numbers");
                }
                box[axis] = Math.min(box[axis], p[axis]);
                box[axis + 3] = Math.max(box[axis + 3], p[axis]);
            }
        }
    }

    /** A node's own transform: its matrix, or translation × rotation × scale. */
    private static Matrix local(JsonNode node, int nodeIndex) {
        if (node.has("matrix")) {
            double[] m = numbers(node.get("matrix"), 16, "matrix of node " + nodeIndex);
            return new Matrix(m);
        }
        double[] t = node.has("translation") ? numbers(node.get("translation"), 3, "translation of node " + nodeIndex) : new double[3];
        double[] r = node.has("rotation") ? numbers(node.get("rotation"), 4, "rotation of node " + nodeIndex) : new double[]{0, 0, 0, 1};
        double[] s = node.has("scale") ? numbers(node.get("scale"), 3, "scale of node " + nodeIndex) : new double[]{1, 1, 1};
        return Matrix.trs(t, r, s);
    }

    private static double[] numbers(JsonNode array, int count, String what) {
        if (array == null || !array.isArray() || array.size() != count) {
            throw new InvalidModelException("the " + what + " is not " + count + " numbers");
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            if (!array.get(i).isNumber() || !Double.isFinite(array.get(i).asDouble())) {
                throw new InvalidModelException("the " + what + " is not " + count + " numbers");
            }
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    private static boolean vector3(JsonNode array) {
        if (array == null || !array.isArray() || array.size() != 3) {
            return false;
        }
        for (JsonNode n : array) {
            if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
                return false;
            }
        }
        return true;
    }

    private static int index(JsonNode value, String what) {
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            throw new InvalidModelException("the " + what + " is not an index");
        }
        return value.asInt();
    }

    /** A 4 × 4 affine transform, column-major as glTF stores it. */
    private record Matrix(double[] m) {

        static final Matrix IDENTITY = new Matrix(new double[]{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1});

        static Matrix trs(double[] t, double[] q, double[] s) {
            double x = q[0];
            double y = q[1];
            double z = q[2];
            double w = q[3];
            double norm = Math.sqrt(x * x + y * y + z * z + w * w);
            if (norm < 1e-9) {
                throw new InvalidModelException("a node rotation is not a unit quaternion");
            }
            x /= norm;
            y /= norm;
            z /= norm;
            w /= norm;
            return new Matrix(new double[]{
                    (1 - 2 * (y * y + z * z)) * s[0], 2 * (x * y + z * w) * s[0], 2 * (x * z - y * w) * s[0], 0,
                    2 * (x * y - z * w) * s[1], (1 - 2 * (x * x + z * z)) * s[1], 2 * (y * z + x * w) * s[1], 0,
                    2 * (x * z + y * w) * s[2], 2 * (y * z - x * w) * s[2], (1 - 2 * (x * x + y * y)) * s[2], 0,
                    t[0], t[1], t[2], 1});
        }

        Matrix times(Matrix o) {
            double[] r = new double[16];
            for (int col = 0; col < 4; col++) {
                for (int row = 0; row < 4; row++) {
                    double sum = 0;
                    for (int k = 0; k < 4; k++) {
                        sum += m[k * 4 + row] * o.m[col * 4 + k];
                    }
                    r[col * 4 + row] = sum;
                }
            }
            return new Matrix(r);
        }

        double[] apply(double x, double y, double z) {
            return new double[]{m[0] * x + m[4] * y + m[8] * z + m[12], m[1] * x + m[5] * y + m[9] * z + m[13],
                    m[2] * x + m[6] * y + m[10] * z + m[14]};
        }
    }
}
