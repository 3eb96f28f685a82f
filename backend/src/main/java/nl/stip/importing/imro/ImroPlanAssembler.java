package nl.stip.importing.imro;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Puts the objects read into one plan: the one Bestemmingsplangebied, unique identificaties, and every link
 * (bestemmingsvlak, aanduiding, plangebied) resolved from gml:id to the IMRO identificatie of an object of a fitting
 * type. What does not fit is added to the problems as an error.
 */
final class ImroPlanAssembler {

    private static final Set<ImroObjectType> BESTEMMINGEN = EnumSet.of(ImroObjectType.ENKELBESTEMMING, ImroObjectType.DUBBELBESTEMMING);

    private final List<XmlElement> plangebieden;
    private final Map<ImroObjectType, List<ImroObjectReader.Read>> read;
    private final Set<String> refused;
    private final List<ImroProblem> problems;
    private final Map<String, ImroObject> byReference = new HashMap<>();

    /** {@code refused}: gml:ids and identificaties of objects already refused (links to them add no further error). */
    ImroPlanAssembler(List<XmlElement> plangebieden, Map<ImroObjectType, List<ImroObjectReader.Read>> read, Set<String> refused,
            List<ImroProblem> problems) {
        this.plangebieden = plangebieden;
        this.read = read;
        this.refused = refused;
        this.problems = problems;
    }

    /** The plan, or null when there is no usable Bestemmingsplangebied (the reason is in the problems). */
    ImroPlan plan() {
        if (plangebieden.isEmpty()) {
            problems.add(ImroProblem.error(null, 0, "no Bestemmingsplangebied: the file holds no bestemmingsplan"));
        } else if (plangebieden.size() > 1) {
            problems.add(ImroProblem.error(null, plangebieden.get(1).line(), plangebieden.size()
                    + " Bestemmingsplangebieden: one plan per file"));
        }
        XmlElement gebied = plangebieden.isEmpty() ? null : plangebieden.get(0);
        String planId = gebied == null ? null : ImroObjectReader.identificatie(gebied);
        index();
        Map<ImroObjectType, List<ImroObject>> objects = resolve(gebied == null ? null : gebied.attribute("id"), planId);
        if (gebied == null) {
            return null;
        }
        int before = problems.size();
        Geometry area = ImroObjectReader.geometry("Bestemmingsplangebied", true, gebied, planId, problems);
        String naam = gebied.childText("naam");
        if (naam == null) {
            problems.add(ImroProblem.error(planId, gebied.line(), "Bestemmingsplangebied without a naam"));
        }
        String planstatus = null;
        LocalDate datum = null;
        XmlElement status = gebied.child("planstatusInfo");
        if (status != null) {
            planstatus = first(status, "planstatus");
            String date = first(status, "datum");
            try {
                datum = date == null ? null : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.add(ImroProblem.error(planId, status.line(), "planstatus datum \"" + date + "\" is not a date (yyyy-mm-dd)"));
            }
        }
        if (planstatus == null) {
            problems.add(ImroProblem.error(planId, gebied.line(), "Bestemmingsplangebied without a planstatus"));
        }
        if (problems.size() > before && problems.subList(before, problems.size()).stream()
                .anyMatch(p -> p.severity() == ImroProblem.Severity.ERROR)) {
            return null;
        }
        List<ImroProblem> warnings = problems.stream().filter(p -> p.severity() == ImroProblem.Severity.WARNING).toList();
        return new ImroPlan(planId, naam, gebied.childText("typePlan"), planstatus, datum, gebied.childText("naamOverheid"),
                gebied.childText("overheidsCode"), ImroObjectReader.tekstverwijzingen(gebied), (MultiPolygon) area,
                objects.get(ImroObjectType.ENKELBESTEMMING), objects.get(ImroObjectType.DUBBELBESTEMMING),
                objects.get(ImroObjectType.BOUWVLAK), objects.get(ImroObjectType.MAATVOERING),
                objects.get(ImroObjectType.FUNCTIEAANDUIDING), objects.get(ImroObjectType.BOUWAANDUIDING),
                objects.get(ImroObjectType.GEBIEDSAANDUIDING), objects.get(ImroObjectType.FIGUUR), warnings);
    }

    private void index() {
        Map<String, ImroObject> byId = new HashMap<>();
        for (List<ImroObjectReader.Read> list : read.values()) {
            for (ImroObjectReader.Read r : list) {
                ImroObject o = r.object();
                ImroObject earlier = byId.putIfAbsent(o.identificatie(), o);
                if (earlier != null) {
                    problems.add(ImroProblem.error(o.identificatie(), o.line(), "identificatie also used by the "
                            + earlier.type().elementName() + " at line " + earlier.line()));
                }
                byReference.put(o.identificatie(), o);
                if (r.gmlId() != null) {
                    byReference.put(r.gmlId(), o);
                }
            }
        }
    }

    private Map<ImroObjectType, List<ImroObject>> resolve(String planGmlId, String planId) {
        Map<ImroObjectType, List<ImroObject>> out = new HashMap<>();
        for (ImroObjectType type : ImroObjectType.values()) {
            List<ImroObject> objects = new ArrayList<>();
            for (ImroObjectReader.Read r : read.getOrDefault(type, List.of())) {
                ImroObject o = r.object();
                List<String> bestemmingen = links(o, "bestemmingsvlak", r.bestemmingsvlakIds(), true);
                List<String> aanduidingen = links(o, "aanduiding", r.aanduidingIds(), false);
                objects.add(new ImroObject(o.type(), o.identificatie(), o.naam(), o.groep(), o.artikelnummer(), o.tekstverwijzingen(),
                        o.symboolCode(), o.labels(), o.waarden(), bestemmingen, aanduidingen, o.geometrie(), o.line()));
            }
            out.put(type, List.copyOf(objects));
        }
        checkPlangebiedLinks(planGmlId, planId);
        return out;
    }

    private List<String> links(ImroObject from, String link, List<String> refs, boolean toBestemming) {
        List<String> resolved = new ArrayList<>();
        for (String ref : refs) {
            ImroObject target = byReference.get(ref);
            if (target == null && refused.contains(ref)) {
                continue; // its own error is reported already
            }
            if (target == null) {
                problems.add(ImroProblem.error(from.identificatie(), from.line(), link + " link to \"" + ref + "\": no such object in the file"));
            } else if (BESTEMMINGEN.contains(target.type()) != toBestemming) {
                problems.add(ImroProblem.error(from.identificatie(), from.line(), link + " link to " + target.identificatie()
                        + " names a " + target.type().elementName() + (toBestemming ? ", not a bestemming" : ", not an aanduiding")));
            } else {
                resolved.add(target.identificatie());
            }
        }
        return resolved;
    }

    private void checkPlangebiedLinks(String planGmlId, String planId) {
        if (planGmlId == null && planId == null) {
            return;
        }
        for (List<ImroObjectReader.Read> list : read.values()) {
            for (ImroObjectReader.Read r : list) {
                // the plangebied links were not kept on the record: they all must name this one plan
                for (String ref : r.plangebiedIds()) {
                    if (!ref.equals(planGmlId) && !ref.equals(planId)) {
                        problems.add(ImroProblem.error(r.object().identificatie(), r.object().line(),
                                "plangebied link to \"" + ref + "\", not to this file's plan " + planId));
                    }
                }
            }
        }
    }

    private static String first(XmlElement e, String name) {
        List<XmlElement> found = e.descendants(name);
        return found.isEmpty() || found.get(0).text().isEmpty() ? null : found.get(0).text();
    }
}
