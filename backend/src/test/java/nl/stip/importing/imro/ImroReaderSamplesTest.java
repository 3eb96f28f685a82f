package nl.stip.importing.imro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import nl.stip.geo.Rd;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;

/** The two real sample plans (Nijkerk, Apeldoorn) read whole: counts per type, a known bouwvlak, valid RD geometry. */
class ImroReaderSamplesTest {

    static final String NIJKERK = "NL.IMRO.0267.BP0174-0001.gml";
    static final String APELDOORN = "NL.IMRO.0200.bp1416-ont1.gml";

    static ImroPlan sample(String file) {
        try (InputStream in = ImroReaderSamplesTest.class.getResourceAsStream("/imro/" + file)) {
            assertThat(in).as("test resource imro/" + file).isNotNull();
            return ImroReader.read(in, file);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readsTheNijkerkPlanWithEveryObjectType() {
        long start = System.nanoTime();
        ImroPlan plan = sample(NIJKERK);
        long first = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        sample(NIJKERK);
        long again = (System.nanoTime() - start) / 1_000_000;
        // a figure for the report, not a limit: this test JVM may be the first to read any IMRO at all
        System.out.printf("IMRO reader: Nijkerk (%s, 2.5 MB, %d objects) read in %d ms (first read in this JVM), %d ms (again)%n",
                NIJKERK, plan.objects().count(), first, again);

        assertThat(plan.identificatie()).isEqualTo("NL.IMRO.0267.BP0174-0001");
        assertThat(plan.naam()).isEqualTo("Consolidatieplan Binnenstad Nijkerk");
        assertThat(plan.typePlan()).isEqualTo("bestemmingsplan");
        assertThat(plan.planstatus()).isEqualTo("geconsolideerd");
        assertThat(plan.planstatusDatum()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(plan.naamOverheid()).isEqualTo("Gemeente Nijkerk");
        // counts as grep finds them in the file (grep -c '<imro:Enkelbestemming ' etc.)
        assertThat(plan.enkelbestemmingen()).hasSize(235);
        assertThat(plan.dubbelbestemmingen()).hasSize(2);
        assertThat(plan.bouwvlakken()).hasSize(260);
        assertThat(plan.maatvoeringen()).hasSize(200);
        assertThat(plan.functieaanduidingen()).hasSize(141);
        assertThat(plan.bouwaanduidingen()).hasSize(172);
        assertThat(plan.gebiedsaanduidingen()).hasSize(2);
        assertThat(plan.figuren()).isEmpty();
        // 319 WaardeEnType pairs, all on the IMRO2012 list
        assertThat(plan.maatvoeringen().stream().mapToInt(m -> m.waarden().size()).sum()).isEqualTo(319);
        assertThat(plan.warnings()).noneMatch(w -> w.message().contains("waardeType"));
    }

    @Test
    void aKnownNijkerkBouwvlakHasItsHeightsAndItsBestemming() {
        ImroPlan plan = sample(NIJKERK);
        Map<String, ImroObject> byId = plan.byIdentificatie();
        ImroObject bouwvlak = byId.get("NL.IMRO.9e7fc5db0e8e4080be7c6d067ccef883");
        assertThat(bouwvlak.type()).isEqualTo(ImroObjectType.BOUWVLAK);

        Map<String, Double> values = plan.maatvoeringenOf(bouwvlak.identificatie()).stream()
                .flatMap(m -> m.waarden().stream()).collect(Collectors.toMap(ImroValue::waardeType, ImroValue::waarde));
        assertThat(values).containsOnly(Map.entry("maximum goothoogte (m)", 7.0), Map.entry("maximum bouwhoogte (m)", 10.0),
                Map.entry("maximum aantal wooneenheden", 6.0));
        assertThat(plan.maatvoeringenOf(bouwvlak.identificatie())).extracting(ImroObject::identificatie)
                .containsExactlyInAnyOrder("NL.IMRO.d4bdd5b81df944e8be16eb02f59f238e", "NL.IMRO.fffa48450ab341eca25963a55f13e56d");
        ImroObject maatvoering = byId.get("NL.IMRO.d4bdd5b81df944e8be16eb02f59f238e");
        assertThat(maatvoering.symboolCode()).isEqualTo("s111");
        assertThat(maatvoering.waarden()).allMatch(ImroValue::known);

        // the bouwvlak's bestemmingsvlak link resolves to an object of the plan
        assertThat(bouwvlak.bestemmingsvlakken()).hasSize(1);
        assertThat(byId.get(bouwvlak.bestemmingsvlakken().get(0)).type()).isIn(ImroObjectType.ENKELBESTEMMING, ImroObjectType.DUBBELBESTEMMING);
    }

    @Test
    void dutchDecimalCommasInTheNijkerkPlanAreReadAsDecimals() {
        ImroPlan plan = sample(NIJKERK);
        // <imro:waarde>7,5</imro:waarde> on a maatvoering of bouwvlak NL.IMRO.9129dcb76a6a48289819a37e0dd15a7a
        ImroObject maatvoering = plan.byIdentificatie().get("NL.IMRO.152a1b75b91f4d35b3ac2dbb2e072112");
        assertThat(maatvoering.aanduidingen()).containsExactly("NL.IMRO.9129dcb76a6a48289819a37e0dd15a7a");
        assertThat(maatvoering.waarden()).extracting(ImroValue::waardeType, ImroValue::waarde, ImroValue::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("maximum goothoogte (m)", 4.0, "4"),
                        org.assertj.core.groups.Tuple.tuple("maximum bouwhoogte (m)", 7.5, "7,5"));
    }

    @Test
    void aNijkerkEnkelbestemmingCarriesItsCitation() {
        ImroObject wonen = sample(NIJKERK).byIdentificatie().get("NL.IMRO.a4a372efc4d84d77a639450ae73033b2");
        assertThat(wonen.naam()).isEqualTo("Wonen");
        assertThat(wonen.groep()).isEqualTo("wonen");
        assertThat(wonen.artikelnummer()).isEqualTo("16");
        assertThat(wonen.tekstverwijzingen()).containsExactly("r_NL.IMRO.0267.BP0174-0001.html#NL.IMRO.PT.87a774464166464b93d993319a1fe699");
        assertThat(wonen.labels()).containsExactly("W");
    }

    @Test
    void everyGeometryOfBothPlansIsValidRdNew() {
        for (String file : new String[] {NIJKERK, APELDOORN}) {
            ImroPlan plan = sample(file);
            assertThat(plan.gebied().getSRID()).isEqualTo(Rd.SRID);
            assertThat(plan.gebied().isValid()).isTrue();
            assertThat(plan.objects()).allSatisfy(o -> {
                assertThat(o.geometrie().getSRID()).as(o.identificatie()).isEqualTo(Rd.SRID);
                assertThat(o.geometrie().isValid()).as(o.identificatie()).isTrue();
                assertThat(o.geometrie()).as(o.identificatie()).isInstanceOf(MultiPolygon.class);
                assertThat(plan.gebied().buffer(0.01).covers(o.geometrie())).as(o.identificatie() + " inside the plangebied").isTrue();
            });
        }
    }

    @Test
    void nijkerkHolesAndArcsSurviveReading() {
        ImroPlan plan = sample(NIJKERK);
        long holes = plan.objects().mapToLong(o -> {
            MultiPolygon m = (MultiPolygon) o.geometrie();
            long n = 0;
            for (int i = 0; i < m.getNumGeometries(); i++) {
                n += ((org.locationtech.jts.geom.Polygon) m.getGeometryN(i)).getNumInteriorRing();
            }
            return n;
        }).sum();
        assertThat(holes).isEqualTo(22); // 22 gml:interior in the file
        // the maatvoering with an arc (0.07 m chord): its linearised outline still starts and ends where the file says
        ImroObject arced = plan.byIdentificatie().get("NL.IMRO.d4bdd5b81df944e8be16eb02f59f238e");
        assertThat(arced.geometrie().getCoordinates()).anyMatch(c -> c.x == 161505.314 && c.y == 470776.102)
                .anyMatch(c -> c.x == 161505.203 && c.y == 470776.010);
    }

    @Test
    void readsTheApeldoornPlan() {
        ImroPlan plan = sample(APELDOORN);
        assertThat(plan.identificatie()).isEqualTo("NL.IMRO.0200.bp1416-ont1");
        assertThat(plan.naam()).isEqualTo("Winkelcentrum Kerschoten");
        assertThat(plan.planstatus()).isEqualTo("ontwerp");
        assertThat(plan.planstatusDatum()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(plan.enkelbestemmingen()).hasSize(5);
        assertThat(plan.dubbelbestemmingen()).isEmpty();
        assertThat(plan.bouwvlakken()).hasSize(5);
        assertThat(plan.maatvoeringen()).hasSize(8);
        assertThat(plan.functieaanduidingen()).hasSize(3);
        assertThat(plan.bouwaanduidingen()).isEmpty();
        assertThat(plan.gebiedsaanduidingen()).hasSize(2);
        assertThat(plan.bouwvlakken()).allSatisfy(b -> assertThat(b.bestemmingsvlakken()).hasSize(1));
    }
}
