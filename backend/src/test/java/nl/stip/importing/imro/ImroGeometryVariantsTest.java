package nl.stip.importing.imro;

import static nl.stip.importing.imro.ImroSnippets.file;
import static nl.stip.importing.imro.ImroSnippets.object;
import static nl.stip.importing.imro.ImroSnippets.plangebied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;

import nl.stip.geo.Rd;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** The ways plan software writes the same area, other prefixes and element orders, and reading from a stream. */
class ImroGeometryVariantsTest {

    private static Geometry bouwvlak(String geometry) {
        ImroPlan plan = ImroSnippets.read(file(plangebied(), object("Bouwvlak", "NL.IMRO.bv", "", geometry)));
        Geometry g = plan.bouwvlakken().get(0).geometrie();
        assertThat(g.getSRID()).isEqualTo(Rd.SRID);
        assertThat(g.isValid()).isTrue();
        return g;
    }

    @Test
    void polygonWithAHoleInPosElements() {
        Geometry g = bouwvlak("""
                <g:Polygon srsName="EPSG:28992"><g:exterior><g:LinearRing>
                  <g:pos>150000 450000</g:pos><g:pos>150010 450000</g:pos><g:pos>150010 450010</g:pos><g:pos>150000 450010</g:pos>
                  <g:pos>150000 450000</g:pos></g:LinearRing></g:exterior>
                <g:interior><g:LinearRing><g:posList srsDimension="3">150002 450002 0 150004 450002 0 150004 450004 0 150002 450004 0 150002 450002 0</g:posList></g:LinearRing></g:interior>
                </g:Polygon>""");
        assertThat(g.getArea()).isCloseTo(100 - 4, within(1e-9));
        assertThat(((Polygon) g.getGeometryN(0)).getNumInteriorRing()).isEqualTo(1);
    }

    @Test
    void multiSurfaceOfTwoPolygonsStaysTwoParts() {
        Geometry g = bouwvlak("""
                <g:MultiSurface srsName="http://www.opengis.net/def/crs/EPSG/0/28992">
                  <g:surfaceMember><g:Polygon><g:exterior><g:LinearRing><g:posList>150000 450000 150010 450000 150010 450010 150000 450000</g:posList></g:LinearRing></g:exterior></g:Polygon></g:surfaceMember>
                  <g:surfaceMember><g:Surface><g:patches><g:PolygonPatch><g:exterior><g:LinearRing><g:posList>150020 450000 150030 450000 150030 450010 150020 450000</g:posList></g:LinearRing></g:exterior></g:PolygonPatch></g:patches></g:Surface></g:surfaceMember>
                </g:MultiSurface>""");
        assertThat(g).isInstanceOf(MultiPolygon.class);
        assertThat(g.getNumGeometries()).isEqualTo(2);
        assertThat(g.getArea()).isCloseTo(100, within(1e-9));
    }

    @Test
    void aSurfaceOfTwoAdjacentPatchesIsOneArea() {
        Geometry g = bouwvlak("""
                <g:Surface srsName="EPSG:28992"><g:patches>
                  <g:PolygonPatch><g:exterior><g:LinearRing><g:posList>150000 450000 150010 450000 150010 450010 150000 450010 150000 450000</g:posList></g:LinearRing></g:exterior></g:PolygonPatch>
                  <g:PolygonPatch><g:exterior><g:LinearRing><g:posList>150010 450000 150020 450000 150020 450010 150010 450010 150010 450000</g:posList></g:LinearRing></g:exterior></g:PolygonPatch>
                </g:patches></g:Surface>""");
        assertThat(g.getNumGeometries()).isEqualTo(1);
        assertThat(g.getArea()).isCloseTo(200, within(1e-9));
    }

