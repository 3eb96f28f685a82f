package nl.stip.importing.imro;

import java.util.ArrayList;
import java.util.List;

import nl.stip.geo.Rd;
import nl.stip.importing.support.Polygons;
import nl.stip.importing.support.SourceCrs;
import nl.stip.importing.support.Validity;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/**
 * One IMRO2012 feature element to its record: identificatie, texts, values, links (still as gml:ids, resolved by
 * {@link ImroReader} once the whole file is read) and geometry (read and checked). Problems go to the list given;
 * an object with an error comes back null.
 */
final class ImroObjectReader {

    /** An object as read, with its links still naming gml:ids. */
    record Read(ImroObject object, String gmlId, List<String> bestemmingsvlakIds, List<String> aanduidingIds,
            List<String> plangebiedIds) {
    }

    private ImroObjectReader() {
    }

    static Read read(ImroObjectType type, XmlElement e, List<ImroProblem> problems) {
        String gmlId = e.attribute("id");
        String id = identificatie(e);
        int before = errors(problems);
        List<ImroValue> waarden = type == ImroObjectType.MAATVOERING ? waarden(e, id, problems) : List.of();
        Geometry geometry = type == ImroObjectType.FIGUUR && e.child("geometrie") == null && !symbolPoints(e).isEmpty()
                ? symbolGeometry(e, id, problems)
                : geometry(type.elementName(), type.area(), e, id, problems);
        if (errors(problems) > before) {
            return null;
        }
        String groep = e.childText("bestemmingshoofdgroep") != null ? e.childText("bestemmingshoofdgroep")
                : e.childText("gebiedsaanduidinggroep");
        ImroObject object = new ImroObject(type, id, e.childText("naam"), groep, e.childText("artikelnummer"),
                tekstverwijzingen(e), symboolCode(e), labels(e), waarden, List.of(), List.of(), geometry, e.line());
        return new Read(object, gmlId, hrefs(e, "bestemmingsvlak"), hrefs(e, "aanduiding"), hrefs(e, "plangebied"));
    }

    /** The IMRO identificatie: the NEN3610ID (namespace.lokaalID[-versie]), a plain identificatie text, or the gml:id. */
    static String identificatie(XmlElement e) {
        XmlElement identificatie = e.child("identificatie");
        if (identificatie != null) {
            XmlElement nen = identificatie.child("NEN3610ID");
            if (nen != null && nen.childText("lokaalID") != null) {
                String namespace = nen.childText("namespace");
                String versie = nen.childText("versie");
                return (namespace == null ? "" : namespace + ".") + nen.childText("lokaalID") + (versie == null ? "" : "-" + versie);
            }
            if (!identificatie.text().isEmpty()) {
                return identificatie.text();
            }
        }
        return e.attribute("id") != null ? e.attribute("id") : e.name() + " at line " + e.line();
    }

    static List<String> tekstverwijzingen(XmlElement e) {
        List<String> found = new ArrayList<>();
        for (XmlElement info : e.children("verwijzingNaarTekstInfo")) {
            info.descendants("verwijzingNaarTekst").forEach(v -> found.add(v.text()));
        }
        e.children("verwijzingNaarTekst").forEach(v -> found.add(v.text()));
        return found.stream().filter(s -> !s.isEmpty()).toList();
    }

    /** The geometry under {@code geometrie}: an area (as MultiPolygon) for all but Figuur; checked for validity. */
    static Geometry geometry(String what, boolean area, XmlElement e, String id, List<ImroProblem> problems) {
        XmlElement holder = e.child("geometrie");
        if (holder == null || holder.onlyChild() == null) {
            problems.add(ImroProblem.error(id, e.line(), what + " without a geometrie"));
            return null;
        }
        try {
            GmlGeometries.requireRd(holder.attribute("srsName"));
            Geometry geometry = GmlGeometries.read(holder.onlyChild());
            if (!area) {
                String problem = Validity.problem(geometry);
                if (problem != null) {
                    throw new IllegalArgumentException(problem);
                }
                return geometry;
            }
            MultiPolygon multi = Polygons.multi(geometry);
            Polygons.require(multi);
            return multi;
        } catch (IllegalArgumentException ex) {
            problems.add(ImroProblem.error(id, holder.line(), what + " geometrie: " + ex.getMessage()));
            return null;
        }
    }

