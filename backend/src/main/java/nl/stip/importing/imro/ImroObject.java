package nl.stip.importing.imro;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

/**
 * One plan object of an IMRO2012 bestemmingsplan (bestemming, bouwvlak, maatvoering, aanduiding, figuur).
 *
 * @param identificatie the IMRO identificatie (NL.IMRO....), the object's identity and what citations name
 * @param groep bestemmingshoofdgroep (bestemmingen) or gebiedsaanduidinggroep; null for the others
 * @param artikelnummer the article of the plan's regels, where the object names one
 * @param tekstverwijzingen verwijzingNaarTekst values (the regels' HTML anchors), in file order
 * @param symboolCode the symbol code of the national symbol list (e.g. s111), where present
 * @param labels the label texts the plan map shows (e.g. "W", "(sw-wodvnt)")
 * @param waarden the WaardeEnType pairs (Maatvoering only; empty for the others)
 * @param bestemmingsvlakken identificaties of the bestemmingen this object belongs to ({@code bestemmingsvlak} links)
 * @param aanduidingen identificaties of the aanduidingen / bouwvlakken this object refers to ({@code aanduiding} links)
 * @param geometrie SRID 28992; a MultiPolygon for every type but Figuur (which may also be a line or point)
 * @param line the line in the file where the object starts
 */
public record ImroObject(ImroObjectType type, String identificatie, String naam, String groep, String artikelnummer,
        List<String> tekstverwijzingen, String symboolCode, List<String> labels, List<ImroValue> waarden,
        List<String> bestemmingsvlakken, List<String> aanduidingen, Geometry geometrie, int line) {

    public ImroObject {
        tekstverwijzingen = List.copyOf(tekstverwijzingen);
        labels = List.copyOf(labels);
        waarden = List.copyOf(waarden);
        bestemmingsvlakken = List.copyOf(bestemmingsvlakken);
        aanduidingen = List.copyOf(aanduidingen);
    }
}