    @Test
    void aRingOfSeveralCurveMembersIsJoined() {
        Geometry g = bouwvlak("""
                <g:Polygon srsName="EPSG:28992"><g:exterior><g:Ring>
                  <g:curveMember><g:LineString><g:posList>150000 450000 150010 450000 150010 450010</g:posList></g:LineString></g:curveMember>
                  <g:curveMember><g:Curve><g:segments><g:LineStringSegment><g:posList>150010 450010 150000 450010 150000 450000</g:posList></g:LineStringSegment></g:segments></g:Curve></g:curveMember>
                </g:Ring></g:exterior></g:Polygon>""");
        assertThat(g.getArea()).isCloseTo(100, within(1e-9));
        assertThat(g.getCoordinates()).hasSize(5);
    }

    @Test
    void otherPrefixesADefaultNamespaceAndAnotherElementOrderReadTheSame() {
        String xml = """
                <FeatureCollectionIMRO xmlns="http://www.geonovum.nl/imro/2012/1.1" xmlns:gml32="http://www.opengis.net/gml/3.2"
                    xmlns:x="http://www.w3.org/1999/xlink">
                  <featureMember>
                    <Bouwvlak gml32:id="B1">
                      <geometrie><gml32:Polygon srsName="EPSG:28992"><gml32:exterior><gml32:LinearRing>
                        <gml32:posList>150000 450000 150010 450000 150010 450010 150000 450010 150000 450000</gml32:posList>
                      </gml32:LinearRing></gml32:exterior></gml32:Polygon></geometrie>
                      <bestemmingsvlak x:href="#E1"/>
                      <naam>bouwvlak</naam>
                      <identificatie><NEN3610ID><lokaalID>b1</lokaalID><namespace>NL.IMRO</namespace></NEN3610ID></identificatie>
                    </Bouwvlak>
                  </featureMember>
                  <featureMember>
                    <Enkelbestemming gml32:id="E1">
                      <geometrie><gml32:Polygon srsName="EPSG:28992"><gml32:exterior><gml32:LinearRing>
                        <gml32:posList>149990 449990 150020 449990 150020 450020 149990 450020 149990 449990</gml32:posList>
                      </gml32:LinearRing></gml32:exterior></gml32:Polygon></geometrie>
                      <artikelnummer>3</artikelnummer>
                      <bestemmingshoofdgroep>wonen</bestemmingshoofdgroep>
                      <naam>Wonen</naam>
                      <identificatie><NEN3610ID><namespace>NL.IMRO</namespace><lokaalID>e1</lokaalID></NEN3610ID></identificatie>
                    </Enkelbestemming>
                  </featureMember>
                  <featureMember>%s</featureMember>
                </FeatureCollectionIMRO>""".formatted(plangebied()
                        .replace("<i:Bestemmingsplangebied", "<i:Bestemmingsplangebied xmlns:i=\"http://www.geonovum.nl/imro/2012/1.1\" xmlns:g=\"http://www.opengis.net/gml/3.2\""));
        ImroPlan plan = ImroSnippets.read(xml);
        assertThat(plan.identificatie()).isEqualTo("NL.IMRO.9999.TEST-0001");
        assertThat(plan.bouwvlakken()).singleElement().satisfies(b -> {
            assertThat(b.identificatie()).isEqualTo("NL.IMRO.b1");
            assertThat(b.bestemmingsvlakken()).containsExactly("NL.IMRO.e1");
        });
        assertThat(plan.enkelbestemmingen()).singleElement().satisfies(e -> {
            assertThat(e.naam()).isEqualTo("Wonen");
            assertThat(e.groep()).isEqualTo("wonen");
            assertThat(e.artikelnummer()).isEqualTo("3");
        });
    }

    @Test
    void anIdentificatieWrittenAsPlainTextAsSomePlanSoftwareDoesIsKept() {
        String bouwaanduiding = """
                <i:Bouwaanduiding g:id="NL.IMRO.0268.ID101733-00">
                  <i:identificatie>NL.IMRO.0268.ID101733-00</i:identificatie>
                  <i:typePlanobject>bouwaanduiding</i:typePlanobject>
                  <i:naam>onderdoorgang</i:naam>
                  <i:labelInfo><i:Label><i:tekst>[ond]</i:tekst></i:Label></i:labelInfo>
                  <i:geometrie>%s</i:geometrie>
                </i:Bouwaanduiding>""".formatted(ImroSnippets.polygon(ImroSnippets.SQUARE));
        ImroPlan plan = ImroSnippets.read(file(plangebied(), bouwaanduiding));
        assertThat(plan.bouwaanduidingen()).singleElement().satisfies(b -> {
            assertThat(b.identificatie()).isEqualTo("NL.IMRO.0268.ID101733-00");
            assertThat(b.labels()).containsExactly("[ond]");
        });
    }

