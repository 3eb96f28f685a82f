package nl.stip.rules;

import java.time.LocalDate;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * A plan to store: an IMRO2012 bestemmingsplan, the demo omgevingsplan or one file of rule areas. {@code identificatie}
 * is its identity (the IMRO identificatie, or the file's source label): importing the same identificatie again replaces
 * the plan. {@code planstatus} and {@code planDate} decide which plan applies where plans overlap; {@code area} is the
 * plan area where the source gives one.
 */
public record RulePlanRecord(String identificatie, String naam, String typePlan, String planstatus, LocalDate planDate,
                             String textRef, String overheid, String source, String licence, boolean demo, MultiPolygon area) {

    public RulePlanRecord {
        if (identificatie == null || identificatie.isBlank()) {
            throw new IllegalArgumentException("a plan without identificatie");
        }
        if (naam == null || naam.isBlank()) {
            throw new IllegalArgumentException("plan " + identificatie + " has no naam");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("plan " + identificatie + " has no source");
        }
    }

    /** A file of rule areas: the plan is the file (its source label), with no status or date of its own. */
    public static RulePlanRecord ofFile(String source) {
        return new RulePlanRecord(source, source, null, null, null, null, null, source, null, false, null);
    }
}
