package nl.stip.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import nl.stip.TestGlb;
import org.junit.jupiter.api.Test;

/** The GLB reader on GLBs made here: what a placed model's footprint and height are derived from. */
class GlbModelTest {

    private static final org.assertj.core.data.Offset<Double> MM = within(0.001);

    @Test
    void readsTheBoundingBoxOfAUnitBox() {
        GlbModel.Box box = GlbModel.bounds(TestGlb.box(""));
        assertThat(box).isEqualTo(new GlbModel.Box(0, 0, 0, 1, 1, 1));
    }

    @Test
    void appliesTheNodeScaleAndTranslation() {
        GlbModel.Box box = GlbModel.bounds(TestGlb.box("\"translation\":[10,0,-2],\"scale\":[2,3,4]"));
        assertThat(box.minX()).isCloseTo(10, MM);
        assertThat(box.maxX()).isCloseTo(12, MM);
        assertThat(box.height()).isCloseTo(3, MM);
        assertThat(box.minZ()).isCloseTo(-2, MM);
        assertThat(box.maxZ()).isCloseTo(2, MM);
    }

    @Test
    void appliesANodeRotationAndAMatrixOfAParentNode() {
        // 90° about Y turns +X into -Z; the parent's column-major matrix lifts everything 5 m.
        GlbModel.Box box = GlbModel.bounds(TestGlb.box("[{\"mesh\":0,\"rotation\":[0,0.7071068,0,0.7071068]},"
                + "{\"children\":[0],\"matrix\":[1,0,0,0, 0,1,0,0, 0,0,1,0, 0,5,0,1]}]", "[1]"));
        assertThat(box.minX()).isCloseTo(0, MM);
        assertThat(box.maxX()).isCloseTo(1, MM);
        assertThat(box.minZ()).isCloseTo(-1, MM);
        assertThat(box.maxZ()).isCloseTo(0, MM);
        assertThat(box.minY()).isCloseTo(5, MM);
        assertThat(box.maxY()).isCloseTo(6, MM);
    }

    @Test
    void refusesAFileThatDoesNotStartWithTheGltfMagic() {
        byte[] bad = TestGlb.box("");
        bad[0] = 'x';
        assertThatThrownBy(() -> GlbModel.bounds(bad)).isInstanceOf(GlbModel.InvalidModelException.class)
                .hasMessageContaining("does not start with 'glTF'");
    }

    @Test
    void refusesATruncatedFile() {
        byte[] whole = TestGlb.box("");
        assertThatThrownBy(() -> GlbModel.bounds(Arrays.copyOf(whole, whole.length - 40)))
                .isInstanceOf(GlbModel.InvalidModelException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> GlbModel.bounds(Arrays.copyOf(whole, 16)))
                .isInstanceOf(GlbModel.InvalidModelException.class).hasMessageContaining("too short");
    }

    @Test
    void refusesGltfVersion1() {
        byte[] old = TestGlb.box("");
        old[4] = 1;
        assertThatThrownBy(() -> GlbModel.bounds(old)).hasMessageContaining("version 1");
    }

    @Test
    void refusesAJsonChunkWithoutMeshes() {
        byte[] empty = TestGlb.glb("{\"asset\":{\"version\":\"2.0\"},\"scenes\":[{\"nodes\":[0]}],\"nodes\":[{}]}", null);
        assertThatThrownBy(() -> GlbModel.bounds(empty)).isInstanceOf(GlbModel.InvalidModelException.class)
                .hasMessageContaining("no meshes");
        byte[] noScene = TestGlb.glb("{\"asset\":{\"version\":\"2.0\"}}", null);
        assertThatThrownBy(() -> GlbModel.bounds(noScene)).hasMessageContaining("no scene");
    }

    @Test
    void refusesAPositionAccessorWithoutMinAndMax() {
        String json = "{\"asset\":{\"version\":\"2.0\"},\"scenes\":[{\"nodes\":[0]}],\"nodes\":[{\"mesh\":0}],"
                + "\"meshes\":[{\"primitives\":[{\"attributes\":{\"POSITION\":0}}]}],"
                + "\"accessors\":[{\"componentType\":5126,\"count\":3,\"type\":\"VEC3\"}]}";
        assertThatThrownBy(() -> GlbModel.bounds(TestGlb.glb(json, null))).hasMessageContaining("no min/max");
    }

    @Test
    void refusesJsonThatIsNotJson() {
        assertThatThrownBy(() -> GlbModel.bounds(TestGlb.glb("{\"asset\": [", null))).hasMessageContaining("not valid JSON");
    }

    @Test
    void refusesAnAbsurdlyLargeModelAndOneInMapCoordinates() {
        assertThatThrownBy(() -> GlbModel.bounds(TestGlb.box("\"scale\":[600,1,1]"))).hasMessageContaining("600 m across")
                .hasMessageContaining("at most 500 m");
        assertThatThrownBy(() -> GlbModel.bounds(TestGlb.box("\"translation\":[155000,0,463000]"))).hasMessageContaining("from its origin");
    }

    @Test
    void refusesANodeCycle() {
        String json = "{\"asset\":{\"version\":\"2.0\"},\"scenes\":[{\"nodes\":[0]}],\"nodes\":[{\"children\":[1]},{\"children\":[0]}]}";
        assertThatThrownBy(() -> GlbModel.bounds(TestGlb.glb(json, null))).hasMessageContaining("cycle");
    }
}
