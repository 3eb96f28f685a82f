package nl.stip.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import nl.stip.TestGlb;
import nl.stip.design.GlbModel;
import org.junit.jupiter.api.Test;

class ModelBoundsTest {

    /** Counts how often the content is read. */
    static final class Content implements Supplier<byte[]> {
        final byte[] bytes;
        final AtomicInteger reads = new AtomicInteger();

        Content(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public byte[] get() {
            reads.incrementAndGet();
            return bytes;
        }
    }

    @Test
    void aDocumentsBoxIsReadOnceAndThenRemembered() {
        ModelBounds bounds = new ModelBounds();
        Content tower = new Content(TestGlb.box("\"scale\":[2,4,3]"));

        GlbModel.Box first = bounds.of(7, tower);
        GlbModel.Box second = bounds.of(7, tower);

        assertThat(first).isEqualTo(GlbModel.bounds(tower.bytes)).isEqualTo(new GlbModel.Box(0, 0, 0, 2, 4, 3));
        assertThat(second).isEqualTo(first);
        assertThat(tower.reads).as("the content is read once").hasValue(1);
        assertThat(bounds.knows(7)).isTrue();
    }

    @Test
    void documentsAreKeptApartByTheirId() {
        ModelBounds bounds = new ModelBounds();
        Content small = new Content(TestGlb.box(""));
        Content tall = new Content(TestGlb.box("\"scale\":[1,4,1]"));

        assertThat(bounds.of(1, small).height()).isEqualTo(1.0);
        assertThat(bounds.of(2, tall).height()).isEqualTo(4.0);
        assertThat(bounds.of(1, tall).height()).as("document 1 keeps its own box").isEqualTo(1.0);
    }

    @Test
    void aModelThatCannotBeReadIsNotRememberedAndRefusedEachTime() {
        ModelBounds bounds = new ModelBounds();
        Content noMeshes = new Content(TestGlb.glb("{\"asset\":{\"version\":\"2.0\"},\"scenes\":[{\"nodes\":[0]}],\"nodes\":[{}]}", null));

        assertThatThrownBy(() -> bounds.of(3, noMeshes)).isInstanceOf(GlbModel.InvalidModelException.class).hasMessageContaining("no meshes");
        assertThatThrownBy(() -> bounds.of(3, noMeshes)).isInstanceOf(GlbModel.InvalidModelException.class);
        assertThat(noMeshes.reads).hasValue(2);
        assertThat(bounds.knows(3)).isFalse();
    }

    @Test
    void beyondItsCapacityTheLeastRecentlyUsedBoxGoes() {
        ModelBounds bounds = new ModelBounds(2);
        Content box = new Content(TestGlb.box(""));
        bounds.of(1, box);
        bounds.of(2, box);
        bounds.of(1, box); // 1 used again: 2 is now the least recently used
        bounds.of(3, box);

        assertThat(bounds.knows(1)).isTrue();
        assertThat(bounds.knows(2)).isFalse();
        assertThat(bounds.knows(3)).isTrue();
        assertThat(box.reads).hasValue(3);
    }
}
