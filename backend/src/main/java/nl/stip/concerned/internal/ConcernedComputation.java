package nl.stip.concerned.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.stip.addresses.AddressQueries;
import nl.stip.addresses.AddressView;
import nl.stip.buildings.BuildingNear;
import nl.stip.buildings.BuildingQueries;
import nl.stip.buildings.BuildingView;
import nl.stip.geo.CrsTransform;
import nl.stip.geo.GeoJson;
import nl.stip.geo.Rd;
import nl.stip.parcels.ParcelNear;
import nl.stip.parcels.ParcelQueries;
import nl.stip.plans.PlanDirectory;
import nl.stip.plans.PlanFacts;
import nl.stip.concerned.internal.ConcernedViews.Party;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Computes who a plan concerns, through the public queries of plans, parcels, buildings and addresses: the current
 * buildings and the parcels within the configured distance of the plan's volumes (of its parcels while it has no
 * design), plus every parcel touching the plan's parcels (the plan's own parcels are not listed). Distances are to
 * the volumes (or the plan's parcels), directions from their centre, addresses only where the extract has them.
 */
@Component
class ConcernedComputation {

    /** The computed set and, per pand (also the buildings on touching parcels beyond the distance), where it lies. */
    record Computed(PlanFacts plan, double distance, String measuredFrom, Geometry source, List<Party> parties, Map<String, Place> panden) {
    }

    /** Where a pand lies relative to the plan. */
    record Place(double distance, String direction, String ring) {
    }

    private final PlanDirectory plans;
    private final ParcelQueries parcels;
    private final BuildingQueries buildings;
    private final AddressQueries addresses;
    private final double distance;

    ConcernedComputation(PlanDirectory plans, ParcelQueries parcels, BuildingQueries buildings, AddressQueries addresses,
                         @Value("${stip.concerned.distance:100}") double distance) {
        if (!(distance > 0 && distance <= 1000)) {
            throw new IllegalStateException("stip.concerned.distance must be more than 0 and at most 1000 metres, not " + distance);
        }
        this.plans = plans;
        this.parcels = parcels;
        this.buildings = buildings;
        this.addresses = addresses;
        this.distance = distance;
    }

    double distance() {
        return distance;
    }

    /** The concerned set of a plan; empty when the plan has neither volumes nor parcels to measure from. */
    Optional<Computed> compute(PlanFacts plan) {
        List<Long> own = plans.parcelIds(plan.id());
        Geometry volumes = volumes(plan.id());
        String measuredFrom = volumes != null ? "volumes" : "parcels";
        Geometry source = volumes;
        if (source == null) {
            source = parcels.unionWkt(own).map(ConcernedComputation::read).orElse(null);
        }
        if (source == null) {
            return Optional.empty();
        }
        Point centre = source.getCentroid();
        String wkt = source.toText();
        List<Party> parties = new ArrayList<>();
        Map<String, Place> panden = new LinkedHashMap<>();

        List<BuildingNear> near = buildings.near(wkt, distance);
        Map<String, List<AddressView>> byPand = addresses.ofPanden(near.stream().map(BuildingNear::identificatie).toList());
        for (BuildingNear b : near) {
            Place place = place(centre, b.x(), b.y(), b.distance());
            panden.put(b.identificatie(), place);
            List<AddressView> known = byPand.getOrDefault(b.identificatie(), List.of());
            parties.add(new Party("building", b.identificatie(), "Pand " + b.identificatie(), round(b.distance()), place.direction(),
                    place.ring(), false, known.stream().map(AddressView::label).toList(),
                    known.stream().map(AddressView::identificatie).toList(), b.footprint()));
        }
        List<ParcelNear> nearParcels = parcels.near(volumes == null ? null : wkt, distance, own);
        Map<Long, List<AddressView>> byParcel = addresses.onParcels(parcels.outlines(nearParcels.stream().map(ParcelNear::id).toList()));
        for (ParcelNear p : nearParcels) {
            Place place = place(centre, p.x(), p.y(), p.distance());
            List<AddressView> known = byParcel.getOrDefault(p.id(), List.of());
            parties.add(new Party("parcel", String.valueOf(p.id()), p.kadastraleAanduiding(), round(p.distance()), place.direction(),
                    place.ring(), p.touching(), known.stream().map(AddressView::label).toList(),
                    known.stream().map(AddressView::identificatie).toList(), p.geometry()));
            if (p.distance() > distance) {
                // a touching parcel beyond the distance: its buildings' residents are concerned through it
                for (BuildingView b : parcels.outline(p.id()).map(buildings::onParcel).orElse(List.of())) {
                    panden.putIfAbsent(b.identificatie(), place);
                }
            }
        }
        return Optional.of(new Computed(plan, distance, measuredFrom, source, parties, panden));
    }

    /** The area within the distance of the plan's volumes (or parcels), as a WGS84 GeoJSON polygon. */
    Map<String, Object> area(Computed computed) {
        return GeoJson.wgs84(computed.source().buffer(computed.distance(), 16));
    }

    private static Place place(Point centre, double x, double y, double metres) {
        return new Place(round(metres), Compass.direction(centre.getX(), centre.getY(), x, y), Compass.ring(metres));
    }

    static double round(double metres) {
        return Math.round(metres * 10) / 10.0;
    }

    /** The union of the current design's footprints in RD New, or null without volumes. */
    private Geometry volumes(long planId) {
        Optional<JsonNode> design = plans.design(planId, 0);
        if (design.isEmpty()) {
            return null;
        }
        List<Geometry> footprints = new ArrayList<>();
        for (JsonNode v : design.get().path("volumes")) {
            JsonNode ring = v.path("footprint").path("coordinates").path(0);
            if (ring.size() < 4) {
                continue;
            }
            Coordinate[] coordinates = new Coordinate[ring.size()];
            for (int i = 0; i < ring.size(); i++) {
                coordinates[i] = CrsTransform.toRd(ring.get(i).path(0).asDouble(), ring.get(i).path(1).asDouble());
            }
            Polygon polygon = Rd.GEOMETRY.createPolygon(coordinates);
            footprints.add(polygon.isValid() ? polygon : polygon.buffer(0));
        }
        if (footprints.isEmpty()) {
            return null;
        }
        Geometry union = Rd.GEOMETRY.buildGeometry(footprints).union();
        union.setSRID(Rd.SRID);
        return union;
    }

    private static Geometry read(String wkt) {
        try {
            Geometry g = new WKTReader(Rd.GEOMETRY).read(wkt);
            g.setSRID(Rd.SRID);
            return g;
        } catch (ParseException e) {
            throw new IllegalStateException("The parcels' union is not readable WKT", e);
        }
    }

    /** Households (distinct known addresses) per ring, each address in its nearest ring. */
    static Map<String, Long> addressesPerRing(Collection<Party> parties) {
        Map<String, String> ringOf = new HashMap<>();
        parties.stream().sorted(java.util.Comparator.comparingDouble(Party::distance))
                .forEach(p -> p.addressIds().forEach(id -> ringOf.putIfAbsent(id, p.ring())));
        Map<String, Long> count = new HashMap<>();
        ringOf.values().forEach(r -> count.merge(r, 1L, Long::sum));
        return count;
    }
}
