package nl.stip.importing.imro;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.stip.rules.ImroNorms;
import nl.stip.rules.RuleAreaRecord;
import nl.stip.rules.RuleMeasure;
import nl.stip.rules.RulePlanRecord;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * An {@link ImroPlan} as records of the one rule model: the plan, and each plan object with its kind, function (from
 * the bestemmingshoofdgroep), citation, every measure as written, and the known measures as norms. What cannot be a
 * record is collected in {@code problems} (naming the IMRO id and line); what is kept but worth saying in {@code warnings}.
 */
final class ImroRuleObjects {

    /** IMRO2012 bestemmingshoofdgroepen onto Stip's functions; a hoofdgroep not listed becomes "overig". */
    static final Map<String, String> FUNCTIONS = Map.ofEntries(
            Map.entry("wonen", "wonen"), Map.entry("woongebied", "wonen"), Map.entry("gemengd", "gemengd"),
            Map.entry("centrum", "centrum"), Map.entry("bedrijf", "bedrijf"), Map.entry("bedrijventerrein", "bedrijf"),
            Map.entry("groen", "groen"), Map.entry("water", "water"), Map.entry("verkeer", "verkeer"),
            Map.entry("maatschappelijk", "maatschappelijk"), Map.entry("tuin", "tuin"), Map.entry("sport", "sport"),
            Map.entry("agrarisch", "agrarisch"), Map.entry("agrarisch met waarden", "agrarisch"),
            Map.entry("cultuur en ontspanning", "cultuur-en-ontspanning"), Map.entry("detailhandel", "detailhandel"),
            Map.entry("dienstverlening", "dienstverlening"), Map.entry("horeca", "horeca"), Map.entry("kantoor", "kantoor"),
            Map.entry("recreatie", "recreatie"), Map.entry("bos", "bos"), Map.entry("natuur", "natuur"),
            Map.entry("waarde", "waarde"), Map.entry("leiding", "leiding"), Map.entry("waterstaat", "waterstaat"),
            Map.entry("overig", "overig"));

    private static final Map<ImroObjectType, String> KINDS = Map.of(
            ImroObjectType.ENKELBESTEMMING, "bestemming", ImroObjectType.DUBBELBESTEMMING, "dubbelbestemming",
            ImroObjectType.BOUWVLAK, "bouwvlak", ImroObjectType.MAATVOERING, "maatvoering",
            ImroObjectType.FUNCTIEAANDUIDING, "functieaanduiding", ImroObjectType.BOUWAANDUIDING, "bouwaanduiding",
            ImroObjectType.GEBIEDSAANDUIDING, "gebiedsaanduiding", ImroObjectType.FIGUUR, "figuur");

    final RulePlanRecord plan;
    final List<RuleAreaRecord> objects = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    ImroRuleObjects(ImroPlan imro, String fileName) {
        String source = "IMRO2012-bestand " + fileName + (imro.naamOverheid() == null ? "" : ", " + imro.naamOverheid());
        String attribution = "Bron: " + (imro.naamOverheid() != null ? imro.naamOverheid() : "de overheid die het plan vaststelt")
                + ", plan " + imro.identificatie();
        this.plan = new RulePlanRecord(imro.identificatie(), imro.naam(), imro.typePlan(), imro.planstatus(), imro.planstatusDatum(),
                join(imro.tekstverwijzingen()), imro.naamOverheid(), source, attribution, false, imro.gebied());
        imro.warnings().forEach(w -> warnings.add(w.toString()));
        imro.objects().forEach(o -> {
            try {
                RuleAreaRecord record = record(o, source);
                if (record != null) {
                    objects.add(record);
                }
            } catch (IllegalArgumentException e) {
                problems.add("line " + o.line() + ": " + o.identificatie() + ": " + e.getMessage());
            }
        });
    }

    private RuleAreaRecord record(ImroObject o, String source) {
        if (!(o.geometrie() instanceof MultiPolygon area)) {
            // only a Figuur may be a line or a point; the rule model holds areas
            warnings.add("line " + o.line() + ": " + o.identificatie() + ": Figuur '" + o.naam() + "' is a "
                    + o.geometrie().getGeometryType() + ", not an area: not stored");
            return null;
        }
        String kind = KINDS.get(o.type());
        String function = switch (o.type()) {
            case ENKELBESTEMMING, DUBBELBESTEMMING -> function(o);
            default -> null;
        };
        List<RuleMeasure> measures = new ArrayList<>();
        Double height = null;
        Double eaves = null;
        Double builtUp = null;
        for (ImroValue v : o.waarden()) {
            measures.add(new RuleMeasure(v.waardeType(), v.waarde(), v.text(), v.known()));
            String norm = ImroNorms.normKey(v.waardeType());
            if (norm == null) {
                continue;
            }
            switch (norm) {
                case "max-hoogte" -> height = min(height, v.waarde());
                case "max-goothoogte" -> eaves = min(eaves, v.waarde());
                default -> builtUp = min(builtUp, v.waarde());
            }
        }
        if (height != null && eaves != null && eaves > height) {
            warnings.add("line " + o.line() + ": " + o.identificatie() + ": maximum goothoogte " + eaves + " m is above the maximum bouwhoogte "
                    + height + " m; both are kept as written, only the bouwhoogte is checked");
            eaves = null;
        }
        String name = o.naam() != null && !o.naam().isBlank() ? o.naam() : o.type().elementName();
        return new RuleAreaRecord(o.identificatie(), name, function, height, eaves, builtUp, null, false, false, null, null, source,
                false, area, kind, o.identificatie(), o.artikelnummer(), join(o.tekstverwijzingen()), o.symboolCode(), o.groep(), measures);
    }

    private String function(ImroObject o) {
        String groep = o.groep() == null ? "" : o.groep().trim().toLowerCase(Locale.ROOT);
        String function = FUNCTIONS.get(groep);
        if (function == null) {
            warnings.add("line " + o.line() + ": " + o.identificatie() + ": bestemmingshoofdgroep '" + o.groep() + "' is not on the IMRO2012 list; stored as 'overig'");
            return "overig";
        }
        return function;
    }

    private static Double min(Double current, double value) {
        return current == null ? value : Math.min(current, value);
    }

    private static String join(List<String> texts) {
        return texts.isEmpty() ? null : String.join(" ", texts);
    }
}
