package nl.stip.importing.imro;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * An IMRO2012 bestemmingsplan as read from one GML file: the plan (its Bestemmingsplangebied) and its objects, one list
 * per type, each in file order; references between objects are IMRO identificaties that all resolve within the plan.
 * {@code warnings} are the problems that did not refuse the plan (such as an unknown waardeType).
 */
public record ImroPlan(String identificatie, String naam, String typePlan, String planstatus, LocalDate planstatusDatum,
        String naamOverheid, String overheidsCode, List<String> tekstverwijzingen, MultiPolygon gebied,
        List<ImroObject> enkelbestemmingen, List<ImroObject> dubbelbestemmingen, List<ImroObject> bouwvlakken,
        List<ImroObject> maatvoeringen, List<ImroObject> functieaanduidingen, List<ImroObject> bouwaanduidingen,
        List<ImroObject> gebiedsaanduidingen, List<ImroObject> figuren, List<ImroProblem> warnings) {

    /** Every object of the plan, type by type. */
    public Stream<ImroObject> objects() {
        return Stream.of(enkelbestemmingen, dubbelbestemmingen, bouwvlakken, maatvoeringen, functieaanduidingen,
                bouwaanduidingen, gebiedsaanduidingen, figuren).flatMap(List::stream);
    }

    /** The objects by identificatie. */
    public Map<String, ImroObject> byIdentificatie() {
        return objects().collect(Collectors.toMap(ImroObject::identificatie, Function.identity()));
    }

    /** The maatvoeringen that refer to this object (a bouwvlak or a bestemming) through an aanduiding or bestemmingsvlak link. */
    public List<ImroObject> maatvoeringenOf(String identificatie) {
        return maatvoeringen.stream()
                .filter(m -> m.aanduidingen().contains(identificatie) || m.bestemmingsvlakken().contains(identificatie))
                .toList();
    }
}
