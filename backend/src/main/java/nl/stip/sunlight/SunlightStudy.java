package nl.stip.sunlight;

import java.util.List;

/**
 * A bezonningsstudie of one design: per neighbouring building (within {@code settings.distanceMetres} of the design)
 * and per concerned garden, the hours of possible sun on each computed day before and after the design, and per
 * building whether each norm that was met before is still met. {@code assumptions} are the model's limits in Dutch
 * (shown in every answer); {@code estimatedHeights} is true when a building that casts or receives a shadow has an
 * estimated height (the answer then rests on estimates). Neighbours and gardens come most affected first. Holds no
 * names: buildings by BAG pand identificatie, gardens by kadastrale aanduiding.
 */
public record SunlightStudy(Settings settings, List<String> assumptions, boolean estimatedHeights,
                            List<Neighbour> buildings, List<Garden> gardens, List<String> replacedBuildings,
                            long computeMillis) {

    /**
     * How it was computed: the reference {@code year}, the {@code days} ("MM-DD", the standard days plus the norms'
     * test days), the time step, the minimum sun altitude counted, the neighbours' distance, the place whose sun it is
     * (WGS84 degrees) and the norms.
     */
    public record Settings(int year, List<String> days, int stepMinutes, double minAltitudeDegrees, double distanceMetres,
                           double latitude, double longitude, List<Norm> norms) {
    }

    /**
     * A sun norm the municipality may weigh (none is statutory): at least {@code minHours} of possible sun per day
     * from {@code from} to {@code to} ("MM-DD"), tested on the days at both ends. Key "licht" (lichte TNO-norm) or
     * "streng" (strenge TNO-norm); {@code label} in Dutch.
     */
    public record Norm(String key, String label, double minHours, String from, String to) {
    }

    /** Hours of possible sun on one day ({@code day} ISO date, {@code label} Dutch, e.g. "21 maart"), rounded to 0.01 h. */
    public record DayHours(String day, String label, double hoursBefore, double hoursAfter) {
        public double loss() {
            return Math.max(0, Math.round((hoursBefore - hoursAfter) * 100) / 100.0);
        }
    }

    /** Whether a norm holds at a building's norm point before and after the design. */
    public record NormOutcome(String norm, boolean metBefore, boolean metAfter) {
        /** A norm that was met and no longer is: what the municipality must weigh. */
        public boolean lost() {
            return metBefore && !metAfter;
        }
    }

    /**
     * A neighbouring building, reported by its most affected facade: the norm point at the middle of that facade at
     * windowsill height ({@code lon}, {@code lat} WGS84, {@code height} metres above ground), the facade's outward
     * direction ({@code facadeAzimuth}, degrees from north), hours per day there, the norms, and the largest loss in
     * hours over the days. {@code heightSource} "measured" or "estimated" (of the building itself).
     */
    public record Neighbour(String identificatie, double distance, String heightSource, double lon, double lat, double height,
                            double facadeAzimuth, List<DayHours> days, List<NormOutcome> norms, double worstLoss) {
    }

    /**
     * The unbuilt part of a concerned parcel ({@code area} m²): mean hours of possible sun over its sample points per
     * day, and the largest loss over the days.
     */
    public record Garden(long parcelId, String kadastraleAanduiding, double area, List<DayHours> days, double worstLoss) {
    }
}
