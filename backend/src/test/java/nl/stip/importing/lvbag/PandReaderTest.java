package nl.stip.importing.lvbag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A rejected pand is reported and the reader stays in step: the pands after it are read, not swallowed. */
class PandReaderTest {

    private static String pand(String id, String posList) {
        return """
                <Objecten:Pand xmlns:Objecten="www.kadaster.nl/schemas/lvbag/imbag/objecten/v20200601" xmlns:gml="http://www.opengis.net/gml/3.2">
                  <Objecten:identificatie>%s</Objecten:identificatie>
                  <Objecten:geometrie><gml:Polygon srsName="urn:ogc:def:crs:EPSG::28992" srsDimension="2">
                    <gml:exterior><gml:LinearRing><gml:posList>%s</gml:posList></gml:LinearRing></gml:exterior>
                  </gml:Polygon></Objecten:geometrie>
                  <Objecten:status>Pand in gebruik</Objecten:status>
                  <Objecten:voorkomen><Objecten:voorkomenidentificatie>1</Objecten:voorkomenidentificatie>
                    <Objecten:beginGeldigheid>2010-01-01</Objecten:beginGeldigheid></Objecten:voorkomen>
                </Objecten:Pand>""".formatted(id, posList);
    }

    @Test
    void aPandWithABadRingIsRejectedAndThePandsAfterItAreStillRead() throws Exception {
        String square = "205000 446000 205010 446000 205010 446010 205000 446010 205000 446000";
        String xml = "<bagStand>" + pand("0221100000000001", "205000 446000 205010") + pand("0221100000000002", square)
                + pand("0221100000000003", square) + "</bagStand>";
        PandReader reader = new PandReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
        List<PandReader.Result> results = new ArrayList<>();
        for (PandReader.Result r = reader.next(); r != null; r = reader.next()) {
            results.add(r);
        }
        assertThat(results).hasSize(3);
        assertThat(results.get(0).problem()).isNotNull();
        assertThat(results.get(0).where()).contains("pand 0221100000000001");
        assertThat(results.get(1).version().identificatie()).isEqualTo("0221100000000002");
        assertThat(results.get(2).version().identificatie()).isEqualTo("0221100000000003");
    }

    @Test
    void aPandWithABadIdentificatieDoesNotSwallowTheNextOne() throws Exception {
        String square = "205000 446000 205010 446000 205010 446010 205000 446010 205000 446000";
        String xml = "<bagStand>" + pand("12345", square) + pand("0221100000000002", square) + "</bagStand>";
        PandReader reader = new PandReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
        PandReader.Result first = reader.next();
        PandReader.Result second = reader.next();
        assertThat(first.problem()).contains("not 16 digits");
        assertThat(second.version().identificatie()).isEqualTo("0221100000000002");
        assertThat(reader.next()).isNull();
    }
}