    /** The placement points of a figure's symbols: IMRO2012 lets a Figuur have a symbol instead of a geometrie. */
    private static List<XmlElement> symbolPoints(XmlElement e) {
        XmlElement info = e.child("symboolInfo");
        return info == null ? List.of() : info.descendants("Point");
    }

    private static Geometry symbolGeometry(XmlElement e, String id, List<ImroProblem> problems) {
        XmlElement info = e.child("symboolInfo");
        try {
            List<Point> points = new ArrayList<>();
            for (XmlElement point : symbolPoints(e)) {
                points.add((Point) GmlGeometries.read(point));
            }
            Geometry g = points.size() == 1 ? points.get(0) : Rd.GEOMETRY.createMultiPoint(points.toArray(Point[]::new));
            g.setSRID(Rd.SRID);
            String problem = SourceCrs.outsideDomain(g);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            return g;
        } catch (IllegalArgumentException ex) {
            problems.add(ImroProblem.error(id, info.line(), "Figuur symboolInfo: " + ex.getMessage()));
            return null;
        }
    }

    private static List<ImroValue> waarden(XmlElement e, String id, List<ImroProblem> problems) {
        List<ImroValue> values = new ArrayList<>();
        for (XmlElement pair : e.descendants("WaardeEnType")) {
            String type = pair.childText("waardeType");
            String text = pair.childText("waarde");
            if (type == null) {
                problems.add(ImroProblem.error(id, pair.line(), "WaardeEnType without a waardeType"));
                continue;
            }
            Double number = ImroWaardeTypes.number(text);
            if (number == null) {
                problems.add(ImroProblem.error(id, pair.line(), "waarde " + (text == null ? "(empty)" : "\"" + text + "\"")
                        + " of \"" + type + "\" is not a number"));
                continue;
            }
            boolean known = ImroWaardeTypes.known(type);
            if (!known) {
                problems.add(ImroProblem.warning(id, pair.line(), "unknown waardeType \"" + type + "\" (kept, marked unknown)"));
            }
            values.add(new ImroValue(type, number, text, pair.childText("symboolCode"), known));
        }
        if (values.isEmpty() && problems.stream().noneMatch(p -> id.equals(p.object()))) {
            problems.add(ImroProblem.warning(id, e.line(), "Maatvoering without any WaardeEnType"));
        }
        return values;
    }

    private static String symboolCode(XmlElement e) {
        String direct = e.childText("symboolCode");
        if (direct != null) {
            return direct;
        }
        XmlElement info = e.child("symboolInfo");
        if (info != null) {
            List<XmlElement> codes = info.descendants("symboolCode");
            if (!codes.isEmpty() && !codes.get(0).text().isEmpty()) {
                return codes.get(0).text();
            }
        }
        return null;
    }

    private static List<String> labels(XmlElement e) {
        List<String> labels = new ArrayList<>();
        for (XmlElement info : e.children("labelInfo")) {
            info.descendants("tekst").stream().map(XmlElement::text).filter(t -> !t.isEmpty()).forEach(labels::add);
        }
        return labels;
    }

    /** The gml:ids named by this object's links of one kind ({@code xlink:href="#id"}, or a URL ending in #id). */
    static List<String> hrefs(XmlElement e, String link) {
        List<String> ids = new ArrayList<>();
        for (XmlElement ref : e.children(link)) {
            String href = ref.attribute("href");
            if (href != null && !href.isBlank()) {
                ids.add(href.substring(href.indexOf('#') + 1).trim());
            }
        }
        return ids;
    }

    private static int errors(List<ImroProblem> problems) {
        return (int) problems.stream().filter(p -> p.severity() == ImroProblem.Severity.ERROR).count();
    }
}
