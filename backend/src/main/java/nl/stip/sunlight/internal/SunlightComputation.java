package nl.stip.sunlight.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.stip.buildings.BuildingBlock;
import nl.stip.geo.CrsTransform;
import nl.stip.geo.GeoJson;
import nl.stip.geo.Rd;
import nl.stip.parcels.ParcelQueries.Outline;
import nl.stip.sunlight.SunlightStudy.DayHours;
import nl.stip.sunlight.SunlightStudy.Garden;
import nl.stip.sunlight.SunlightStudy.Neighbour;
import nl.stip.sunlight.SunlightStudy.Norm;
import nl.stip.sunlight.SunlightStudy.NormOutcome;
import nl.stip.sunlight.SunlightStudy.Settings;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The bezonningsstudie of one design, from plain inputs (no database): the design's blocks, the current buildings
 * around it (casting shadows up to the distance plus {@link #SHADOW_REACH}, receiving within the distance) and the
 * parcels within the distance.
 * <ul>
 * <li>Replaced: an existing building at least half covered by the design; it casts no shadow after.</li>
 * <li>Own: a building lying mostly on the parcels under the design (the initiator's house) and those parcels are not
 * neighbours; they still cast shadows.</li>
 * <li>A neighbour is listed when a sample on one of its facades loses sun; it is reported by the norm point (middle of the
 * facade at windowsill height) of its most affected facade. A garden is listed when one of its points loses sun; its
 * hours are the mean over all its points.</li>
 * </ul>
 */
public final class SunlightComputation {

    /** How far beyond the neighbours an obstacle is still taken into account (metres): a 30 m block at 17° altitude. */
    public static final double SHADOW_REACH = 100;
    private static final double OWN_SHARE = 0.5;

    private SunlightComputation() {
    }

    public static StudyResult compute(Settings settings, List<DesignBlock> design, Geometry designUnion,
                                      List<BuildingBlock> buildings, List<Outline> parcels) {
        SunDays days = SunDays.of(settings.year(), settings.days(), settings.latitude(), settings.longitude(),
                settings.stepMinutes(), settings.minAltitudeDegrees());
        PreparedGeometry under = PreparedGeometryFactory.prepare(designUnion);

        Set<String> replaced = new HashSet<>();
        List<String> replacedIds = new ArrayList<>();
        List<Block> existing = new ArrayList<>();
        for (BuildingBlock b : buildings) {
            if (under.intersects(b.footprint()) && share(b.footprint(), designUnion) >= OWN_SHARE) {
                replaced.add(b.identificatie());
                replacedIds.add(b.identificatie());
            }
            if (b.height() != null) {
                for (Polygon p : polygons(b.footprint())) {
                    existing.add(new Block(b.identificatie(), p, b.height()));
                }
            }
        }
        List<Block> planned = new ArrayList<>();
        for (int i = 0; i < design.size(); i++) {
            planned.add(new Block("design:" + i, design.get(i).footprint(), design.get(i).height()));
        }
        SunCounter counter = new SunCounter(days.steps(), existing, planned, replaced);

        List<Outline> ownParcels = parcels.stream().filter(p -> under.intersects(p.geometry())
                && p.geometry().intersection(designUnion).getArea() > 0.01).toList();
        Geometry own = ownParcels.isEmpty() ? null
                : Rd.GEOMETRY.buildGeometry(ownParcels.stream().map(Outline::geometry).toList()).union();
        PreparedGeometry built = PreparedGeometryFactory.prepare(
                Rd.GEOMETRY.buildGeometry(buildings.stream().map(BuildingBlock::footprint).toList()));

        List<Map<String, Object>> features = new ArrayList<>();
        boolean estimated = buildings.stream().anyMatch(b -> !"measured".equals(b.heightSource()));
        List<Neighbour> neighbours = new ArrayList<>();
        for (BuildingBlock b : buildings) {
            double distance = b.footprint().distance(designUnion);
            if (distance > settings.distanceMetres() || replaced.contains(b.identificatie())
                    || (own != null && share(b.footprint(), own) >= OWN_SHARE)) {
                continue;
            }
            Neighbour n = neighbour(b, distance, settings, days, counter, built, features);
            if (n != null) {
                neighbours.add(n);
            }
        }
        neighbours.sort(Comparator.comparingDouble(Neighbour::worstLoss).reversed().thenComparingDouble(Neighbour::distance));

        List<Garden> gardens = new ArrayList<>();
        for (Outline p : parcels) {
            if (ownParcels.contains(p) || p.geometry().distance(designUnion) > settings.distanceMetres()) {
                continue;
            }
            Garden g = garden(p, buildings, designUnion, settings, days, counter, features);
            if (g != null) {
                gardens.add(g);
            }
        }
        gardens.sort(Comparator.comparingDouble(Garden::worstLoss).reversed().thenComparing(Garden::kadastraleAanduiding));
        return new StudyResult(neighbours, gardens, replacedIds.stream().sorted().toList(), estimated, features, 0);
    }

    private static Neighbour neighbour(BuildingBlock b, double distance, Settings settings, SunDays days, SunCounter counter,
                                       PreparedGeometry others, List<Map<String, Object>> features) {
        Neighbour best = null;
        int bestSampleLoss = 0;
        for (Polygon footprint : polygons(b.footprint())) {
            for (Samples.Facade facade : Samples.facades(b.identificatie(), footprint, b.height())) {
                int facadeLoss = 0;
                for (Sample s : facade.samples()) {
                    if (!counter.canChange(s) || others.contains(Rd.GEOMETRY.createPoint(new Coordinate(s.x(), s.y())))) {
                        continue;
                    }
                    SunCounter.Counts c = counter.count(s);
                    if (c.maxLoss() > 0) {
                        facadeLoss = Math.max(facadeLoss, c.maxLoss());
                        features.add(feature(line(s), Map.of("kind", "facade", "building", b.identificatie(), "height", s.z(),
                                "days", dayMap(days, c, settings.stepMinutes()))));
                    }
                }
                if (facadeLoss == 0) {
                    continue;
                }
                Sample normPoint = facade.normPoint();
                SunCounter.Counts c = counter.count(normPoint);
                List<DayHours> hours = dayHours(days, c, settings.stepMinutes());
                double worst = hours.stream().mapToDouble(DayHours::loss).max().orElse(0);
                if (best == null || worst > best.worstLoss() || (worst == best.worstLoss() && facadeLoss > bestSampleLoss)) {
                    Coordinate wgs = CrsTransform.toWgs84(normPoint.x(), normPoint.y());
                    double azimuth = (Math.toDegrees(Math.atan2(normPoint.nx(), normPoint.ny())) + 360) % 360;
                    best = new Neighbour(b.identificatie(), round(distance), b.heightSource(), wgs.x, wgs.y, normPoint.z(),
                            round(azimuth), hours, norms(settings, days, hours), worst);
                    bestSampleLoss = facadeLoss;
                }
            }
        }
        if (best != null) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("kind", "norm-point");
            props.put("building", best.identificatie());
            props.put("height", best.height());
            Map<String, Object> dayProps = new LinkedHashMap<>();
            for (DayHours d : best.days()) {
                dayProps.put(d.day(), Map.of("before", d.hoursBefore(), "after", d.hoursAfter()));
            }
            props.put("days", dayProps);
            props.put("norms", best.norms());
            features.add(feature(Rd.GEOMETRY.createPoint(CrsTransform.toRd(best.lon(), best.lat())), props));
        }
        return best;
    }

    private static Garden garden(Outline parcel, List<BuildingBlock> buildings, Geometry designUnion, Settings settings, SunDays days,
                                 SunCounter counter, List<Map<String, Object>> features) {
        Geometry open = parcel.geometry();
        List<Geometry> on = buildings.stream().map(BuildingBlock::footprint)
                .filter(f -> f.getEnvelopeInternal().intersects(parcel.geometry().getEnvelopeInternal())).toList();
        if (!on.isEmpty()) {
            open = open.difference(Rd.GEOMETRY.buildGeometry(on).union());
        }
        List<Sample> samples = Samples.garden(parcel.kadastraleAanduiding(), open, designUnion);
        List<Sample> changing = samples.stream().filter(counter::canChange).toList();
        if (changing.isEmpty()) {
            return null;
        }
        int[] before = new int[days.dates().size()];
        int[] after = new int[days.dates().size()];
        boolean lost = false;
        for (Sample s : samples) {
            SunCounter.Counts c = counter.count(s);
            for (int d = 0; d < before.length; d++) {
                before[d] += c.before()[d];
                after[d] += c.after()[d];
            }
            if (c.maxLoss() > 0) {
                lost = true;
                features.add(feature(cell(s), Map.of("kind", "garden", "parcel", parcel.kadastraleAanduiding(),
                        "days", dayMap(days, c, settings.stepMinutes()))));
            }
        }
        if (!lost) {
            return null;
        }
        List<DayHours> hours = new ArrayList<>();
        for (int d = 0; d < before.length; d++) {
            hours.add(new DayHours(days.dates().get(d).toString(), days.label(d),
                    hoursOf(before[d] / (double) samples.size(), settings.stepMinutes()),
                    hoursOf(after[d] / (double) samples.size(), settings.stepMinutes())));
        }
        double worst = hours.stream().mapToDouble(DayHours::loss).max().orElse(0);
        return new Garden(parcel.id(), parcel.kadastraleAanduiding(), round(open.getArea()), hours, worst);
    }

    /** A norm is met when the hours reach its minimum on both of its end days. */
    static List<NormOutcome> norms(Settings settings, SunDays days, List<DayHours> hours) {
        List<NormOutcome> outcomes = new ArrayList<>();
        for (Norm norm : settings.norms()) {
            DayHours from = hours.get(days.index(norm.from()));
            DayHours to = hours.get(days.index(norm.to()));
            boolean before = from.hoursBefore() >= norm.minHours() && to.hoursBefore() >= norm.minHours();
            boolean after = from.hoursAfter() >= norm.minHours() && to.hoursAfter() >= norm.minHours();
            outcomes.add(new NormOutcome(norm.key(), before, after));
        }
        return outcomes;
    }

    static List<DayHours> dayHours(SunDays days, SunCounter.Counts c, int stepMinutes) {
        List<DayHours> hours = new ArrayList<>();
        for (int d = 0; d < c.before().length; d++) {
            hours.add(new DayHours(days.dates().get(d).toString(), days.label(d),
                    hoursOf(c.before()[d], stepMinutes), hoursOf(c.after()[d], stepMinutes)));
        }
        return hours;
    }

    private static Map<String, Object> dayMap(SunDays days, SunCounter.Counts c, int stepMinutes) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int d = 0; d < c.before().length; d++) {
            map.put(days.dates().get(d).toString(), Map.of("before", hoursOf(c.before()[d], stepMinutes),
                    "after", hoursOf(c.after()[d], stepMinutes)));
        }
        return map;
    }

    static double hoursOf(double steps, int stepMinutes) {
        return Math.round(steps * stepMinutes / 60.0 * 100) / 100.0;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double share(Geometry footprint, Geometry cover) {
        double area = footprint.getArea();
        return area <= 0 ? 0 : footprint.intersection(cover).getArea() / area;
    }

    private static List<Polygon> polygons(Geometry g) {
        List<Polygon> out = new ArrayList<>();
        if (g instanceof Polygonal) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                out.add((Polygon) g.getGeometryN(i));
            }
        }
        return out;
    }

    private static Geometry line(Sample s) {
        return Rd.GEOMETRY.createLineString(new Coordinate[] {new Coordinate(s.x0(), s.y0()), new Coordinate(s.x1(), s.y1())});
    }

    private static Geometry cell(Sample s) {
        return Rd.GEOMETRY.toGeometry(new org.locationtech.jts.geom.Envelope(s.x0(), s.x1(), s.y0(), s.y1()));
    }

    private static Map<String, Object> feature(Geometry rd, Map<String, Object> properties) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("geometry", GeoJson.wgs84(rd));
        f.put("properties", properties);
        return f;
    }
}
