package nl.stip.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The fee table: base plus a percentage of the building cost, and the typical sizes for the example fee. */
class FeeTableTest {

    private final FeeTable table = new FeeTable(new MockEnvironment()
            .withProperty("stip.fees.building-cost-per-m3", "450")
            .withProperty("stip.fees.vergunning-regulier.base", "150")
            .withProperty("stip.fees.vergunning-regulier.percentage-of-building-cost", "2.5")
            .withProperty("stip.fees.example.aanbouw", "3 x 4 x 3")
            .withProperty("stip.fees.example.dakkapel", "3×1.5×1.5")
            .withProperty("stip.fees.example.broken", "3 by 4"));

    @Test
    void anExtensionOfThreeByFourByThreeMetresCostsTheBasePlusAPercentageOfItsBuildingCost() {
        FeeTable.ExampleSize aanbouw = table.example("aanbouw").orElseThrow();
        assertThat(aanbouw.volumeM3()).isEqualTo(36.0);
        assertThat(table.buildingCost(aanbouw.volumeM3())).isEqualTo(16_200);
        assertThat(table.amount("vergunning-regulier", aanbouw.volumeM3())).isEqualTo(555);
        assertThat(table.amount("vergunningvrij", aanbouw.volumeM3())).as("an outcome without entries costs nothing").isZero();
        assertThat(table.example("dakkapel").orElseThrow().volumeM3()).isEqualTo(6.75);
    }

    @Test
    void anActivityWithoutATypicalSizeHasNoExampleAndABadSizeSaysWhichSetting() {
        assertThat(table.example("boom-kappen")).isEmpty();
        assertThatThrownBy(() -> table.example("broken")).hasMessageContaining("stip.fees.example.broken")
                .hasMessageContaining("length x width x height");
    }
}
