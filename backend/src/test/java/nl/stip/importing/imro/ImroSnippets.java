package nl.stip.importing.imro;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Small hand-made IMRO2012 files for the reader tests: a plan with the given feature members. */
final class ImroSnippets {

    static final String SQUARE = "149900 449900 150100 449900 150100 450100 149900 450100 149900 449900";

    private ImroSnippets() {
    }

    static ImroPlan read(String xml) {
        return ImroReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.gml");
    }

    static String file(String... members) {
        StringBuilder s = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <i:FeatureCollectionIMRO xmlns:i="http://www.geonovum.nl/imro/2012/1.1" xmlns:g="http://www.opengis.net/gml/3.2"
                    xmlns:xl="http://www.w3.org/1999/xlink" g:id="c">
                """);
        for (String member : members) {
            s.append("<i:featureMember>").append(member).append("</i:featureMember>\n");
        }
        return s.append("</i:FeatureCollectionIMRO>").toString();
    }

    static String plangebied() {
        return """
                <i:Bestemmingsplangebied g:id="NL.IMRO.9999.TEST-0001">
                  <i:identificatie><i:NEN3610ID><i:namespace>NL.IMRO</i:namespace><i:lokaalID>9999.TEST</i:lokaalID>
                    <i:versie>0001</i:versie></i:NEN3610ID></i:identificatie>
                  <i:typePlan>bestemmingsplan</i:typePlan>
                  <i:naam>Testplan</i:naam>
                  <i:planstatusInfo><i:PlanstatusEnDatum><i:planstatus>vastgesteld</i:planstatus><i:datum>2020-01-01</i:datum>
                    </i:PlanstatusEnDatum></i:planstatusInfo>
                  <i:geometrie>%s</i:geometrie>
                </i:Bestemmingsplangebied>""".formatted(polygon(SQUARE));
    }

    static String polygon(String posList) {
        return "<g:Polygon srsName=\"urn:ogc:def:crs:EPSG::28992\"><g:exterior><g:LinearRing><g:posList>" + posList
                + "</g:posList></g:LinearRing></g:exterior></g:Polygon>";
    }

    /** A plan object of the given type with an id, extra elements and a geometry. */
    static String object(String type, String id, String extra, String geometry) {
        return """
                <i:%1$s g:id="%2$s">
                  <i:identificatie><i:NEN3610ID><i:namespace>NL.IMRO</i:namespace><i:lokaalID>%3$s</i:lokaalID></i:NEN3610ID></i:identificatie>
                  <i:plangebied xl:href="#NL.IMRO.9999.TEST-0001"/>
                  <i:naam>test</i:naam>
                  %4$s
                  <i:geometrie>%5$s</i:geometrie>
                </i:%1$s>""".formatted(type, id, id.substring("NL.IMRO.".length()), extra, geometry);
    }

    static String maatvoering(String id, String waardeType, String waarde) {
        return object("Maatvoering", id, "<i:maatvoeringInfo><i:WaardeEnType><i:waarde>" + waarde + "</i:waarde><i:waardeType>"
                + waardeType + "</i:waardeType></i:WaardeEnType></i:maatvoeringInfo>", polygon(SQUARE));
    }
}
