package nl.stip.importing.baggpkg;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import nl.stip.addresses.AddressRecord;
import nl.stip.geo.Rd;
import nl.stip.importing.ImportOptions;
import nl.stip.importing.support.Attributes;
import nl.stip.importing.support.FeatureReader;
import nl.stip.importing.support.FeatureRecords;
import nl.stip.importing.support.SourceCrs;
import nl.stip.importing.support.SourceFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/**
 * Turns the features of one BAG GeoPackage layer into addresses. Points are used as they are; a ligplaats or
 * standplaats given as an area is placed at its centroid (or an interior point when the centroid falls outside).
 */
final class AddressFeatures extends FeatureRecords<AddressRecord> {

    private static final Pattern BAG_ID = Pattern.compile("\\d{16}");
    private static final Pattern POSTCODE = Pattern.compile("\\d{4}[A-Z]{2}");

    private final Attributes attributes;
    private final String source;

    AddressFeatures(FeatureReader features, Attributes attributes, String source) {
        super(features);
        this.attributes = attributes;
        this.source = source;
    }

    static Attributes attributes(ImportOptions options) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put("identificatie", List.of("nummer_id", "nummeraanduiding_id", "identificatie"));
        names.put("straatnaam", List.of("straatnaam", "openbare_ruimte_naam", "openbareruimtenaam"));
        names.put("huisnummer", List.of("huisnummer"));
        names.put("huisletter", List.of("huisletter"));
        names.put("toevoeging", List.of("toevoeging", "huisnummertoevoeging"));
        names.put("postcode", List.of("postcode"));
        names.put("woonplaats", List.of("woonplaats", "woonplaats_naam", "woonplaatsnaam"));
        names.put("status", List.of("status"));
        names.put("pand", List.of("pand_identificatie", "pandidentificatie", "pand_id"));
        return Attributes.of(names, options, "bag-gpkg");
    }

    @Override
    protected AddressRecord record(SourceFeature feature, Where where) {
        Map<String, Object> p = feature.properties();
        Integer huisnummer = attributes.integer(p, "huisnummer");
        if (huisnummer == null || huisnummer <= 0) {
            throw new IllegalArgumentException("no " + attributes.describe("huisnummer") + "; not an address");
        }
        String id = attributes.text(p, "identificatie");
        if (id == null || !BAG_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(id == null ? "no " + attributes.describe("identificatie")
                    : "identificatie '" + id + "' is not a 16-digit BAG id");
        }
        where.identify("nummeraanduiding " + id);
        String postcode = attributes.text(p, "postcode");
        if (postcode != null) {
            postcode = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
            if (!POSTCODE.matcher(postcode).matches()) {
                throw new IllegalArgumentException("postcode '" + postcode + "' is not a Dutch postcode (1234AB)");
            }
        }
        String pand = attributes.text(p, "pand");
        if (pand != null && !BAG_ID.matcher(pand).matches()) {
            throw new IllegalArgumentException("pand identificatie '" + pand + "' is not a 16-digit BAG id");
        }
        Point point = point(feature);
        return new AddressRecord(id, attributes.text(p, "straatnaam"), huisnummer, attributes.text(p, "huisletter"),
                attributes.text(p, "toevoeging"), postcode, attributes.text(p, "woonplaats"), attributes.text(p, "status"),
                pand, point, source);
    }

    private static Point point(SourceFeature feature) {
        Geometry geometry = geometry(feature);
        Point point;
        if (geometry instanceof Point p) {
            point = p;
        } else if (geometry instanceof Polygonal && geometry.isValid() && !geometry.isEmpty()) {
            Point centroid = geometry.getCentroid();
            point = geometry.contains(centroid) ? centroid : geometry.getInteriorPoint();
        } else {
            throw new IllegalArgumentException("geometry is a " + geometry.getGeometryType() + ", expected a Point (or a valid area)");
        }
        point.setSRID(Rd.SRID);
        String outside = SourceCrs.outsideDomain(point);
        if (outside != null) {
            throw new IllegalArgumentException(outside);
        }
        return point;
    }
}
