package nl.stip;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * glTF 2 binaries (GLB) made in the test: a real 1 × 1 × 1 m box mesh (corners 0..1 on every axis, so it stands on its
 * origin) that a viewer can render, under one node whose transform the caller gives; and raw GLBs from JSON.
 */
public final class TestGlb {

    private TestGlb() {
    }

    /** The unit box under one node; {@code nodeTransform} is added to the node, e.g. {@code "scale":[2,3,4]} or "". */
    public static byte[] box(String nodeTransform) {
        return box("[" + (nodeTransform.isBlank() ? "{\"mesh\":0}" : "{\"mesh\":0," + nodeTransform + "}") + "]", "[0]");
    }

    /** The unit box as mesh 0, with these nodes (JSON array) and these root nodes of the scene. */
    public static byte[] box(String nodes, String sceneNodes) {
        String json = """
                {"asset":{"version":"2.0","generator":"Stip tests"},"scene":0,"scenes":[{"nodes":ROOTS}],"nodes":NODES,
                 "meshes":[{"primitives":[{"attributes":{"POSITION":0},"indices":1,"material":0}]}],
                 "materials":[{"doubleSided":true,"pbrMetallicRoughness":{"baseColorFactor":[0.85,0.45,0.2,1],"metallicFactor":0,"roughnessFactor":0.9}}],
                 "accessors":[{"bufferView":0,"componentType":5126,"count":8,"type":"VEC3","min":[0,0,0],"max":[1,1,1]},
                              {"bufferView":1,"componentType":5123,"count":36,"type":"SCALAR"}],
                 "bufferViews":[{"buffer":0,"byteOffset":0,"byteLength":96,"target":34962},
                                {"buffer":0,"byteOffset":96,"byteLength":72,"target":34963}],
                 "buffers":[{"byteLength":168}]}""".replace("NODES", nodes).replace("ROOTS", sceneNodes);
        ByteBuffer bin = ByteBuffer.allocate(168).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 8; i++) {
            bin.putFloat(i & 1).putFloat((i >> 1) & 1).putFloat((i >> 2) & 1);
        }
        int[][] faces = {{0, 1, 3, 2}, {4, 6, 7, 5}, {0, 4, 5, 1}, {2, 3, 7, 6}, {0, 2, 6, 4}, {1, 5, 7, 3}};
        for (int[] f : faces) {
            for (int index : new int[]{f[0], f[1], f[2], f[0], f[2], f[3]}) {
                bin.putShort((short) index);
            }
        }
        return glb(json, bin.array());
    }

    /** A GLB of this JSON chunk and (when not null) binary chunk, with a correct header. */
    public static byte[] glb(String json, byte[] bin) {
        byte[] jsonBytes = pad(json.getBytes(StandardCharsets.UTF_8), (byte) ' ');
        byte[] binBytes = bin == null ? new byte[0] : pad(bin, (byte) 0);
        int length = 12 + 8 + jsonBytes.length + (bin == null ? 0 : 8 + binBytes.length);
        ByteBuffer out = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(0x46546C67).putInt(2).putInt(length);
        out.putInt(jsonBytes.length).putInt(0x4E4F534A).put(jsonBytes);
        if (bin != null) {
            out.putInt(binBytes.length).putInt(0x004E4942).put(binBytes);
        }
        return out.array();
    }

    private static byte[] pad(byte[] bytes, byte with) {
        byte[] out = new byte[(bytes.length + 3) / 4 * 4];
        System.arraycopy(bytes, 0, out, 0, bytes.length);
        for (int i = bytes.length; i < out.length; i++) {
            out[i] = with;
        }
        return out;
    }
}