    @Test
    void aFiguurMayBeALine() {
        ImroPlan plan = ImroSnippets.read(file(plangebied(), object("Figuur", "NL.IMRO.fig", "", """
                <g:Curve srsName="EPSG:28992"><g:segments><g:LineStringSegment><g:posList>150000 450000 150010 450010</g:posList>
                </g:LineStringSegment></g:segments></g:Curve>""")));
        assertThat(plan.figuren()).singleElement().satisfies(f -> assertThat(f.geometrie().getLength()).isCloseTo(Math.sqrt(200), within(1e-9)));
    }

    @Test
    void aFiguurWithASymbolInsteadOfAGeometrieIsPlacedAtTheSymbol() {
        String figuur = """
                <i:Figuur g:id="NL.IMRO.fig">
                  <i:identificatie><i:NEN3610ID><i:namespace>NL.IMRO</i:namespace><i:lokaalID>fig</i:lokaalID></i:NEN3610ID></i:identificatie>
                  <i:naam>karakteristiek</i:naam>
                  <i:symboolInfo><i:SymboolEnPositie><i:symboolCode>s042</i:symboolCode><i:positie><i:Labelpositie><i:plaatsingspunt>
                    <g:Point srsName="urn:ogc:def:crs:EPSG::28992"><g:pos>150005 450005</g:pos></g:Point>
                  </i:plaatsingspunt></i:Labelpositie></i:positie></i:SymboolEnPositie></i:symboolInfo>
                </i:Figuur>""";
        ImroPlan plan = ImroSnippets.read(file(plangebied(), figuur));
        assertThat(plan.figuren()).singleElement().satisfies(f -> {
            assertThat(f.symboolCode()).isEqualTo("s042");
            assertThat(f.geometrie().getCoordinate().x).isEqualTo(150005);
            assertThat(f.geometrie().getSRID()).isEqualTo(Rd.SRID);
        });
    }

    @Test
    void absurdlyDeepNestingIsRefusedNotACrash() {
        String deep = "<i:naam>".repeat(500) + "</i:naam>".repeat(500);
        ImroFileRejected e = org.assertj.core.api.Assertions.catchThrowableOfType(ImroFileRejected.class,
                () -> ImroSnippets.read(file(plangebied(), object("Bouwvlak", "NL.IMRO.bv", deep, ImroSnippets.polygon(ImroSnippets.SQUARE)))));
        assertThat(e.getMessage()).contains("nested more than");
    }

    @Test
    void readsFromAStreamProducedPieceByPiece() {
        int count = 5_000;
        String head = file(plangebied()).replace("</i:FeatureCollectionIMRO>", "");
        Enumeration<InputStream> pieces = new Enumeration<>() {
            int i = -1;

            @Override
            public boolean hasMoreElements() {
                return i <= count;
            }

            @Override
            public InputStream nextElement() {
                i++;
                String text = i == 0 ? head
                        : i <= count ? "<i:featureMember>" + object("Bouwvlak", "NL.IMRO.bv" + i, "", ImroSnippets.polygon(ImroSnippets.SQUARE))
                                + "</i:featureMember>"
                        : "</i:FeatureCollectionIMRO>";
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        };
        ImroPlan plan = ImroReader.read(new SequenceInputStream(pieces), "generated.gml");
        assertThat(plan.bouwvlakken()).hasSize(count);
        assertThat(plan.bouwvlakken().get(count - 1).identificatie()).isEqualTo("NL.IMRO.bv" + count);
    }
}
