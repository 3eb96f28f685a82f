package nl.stip.importing.imro;

import static nl.stip.importing.imro.ImroSnippets.SQUARE;
import static nl.stip.importing.imro.ImroSnippets.file;
import static nl.stip.importing.imro.ImroSnippets.maatvoering;
import static nl.stip.importing.imro.ImroSnippets.object;
import static nl.stip.importing.imro.ImroSnippets.plangebied;
import static nl.stip.importing.imro.ImroSnippets.polygon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Bad input is refused with every reason at once, each naming the object's IMRO identificatie. */
class ImroReaderProblemsTest {

    static final String BOWTIE = "150000 450000 150010 450010 150010 450000 150000 450010 150000 450000";

    private static ImroFileRejected refused(String xml) {
        ImroFileRejected e = catchThrowableOfType(ImroFileRejected.class, () -> ImroSnippets.read(xml));
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    @Test
    void aFileWithoutABestemmingsplangebiedIsRefused() {
        ImroFileRejected e = refused(file(object("Bouwvlak", "NL.IMRO.bv1", "", polygon(SQUARE))));
        assertThat(e.getMessage()).contains("no Bestemmingsplangebied");
    }

    @Test
    void aFileThatIsNotImroIsRefusedWithAClearMessage() {
        ImroFileRejected other = refused("<kk:DKK xmlns:kk=\"http://www.kadaster.nl/schemas/kadastralekaart\"><kk:x/></kk:DKK>");
        assertThat(other.getMessage()).contains("not an IMRO2012 file").contains("root element <DKK>");
        ImroFileRejected noNamespace = refused("<FeatureCollectionIMRO><featureMember/></FeatureCollectionIMRO>");
        assertThat(noNamespace.getMessage()).contains("not an IMRO2012 file").contains("has no namespace");
        ImroFileRejected imro2008 = refused("<imro:FeatureCollectionIMRO xmlns:imro=\"http://www.geonovum.nl/imro/2008/1\"/>");
        assertThat(imro2008.getMessage()).contains("not IMRO2012").contains("imro/2008");
        ImroFileRejected notXml = refused("bestemmingsplan, maar geen XML");
        assertThat(notXml.getMessage()).contains("not readable as XML");
    }

    @Test
    void aSelfIntersectingPolygonIsNamedByItsIdentificatie() {
        ImroFileRejected e = refused(file(plangebied(), object("Enkelbestemming", "NL.IMRO.bowtie", "", polygon(BOWTIE))));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.object()).isEqualTo("NL.IMRO.bowtie");
            assertThat(p.message()).contains("Self-intersection");
        });
    }

    @Test
    void aWaardeThatIsNotANumberIsAnErrorNamingTheMaatvoering() {
        ImroFileRejected e = refused(file(plangebied(), maatvoering("NL.IMRO.mv-hoog", "maximum bouwhoogte (m)", "hoog")));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.object()).isEqualTo("NL.IMRO.mv-hoog");
            assertThat(p.message()).contains("\"hoog\"").contains("not a number");
        });
    }

    @Test
    void aSrsNameOtherThanRdNewIsAnError() {
        String wgs84 = polygon(SQUARE).replace("urn:ogc:def:crs:EPSG::28992", "urn:ogc:def:crs:EPSG::4326");
        ImroFileRejected e = refused(file(plangebied(), object("Bouwvlak", "NL.IMRO.bv-wgs", "", wgs84)));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.object()).isEqualTo("NL.IMRO.bv-wgs");
            assertThat(p.message()).contains("srsName").contains("4326");
        });
    }

    @Test
    void everySpellingOfRdNewIsAccepted() {
        for (String srs : new String[] {"EPSG:28992", "urn:ogc:def:crs:EPSG::28992", "http://www.opengis.net/def/crs/EPSG/0/28992",
                "urn:ogc:def:crs:EPSG:6.9:28992"}) {
            String geometry = polygon(SQUARE).replace("urn:ogc:def:crs:EPSG::28992", srs);
            ImroPlan plan = ImroSnippets.read(file(plangebied(), object("Bouwvlak", "NL.IMRO.bv", "", geometry)));
            assertThat(plan.bouwvlakken()).as(srs).hasSize(1);
        }
    }

    @Test
    void allErrorsAreReportedTogether() {
        String wgs84 = polygon(SQUARE).replace("urn:ogc:def:crs:EPSG::28992", "EPSG:4326");
        ImroFileRejected e = refused(file(plangebied(),
                object("Enkelbestemming", "NL.IMRO.bowtie", "", polygon(BOWTIE)),
                maatvoering("NL.IMRO.mv-hoog", "maximum bouwhoogte (m)", "hoog"),
                object("Bouwvlak", "NL.IMRO.bv-wgs", "", wgs84),
                object("Bouwvlak", "NL.IMRO.bv-dangling", "<i:bestemmingsvlak xl:href=\"#NL.IMRO.nothere\"/>", polygon(SQUARE))));
        assertThat(e.problems()).extracting(ImroProblem::object)
                .containsExactlyInAnyOrder("NL.IMRO.bowtie", "NL.IMRO.mv-hoog", "NL.IMRO.bv-wgs", "NL.IMRO.bv-dangling");
        assertThat(e.getMessage()).contains("4 errors").contains("NL.IMRO.nothere");
    }

    @Test
    void aLinkToARefusedObjectAddsNoSecondError() {
        ImroFileRejected e = refused(file(plangebied(), object("Enkelbestemming", "NL.IMRO.bowtie", "", polygon(BOWTIE)),
                object("Bouwvlak", "NL.IMRO.bv", "<i:bestemmingsvlak xl:href=\"#NL.IMRO.bowtie\"/>", polygon(SQUARE))));
        assertThat(e.problems()).extracting(ImroProblem::object).containsExactly("NL.IMRO.bowtie");
    }

    @Test
    void anUnknownWaardeTypeIsKeptMarkedUnknownAndReported() {
        ImroPlan plan = ImroSnippets.read(file(plangebied(), maatvoering("NL.IMRO.mv-x", "maximale nokhoogte (m)", "2,5")));
        ImroValue value = plan.maatvoeringen().get(0).waarden().get(0);
        assertThat(value.known()).isFalse();
        assertThat(value.waarde()).isEqualTo(2.5);
        assertThat(plan.warnings()).singleElement().satisfies(w -> {
            assertThat(w.object()).isEqualTo("NL.IMRO.mv-x");
            assertThat(w.message()).contains("unknown waardeType").contains("maximale nokhoogte (m)");
        });
    }

    @Test
    void aLinkToAnObjectOfTheWrongTypeIsAnError() {
        ImroFileRejected e = refused(file(plangebied(),
                object("Bouwvlak", "NL.IMRO.bv1", "", polygon(SQUARE)),
                object("Bouwvlak", "NL.IMRO.bv2", "<i:bestemmingsvlak xl:href=\"#NL.IMRO.bv1\"/>", polygon(SQUARE))));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("names a Bouwvlak, not a bestemming"));
    }
}
