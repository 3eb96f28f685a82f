package nl.stip.sunlight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.stip.buildings.BuildingQueries;
import nl.stip.design.ValidatedDesign;
import nl.stip.design.ValidatedVolume;
import nl.stip.geo.CrsTransform;
import nl.stip.parcels.ParcelQueries;
import nl.stip.platform.Texts;
import nl.stip.sunlight.internal.DesignBlock;
import nl.stip.sunlight.internal.StudyCache;
import nl.stip.sunlight.internal.StudyResult;
import nl.stip.sunlight.internal.SunlightComputation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The bezonningsstudie of a design (see {@link SunlightStudy}). Deterministic for the same design and the same
 * buildings; studies are remembered per design for a while ({@code stip.sunlight.cache-*}), so the check, the layer
 * and the report ask once. The sun is that of the design's own place.
 */
@Service
public class SunlightService {

    /** The standard days of Dutch bezonningsstudies; the norms' end days are added. */
    static final List<String> STANDARD_DAYS = List.of("02-19", "03-21", "06-21", "10-21");
    private static final int ASSUMPTIONS = 6;
    static final org.springframework.http.MediaType GEO_JSON = org.springframework.http.MediaType.parseMediaType("application/geo+json");

    private final BuildingQueries buildings;
    private final ParcelQueries parcels;
    private final Texts texts;
    private final int year;
    private final int stepMinutes;
    private final double minAltitude;
    private final double distance;
    private final List<SunlightStudy.Norm> norms;
    private final StudyCache<StudyResult> cache;

    SunlightService(BuildingQueries buildings, ParcelQueries parcels, Texts texts,
                    @Value("${stip.sunlight.year:2026}") int year,
                    @Value("${stip.sunlight.step-minutes:5}") int stepMinutes,
                    @Value("${stip.sunlight.min-altitude-degrees:0}") double minAltitude,
                    @Value("${stip.sunlight.distance-metres:100}") double distance,
                    @Value("${stip.sunlight.light-norm-hours:2}") double lightHours,
                    @Value("${stip.sunlight.strict-norm-hours:3}") double strictHours,
                    @Value("${stip.sunlight.cache-size:200}") int cacheSize,
                    @Value("${stip.sunlight.cache-minutes:10}") int cacheMinutes) {
        if (stepMinutes < 1 || stepMinutes > 60 || 60 % stepMinutes != 0) {
            throw new IllegalArgumentException("stip.sunlight.step-minutes must divide 60, got " + stepMinutes);
        }
        if (minAltitude < 0 || minAltitude >= 30) {
            throw new IllegalArgumentException("stip.sunlight.min-altitude-degrees must be 0 up to 30, got " + minAltitude);
        }
        if (distance <= 0 || distance > 500) {
            throw new IllegalArgumentException("stip.sunlight.distance-metres must be over 0 and at most 500, got " + distance);
        }
        this.buildings = buildings;
        this.parcels = parcels;
        this.texts = texts;
        this.year = year;
        this.stepMinutes = stepMinutes;
        this.minAltitude = minAltitude;
        this.distance = distance;
        this.norms = List.of(
                new SunlightStudy.Norm("licht", texts.get("sunlight.norm.licht"), lightHours, "02-19", "10-21"),
                new SunlightStudy.Norm("streng", texts.get("sunlight.norm.streng"), strictHours, "01-21", "11-22"));
        this.cache = new StudyCache<>(cacheSize, cacheMinutes * 60_000L);
    }

    /**
     * Whether an API's {@code format} parameter asks for GeoJSON: null or "json" is JSON, "geojson" GeoJSON, anything else
     * a 400 naming the parameter. One reading for every endpoint that serves a study.
     */
    public static boolean asksGeoJson(String format) {
        String f = format == null ? "json" : format.trim().toLowerCase(java.util.Locale.ROOT);
        if (!f.equals("json") && !f.equals("geojson")) {
            throw new nl.stip.platform.web.InvalidParameterException("format", "'" + format + "' is not json or geojson");
        }
        return f.equals("geojson");
    }

    /** The study as the API answers it: JSON, or GeoJSON as application/geo+json when {@code format} asks for it. */
    public org.springframework.http.ResponseEntity<Object> answer(ValidatedDesign design, String format) {
        return asksGeoJson(format)
                ? org.springframework.http.ResponseEntity.ok().contentType(GEO_JSON).body(geoJson(design))
                : org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .body(study(design));
    }

    /** The study of {@code design} against the current buildings and parcels around it. */
    public SunlightStudy study(ValidatedDesign design) {
        return study(design, result(design));
    }

    /**
     * The study of {@code design} as a GeoJSON FeatureCollection (WGS84) for the Bezonning layer and the report's map:
     * facade strips and garden cells that lose sun, with their hours before and after per day, and the neighbours'
     * norm points; the study's settings and assumptions ride along as foreign members.
     */
    public Map<String, Object> geoJson(ValidatedDesign design) {
        StudyResult result = result(design);
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", result.features());
        collection.put("settings", settings(design));
        collection.put("assumptions", assumptions(result));
        collection.put("estimatedHeights", result.estimatedHeights());
        return collection;
    }

    /** The features of {@link #geoJson} alone (for a report's map, which gathers several designs). */
    public List<Map<String, Object>> geoJsonFeatures(ValidatedDesign design) {
        return result(design).features();
    }

    private SunlightStudy study(ValidatedDesign design, StudyResult result) {
        return new SunlightStudy(settings(design), assumptions(result), result.estimatedHeights(), result.buildings(),
                result.gardens(), result.replacedBuildings(), result.computeMillis());
    }

    private StudyResult result(ValidatedDesign design) {
        return cache.get(key(design), () -> {
            long start = System.nanoTime();
            Geometry union = design.footprintUnion();
            List<DesignBlock> blocks = design.volumes().stream()
                    .map(v -> new DesignBlock(v.footprint(), v.height())).toList();
            StudyResult r = SunlightComputation.compute(settings(design), blocks, union,
                    buildings.blocksNear(union, distance + SunlightComputation.SHADOW_REACH),
                    parcels.outlinesNear(union, distance));
            return r.withMillis((System.nanoTime() - start) / 1_000_000);
        });
    }

    private SunlightStudy.Settings settings(ValidatedDesign design) {
        Coordinate centre = design.footprintUnion().getEnvelopeInternal().centre();
        Coordinate wgs = CrsTransform.toWgs84(centre.x, centre.y);
        List<String> days = new ArrayList<>(STANDARD_DAYS);
        for (SunlightStudy.Norm n : norms) {
            for (String d : List.of(n.from(), n.to())) {
                if (!days.contains(d)) {
                    days.add(d);
                }
            }
        }
        days.sort(null);
        return new SunlightStudy.Settings(year, days, stepMinutes, minAltitude, distance,
                Math.round(wgs.y * 1e5) / 1e5, Math.round(wgs.x * 1e5) / 1e5, norms);
    }

    private List<String> assumptions(StudyResult result) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= ASSUMPTIONS; i++) {
            out.add(texts.get("sunlight.assumption." + i, stepMinutes, Texts.number(minAltitude), Texts.number(distance)));
        }
        if (result.estimatedHeights()) {
            out.add(texts.get("sunlight.assumption.estimated"));
        }
        return out;
    }

    /** Two designs with the same volumes have the same study. */
    private static String key(ValidatedDesign design) {
        StringBuilder key = new StringBuilder();
        for (ValidatedVolume v : design.volumes()) {
            key.append(v.footprint().toText()).append('|').append(v.height()).append(';');
        }
        return key.toString();
    }
}
