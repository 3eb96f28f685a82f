package nl.stip.importing.parcels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.stip.importing.ImportOptions;
import nl.stip.importing.support.Attributes;
import nl.stip.importing.support.FeatureReader;
import nl.stip.importing.support.FeatureRecords;
import nl.stip.importing.support.Polygons;
import nl.stip.importing.support.SourceFeature;
import nl.stip.parcels.KadastraleAanduiding;
import nl.stip.parcels.ParcelRecord;
import org.locationtech.jts.geom.Polygon;

/** Turns the features of one vector file into parcel records, by the (mapped) attribute names. */
final class ParcelFeatures extends FeatureRecords<ParcelRecord> {

    static final Map<String, List<String>> TARGETS = targets();

    private final Attributes attributes;
    private final String source;
    private final boolean aanduidingMapped;

    ParcelFeatures(FeatureReader features, Attributes attributes, ImportOptions options, String source) {
        super(features);
        this.attributes = attributes;
        this.source = source;
        this.aanduidingMapped = options.mapping().containsKey("aanduiding");
    }

    static Attributes attributes(ImportOptions options) {
        return Attributes.of(TARGETS, options, "parcels");
    }

    private static Map<String, List<String>> targets() {
        Map<String, List<String>> targets = new LinkedHashMap<>();
        targets.put("aanduiding", List.of("kadastrale_aanduiding", "kadastraleAanduiding"));
        targets.put("gemeente", List.of("akr_kadastrale_gemeente", "kadastraleGemeente"));
        targets.put("sectie", List.of("sectie"));
        targets.put("perceelnummer", List.of("perceelnummer"));
        targets.put("area", List.of("kadastrale_grootte_m2", "kadastraleGrootte", "grootte"));
        return Map.copyOf(targets);
    }

    @Override
    protected ParcelRecord record(SourceFeature feature, Where where) {
        Map<String, Object> p = feature.properties();
        KadastraleAanduiding aanduiding = aanduiding(p);
        Double area = attributes.number(p, "area");
        if (area != null && (area < 0 || area.isNaN() || area.isInfinite())) {
            throw new IllegalArgumentException("registered area " + area + " is not a size in m²");
        }
        Polygon polygon = Polygons.require(Polygons.single(geometry(feature)));
        return new ParcelRecord(aanduiding.gemeente(), aanduiding.sectie(), aanduiding.perceelnummer(), area, polygon, source, false);
    }

    private KadastraleAanduiding aanduiding(Map<String, Object> p) {
        String text = attributes.text(p, "aanduiding");
        if (text != null) {
            return KadastraleAanduiding.parse(text);
        }
        if (aanduidingMapped) {
            throw new IllegalArgumentException("no kadastrale aanduiding in " + attributes.describe("aanduiding"));
        }
        String gemeente = attributes.text(p, "gemeente");
        String sectie = attributes.text(p, "sectie");
        Integer nummer = attributes.integer(p, "perceelnummer");
        if (gemeente == null || sectie == null || nummer == null) {
            throw new IllegalArgumentException("no kadastrale aanduiding: neither " + attributes.describe("aanduiding") + " nor all of "
                    + attributes.describe("gemeente") + ", " + attributes.describe("sectie") + ", " + attributes.describe("perceelnummer"));
        }
        return KadastraleAanduiding.parse(gemeente + " " + sectie + " " + nummer);
    }
}
