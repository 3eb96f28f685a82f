package nl.stip.importing.lvbag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.stip.addresses.VerblijfsobjectVersion;
import nl.stip.importing.support.Outcome;
import org.junit.jupiter.api.Test;

/** Reading one address object type: the others are passed over, a broken object is reported and the next one read. */
class AddressObjectReaderTest {

    static final Path SYNTHETIC = Path.of("src/test/resources/lvbag/synthetic-address-objects.xml");

    List<Outcome<Object>> read(LvBagType type) throws Exception {
        try (InputStream in = Files.newInputStream(SYNTHETIC)) {
            AddressObjectReader reader = new AddressObjectReader(in, "synthetic.xml", type);
            List<Outcome<Object>> all = new ArrayList<>();
            for (Outcome<Object> o = reader.next(); o != null; o = reader.next()) {
                all.add(o);
            }
            return all;
        }
    }

    @Test
    void aVerblijfsobjectWithABadPositionIsRejectedByItsIdAndTheOtherIsRead() throws Exception {
        List<Outcome<Object>> vbo = read(LvBagType.VERBLIJFSOBJECT);
        assertThat(vbo).hasSize(2);
        VerblijfsobjectVersion area = (VerblijfsobjectVersion) vbo.get(0).record();
        assertThat(area.panden()).containsExactly("9999100000000001", "9999100000000002");
        assertThat(area.geometry().getX()).isEqualTo(100005.0);
        assertThat(vbo.get(1).where()).contains("verblijfsobject 9999010000000002 voorkomen 1");
        assertThat(vbo.get(1).problem()).contains("not a number");
    }

    @Test
    void eachTypeReadsOnlyItsOwnElements() throws Exception {
        assertThat(read(LvBagType.WOONPLAATS)).hasSize(1);
        assertThat(read(LvBagType.OPENBARE_RUIMTE)).hasSize(1);
        assertThat(read(LvBagType.NUMMERAANDUIDING)).extracting(Outcome::problem).containsExactly(null, "huisnummer 0 is out of range (1-99999)");
    }

    @Test
    void kadasterFileNamesSayTheirType() {
        assertThat(LvBagType.VERBLIJFSOBJECT.mayBeIn("0221VBO15092020.zip")).isTrue();
        assertThat(LvBagType.PAND.mayBeIn("0221VBO15092020.zip")).isFalse();
        assertThat(LvBagType.PAND.mayBeIn("9999PND08112020-000001.xml")).isTrue();
        assertThat(LvBagType.NUMMERAANDUIDING.mayBeIn("small-num_0221NUM15092020-000001.xml")).isTrue();
        assertThat(LvBagType.NUMMERAANDUIDING.mayBeIn("small-5vbo_0221VBO15092020-000001.xml")).isFalse();
        assertThat(LvBagType.PAND.mayBeIn("BAGGEM0221L-15092020.zip")).isTrue();
        assertThat(LvBagType.PAND.mayBeIn("panden.xml")).isTrue();
    }
}
