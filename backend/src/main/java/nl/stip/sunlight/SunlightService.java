package nl.stip.sunlight;

import java.util.Map;

import nl.stip.design.ValidatedDesign;
import org.springframework.stereotype.Service;

/**
 * The bezonningsstudie of a design (see {@link SunlightStudy}). Deterministic for the same design and the same
 * buildings; studies are remembered per design, so the check, the layer and the report ask once.
 */
@Service
public class SunlightService {

    /** The study of {@code design} against the current buildings and parcels around it. */
    public SunlightStudy study(ValidatedDesign design) {
        throw new UnsupportedOperationException("issue 14: the computation comes in branch sunlight-core");
    }

    /**
     * The study of {@code design} as a GeoJSON FeatureCollection (WGS84) for the Bezonning layer and the report's map:
     * facade strips and garden cells with their hours before and after per day, and the buildings' norm points.
     */
    public Map<String, Object> geoJson(ValidatedDesign design) {
        throw new UnsupportedOperationException("issue 14: the computation comes in branch sunlight-core");
    }
}
